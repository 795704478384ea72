// The edge between the core's types and Qt's: the window says what the reports say, and dates survive
// the round trip.
#include "common/conversions.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

template <class E>
void expectSameWordsAsTheCore() {
    for (const auto value : allValues<E>()) {
        EXPECT_FALSE(words(value).isEmpty());
        EXPECT_EQ(words(value), toQString(label(value))) << label(value);
    }
}

TEST(Conversions, TheWindowUsesTheReportsWordsForEveryValue) {
    expectSameWordsAsTheCore<Use>();
    expectSameWordsAsTheCore<Phase>();
    expectSameWordsAsTheCore<NoteKind>();
    expectSameWordsAsTheCore<StepTrack>();
    expectSameWordsAsTheCore<DefenseKind>();
    expectSameWordsAsTheCore<DefenseRating>();
    expectSameWordsAsTheCore<ActionStatus>();
}

TEST(Conversions, TextKeepsEveryScript) {
    const std::string text = "Überstunden · 夜勤 · ночная смена 👷";
    EXPECT_EQ(toStdString(toQString(text)), text);
    EXPECT_TRUE(toQString(text).contains(u"夜勤"_s));
    EXPECT_TRUE(toQString(text).endsWith(QString::fromUcs4(U"👷", 1)));
}

TEST(Conversions, TimesAndDatesRoundTrip) {
    const auto t = *parseIsoTimestamp("2026-11-23T19:50:07Z");
    EXPECT_EQ(toTimestamp(toQDateTime(t)), t);
    EXPECT_EQ(toTimestamp(toQDateTime(t).toLocalTime()), t) << "the same moment, wherever the laptop is";
    EXPECT_EQ(toQDateTime(t).toUTC().date(), QDate(2026, 11, 23));
    EXPECT_EQ(toQDateTime(t).toUTC().time(), QTime(19, 50, 7));

    const auto due = *parseIsoDate("2027-02-28");
    EXPECT_EQ(toQDate(due), QDate(2027, 2, 28));
    EXPECT_EQ(toDate(QDate(2027, 2, 28)), due);
    EXPECT_FALSE(toQDate(std::nullopt).isValid());
    EXPECT_FALSE(toDate(QDate()).has_value()) << "an empty date field is no due date";
}

TEST(Conversions, DatesAreShownInTheFacilitatorsLanguage) {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(shownDate(*parseIsoDate("2026-11-23")), u"23 Nov 2026"_s);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    EXPECT_TRUE(shownDate(*parseIsoDate("2026-11-23")).startsWith(u"23 nov"_s))
        << shownDate(*parseIsoDate("2026-11-23")).toStdString();
    QLocale::setDefault(before);
}

} // namespace

namespace {

// The English catalogue gives "1 note" and "3 notes" where the source says "%n note(s)".
TEST(EnglishPlurals, TheCatalogueIsLoadedAndSaysOneAndMany) {
    const auto say = [](const char* context, const char* text, int n) {
        return QCoreApplication::translate(context, text, "", n);
    };
    EXPECT_EQ(say("ltw::gui::TeamTreeModel", "%n note(s)", 1), u"1 note"_s);
    EXPECT_EQ(say("ltw::gui::TeamTreeModel", "%n note(s)", 3), u"3 notes"_s);
    EXPECT_EQ(say("ltw::gui::ActionReviewDialog", "%n is overdue.", 2), u"2 are overdue."_s);
    EXPECT_EQ(say("ltw::gui::ActionTableModel", "%n vote(s); + and − change them", 1), u"1 vote; + and − change it"_s);
    EXPECT_EQ(say("Commands", "Move %n note(s) to %1", 4), u"Move 4 notes to %1"_s);
}

// Every plural message of the sources has both English forms, finished, and none still says "(s)": a
// message added without them would show "1 note(s)" in the window.
TEST(EnglishPlurals, EveryMessageHasBothForms) {
    QFile file(QStringLiteral(LTW_SOURCE_DIR "/translations/ltw_en.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"translation") {
            EXPECT_NE(xml.attributes().value(QStringLiteral("type")), QStringLiteral("unfinished"))
                << source.toStdString();
            forms.clear();
        } else if (xml.isStartElement() && xml.name() == u"numerusform")
            forms << xml.readElementText();
        else if (xml.isEndElement() && xml.name() == u"message") {
            ++messages;
            ASSERT_EQ(forms.size(), 2) << source.toStdString();
            for (const auto& form : forms) {
                EXPECT_FALSE(form.isEmpty()) << source.toStdString();
                EXPECT_FALSE(form.contains(u"(s)"_s)) << source.toStdString();
                EXPECT_TRUE(form.contains(u"%n"_s)) << source.toStdString();
            }
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GE(messages, 20);
}

} // namespace
