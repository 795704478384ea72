#include "ltw/room_picture.hpp"

#include "ltw/translate.hpp"

#include "ltw/report.hpp"

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
    return p;
}

} // namespace

bool RoomPicture::empty() const {
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
    RoomPicture p;
    p.title = s.learningTeam.title;
    p.subtitle = std::string(label(phase == Phase::Closed ? Phase::Share : phase));
    switch (phase) {
    case Phase::Learn: learn(s, p); break;
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
