// Writing a parsed bundle into the database, each item paired with the one it replaces so that what the
// bundle holds only redacted, and the facilitator's own notes, are put back.
#include "bundle_keep.hpp"

#include "bundle_match.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace ltw::detail {

namespace {

template <class T>
std::vector<T> valuesOf(const std::vector<std::pair<std::int64_t, T>>& list) {
    std::vector<T> out;
    for (const auto& [ref, v] : list)
        out.push_back(v);
    return out;
}

// Stores the bundle's items of one kind (entries of the parsed bundle: its ref, the item, and any refs of
// its own), each paired with the item here it stands for by `key`, preferring one that reads the same by
// `same`. `keep(here, item)` puts back what the bundle holds only in redacted form; `store(entry)` writes
// the entry and returns its id. Which item here became which stored one is kept for the private notes.
template <class T, class Entry, class KeyFn, class SameFn, class KeepFn, class StoreFn>
void storeKind(std::vector<Entry>& entries, const std::vector<T>& here, Keeper& keeper, detail::RefTable& refs,
               ItemType type, KeyFn key, SameFn same, KeepFn keep, StoreFn store) {
    std::vector<T> theirs;
    for (const auto& entry : entries)
        theirs.push_back(std::get<1>(entry));
    const auto matches = detail::matchItems(here, theirs, key, same);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const T* mine = matches[i] ? &here[*matches[i]] : nullptr;
        if (mine)
            keep(*mine, std::get<1>(entries[i]));
        const Id stored = store(entries[i]);
        refs.assign(std::get<0>(entries[i]), stored);
        if (mine)
            keeper.mapped(type, mine->id, stored);
    }
}

} // namespace

Id writeContent(Repository& repo, ParsedBundle& p, Keeper& keeper) {
    const Id ltId = repo.addLearningTeam(p.lt).id;
    const LearningTeamSnapshot empty;
    const auto& before = keeper.active() ? keeper.before() : empty;

    // Participants by role: a name only this database knows stays with its role, and a named participant
    // the bundle no longer lists stays too.
    {
        const auto theirs = valuesOf(p.participants);
        const auto matches = detail::matchItems(
            before.participants, theirs, [](const Participant& v) { return v.role; },
            [](const Participant& a, const Participant& b) { return a.name == b.name; });
        std::vector<bool> used(before.participants.size(), false);
        for (std::size_t i = 0; i < p.participants.size(); ++i) {
            auto& [ref, participant] = p.participants[i];
            participant.learningTeamId = ltId;
            const Participant* here = matches[i] ? &before.participants[*matches[i]] : nullptr;
            if (here && participant.name.empty())
                participant.name = here->name;
            const Id stored = repo.addParticipant(participant).id;
            p.participantRefs.assign(ref, stored);
            if (here) {
                used[*matches[i]] = true;
                keeper.mappedParticipant(here->id, stored);
            }
        }
        for (std::size_t j = 0; j < before.participants.size(); ++j)
            if (!used[j] && !before.participants[j].name.empty()) {
                auto kept = before.participants[j];
                kept.id = 0;
                kept.learningTeamId = ltId;
                keeper.mappedParticipant(before.participants[j].id, repo.addParticipant(kept).id);
            }
    }

    std::map<Id, Id> themeFor; // theme here → stored theme
    {
        const auto theirs = valuesOf(p.themes);
        const auto matches = detail::matchItems(
            before.themes, theirs, [](const Theme& v) { return v.created; },
            [&](const Theme& a, const Theme& b) { return keeper.same(a.name, b.name); });
        for (std::size_t i = 0; i < p.themes.size(); ++i) {
            auto& [ref, theme] = p.themes[i];
            theme.learningTeamId = ltId;
            if (matches[i])
                theme.name = keeper.text(before.themes[*matches[i]].name, theme.name);
            const Id stored = repo.addTheme(theme).id;
            p.themeRefs.assign(ref, stored);
            if (matches[i])
                themeFor[before.themes[*matches[i]].id] = stored;
        }
    }

    std::vector<Note> privateHere;
    std::copy_if(before.notes.begin(), before.notes.end(), std::back_inserter(privateHere),
                 [](const Note& n) { return n.facilitatorOnly; });
    const auto same = [&](const auto& field) {
        return [&keeper, field](const auto& a, const auto& b) { return keeper.same(a.*field, b.*field); };
    };
    // A private note of the bundle (one made with private content) pairs with the same private note here.
    storeKind(
        p.notes, before.notes, keeper, p.refs[ItemType::Note], ItemType::Note,
        [](const Note& v) {
            return std::pair{v.created, v.facilitatorOnly};
        },
        [&](const Note& a, const Note& b) { return a.kind == b.kind && keeper.same(a.text, b.text); },
        [&](const Note& here, Note& note) {
            note.text = keeper.text(here.text, note.text);
            note.tags = keeper.texts(here.tags, note.tags);
            std::erase_if(privateHere, [&](const Note& n) { return n.id == here.id; }); // it came with the bundle
        },
        [&](auto& entry) {
            auto& [ref, note, teller, theme] = entry;
            note.learningTeamId = ltId;
            if (teller)
                note.tellerId = p.participantRefs.db(*teller);
            if (theme)
                note.themeId = p.themeRefs.db(*theme);
            return repo.addNote(note).id;
        });
    storeKind(
        p.steps, before.steps, keeper, p.refs[ItemType::WorkStep], ItemType::WorkStep,
        [](const WorkStep& v) {
            return std::pair{v.track, v.position};
        },
        same(&WorkStep::text),
        [&](const WorkStep& here, WorkStep& step) { step.text = keeper.text(here.text, step.text); },
        [&](auto& entry) {
            std::get<1>(entry).learningTeamId = ltId;
            return repo.addWorkStep(std::get<1>(entry)).id;
        });
    storeKind(
        p.moments, before.moments, keeper, p.refs[ItemType::Moment], ItemType::Moment,
        [](const TimelineMoment& v) { return v.created; }, same(&TimelineMoment::text),
        [&](const TimelineMoment& here, TimelineMoment& moment) {
            moment.text = keeper.text(here.text, moment.text);
            moment.place = keeper.text(here.place, moment.place);
            moment.who = keeper.text(here.who, moment.who);
        },
        [&](auto& entry) {
            std::get<1>(entry).learningTeamId = ltId;
            return repo.addMoment(std::get<1>(entry)).id;
        });
    storeKind(
        p.defenses, before.defenses, keeper, p.refs[ItemType::Defense], ItemType::Defense,
        [](const Defense& v) { return v.created; }, same(&Defense::title),
        [&](const Defense& here, Defense& defense) {
            defense.title = keeper.text(here.title, defense.title);
            defense.description = keeper.text(here.description, defense.description);
        },
        [&](auto& entry) {
            std::get<1>(entry).learningTeamId = ltId;
            return repo.addDefense(std::get<1>(entry)).id;
        });
    storeKind(
        p.actions, before.actions, keeper, p.refs[ItemType::Action], ItemType::Action,
        [](const Action& v) { return v.created; }, same(&Action::title),
        [&](const Action& here, Action& action) {
            action.title = keeper.text(here.title, action.title);
            action.owner = keeper.text(here.owner, action.owner);
            action.successMeasure = keeper.text(here.successMeasure, action.successMeasure);
        },
        [&](auto& entry) {
            auto& [ref, action, defense] = entry;
            action.learningTeamId = ltId;
            if (defense)
                action.defenseId = p.refs[ItemType::Defense].db(*defense);
            return repo.addAction(action).id;
        });
    storeKind(
        p.learnings, before.learnings, keeper, p.refs[ItemType::SharedLearning], ItemType::SharedLearning,
        [](const SharedLearning& v) { return v.created; }, same(&SharedLearning::title),
        [&](const SharedLearning& here, SharedLearning& learning) {
            learning.title = keeper.text(here.title, learning.title);
            learning.summary = keeper.text(here.summary, learning.summary);
            learning.lookFors = keeper.texts(here.lookFors, learning.lookFors);
            learning.audience = keeper.text(here.audience, learning.audience);
        },
        [&](auto& entry) {
            std::get<1>(entry).learningTeamId = ltId;
            return repo.addSharedLearning(std::get<1>(entry)).id;
        });
    std::set<std::tuple<ItemType, Id, ItemType, Id, LinkKind>> linked;
    for (const auto& [fromType, fromId, toType, toId, kind] : p.links) {
        const Id from = p.refs[fromType].db(fromId);
        const Id to = p.refs[toType].db(toId);
        repo.addLink(Link{0, ltId, {fromType, from}, {toType, to}, kind});
        linked.emplace(fromType, from, toType, to, kind);
    }
    {
        const auto matches = detail::matchItems(
            before.phaseLog, p.log, [](const PhaseLogEntry& v) { return v.at; },
            [](const PhaseLogEntry& a, const PhaseLogEntry& b) { return a.to == b.to; });
        for (std::size_t i = 0; i < p.log.size(); ++i) {
            auto entry = p.log[i];
            entry.learningTeamId = ltId;
            if (matches[i])
                entry.reason = keeper.text(before.phaseLog[*matches[i]].reason, entry.reason);
            repo.addPhaseLogEntry(entry);
        }
    }

    // The facilitator's own notes go back in, with their teller, their theme and the links whose other end
    // is still there.
    for (auto note : privateHere) {
        const Id hereId = note.id;
        note.id = 0;
        note.learningTeamId = ltId;
        note.tellerId = note.tellerId ? keeper.participantFor(*note.tellerId) : std::nullopt;
        if (note.themeId) {
            auto it = themeFor.find(*note.themeId);
            note.themeId = it == themeFor.end() ? std::nullopt : std::optional<Id>(it->second);
        }
        keeper.mapped(ItemType::Note, hereId, repo.addNote(note).id);
    }
    for (const auto& l : before.links) {
        const bool touchesPrivate = std::any_of(privateHere.begin(), privateHere.end(), [&](const Note& n) {
            return (l.from.type == ItemType::Note && l.from.id == n.id) ||
                   (l.to.type == ItemType::Note && l.to.id == n.id);
        });
        if (!touchesPrivate)
            continue;
        const auto from = keeper.storedFor(l.from.type, l.from.id);
        const auto to = keeper.storedFor(l.to.type, l.to.id);
        if (!from || !to || !linked.emplace(l.from.type, *from, l.to.type, *to, l.kind).second)
            continue;
        repo.addLink(Link{0, ltId, {l.from.type, *from}, {l.to.type, *to}, l.kind});
    }
    return ltId;
}

} // namespace ltw::detail
