#include "ltw/timeline.hpp"

#include "ltw/translate.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace ltw {

namespace {

constexpr std::int64_t kDay = 24 * 60;

bool digit(char c) { return c >= '0' && c <= '9'; }
bool space(char c) { return c == ' ' || c == '\t'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (space(s.front()) || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (space(s.back()) || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// "02:05", "2:05", "14.30", "2h05", then optionally " am"/" pm"/"am"/"pm"; the text after it must start
// with a space (or be empty) so that "3.5 tonnes" is not a time.
std::optional<int> readClock(std::string_view& s) {
    std::size_t i = 0;
    while (i < s.size() && i < 2 && digit(s[i]))
        ++i;
    if (i == 0 || i >= s.size() || (s[i] != ':' && s[i] != '.' && s[i] != 'h'))
        return std::nullopt;
    const int hours = i == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
    ++i; // the separator
    if (i + 2 > s.size() || !digit(s[i]) || !digit(s[i + 1]))
        return std::nullopt;
    const int minutes = (s[i] - '0') * 10 + (s[i + 1] - '0');
    i += 2;
    if (i < s.size() && digit(s[i]))
        return std::nullopt;
    int h = hours;
    // am / pm, written close or after one space
    std::size_t j = i;
    if (j < s.size() && space(s[j]))
        ++j;
    if (j + 2 <= s.size()) {
        const char a = static_cast<char>(std::tolower(static_cast<unsigned char>(s[j])));
        const char m = static_cast<char>(std::tolower(static_cast<unsigned char>(s[j + 1])));
        const bool endsThere = j + 2 == s.size() || space(s[j + 2]);
        if ((a == 'a' || a == 'p') && m == 'm' && endsThere && hours >= 1 && hours <= 12) {
            h = hours % 12 + (a == 'p' ? 12 : 0);
            i = j + 2;
        }
    }
    if (i < s.size() && !space(s[i]) && s[i] != '-' && s[i] != ',')
        return std::nullopt;
    if (h > 23 || minutes > 59)
        return std::nullopt;
    s.remove_prefix(i);
    return h * 60 + minutes;
}

std::optional<Date> readDay(std::string_view& s) {
    if (s.size() < 10)
        return std::nullopt;
    auto day = parseIsoDate(s.substr(0, 10));
    if (!day || (s.size() > 10 && !space(s[10])))
        return std::nullopt;
    s.remove_prefix(10);
    return day;
}

std::int64_t dayNumber(Date d) { return std::chrono::sys_days{d}.time_since_epoch().count(); }

} // namespace

MomentLine parseMomentLine(std::string_view line) {
    MomentLine out;
    std::string_view s = trimmed(line);
    if (auto day = readDay(s)) {
        out.day = day;
        s = trimmed(s);
    }
    if (auto minute = readClock(s)) {
        out.minute = minute;
        s = trimmed(s);
        // "02:05 - the printer jams", "02:05, the printer jams"
        if (!s.empty() && (s.front() == '-' || s.front() == ','))
            s = trimmed(s.substr(1));
    }
    out.text = std::string(s);
    return out;
}

std::string clockText(std::optional<int> minute) {
    if (!minute)
        return {};
    return fmt::format("{:02}:{:02}", *minute / 60, *minute % 60);
}

std::string momentTimeText(const TimelineMoment& m) {
    if (m.day && m.minute)
        return humanDate(*m.day) + " " + clockText(m.minute);
    if (m.day)
        return humanDate(*m.day);
    return clockText(m.minute);
}

std::vector<std::optional<std::int64_t>> runningMinutes(const std::vector<TimelineMoment>& inOrder) {
    std::vector<std::optional<std::int64_t>> out(inOrder.size());
    std::optional<std::int64_t> dayStart; // the day the running clock is on, in minutes
    std::optional<std::int64_t> last;
    for (std::size_t i = 0; i < inOrder.size(); ++i) {
        const auto& m = inOrder[i];
        if (m.day) {
            dayStart = dayNumber(*m.day) * kDay;
            out[i] = *dayStart + m.minute.value_or(0);
            if (!m.minute) {
                // A date alone places the moment on that day without a clock; it says nothing of the hour.
                out[i].reset();
                continue;
            }
        } else if (m.minute) {
            std::int64_t value = dayStart.value_or(0) + *m.minute;
            if (last)
                while (value < *last - kDay / 2)
                    value += kDay; // after midnight
            dayStart = value - *m.minute;
            out[i] = value;
        }
        if (out[i])
            last = out[i];
    }
    return out;
}

std::vector<TimelineMoment> orderedByTime(const std::vector<TimelineMoment>& inOrder) {
    // Groups: a timed moment and the moments without a time that follow it; those before any timed moment
    // stay first.
    const auto running = runningMinutes(inOrder);
    struct Group {
        std::optional<std::int64_t> at;
        std::vector<TimelineMoment> moments;
    };
    std::vector<Group> groups;
    Group head;
    for (std::size_t i = 0; i < inOrder.size(); ++i) {
        if (running[i])
            groups.push_back(Group{running[i], {inOrder[i]}});
        else if (groups.empty())
            head.moments.push_back(inOrder[i]);
        else
            groups.back().moments.push_back(inOrder[i]);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) { return *a.at < *b.at; });
    std::vector<TimelineMoment> out = std::move(head.moments);
    for (auto& g : groups)
        for (auto& m : g.moments)
            out.push_back(std::move(m));
    return out;
}

int timePosition(const std::vector<TimelineMoment>& inOrder, const TimelineMoment& moment) {
    const int end = static_cast<int>(inOrder.size());
    if (!moment.minute && !moment.day)
        return end;
    const auto running = runningMinutes(inOrder);
    std::optional<std::int64_t> first, lastAt;
    bool anyDay = false;
    for (std::size_t i = 0; i < running.size(); ++i) {
        anyDay = anyDay || inOrder[i].day.has_value();
        if (running[i]) {
            first = first ? std::min(*first, *running[i]) : *running[i];
            lastAt = lastAt ? std::max(*lastAt, *running[i]) : *running[i];
        }
    }
    if (!first)
        return end;
    std::int64_t at = 0;
    if (moment.day && anyDay) {
        at = dayNumber(*moment.day) * kDay + moment.minute.value_or(0);
    } else if (moment.minute) {
        // The same clock time on each day the timeline touches (and the day after): the one inside the
        // timeline's span, or else the nearest to it.
        std::optional<std::int64_t> best;
        std::int64_t bestDistance = 0;
        for (std::int64_t day = *first / kDay - 1; day <= *lastAt / kDay + 1; ++day) {
            const std::int64_t candidate = day * kDay + *moment.minute;
            const std::int64_t distance =
                candidate < *first ? *first - candidate : (candidate > *lastAt ? candidate - *lastAt : 0);
            if (!best || distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        at = *best;
    } else {
        return end;
    }
    // After the last moment at or before that time, and after the untimed moments that follow it.
    int position = -1;
    for (int i = 0; i < end; ++i)
        if (running[static_cast<std::size_t>(i)] && *running[static_cast<std::size_t>(i)] <= at)
            position = i;
    if (position < 0) {
        // Before every timed moment, but after untimed moments that open the timeline.
        int i = 0;
        while (i < end && !running[static_cast<std::size_t>(i)])
            ++i;
        return i;
    }
    int i = position + 1;
    while (i < end && !running[static_cast<std::size_t>(i)])
        ++i;
    return i;
}

std::vector<std::optional<std::int64_t>> gapsBefore(const std::vector<TimelineMoment>& inOrder) {
    const auto running = runningMinutes(inOrder);
    std::vector<std::optional<std::int64_t>> out(inOrder.size());
    std::optional<std::int64_t> previous;
    for (std::size_t i = 0; i < running.size(); ++i) {
        if (!running[i])
            continue;
        if (previous)
            out[i] = *running[i] - *previous;
        previous = running[i];
    }
    return out;
}

std::string gapText(std::int64_t minutes) {
    const bool back = minutes < 0;
    std::int64_t m = back ? -minutes : minutes;
    const auto days = m / kDay;
    m %= kDay;
    const auto hours = m / 60;
    m %= 60;
    std::string out;
    auto add = [&](const std::string& part) {
        if (!out.empty())
            out += ' ';
        out += part;
    };
    if (days > 0)
        add(translate("Timeline", "%n day(s)", nullptr, static_cast<int>(days)));
    if (hours > 0)
        add(arg(translate("Timeline", "%1 h", "hours of a gap in time"), {std::to_string(hours)}));
    if (m > 0 || out.empty())
        add(arg(translate("Timeline", "%1 min", "minutes of a gap in time"), {std::to_string(m)}));
    return back ? arg(translate("Timeline", "%1 earlier", "a moment placed by hand before the clock says"), {out})
                : out;
}

} // namespace ltw
