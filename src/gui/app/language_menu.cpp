#include "app/language_menu.hpp"

#include "app/settings.hpp"
#include "app/translations.hpp"

#include <QActionGroup>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

// A language by its own name ("Español"), as a speaker looks for it in a list. Each catalogue says its
// own, so a new language brings its name along.
QString nativeName(const QString& code) {
    struct Marked {
        const char* source;
        const char* comment;
    };
    static const char* const kContext = "LanguageName";
    static const Marked kEnglish = QT_TRANSLATE_NOOP3("LanguageName", "English", "this language's own name");
    QTranslator catalogue;
    if (code != u"en"_s && catalogue.load(u":/i18n/ltw_"_s + code + u".qm"_s)) {
        const QString name = catalogue.translate(kContext, kEnglish.source, kEnglish.comment);
        if (!name.isEmpty())
            return name;
    }
    return QString::fromUtf8(kEnglish.source);
}

} // namespace

LanguageMenu::LanguageMenu(std::function<void(const QString&)> tell, QWidget* parent)
    : QMenu(tr("&Language"), parent), m_tell(std::move(tell)) {
    setObjectName(u"languageMenu"_s);
    auto* group = new QActionGroup(this);
    const QString current = Settings().language();
    auto add = [&](const QString& code, const QString& text) {
        auto* action = addAction(text);
        action->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        action->setCheckable(true);
        action->setChecked(code == current || (code.isEmpty() && !availableLanguages().contains(current)));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("As the system (%1)").arg(nativeName(languageFor(QString(), QLocale::system().uiLanguages()))));
    addSeparator();
    for (const auto& code : availableLanguages())
        add(code, nativeName(code));
}

void LanguageMenu::choose(const QString& code) {
    Settings().setLanguage(code);
    const QString language = languageFor(code, QLocale::system().uiLanguages());
    m_tell(tr("The workbench will speak %1 from its next start.").arg(nativeName(language)));
}

} // namespace ltw::gui
