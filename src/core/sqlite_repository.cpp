// SqliteRepository: transactions, notifications, the checks that keep references inside one Learning
// Team, and the team-level items. The other items are in sqlite_repository_items.cpp.
#include "ltw/sqlite_repository.hpp"
#include "ltw/translate.hpp"

#include "ltw/errors.hpp"
#include "row_mapping.hpp"
#include "sqlite_generic.hpp"
#include "uid.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <utility>

namespace ltw {

using detail::columnCount;
using detail::columnList;
using detail::Reader;
using detail::Row;

namespace {

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
    case ItemType::Moment: return Row<TimelineMoment>::table;
    }
    return {};
}

} // namespace

SqliteRepository::SqliteRepository(const std::filesystem::path& path, Database::OpenMode mode) : m_db(path, mode) {}

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
    // Said in words before SQLite would say "attempt to write a readonly database", and before anything
    // of the write has begun.
    if (m_db.readOnly())
        throw StorageError(translate("Storage", "This database is open read-only: nothing can be changed, and "
                                                "nothing was saved. Reading, searching and exporting still work; to "
                                                "make changes, open a copy in a folder you can write to."));
    const bool outermost = m_depth == 0;
    const std::string savepoint = "ltw_" + std::to_string(m_depth);
    const auto pendingBefore = m_pending.size();
    try {
        m_db.sql().exec(outermost ? std::string("BEGIN IMMEDIATE") : "SAVEPOINT " + savepoint);
    } catch (const SQLite::Exception& e) {
        throw StorageError(arg(translate("Storage", "Nothing was saved: %1."), {describe(e)}));
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
            throw StorageError(arg(translate("Storage", "Nothing was saved: %1."), {describe(e)}));
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

// The Learning Team's "updated" time and revision follow every change inside it, so the library can list
// the one worked on last first and an import can tell a newer copy. It is bookkeeping, not an edit, so it
// raises no change of its own.
void SqliteRepository::touch(Id learningTeamId) {
    if (learningTeamId == 0)
        return;
    auto& s = statement("UPDATE learning_team SET updated = ?, revision = revision + 1 WHERE id = ?");
    detail::bindAll(s, 1, now(), learningTeamId);
    s.exec();
}

std::int64_t SqliteRepository::nextRevision(Id learningTeamId) {
    auto& s = statement("SELECT revision FROM learning_team WHERE id = ?");
    s.bind(1, static_cast<std::int64_t>(learningTeamId));
    const std::int64_t revision = s.executeStep() ? s.getColumn(0).getInt64() : 0;
    s.reset();
    return revision + 1;
}

void SqliteRepository::setRevision(Id learningTeamId, std::int64_t revision, Timestamp updated) {
    write([&] {
        auto& s = statement("UPDATE learning_team SET revision = ?, updated = ? WHERE id = ?");
        detail::bindAll(s, 1, revision, updated, learningTeamId);
        if (s.exec() != 1)
            throw InvalidRequest(fmt::format("There is no Learning Team with id {}.", learningTeamId));
    });
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

void SqliteRepository::requireThemeOf(Id learningTeamId, std::optional<Id> themeId) {
    if (!themeId)
        return;
    auto t = find<Theme>(*themeId);
    if (!t || t->learningTeamId != learningTeamId)
        throw InvalidRequest(fmt::format("The theme {} is not in this Learning Team.", *themeId));
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
    s.themes = themes(ltId);
    s.moments = moments(ltId);
    s.origin = importOrigin(ltId);
    return s;
}

// --- where an import came from ---------------------------------------------------------------------

void SqliteRepository::setImportOrigin(const ImportOrigin& o) {
    write([&] {
        auto& s = statement(
            "INSERT OR REPLACE INTO import_origin (learning_team_id, file_name, facilitator, first_imported, "
            "last_imported, imports, source_uid, source_revision, source_fingerprint, local_fingerprint, exported_at, "
            "base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        detail::bindAll(s, 1, o.learningTeamId, o.fileName, o.facilitator, o.firstImported, o.lastImported, o.imports,
                        o.sourceUid, o.sourceRevision, o.sourceFingerprint, o.localFingerprint, o.exportedAt, o.base);
        s.exec();
    });
}

std::optional<ImportOrigin> SqliteRepository::importOrigin(Id ltId) {
    auto& s = statement("SELECT learning_team_id, file_name, facilitator, first_imported, last_imported, imports, "
                        "source_uid, source_revision, source_fingerprint, local_fingerprint, exported_at, base FROM "
                        "import_origin WHERE learning_team_id = ?");
    s.bind(1, static_cast<std::int64_t>(ltId));
    std::optional<ImportOrigin> out;
    if (s.executeStep()) {
        Reader r{s, 0};
        ImportOrigin o;
        o.learningTeamId = r.id();
        o.fileName = r.text();
        o.facilitator = r.text();
        o.firstImported = r.time();
        o.lastImported = r.time();
        o.imports = r.integer();
        o.sourceUid = r.text();
        o.sourceRevision = r.id();
        o.sourceFingerprint = r.text();
        o.localFingerprint = r.text();
        o.exportedAt = r.optTime();
        o.base = r.text();
        out = std::move(o);
    }
    s.reset();
    return out;
}

} // namespace ltw