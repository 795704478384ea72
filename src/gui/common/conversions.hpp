// The one edge between the core's types and Qt's: text, the words for the core's enums (translatable,
// in the same English as the core's reports), and dates and times shown in the facilitator's locale.
// Widgets and models convert here, never by hand.
#pragma once

#include "ltw/enums.hpp"
#include "ltw/time.hpp"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace ltw::gui {

// Text: the core keeps UTF-8.
inline QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
inline std::string toStdString(const QString& text) { return text.toStdString(); }

// What a facilitator reads for each value ("Makes it hard", "Learning from an event", "Degraded").
QString words(Use use);
QString words(Phase phase);
QString words(NoteKind kind);
QString words(StepTrack track);
QString words(DefenseKind kind);
QString words(DefenseRating rating);
QString words(ActionStatus status);

// Points in time: the core keeps UTC seconds.
QDateTime toQDateTime(Timestamp t);
Timestamp toTimestamp(const QDateTime& t);
// Calendar dates (due dates): an invalid QDate is "no date".
QDate toQDate(const std::optional<Date>& date);
std::optional<Date> toDate(const QDate& date);

// "23 Nov 2026" in the facilitator's language, the day as it is where they are.
QString shownDate(Timestamp t);
QString shownDate(const Date& date);

} // namespace ltw::gui
