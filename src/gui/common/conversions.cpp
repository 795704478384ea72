#include "common/conversions.hpp"

#include <QLocale>
#include <QTimeZone>

namespace ltw::gui {
namespace {

// The words come from the core's `label`, translated there: the window and the reports speak alike.
QString say(const std::string& words) { return QString::fromStdString(words); }

} // namespace

QString words(Use use) { return say(label(use)); }
QString words(Phase phase) { return say(label(phase)); }
QString words(NoteKind kind) { return say(label(kind)); }
QString words(StepTrack track) { return say(label(track)); }
QString words(DefenseKind kind) { return say(label(kind)); }
QString words(DefenseRating rating) { return say(label(rating)); }
QString words(ActionStatus status) { return say(label(status)); }

QDateTime toQDateTime(Timestamp t) {
    return QDateTime::fromSecsSinceEpoch(t.time_since_epoch().count(), QTimeZone::utc());
}

Timestamp toTimestamp(const QDateTime& t) { return Timestamp{std::chrono::seconds{t.toSecsSinceEpoch()}}; }

QDate toQDate(const std::optional<Date>& date) {
    if (!date || !date->ok())
        return {};
    return QDate(static_cast<int>(date->year()), static_cast<int>(static_cast<unsigned>(date->month())),
                 static_cast<int>(static_cast<unsigned>(date->day())));
}

std::optional<Date> toDate(const QDate& date) {
    if (!date.isValid())
        return std::nullopt;
    return Date{std::chrono::year{date.year()}, std::chrono::month{static_cast<unsigned>(date.month())},
                std::chrono::day{static_cast<unsigned>(date.day())}};
}

QString shownDate(Timestamp t) { return QLocale().toString(toQDateTime(t).toLocalTime().date(), u"d MMM yyyy"); }

QString shownDate(const Date& date) { return QLocale().toString(toQDate(date), u"d MMM yyyy"); }

} // namespace ltw::gui
