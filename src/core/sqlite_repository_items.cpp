// SqliteRepository: the items of a Learning Team, from notes to the phase log. Each is stored through
// the generic statements of sqlite_generic.hpp; what is particular to a kind of item is here.
#include "ltw/sqlite_repository.hpp"

#include "ltw/errors.hpp"
#include "row_mapping.hpp"
#include "sqlite_generic.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>

namespace ltw {

// --- notes ---------------------------------------------------------------------------------------

Note SqliteRepository::addNote(Note n) {
    Note stored;
    write([&] {
        requireParticipantOf(n.learningTeamId, n.tellerId);
        requireThemeOf(n.learningTeamId, n.themeId);
        stored = insert(std::move(n));
    });
    return stored;
}
std::optional<Note> SqliteRepository::note(Id id) { return find<Note>(id); }
void SqliteRepository::updateNote(const Note& n) {
    write([&] {
        requireParticipantOf(n.learningTeamId, n.tellerId);
        requireThemeOf(n.learningTeamId, n.themeId);
        update(n);
    });
}
void SqliteRepository::removeNote(Id id) { erase<Note>(id); }

int SqliteRepository::noteCount(Id ltId) {
    auto& s = statement("SELECT count(*) FROM note WHERE learning_team_id = ?");
    s.bind(1, static_cast<std::int64_t>(ltId));
    s.executeStep();
    const int count = s.getColumn(0).getInt();
    s.reset();
    return count;
}

std::vector<Note> SqliteRepository::notes(Id ltId, const NoteFilter& filter) {
    std::string where = "WHERE learning_team_id = ?";
    if (filter.kind)
        where += " AND kind = ?";
    if (filter.phase)
        where += " AND phase = ?";
    return select<Note>(where + " ORDER BY created, id", [&](SQLite::Statement& s) {
        int i = 1;
        s.bind(i++, static_cast<std::int64_t>(ltId));
        if (filter.kind)
            detail::bindValue(s, i++, *filter.kind);
        if (filter.phase)
            detail::bindValue(s, i++, *filter.phase);
    });
}

// --- themes --------------------------------------------------------------------------------------

Theme SqliteRepository::addTheme(Theme t) { return insert(std::move(t)); }
std::optional<Theme> SqliteRepository::theme(Id id) { return find<Theme>(id); }

void SqliteRepository::updateTheme(const Theme& t) {
    write([&] {
        // Its notes are in its Learning Team; a theme that moved would take them across.
        const auto stored = find<Theme>(t.id);
        if (stored && stored->learningTeamId != t.learningTeamId)
            throw InvalidRequest(fmt::format("The theme {} belongs to another Learning Team.", t.id));
        update(t);
    });
}

// The schema clears the notes' theme_id; the repository tells listeners, so that nobody has to re-read
// the board. The notes are announced first: a listener never holds a note whose theme it has dropped.
void SqliteRepository::removeTheme(Id id) {
    write([&] {
        auto members = select<Note>("WHERE theme_id = ? ORDER BY id",
                                    [&](SQLite::Statement& s) { s.bind(1, static_cast<std::int64_t>(id)); });
        for (auto& n : members) {
            n.themeId.reset();
            notify(Change{ChangeKind::Updated, EntityType::Note, n.id, n.learningTeamId, n});
        }
        erase<Theme>(id);
    });
}

std::vector<Theme> SqliteRepository::themes(Id ltId) { return listOf<Theme>(ltId, "position, id"); }

// --- work steps ----------------------------------------------------------------------------------

WorkStep SqliteRepository::addWorkStep(WorkStep w) { return insert(std::move(w)); }
std::optional<WorkStep> SqliteRepository::workStep(Id id) { return find<WorkStep>(id); }
void SqliteRepository::updateWorkStep(const WorkStep& w) { update(w); }
void SqliteRepository::removeWorkStep(Id id) { erase<WorkStep>(id); }
std::vector<WorkStep> SqliteRepository::workSteps(Id ltId, std::optional<StepTrack> track) {
    auto all = listOf<WorkStep>(ltId, "track, position, id");
    if (track)
        std::erase_if(all, [&](const WorkStep& w) { return w.track != *track; });
    return all;
}

// --- timeline moments ----------------------------------------------------------------------------

TimelineMoment SqliteRepository::addMoment(TimelineMoment m) { return insert(std::move(m)); }
std::optional<TimelineMoment> SqliteRepository::moment(Id id) { return find<TimelineMoment>(id); }
void SqliteRepository::updateMoment(const TimelineMoment& m) { update(m); }
void SqliteRepository::removeMoment(Id id) { erase<TimelineMoment>(id); }
std::vector<TimelineMoment> SqliteRepository::moments(Id ltId) { return listOf<TimelineMoment>(ltId, "position, id"); }

// --- defenses ------------------------------------------------------------------------------------

Defense SqliteRepository::addDefense(Defense d) { return insert(std::move(d)); }
std::optional<Defense> SqliteRepository::defense(Id id) { return find<Defense>(id); }
void SqliteRepository::updateDefense(const Defense& d) { update(d); }
void SqliteRepository::removeDefense(Id id) { erase<Defense>(id); }
std::vector<Defense> SqliteRepository::defenses(Id ltId) { return listOf<Defense>(ltId, "kind, id"); }

std::vector<DefenseWithLinks> SqliteRepository::defensesWithLinks(Id ltId) {
    std::vector<DefenseWithLinks> out;
    for (auto& d : defenses(ltId))
        out.push_back(DefenseWithLinks{std::move(d), {}, {}});
    auto indexOf = [&](Id defenseId) -> DefenseWithLinks* {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& e) { return e.defense.id == defenseId; });
        return it == out.end() ? nullptr : &*it;
    };
    // A defense answers a note whichever way round the link was drawn.
    const auto noteList = notes(ltId, {});
    auto noteById = [&](Id id) -> const Note* {
        auto it = std::find_if(noteList.begin(), noteList.end(), [&](const Note& n) { return n.id == id; });
        return it == noteList.end() ? nullptr : &*it;
    };
    for (const auto& l : links(ltId)) {
        if (l.kind != LinkKind::Answers)
            continue;
        ItemRef defenseEnd, noteEnd;
        if (l.from.type == ItemType::Defense && l.to.type == ItemType::Note) {
            defenseEnd = l.from;
            noteEnd = l.to;
        } else if (l.to.type == ItemType::Defense && l.from.type == ItemType::Note) {
            defenseEnd = l.to;
            noteEnd = l.from;
        } else {
            continue;
        }
        auto* entry = indexOf(defenseEnd.id);
        const auto* n = noteById(noteEnd.id);
        if (entry && n)
            entry->answers.push_back(*n);
    }
    for (auto& a : actions(ltId))
        if (a.defenseId)
            if (auto* entry = indexOf(*a.defenseId))
                entry->actions.push_back(std::move(a));
    return out;
}

// --- actions -------------------------------------------------------------------------------------

Action SqliteRepository::addAction(Action a) {
    Action stored;
    write([&] {
        requireDefenseOf(a.learningTeamId, a.defenseId);
        stored = insert(std::move(a));
    });
    return stored;
}
std::optional<Action> SqliteRepository::action(Id id) { return find<Action>(id); }
void SqliteRepository::updateAction(const Action& a) {
    write([&] {
        requireDefenseOf(a.learningTeamId, a.defenseId);
        update(a);
    });
}
void SqliteRepository::removeAction(Id id) { erase<Action>(id); }
std::vector<Action> SqliteRepository::actions(Id ltId) { return listOf<Action>(ltId, "id"); }

std::vector<Action> SqliteRepository::openActions(std::optional<Id> ltId) {
    const std::string open = "status IN ('open', 'in_progress')";
    const std::string order = " ORDER BY due IS NULL, due, id";
    if (!ltId)
        return select<Action>("WHERE " + open + order, {});
    return select<Action>("WHERE learning_team_id = ? AND " + open + order,
                          [&](SQLite::Statement& s) { s.bind(1, static_cast<std::int64_t>(*ltId)); });
}

// --- shared learnings ----------------------------------------------------------------------------

SharedLearning SqliteRepository::addSharedLearning(SharedLearning l) { return insert(std::move(l)); }
std::optional<SharedLearning> SqliteRepository::sharedLearning(Id id) { return find<SharedLearning>(id); }
void SqliteRepository::updateSharedLearning(const SharedLearning& l) { update(l); }
void SqliteRepository::removeSharedLearning(Id id) { erase<SharedLearning>(id); }
std::vector<SharedLearning> SqliteRepository::sharedLearnings(Id ltId) { return listOf<SharedLearning>(ltId, "id"); }

// --- links ---------------------------------------------------------------------------------------

Link SqliteRepository::addLink(Link l) {
    Link stored;
    write([&] {
        if (l.from == l.to)
            throw InvalidRequest("An item cannot be linked to itself.");
        requireInScope(l.learningTeamId, l.from, "start");
        requireInScope(l.learningTeamId, l.to, "end");
        stored = insert(std::move(l));
    });
    return stored;
}
std::optional<Link> SqliteRepository::link(Id id) { return find<Link>(id); }
void SqliteRepository::updateLink(const Link& l) {
    write([&] {
        if (l.from == l.to)
            throw InvalidRequest("An item cannot be linked to itself.");
        requireInScope(l.learningTeamId, l.from, "start");
        requireInScope(l.learningTeamId, l.to, "end");
        update(l);
    });
}
void SqliteRepository::removeLink(Id id) { erase<Link>(id); }
std::vector<Link> SqliteRepository::links(Id ltId) { return listOf<Link>(ltId, "id"); }

// --- phase log -----------------------------------------------------------------------------------

PhaseLogEntry SqliteRepository::recordPhaseChange(Id ltId, Phase to, const std::string& reason) {
    PhaseLogEntry entry;
    write([&] {
        auto lt = find<LearningTeam>(ltId);
        if (!lt)
            throw InvalidRequest(fmt::format("There is no Learning Team with id {}.", ltId));
        entry = insert(PhaseLogEntry{0, ltId, lt->phase, to, now(), reason});
        lt->phase = to;
        update(*lt);
    });
    return entry;
}

PhaseLogEntry SqliteRepository::addPhaseLogEntry(PhaseLogEntry entry) { return insert(std::move(entry)); }

std::vector<PhaseLogEntry> SqliteRepository::phaseLog(Id ltId) { return listOf<PhaseLogEntry>(ltId, "at, id"); }

} // namespace ltw
