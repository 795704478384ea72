#include "ltw/sqlite_repository.hpp"

#include "ltw/errors.hpp"
#include "row_mapping.hpp"
#include "uid.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>

namespace ltw {

using detail::Reader;
using detail::Row;

namespace {

template <class T>
std::string columnList(std::string_view alias = {}) {
    const std::string prefix = alias.empty() ? std::string() : std::string(alias) + ".";
    std::string out = prefix + "id";
    for (auto c : Row<T>::columns)
        out += ", " + prefix + std::string(c);
    return out;
}

template <class T>
constexpr int columnCount() {
    return static_cast<int>(Row<T>::columns.size()) + 1;
}

template <class T>
const std::string& insertSql() {
    static const std::string sql = [] {
        std::string marks = "?";
        for (std::size_t i = 0; i < Row<T>::columns.size(); ++i)
            marks += ", ?";
        return fmt::format("INSERT INTO {} ({}) VALUES ({})", Row<T>::table, columnList<T>(), marks);
    }();
    return sql;
}

template <class T>
const std::string& updateSql() {
    static const std::string sql = [] {
        std::string sets;
        for (auto c : Row<T>::columns)
            sets += (sets.empty() ? "" : ", ") + std::string(c) + " = ?";
        return fmt::format("UPDATE {} SET {} WHERE id = ?", Row<T>::table, sets);
    }();
    return sql;
}

template <class T>
std::string selectSql(std::string_view tail) {
    return fmt::format("SELECT {} FROM {} {}", columnList<T>(), Row<T>::table, tail);
}

template <class T>
std::string_view noun() {
    switch (Row<T>::entity) {
    case EntityType::Team: return "team";
    case EntityType::LearningTeam: return "Learning Team";
    case EntityType::Participant: return "participant";
    case EntityType::Note: return "note";
    case EntityType::WorkStep: return "work step";
    case EntityType::Defense: return "defense";
    case EntityType::Action: return "action";
    case EntityType::SharedLearning: return "shared learning";
    case EntityType::Link: return "link";
    case EntityType::PhaseLogEntry: return "phase log entry";
    }
    return "item";
}

// An add keeps the times it is given (an import keeps the original ones) and fills in the rest.
template <class T>
void stampNew(T& v) {
    if constexpr (requires { v.updated; }) {
        if (v.created == Timestamp{})
            v.created = now();
        if (v.updated == Timestamp{})
            v.updated = v.created;
    } else if constexpr (requires { v.created; }) {
        if (v.created == Timestamp{})
            v.created = now();
    } else if constexpr (requires { v.at; }) {
        if (v.at == Timestamp{})
            v.at = now();
    }
}

template <class T>
void stampUpdate(T& v) {
    if constexpr (requires { v.updated; })
        v.updated = now();
}

std::string describe(const SQLite::Exception& e) {
    switch (e.getErrorCode()) {
    case SQLITE_FULL: return "the disk is full";
    case SQLITE_READONLY: return "the database file is read-only";
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "the database is busy in another program";
    case SQLITE_CONSTRAINT: return std::string("the data breaks a rule of the database (") + e.getErrorStr() + ")";
    default: return e.getErrorStr();
    }
}

std::string_view tableOf(ItemType type) {
    switch (type) {
    case ItemType::Note: return Row<Note>::table;
    case ItemType::WorkStep: return Row<WorkStep>::table;
    case ItemType::Defense: return Row<Defense>::table;
    case ItemType::Action: return Row<Action>::table;
    case ItemType::SharedLearning: return Row<SharedLearning>::table;
    }
    return {};
}

} // namespace

SqliteRepository::SqliteRepository(const std::filesystem::path& path) : m_db(path) {}

SqliteRepository::~SqliteRepository() = default;

SQLite::Statement& SqliteRepository::statement(const std::string& sql) {
    auto& slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(m_db.sql(), sql);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

void SqliteRepository::write(const std::function<void()>& work) {
    const bool outermost = m_depth == 0;
    const std::string savepoint = "ltw_" + std::to_string(m_depth);
    const auto pendingBefore = m_pending.size();
    try {
        m_db.sql().exec(outermost ? std::string("BEGIN IMMEDIATE") : "SAVEPOINT " + savepoint);
    } catch (const SQLite::Exception& e) {
        throw StorageError("Nothing was saved: " + describe(e) + ".");
    }
    ++m_depth;
    try {
        work();
        m_db.sql().exec(outermost ? std::string("COMMIT") : "RELEASE " + savepoint);
        --m_depth;
    } catch (...) {
        --m_depth;
        m_pending.resize(pendingBefore);
        try {
            if (outermost) {
                m_db.sql().exec("ROLLBACK");
            } else {
                m_db.sql().exec("ROLLBACK TO " + savepoint);
                m_db.sql().exec("RELEASE " + savepoint);
            }
        } catch (const SQLite::Exception& e) {
            spdlog::error("rolling back failed: {}", e.getErrorStr());
        }
        try {
            throw;
        } catch (const SQLite::Exception& e) {
            throw StorageError("Nothing was saved: " + describe(e) + ".");
        }
    }
    if (outermost && !m_pending.empty()) {
        const auto changes = std::exchange(m_pending, {});
        const auto listeners = m_listeners; // a listener may unsubscribe while it is called
        for (const auto& change : changes)
            for (const auto& [handle, listener] : listeners)
                listener(change);
    }
}

void SqliteRepository::transaction(const std::function<void()>& work) { write(work); }

int SqliteRepository::subscribe(ChangeListener listener) {
    const int handle = m_nextHandle++;
    m_listeners.emplace_back(handle, std::move(listener));
    return handle;
}

void SqliteRepository::unsubscribe(int handle) {
    std::erase_if(m_listeners, [handle](const auto& entry) { return entry.first == handle; });
}

void SqliteRepository::notify(Change change) { m_pending.push_back(std::move(change)); }

// The Learning Team's "updated" time follows every change inside it, so the library can list the one
// worked on last first. It is bookkeeping, not an edit, so it raises no change of its own.
void SqliteRepository::touch(Id learningTeamId) {
    if (learningTeamId == 0)
        return;
    auto& s = statement("UPDATE learning_team SET updated = ? WHERE id = ?");
    detail::bindAll(s, 1, now(), learningTeamId);
    s.exec();
}

template <class T>
T SqliteRepository::insert(T value) {
    stampNew(value);
    write([&] {
        auto& s = statement(insertSql<T>());
        if (value.id != 0)
            s.bind(1, static_cast<std::int64_t>(value.id));
        Row<T>::bind(s, 2, value);
        s.exec();
        value.id = m_db.sql().getLastInsertRowid();
        const Id scope = Row<T>::scope(value);
        if (Row<T>::entity != EntityType::LearningTeam)
            touch(scope);
        notify(Change{ChangeKind::Added, Row<T>::entity, value.id, scope, value});
    });
    return value;
}

template <class T>
void SqliteRepository::update(const T& given) {
    T value = given;
    stampUpdate(value);
    write([&] {
        auto& s = statement(updateSql<T>());
        Row<T>::bind(s, 1, value);
        s.bind(columnCount<T>(), static_cast<std::int64_t>(value.id));
        if (s.exec() != 1)
            throw InvalidRequest(fmt::format("There is no {} with id {}.", noun<T>(), value.id));
        const Id scope = Row<T>::scope(value);
        if (Row<T>::entity != EntityType::LearningTeam)
            touch(scope);
        notify(Change{ChangeKind::Updated, Row<T>::entity, value.id, scope, value});
    });
}

template <class T>
std::optional<T> SqliteRepository::find(Id id) {
    static const std::string sql = selectSql<T>("WHERE id = ?");
    auto& s = statement(sql);
    s.bind(1, static_cast<std::int64_t>(id));
    std::optional<T> out;
    if (s.executeStep())
        out = Row<T>::read(Reader{s});
    s.reset();
    return out;
}

template <class T>
void SqliteRepository::erase(Id id) {
    write([&] {
        auto existing = find<T>(id);
        if (!existing)
            throw InvalidRequest(fmt::format("There is no {} with id {}.", noun<T>(), id));
        auto& s = statement(fmt::format("DELETE FROM {} WHERE id = ?", Row<T>::table));
        s.bind(1, static_cast<std::int64_t>(id));
        s.exec();
        const Id scope = Row<T>::scope(*existing);
        if (Row<T>::entity != EntityType::LearningTeam)
            touch(scope);
        notify(Change{ChangeKind::Removed, Row<T>::entity, id, scope, *existing});
    });
}

template <class T>
std::vector<T> SqliteRepository::select(const std::string& tail, const std::function<void(SQLite::Statement&)>& bind) {
    auto& s = statement(selectSql<T>(tail));
    if (bind)
        bind(s);
    std::vector<T> out;
    while (s.executeStep())
        out.push_back(Row<T>::read(Reader{s}));
    s.reset();
    return out;
}

template <class T>
std::vector<T> SqliteRepository::listOf(Id learningTeamId, const std::string& orderBy) {
    return select<T>("WHERE learning_team_id = ? ORDER BY " + orderBy,
                     [&](SQLite::Statement& s) { s.bind(1, static_cast<std::int64_t>(learningTeamId)); });
}

void SqliteRepository::requireInScope(Id learningTeamId, ItemRef ref, const char* what) {
    auto& s = statement(fmt::format("SELECT learning_team_id FROM {} WHERE id = ?", tableOf(ref.type)));
    s.bind(1, static_cast<std::int64_t>(ref.id));
    const bool found = s.executeStep();
    const Id scope = found ? s.getColumn(0).getInt64() : 0;
    s.reset();
    if (!found || scope != learningTeamId)
        throw InvalidRequest(fmt::format("The {} of the link ({} {}) is not an item of this Learning Team.", what,
                                         toString(ref.type), ref.id));
}

void SqliteRepository::requireParticipantOf(Id learningTeamId, std::optional<Id> participantId) {
    if (!participantId)
        return;
    auto p = find<Participant>(*participantId);
    if (!p || p->learningTeamId != learningTeamId)
        throw InvalidRequest(fmt::format("The teller (participant {}) is not in this Learning Team.", *participantId));
}

void SqliteRepository::requireDefenseOf(Id learningTeamId, std::optional<Id> defenseId) {
    if (!defenseId)
        return;
    auto d = find<Defense>(*defenseId);
    if (!d || d->learningTeamId != learningTeamId)
        throw InvalidRequest(fmt::format("The defense {} is not in this Learning Team.", *defenseId));
}

// --- teams ---------------------------------------------------------------------------------------

Team SqliteRepository::addTeam(Team t) { return insert(std::move(t)); }
std::optional<Team> SqliteRepository::team(Id id) { return find<Team>(id); }
void SqliteRepository::updateTeam(const Team& t) { update(t); }
void SqliteRepository::removeTeam(Id id) { erase<Team>(id); }
std::vector<Team> SqliteRepository::teams() { return select<Team>("ORDER BY name COLLATE NOCASE, id", {}); }

// --- Learning Teams ------------------------------------------------------------------------------

LearningTeam SqliteRepository::addLearningTeam(LearningTeam lt) {
    if (lt.uid.empty())
        lt.uid = detail::newUid();
    return insert(std::move(lt));
}
std::optional<LearningTeam> SqliteRepository::learningTeam(Id id) { return find<LearningTeam>(id); }
void SqliteRepository::updateLearningTeam(const LearningTeam& lt) { update(lt); }
void SqliteRepository::removeLearningTeam(Id id) { erase<LearningTeam>(id); }

std::vector<LearningTeam> SqliteRepository::learningTeams(std::optional<Id> teamId) {
    if (!teamId)
        return select<LearningTeam>("ORDER BY updated DESC, id DESC", {});
    return select<LearningTeam>("WHERE team_id = ? ORDER BY updated DESC, id DESC",
                                [&](SQLite::Statement& s) { s.bind(1, static_cast<std::int64_t>(*teamId)); });
}

std::optional<LearningTeam> SqliteRepository::learningTeamByUid(const std::string& uid) {
    auto found = select<LearningTeam>("WHERE uid = ?", [&](SQLite::Statement& s) { s.bind(1, uid); });
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<LearningTeamSummary> SqliteRepository::learningTeamSummaries() {
    static const std::string sql = fmt::format(
        "SELECT {}, {}, (SELECT count(*) FROM note n WHERE n.learning_team_id = lt.id) FROM learning_team lt "
        "JOIN team t ON t.id = lt.team_id ORDER BY lt.updated DESC, lt.id DESC",
        columnList<LearningTeam>("lt"), columnList<Team>("t"));
    auto& s = statement(sql);
    std::vector<LearningTeamSummary> out;
    while (s.executeStep()) {
        LearningTeamSummary summary;
        summary.learningTeam = Row<LearningTeam>::read(Reader{s, 0});
        summary.team = Row<Team>::read(Reader{s, columnCount<LearningTeam>()});
        summary.noteCount = s.getColumn(columnCount<LearningTeam>() + columnCount<Team>()).getInt();
        out.push_back(std::move(summary));
    }
    s.reset();
    return out;
}

// --- participants --------------------------------------------------------------------------------

Participant SqliteRepository::addParticipant(Participant p) { return insert(std::move(p)); }
std::optional<Participant> SqliteRepository::participant(Id id) { return find<Participant>(id); }
void SqliteRepository::updateParticipant(const Participant& p) { update(p); }
void SqliteRepository::removeParticipant(Id id) { erase<Participant>(id); }
std::vector<Participant> SqliteRepository::participants(Id ltId) { return listOf<Participant>(ltId, "id"); }

// --- notes ---------------------------------------------------------------------------------------

Note SqliteRepository::addNote(Note n) {
    Note stored;
    write([&] {
        requireParticipantOf(n.learningTeamId, n.tellerId);
        stored = insert(std::move(n));
    });
    return stored;
}
std::optional<Note> SqliteRepository::note(Id id) { return find<Note>(id); }
void SqliteRepository::updateNote(const Note& n) {
    write([&] {
        requireParticipantOf(n.learningTeamId, n.tellerId);
        update(n);
    });
}
void SqliteRepository::removeNote(Id id) { erase<Note>(id); }

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

LearningTeamSnapshot SqliteRepository::snapshot(Id ltId) {
    LearningTeamSnapshot s;
    auto lt = learningTeam(ltId);
    if (!lt)
        throw InvalidRequest(fmt::format("There is no Learning Team with id {}.", ltId));
    s.learningTeam = *lt;
    s.team = team(lt->teamId).value();
    s.participants = participants(ltId);
    s.notes = notes(ltId, {});
    s.steps = workSteps(ltId, std::nullopt);
    s.defenses = defenses(ltId);
    s.actions = actions(ltId);
    s.learnings = sharedLearnings(ltId);
    s.links = links(ltId);
    s.phaseLog = phaseLog(ltId);
    return s;
}

} // namespace ltw
