// The repository over one workbench database file. Every write is one transaction, committed before
// the call returns; listeners hear of it after the commit. Opened read-only, it reads as ever and every
// write throws StorageError before it touches anything.
#pragma once

#include "ltw/database.hpp"
#include "ltw/repository.hpp"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace SQLite {
class Statement;
}

namespace ltw {

class SqliteRepository final : public Repository {
public:
    explicit SqliteRepository(const std::filesystem::path& path,
                              Database::OpenMode mode = Database::OpenMode::ReadWrite);
    ~SqliteRepository() override;

    Database& database() { return m_db; }
    bool isReadOnly() const { return m_db.readOnly(); }

    void transaction(const std::function<void()>& work) override;
    int subscribe(ChangeListener listener) override;
    void unsubscribe(int handle) override;

    Team addTeam(Team team) override;
    std::optional<Team> team(Id id) override;
    void updateTeam(const Team& team) override;
    void removeTeam(Id id) override;
    std::vector<Team> teams() override;

    LearningTeam addLearningTeam(LearningTeam lt) override;
    std::optional<LearningTeam> learningTeam(Id id) override;
    void updateLearningTeam(const LearningTeam& lt) override;
    void removeLearningTeam(Id id) override;
    std::vector<LearningTeam> learningTeams(std::optional<Id> teamId = std::nullopt) override;
    std::optional<LearningTeam> learningTeamByUid(const std::string& uid) override;
    std::vector<LearningTeamSummary> learningTeamSummaries() override;

    Participant addParticipant(Participant p) override;
    std::optional<Participant> participant(Id id) override;
    void updateParticipant(const Participant& p) override;
    void removeParticipant(Id id) override;
    std::vector<Participant> participants(Id learningTeamId) override;

    Note addNote(Note note) override;
    std::optional<Note> note(Id id) override;
    void updateNote(const Note& note) override;
    void removeNote(Id id) override;
    std::vector<Note> notes(Id learningTeamId, const NoteFilter& filter = {}) override;
    int noteCount(Id learningTeamId) override;

    Theme addTheme(Theme theme) override;
    std::optional<Theme> theme(Id id) override;
    void updateTheme(const Theme& theme) override;
    void removeTheme(Id id) override;
    std::vector<Theme> themes(Id learningTeamId) override;

    WorkStep addWorkStep(WorkStep step) override;
    std::optional<WorkStep> workStep(Id id) override;
    void updateWorkStep(const WorkStep& step) override;
    void removeWorkStep(Id id) override;
    std::vector<WorkStep> workSteps(Id learningTeamId, std::optional<StepTrack> track = std::nullopt) override;

    TimelineMoment addMoment(TimelineMoment moment) override;
    std::optional<TimelineMoment> moment(Id id) override;
    void updateMoment(const TimelineMoment& moment) override;
    void removeMoment(Id id) override;
    std::vector<TimelineMoment> moments(Id learningTeamId) override;

    Defense addDefense(Defense defense) override;
    std::optional<Defense> defense(Id id) override;
    void updateDefense(const Defense& defense) override;
    void removeDefense(Id id) override;
    std::vector<Defense> defenses(Id learningTeamId) override;
    std::vector<DefenseWithLinks> defensesWithLinks(Id learningTeamId) override;

    Action addAction(Action action) override;
    std::optional<Action> action(Id id) override;
    void updateAction(const Action& action) override;
    void removeAction(Id id) override;
    std::vector<Action> actions(Id learningTeamId) override;
    std::vector<Action> openActions(std::optional<Id> learningTeamId = std::nullopt) override;

    SharedLearning addSharedLearning(SharedLearning learning) override;
    std::optional<SharedLearning> sharedLearning(Id id) override;
    void updateSharedLearning(const SharedLearning& learning) override;
    void removeSharedLearning(Id id) override;
    std::vector<SharedLearning> sharedLearnings(Id learningTeamId) override;

    Link addLink(Link link) override;
    std::optional<Link> link(Id id) override;
    void updateLink(const Link& link) override;
    void removeLink(Id id) override;
    std::vector<Link> links(Id learningTeamId) override;

    PhaseLogEntry recordPhaseChange(Id learningTeamId, Phase to, const std::string& reason) override;
    PhaseLogEntry addPhaseLogEntry(PhaseLogEntry entry) override;
    std::vector<PhaseLogEntry> phaseLog(Id learningTeamId) override;

    LearningTeamSnapshot snapshot(Id learningTeamId) override;

    void setImportOrigin(const ImportOrigin& origin) override;
    std::optional<ImportOrigin> importOrigin(Id learningTeamId) override;
    void setRevision(Id learningTeamId, std::int64_t revision, Timestamp updated) override;

private:
    template <class T>
    T insert(T value);
    template <class T>
    void update(const T& value);
    template <class T>
    void erase(Id id);
    template <class T>
    std::optional<T> find(Id id);
    template <class T>
    std::vector<T> select(const std::string& where, const std::function<void(SQLite::Statement&)>& bind);
    template <class T>
    std::vector<T> listOf(Id learningTeamId, const std::string& orderBy);

    // A prepared statement, kept for reuse: the capture path runs the same few statements many times.
    SQLite::Statement& statement(const std::string& sql);
    void write(const std::function<void()>& work);
    void notify(Change change);
    void touch(Id learningTeamId);
    std::int64_t nextRevision(Id learningTeamId);
    void requireInScope(Id learningTeamId, ItemRef ref, const char* what);
    void requireParticipantOf(Id learningTeamId, std::optional<Id> participantId);
    void requireDefenseOf(Id learningTeamId, std::optional<Id> defenseId);
    void requireThemeOf(Id learningTeamId, std::optional<Id> themeId);

    Database m_db;
    std::map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
    int m_depth = 0;
    std::vector<Change> m_pending;
    std::vector<std::pair<int, ChangeListener>> m_listeners;
    int m_nextHandle = 1;
};

} // namespace ltw
