// The edge between the core's types and Qt's: the window says what the reports say, and dates survive
// the round trip.
#include "common/conversions.hpp"

#include <QLocale>
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
