#include "common/conversions.hpp"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace ltw::gui {
namespace {

// The words are marked for Qt Linguist in one context; the English is the core's `label`, and a test keeps
// the two the same so that the window and the reports speak alike.
QString say(const char* english) { return QCoreApplication::translate("ltw::gui::Words", english); }

} // namespace

QString words(Use use) {
    switch (use) {
    case Use::Work: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Learning from work"));
    case Use::Change: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Learning from change"));
    case Use::Event: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Learning from an event"));
    }
    return {};
}

QString words(Phase phase) {
    switch (phase) {
    case Phase::Learn: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Learn"));
    case Phase::Soak: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Soak"));
    case Phase::Solve: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Solve"));
    case Phase::Share: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Share"));
    case Phase::Closed: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Closed"));
    }
    return {};
}

QString words(NoteKind kind) {
    switch (kind) {
    case NoteKind::Story: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Story"));
    case NoteKind::EasyCondition: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Makes it easy"));
    case NoteKind::HardCondition: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Makes it hard"));
    case NoteKind::Adaptation: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Adaptation"));
    case NoteKind::Tradeoff: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Tradeoff"));
    case NoteKind::WeakSignal: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Weak signal"));
    case NoteKind::OpenQuestion: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Open question"));
    case NoteKind::ParkingLot: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Parking lot"));
    case NoteKind::Reflection: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Reflection"));
    }
    return {};
}

QString words(StepTrack track) {
    switch (track) {
    case StepTrack::Imagined: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Work as imagined"));
    case StepTrack::Done: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Work as done"));
    }
    return {};
}

QString words(DefenseKind kind) {
    switch (kind) {
    case DefenseKind::Existing: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Existing defense"));
    case DefenseKind::New: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "New defense"));
    }
    return {};
}

QString words(DefenseRating rating) {
    switch (rating) {
    case DefenseRating::Working: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Working"));
    case DefenseRating::Degraded: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Degraded"));
    case DefenseRating::HardToUse: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Hard to use"));
    case DefenseRating::Missing: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Missing"));
    }
    return {};
}

QString words(ActionStatus status) {
    switch (status) {
    case ActionStatus::Open: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Open"));
    case ActionStatus::InProgress: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "In progress"));
    case ActionStatus::Done: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Done"));
    case ActionStatus::Dropped: return say(QT_TRANSLATE_NOOP("ltw::gui::Words", "Dropped"));
    }
    return {};
}

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
