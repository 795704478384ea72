// The rules of an event's timeline that do not depend on how it is shown: reading "02:05 the printer jams"
// into a time and a text, the time of each moment on one running clock (a night shift crosses midnight),
// the order by time, where a new moment goes, and the gaps between moments.
#pragma once

#include "ltw/domain.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ltw {

// What a line typed on the timeline says: an optional leading date ("2026-11-20"), an optional clock time
// ("02:05", "2:05", "14.30", "2:05 pm"), then what happened.
struct MomentLine {
    std::optional<Date> day;
    std::optional<int> minute;
    std::string text;
};
MomentLine parseMomentLine(std::string_view line);

// "02:05", or "" for a moment without a clock time.
std::string clockText(std::optional<int> minute);
// "20 Nov 2026 02:05", "02:05", "20 Nov 2026", or "" — the time a reader sees.
std::string momentTimeText(const TimelineMoment& moment);

// The moments' times as minutes on one clock, in the order given (their timeline order): a moment with a
// date counts from that date; one without takes the date of the last dated moment before it, and its
// clock going back more than twelve hours from the moment before means it is after midnight. None for
// a moment without a clock time or date.
std::vector<std::optional<std::int64_t>> runningMinutes(const std::vector<TimelineMoment>& inOrder);

// The moments in order by time: a timed moment moves among the timed ones, stably; a moment without a time
// keeps following the moment it followed (or stays first).
std::vector<TimelineMoment> orderedByTime(const std::vector<TimelineMoment>& inOrder);

// Where on the timeline (`inOrder`) a new moment goes: after the last moment at or before its time, or at
// the end when it has none.
int timePosition(const std::vector<TimelineMoment>& inOrder, const TimelineMoment& moment);

// Minutes from the timed moment before each timed moment to it (moments without a time in between are
// passed over); gapsBefore[i] belongs to inOrder[i], none for the first timed moment and for moments
// without a time. Negative when the order set by hand says earlier than the clock.
std::vector<std::optional<std::int64_t>> gapsBefore(const std::vector<TimelineMoment>& inOrder);

// "45 min", "1 h 20 min", "2 days 3 h" in the reader's language.
std::string gapText(std::int64_t minutes);

// A gap worth showing: half an hour or more.
constexpr std::int64_t notableGapMinutes = 30;

} // namespace ltw
