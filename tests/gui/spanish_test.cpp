// Under Spanish (this executable's main installs the "es" catalogue): the menus, the phases, every
// workspace and the share-out report speak Spanish, with no English left where a facilitator reads; the
// core's texts, dates and plurals come from the same catalogue, and Qt's own buttons are Spanish too.
#include "app/main_window.hpp"
#include "app/settings.hpp"
#include "app/translations.hpp"
#include "ltw/report.hpp"
#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"
#include "ltw/translate.hpp"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

QString plain(QString text) {
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    return text.remove(u'&').trimmed();
}

// The catalogue's English sources whose Spanish differs, as a person would read them (no mnemonic, no
// markup). A text on screen that is one of these is English left behind.
const QSet<QString>& englishTexts() {
    static const QSet<QString> texts = [] {
        QSet<QString> out;
        QFile file(QStringLiteral(LTW_SOURCE_DIR "/translations/ltw_es.ts"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (context == u"LanguageName"_s) {
                continue; // "English" is English's own name, in every language
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (translation != source && !source.contains(u'%') && plain(source).size() > 1)
                    out.insert(plain(source));
            }
        }
        return out;
    }();
    return texts;
}

// Every text of `root` a person can read: titles, buttons, labels, tabs, hints, column headers, menus.
QStringList readableTexts(QWidget* root) {
    QStringList out{root->windowTitle()};
    for (auto* w : root->findChildren<QWidget*>()) {
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            out << b->text() << b->toolTip();
        else if (auto* l = qobject_cast<QLabel*>(w))
            out << l->text();
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            out << e->placeholderText() << e->toolTip();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            out << g->title();
        else if (auto* d = qobject_cast<QDockWidget*>(w))
            out << d->windowTitle();
        else if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i);
        else if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model())
            for (int c = 0; c < v->model()->columnCount(); ++c)
                out << v->model()->headerData(c, Qt::Horizontal).toString();
        if (auto* m = qobject_cast<QMenu*>(w)) {
            out << m->title();
            for (auto* a : m->actions())
                out << a->text() << a->toolTip();
        }
    }
    return out;
}

void expectNoEnglish(const QStringList& texts, const std::string& where) {
    for (const auto& text : texts) {
        const QString shown = plain(text);
        EXPECT_FALSE(englishTexts().contains(shown)) << where << ": “" << shown.toStdString() << "” is still English";
    }
}

class SpanishWindowTest : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    LearningTeam lt;
    std::unique_ptr<MainWindow> window;

    void SetUp() override {
        lt = addSampleLearningTeam(repo);
        QSettings().clear();
        window = std::make_unique<MainWindow>(repo);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->showLearningTeam(lt.id);
        QApplication::processEvents();
    }

    void showPhase(Phase phase) {
        lt = repo.learningTeam(lt.id).value();
        lt.phase = phase;
        repo.updateLearningTeam(lt);
        window->showLearningTeam(lt.id);
        QApplication::processEvents();
    }
};

} // namespace

TEST(Spanish, TheCatalogueIsTheOneInForce) {
    ASSERT_GT(englishTexts().size(), 300);
    EXPECT_EQ(QCoreApplication::translate("ltw::gui::MainWindow", "&File"), u"&Archivo"_s);
    EXPECT_EQ(translate("Words", "Soak"), "Reposar");
}

TEST_F(SpanishWindowTest, TheMenusAreSpanish) {
    QStringList titles;
    for (auto* action : window->menuBar()->actions())
        titles << action->text();
    EXPECT_EQ(titles.value(0), u"&Archivo"_s);
    EXPECT_TRUE(titles.contains(u"&Editar"_s)) << titles.join(u' ').toStdString();
    EXPECT_TRUE(titles.contains(u"&Ver"_s)) << titles.join(u' ').toStdString();
    EXPECT_TRUE(titles.contains(u"A&yuda"_s)) << titles.join(u' ').toStdString();
    QStringList items;
    for (auto* menu : window->menuBar()->findChildren<QMenu*>())
        for (auto* action : menu->actions())
            items << action->text();
    EXPECT_GT(items.size(), 20);
    expectNoEnglish(titles + items, "menus");
}

TEST_F(SpanishWindowTest, ThePhasesAndEveryWorkspaceAreSpanish) {
    const std::pair<Phase, QString> phases[] = {{Phase::Learn, u"Aprender"_s},
                                                {Phase::Soak, u"Reposar"_s},
                                                {Phase::Solve, u"Resolver"_s},
                                                {Phase::Share, u"Compartir"_s}};
    for (const auto& [phase, spanish] : phases) {
        showPhase(phase);
        auto* button = window->findChild<QAbstractButton*>(u"phase_"_s + QString::fromUtf8(toString(phase)));
        ASSERT_TRUE(button);
        EXPECT_TRUE(button->text().endsWith(spanish)) << button->text().toStdString();
        // Each page of the workspace, as the facilitator turns to it.
        QStringList texts = readableTexts(window.get());
        for (auto* pages : window->findChildren<QTabWidget*>()) {
            if (!pages->isVisible())
                continue;
            for (int i = 0; i < pages->count(); ++i) {
                pages->setCurrentIndex(i);
                QApplication::processEvents();
                texts += readableTexts(pages);
            }
            pages->setCurrentIndex(0);
        }
        expectNoEnglish(texts, spanish.toStdString());
    }
    EXPECT_EQ(window->findChild<QAbstractButton*>(u"phase_closed"_s)->text(), u"Cerrado"_s);
}

TEST(Spanish, TheReportHasNoEnglishHeadingLeft) {
    SqliteRepository repo{":memory:"};
    const auto lt = addSampleLearningTeam(repo);
    const auto snapshot = repo.snapshot(lt.id);
    const auto html = QString::fromStdString(reportHtml(snapshot, {}));
    EXPECT_TRUE(html.contains(u"<html lang=\"es\">"_s));
    const QRegularExpression headings(uR"(<(h[1-4]|th|dt|figcaption|title)[^>]*>(.*?)</\1>)"_s);
    int count = 0;
    for (const auto& match : headings.globalMatch(html)) {
        ++count;
        const QString text = plain(match.captured(2));
        EXPECT_FALSE(englishTexts().contains(text)) << "HTML: “" << text.toStdString() << "” is still English";
    }
    EXPECT_GT(count, 15);
    for (const auto* spanish : {"Informe para compartir de un Equipo de Aprendizaje", "Defensas", "Acciones",
                                "Aprendizajes compartidos", "Línea de tiempo", "Responsable", "Fecha límite"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(spanish))) << spanish;

    const auto markdown = QString::fromStdString(reportMarkdown(snapshot, {}));
    for (const auto& line : markdown.split(u'\n')) {
        if (!line.startsWith(u'#') && !line.startsWith(u"- **"_s) && !line.startsWith(u"| "_s))
            continue;
        for (auto part : line.split(QRegularExpression(uR"(\||\*\*|:\*\*)"_s))) {
            part = part.remove(QRegularExpression(u"^#+ "_s)).trimmed();
            EXPECT_FALSE(englishTexts().contains(part)) << "Markdown: “" << part.toStdString() << "” is still English";
        }
    }
    const auto printable = QString::fromStdString(reportPrintable(snapshot, {}).html);
    for (const auto& match : headings.globalMatch(printable)) {
        const QString text = plain(match.captured(2));
        EXPECT_FALSE(englishTexts().contains(text)) << "PDF/ODT: “" << text.toStdString() << "” is still English";
    }
}

TEST(Spanish, DatesAndPluralsComeFromTheCatalogue) {
    using namespace std::chrono;
    EXPECT_EQ(humanDate(Date{year{2026}, August, day{5}}), "5 ago 2026");
    EXPECT_EQ(translate("Session", "%n hour(s)", nullptr, 1), "1 hora");
    EXPECT_EQ(translate("Session", "%n hour(s)", nullptr, 3), "3 horas");
    EXPECT_EQ(QCoreApplication::translate("ltw::gui::LibraryView", "%n note(s)", nullptr, 1), u"1 nota"_s);
    EXPECT_EQ(QCoreApplication::translate("ltw::gui::LibraryView", "%n note(s)", nullptr, 4), u"4 notas"_s);
}

TEST(Spanish, QtsOwnButtonsAreSpanish) {
    ASSERT_TRUE(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_es.qm"_s))
        << "Qt's Spanish catalogue is missing: install qt6-translations-l10n (./dev does)";
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Cancelar"_s);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Yes)->text().remove(u'&'), u"Sí"_s);
}

TEST(Spanish, TheLanguageFollowsTheSystemUnlessTheSettingsChoose) {
    EXPECT_TRUE(availableLanguages().contains(u"en"_s));
    EXPECT_TRUE(availableLanguages().contains(u"es"_s));
    EXPECT_EQ(languageFor({}, {u"es-MX"_s, u"en-US"_s}), u"es"_s);
    EXPECT_EQ(languageFor({}, {u"fr-FR"_s, u"es-ES"_s}), u"es"_s);
    EXPECT_EQ(languageFor({}, {u"C"_s}), u"en"_s);
    EXPECT_EQ(languageFor(u"en"_s, {u"es-CL"_s}), u"en"_s);
    EXPECT_EQ(languageFor(u"de"_s, {u"es"_s}), u"es"_s) << "no German catalogue: the system's language";
}

TEST_F(SpanishWindowTest, TheLanguageMenuKeepsTheChoiceForTheNextStart) {
    auto* menu = window->findChild<QMenu*>(u"languageMenu"_s);
    ASSERT_TRUE(menu);
    EXPECT_EQ(menu->title(), u"Idi&oma"_s);
    auto* english = menu->findChild<QAction*>(u"language_en"_s);
    ASSERT_TRUE(english);
    english->trigger();
    EXPECT_EQ(Settings().language(), u"en"_s);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"English"_s))
        << window->statusBar()->currentMessage().toStdString();
    menu->findChild<QAction*>(u"language_system"_s)->trigger();
    EXPECT_TRUE(Settings().language().isEmpty());
}
