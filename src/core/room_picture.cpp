#include "ltw/room_picture.hpp"

#include "ltw/translate.hpp"

#include "ltw/report.hpp"
#include "ltw/timeline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace ltw {
namespace {

bool visible(const Note& n) { return !n.facilitatorOnly; }

const Note* newestVisible(const LearningTeamSnapshot& s) {
    const Note* newest = nullptr;
    for (const auto& n : s.notes)
        if (visible(n) &&
            (!newest || n.created > newest->created || (n.created == newest->created && n.id > newest->id)))
            newest = &n;
    return newest;
}

RoomCard cardOf(const Note& n, const Note* newest) {
    return RoomCard{n.id, n.text, toneOf(n.kind), newest && newest->id == n.id, {}, {}};
}

// Learn: a column per kind that has notes, in the order of the capture keys.
void learn(const LearningTeamSnapshot& s, RoomPicture& p) {
    const auto* newest = newestVisible(s);
    for (auto kind : allValues<NoteKind>()) {
        RoomColumn column{std::string(label(kind)), toneOf(kind), {}};
        for (const auto& n : s.notes)
            if (n.kind == kind && visible(n))
                column.cards.push_back(cardOf(n, newest));
        if (!column.cards.empty())
            p.columns.push_back(std::move(column));
    }
}

// Soak: a column per theme, then what is not in a theme yet.
void soak(const LearningTeamSnapshot& s, RoomPicture& p) {
    const auto* newest = newestVisible(s);
    for (const auto& t : s.themes) {
        RoomColumn column{
            t.name.empty() ? translate("Room", "A theme without a name yet") : t.name, RoomTone::Theme, {}};
        for (const auto& n : s.notes)
            if (n.themeId == t.id && visible(n))
                column.cards.push_back(cardOf(n, newest));
        p.columns.push_back(std::move(column));
    }
    RoomColumn rest{translate("Room", "Not in a theme yet"), RoomTone::Reflection, {}};
    for (const auto& n : s.notes)
        if (!n.themeId && visible(n))
            rest.cards.push_back(cardOf(n, newest));
    if (!rest.cards.empty())
        p.columns.push_back(std::move(rest));
}

std::vector<Id> answeredBy(const LearningTeamSnapshot& s, Id defenseId) {
    std::vector<Id> notes;
    for (const auto& l : s.links) {
        if (l.kind != LinkKind::Answers)
            continue;
        if (l.from == ItemRef{ItemType::Defense, defenseId} && l.to.type == ItemType::Note)
            notes.push_back(l.to.id);
        else if (l.to == ItemRef{ItemType::Defense, defenseId} && l.from.type == ItemType::Note)
            notes.push_back(l.from.id);
    }
    return notes;
}

// Solve: every defense whole on one card, its rating in words and the notes it answers under it; what nothing
// answers yet; and the actions being decided, the most wanted first.
void solve(const LearningTeamSnapshot& s, RoomPicture& p) {
    std::map<Id, const Note*> notes;
    for (const auto& n : s.notes)
        if (visible(n))
            notes[n.id] = &n;
    std::vector<Id> answered;
    RoomColumn defenses{translate("Room", "Defenses"), RoomTone::Defense, {}, false};
    for (const auto& d : s.defenses) {
        RoomCard card{0, d.title, RoomTone::Defense, false, {}, {}};
        card.detail = d.kind == DefenseKind::New ? translate("Room", "New, to build")
                      : d.rating                 ? std::string(label(*d.rating))
                                                 : translate("Room", "Not rated yet");
        if (d.kind == DefenseKind::Existing && d.rating && *d.rating != DefenseRating::Working)
            card.tone = RoomTone::Gap; // a defense that does not hold shows the colour of a gap
        for (Id id : answeredBy(s, d.id)) {
            answered.push_back(id);
            if (auto it = notes.find(id); it != notes.end())
                card.lines.push_back(it->second->text);
        }
        defenses.cards.push_back(std::move(card));
    }
    if (!defenses.cards.empty())
        p.columns.push_back(std::move(defenses));
    RoomColumn gaps{translate("Room", "Gaps: nothing answers these yet"), RoomTone::Gap, {}};
    for (const auto& [id, n] : notes)
        if ((n->kind == NoteKind::HardCondition || n->kind == NoteKind::WeakSignal ||
             n->kind == NoteKind::Adaptation) &&
            std::find(answered.begin(), answered.end(), id) == answered.end())
            gaps.cards.push_back(cardOf(*n, nullptr));
    if (!gaps.cards.empty())
        p.columns.push_back(std::move(gaps));
    RoomColumn actions{translate("Room", "Actions"), RoomTone::Action, {}, false};
    auto sorted = s.actions;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Action& a, const Action& b) { return a.votes > b.votes; });
    for (const auto& a : sorted) {
        std::string detail = std::string(label(a.status));
        if (a.due)
            detail += arg(translate("Room", " · due %1"), {humanDate(*a.due)});
        if (a.votes > 0)
            detail += translate("Room", " · %n vote(s)", nullptr, a.votes);
        actions.cards.push_back(RoomCard{0, a.title, RoomTone::Action, false, detail, {}});
    }
    if (!actions.cards.empty())
        p.columns.push_back(std::move(actions));
}

// Share: each shared learning with its look-fors.
void share(const LearningTeamSnapshot& s, RoomPicture& p) {
    for (const auto& l : s.learnings) {
        RoomColumn column{l.title, RoomTone::Learning, {}, false};
        if (!l.summary.empty())
            column.cards.push_back(RoomCard{0, l.summary, RoomTone::Learning, false, {}, {}});
        for (const auto& f : l.lookFors)
            column.cards.push_back(RoomCard{0, f, RoomTone::LookFor, false, translate("Room", "look for"), {}});
        p.columns.push_back(std::move(column));
    }
}

// The notes linked to `item` by an "attached to" link, either way round, that the room may see.
std::vector<const Note*> attachedNotes(const LearningTeamSnapshot& s, ItemRef item) {
    std::vector<const Note*> out;
    for (const auto& l : s.links) {
        if (l.kind != LinkKind::AttachedTo)
            continue;
        const ItemRef* other = l.to == item ? &l.from : l.from == item ? &l.to : nullptr;
        if (!other || other->type != ItemType::Note)
            continue;
        const auto it = std::find_if(s.notes.begin(), s.notes.end(), [&](const Note& n) { return n.id == other->id; });
        if (it != s.notes.end() && visible(*it) &&
            std::none_of(out.begin(), out.end(), [&](const Note* n) { return n->id == it->id; }))
            out.push_back(&*it);
    }
    return out;
}

std::vector<const WorkStep*> track(const LearningTeamSnapshot& s, StepTrack which) {
    std::vector<const WorkStep*> out;
    for (const auto& step : s.steps)
        if (step.track == which)
            out.push_back(&step);
    std::stable_sort(out.begin(), out.end(),
                     [](const WorkStep* a, const WorkStep* b) { return a->position < b->position; });
    return out;
}

// Learn, the work: step N as imagined beside step N as done, the notes attached to the done step pinned to it.
void workSteps(const LearningTeamSnapshot& s, RoomPicture& p) {
    p.layout = RoomLayout::Steps;
    p.subtitle = arg(translate("Room", "%1: the steps of the work"), {p.subtitle});
    p.imaginedHeading = label(StepTrack::Imagined);
    p.doneHeading = label(StepTrack::Done);
    const auto imagined = track(s, StepTrack::Imagined);
    const auto done = track(s, StepTrack::Done);
    const auto rows = std::max(imagined.size(), done.size());
    for (std::size_t i = 0; i < rows; ++i) {
        RoomStepRow row;
        row.number = static_cast<int>(i) + 1;
        if (i < imagined.size())
            row.imagined = imagined[i]->text;
        if (i < done.size()) {
            row.done = done[i]->text;
            for (const Note* n : attachedNotes(s, {ItemType::WorkStep, done[i]->id}))
                row.pinned.push_back(cardOf(*n, nullptr));
        }
        row.parts = !row.pinned.empty() || i >= imagined.size() || i >= done.size();
        p.steps.push_back(std::move(row));
    }
}

// Learn, an event: the moments in their order, each with its time, place, who by role and the notes present
// then; a notable stretch of time between two moments is said.
void timeline(const LearningTeamSnapshot& s, RoomPicture& p) {
    p.layout = RoomLayout::Timeline;
    p.subtitle = arg(translate("Room", "%1: the timeline"), {p.subtitle});
    auto ordered = s.moments;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const TimelineMoment& a, const TimelineMoment& b) { return a.position < b.position; });
    const auto gaps = gapsBefore(ordered);
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        const auto& m = ordered[i];
        RoomMoment moment;
        moment.momentId = m.id;
        moment.time = momentTimeText(m);
        moment.day = m.day ? humanDate(*m.day) : std::string();
        moment.clock = clockText(m.minute);
        moment.text = m.text;
        moment.where = m.place;
        if (!m.who.empty())
            moment.where += (moment.where.empty() ? "" : " \u00b7 ") + m.who;
        if (gaps[i] && *gaps[i] >= notableGapMinutes)
            moment.gapBefore = arg(translate("Room", "%1 later"), {gapText(*gaps[i])});
        for (const Note* n : attachedNotes(s, {ItemType::Moment, m.id}))
            moment.notes.push_back(cardOf(*n, nullptr));
        p.moments.push_back(std::move(moment));
    }
}

// Names typed into any text give way to the person's role, as in every export without names.
RoomPicture redacted(RoomPicture p, const std::vector<Participant>& people) {
    p.title = redactNames(p.title, people);
    for (auto& c : p.columns) {
        c.heading = redactNames(c.heading, people);
        for (auto& card : c.cards) {
            card.text = redactNames(card.text, people);
            card.detail = redactNames(card.detail, people);
            for (auto& line : card.lines)
                line = redactNames(line, people);
        }
    }
    for (auto& row : p.steps) {
        row.imagined = redactNames(row.imagined, people);
        row.done = redactNames(row.done, people);
        for (auto& card : row.pinned)
            card.text = redactNames(card.text, people);
    }
    for (auto& m : p.moments) {
        m.text = redactNames(m.text, people);
        m.where = redactNames(m.where, people); // `who` is a role, unless a name was typed there
        for (auto& card : m.notes)
            card.text = redactNames(card.text, people);
    }
    return p;
}

} // namespace

bool RoomPicture::empty() const {
    if (layout == RoomLayout::Steps)
        return steps.empty();
    if (layout == RoomLayout::Timeline)
        return moments.empty();
    return std::all_of(columns.begin(), columns.end(), [](const RoomColumn& c) { return c.cards.empty(); });
}

RoomTone toneOf(NoteKind kind) {
    switch (kind) {
    case NoteKind::Story: return RoomTone::Story;
    case NoteKind::EasyCondition: return RoomTone::Easy;
    case NoteKind::HardCondition: return RoomTone::Hard;
    case NoteKind::Adaptation: return RoomTone::Adaptation;
    case NoteKind::Tradeoff: return RoomTone::Tradeoff;
    case NoteKind::WeakSignal: return RoomTone::WeakSignal;
    case NoteKind::OpenQuestion: return RoomTone::Question;
    case NoteKind::ParkingLot: return RoomTone::ParkingLot;
    case NoteKind::Reflection: return RoomTone::Reflection;
    }
    return RoomTone::Story;
}

RoomPicture buildRoomPicture(const LearningTeamSnapshot& s) { return buildRoomPicture(s, s.learningTeam.phase); }

RoomPicture buildRoomPicture(const LearningTeamSnapshot& s, Phase phase) {
    return buildRoomPicture(s, phase, LearnPicture::Board);
}

RoomPicture buildRoomPicture(const LearningTeamSnapshot& s, Phase phase, LearnPicture learnPicture) {
    RoomPicture p;
    p.title = s.learningTeam.title;
    p.subtitle = std::string(label(phase == Phase::Closed ? Phase::Share : phase));
    switch (phase) {
    case Phase::Learn:
        if (learnPicture == LearnPicture::WorkSteps)
            workSteps(s, p);
        else if (learnPicture == LearnPicture::Timeline)
            timeline(s, p);
        else
            learn(s, p);
        break;
    case Phase::Soak: soak(s, p); break;
    case Phase::Solve: solve(s, p); break;
    case Phase::Share:
    case Phase::Closed: share(s, p); break;
    }
    return redacted(std::move(p), s.participants);
}

std::optional<RoomPicture> spotlightPicture(const LearningTeamSnapshot& s, Id noteId) {
    auto it = std::find_if(s.notes.begin(), s.notes.end(), [&](const Note& n) { return n.id == noteId; });
    if (it == s.notes.end() || !visible(*it))
        return std::nullopt;
    RoomPicture p;
    p.title = s.learningTeam.title;
    p.subtitle = std::string(label(it->kind));
    p.columns.push_back(RoomColumn{std::string(label(it->kind)), toneOf(it->kind), {cardOf(*it, nullptr)}});
    return redacted(std::move(p), s.participants);
}

} // namespace ltw
