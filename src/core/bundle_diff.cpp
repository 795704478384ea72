// What each side changed since a Learning Team was last imported: the notes, defenses, actions and
// shared learnings added, changed and removed, and whether its own fields changed.
#include "bundle_match.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace ltw {

namespace detail {

Side sideOf(const ParsedBundle& b) {
    Side s;
    s.lt = b.lt;
    for (const auto& [ref, note, teller, theme] : b.notes)
        if (!note.facilitatorOnly)
            s.notes.push_back(note);
    for (const auto& [ref, d] : b.defenses)
        s.defenses.push_back(d);
    for (const auto& [ref, a, defense] : b.actions)
        s.actions.push_back(a);
    for (const auto& [ref, l] : b.learnings)
        s.learnings.push_back(l);
    for (const auto& [ref, m] : b.moments)
        s.moments.push_back(m);
    return s;
}

Side sideOf(const LearningTeamSnapshot& snapshot) {
    Side s;
    s.lt = snapshot.learningTeam;
    std::copy_if(snapshot.notes.begin(), snapshot.notes.end(), std::back_inserter(s.notes),
                 [](const Note& n) { return !n.facilitatorOnly; });
    s.defenses = snapshot.defenses;
    s.actions = snapshot.actions;
    s.learnings = snapshot.learnings;
    s.moments = snapshot.moments;
    return s;
}

namespace {

bool sameTexts(const std::vector<std::string>& after, const std::vector<std::string>& before, const SameText& same) {
    if (after.size() != before.size())
        return false;
    for (std::size_t i = 0; i < after.size(); ++i)
        if (!same(after[i], before[i]))
            return false;
    return true;
}

// Counts additions, removals and changes between two lists, paired by creation time.
template <class T, class SameFn>
ItemChanges count(const std::vector<T>& before, const std::vector<T>& after, SameFn same) {
    const auto matches = matchItems(
        before, after, [](const T& v) { return v.created; }, same);
    ItemChanges c;
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (!matches[i])
            ++c.added;
        else if (!same(before[*matches[i]], after[i]))
            ++c.changed;
    }
    const auto paired =
        static_cast<int>(std::count_if(matches.begin(), matches.end(), [](const auto& m) { return m.has_value(); }));
    c.removed = static_cast<int>(before.size()) - paired;
    return c;
}

} // namespace

SideChanges compareSides(const Side& before, const Side& after, const SameText& text) {
    SideChanges c;
    c.notes = count(before.notes, after.notes, [&](const Note& b, const Note& a) {
        return a.kind == b.kind && text(a.text, b.text) && sameTexts(a.tags, b.tags, text);
    });
    c.defenses = count(before.defenses, after.defenses, [&](const Defense& b, const Defense& a) {
        return a.kind == b.kind && a.rating == b.rating && text(a.title, b.title) && text(a.description, b.description);
    });
    c.actions = count(before.actions, after.actions, [&](const Action& b, const Action& a) {
        return text(a.title, b.title) && text(a.owner, b.owner) && a.due == b.due && a.status == b.status &&
               text(a.successMeasure, b.successMeasure) && a.votes == b.votes;
    });
    c.learnings = count(before.learnings, after.learnings, [&](const SharedLearning& b, const SharedLearning& a) {
        return text(a.title, b.title) && text(a.summary, b.summary) && sameTexts(a.lookFors, b.lookFors, text) &&
               text(a.audience, b.audience);
    });
    c.moments = count(before.moments, after.moments, [&](const TimelineMoment& b, const TimelineMoment& a) {
        return a.position == b.position && a.day == b.day && a.minute == b.minute && text(a.text, b.text) &&
               text(a.place, b.place) && text(a.who, b.who);
    });
    const auto& b = before.lt;
    const auto& a = after.lt;
    c.details = !(text(a.title, b.title) && a.use == b.use && text(a.scopeQuestion, b.scopeQuestion) &&
                  a.sponsor == b.sponsor && a.facilitator == b.facilitator && a.phase == b.phase &&
                  a.soakStart == b.soakStart && a.soakPlannedEnd == b.soakPlannedEnd && text(a.summary, b.summary) &&
                  text(a.sponsorResponse, b.sponsorResponse));
    return c;
}

} // namespace detail

namespace {

void describeKind(std::vector<std::string>& parts, const ItemChanges& c, const char* one, const char* many) {
    if (!c.any())
        return;
    std::vector<std::string> what;
    if (c.added)
        what.push_back(fmt::format("{} added", c.added));
    if (c.changed)
        what.push_back(fmt::format("{} changed", c.changed));
    if (c.removed)
        what.push_back(fmt::format("{} removed", c.removed));
    const int total = c.added + c.changed + c.removed;
    parts.push_back(fmt::format("{}: {}", total == 1 ? one : many, fmt::join(what, ", ")));
}

} // namespace

std::string describeChanges(const SideChanges& changes) {
    std::vector<std::string> parts;
    describeKind(parts, changes.notes, "note", "notes");
    describeKind(parts, changes.defenses, "defense", "defenses");
    describeKind(parts, changes.actions, "action", "actions");
    describeKind(parts, changes.learnings, "shared learning", "shared learnings");
    describeKind(parts, changes.moments, "moment of the timeline", "moments of the timeline");
    if (changes.details)
        parts.emplace_back("the Learning Team's own details");
    if (parts.empty())
        return "nothing that a bundle carries";
    return fmt::format("{}", fmt::join(parts, "; "));
}

} // namespace ltw
