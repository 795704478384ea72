// A Repository that fails the Nth write it is asked for, as a full disk would, and passes everything else
// to the real one: the way to test that an edit which fails halfway leaves nothing behind (as KeePassXC's
// FailDevice does for files). Test-only; no Qt.
#pragma once

#include "ltw/errors.hpp"
#include "ltw/repository.hpp"

#include <string>

namespace ltw::test {

class FailingRepository final : public Repository {
public:
    explicit FailingRepository(Repository& inner) : m_inner(inner) {}

    // The `n`th write from now (1 for the next one) fails; 0 lets every write through.
    void failWrite(int n) {
        m_failAt = n;
        m_writes = 0;
        m_failed = false;
    }
    int writes() const { return m_writes; }  // writes asked for since failWrite
    bool failed() const { return m_failed; } // whether the armed write was reached

    void transaction(const std::function<void()>& work) override { m_inner.transaction(work); }
    int subscribe(ChangeListener listener) override { return m_inner.subscribe(std::move(listener)); }
    void unsubscribe(int handle) override { m_inner.unsubscribe(handle); }

    Team addTeam(Team team) override {
        written();
        return m_inner.addTeam(std::move(team));
    }
    std::optional<Team> team(Id id) override { return m_inner.team(id); }
    void updateTeam(const Team& team) override {
        written();
        m_inner.updateTeam(team);
    }
    void removeTeam(Id id) override {
        written();
        m_inner.removeTeam(id);
    }
    std::vector<Team> teams() override { return m_inner.teams(); }
    LearningTeam addLearningTeam(LearningTeam lt) override {
        written();
        return m_inner.addLearningTeam(std::move(lt));
    }
    std::optional<LearningTeam> learningTeam(Id id) override { return m_inner.learningTeam(id); }
    void updateLearningTeam(const LearningTeam& lt) override {
        written();
        m_inner.updateLearningTeam(lt);
    }
    void removeLearningTeam(Id id) override {
        written();
        m_inner.removeLearningTeam(id);
    }
    std::vector<LearningTeam> learningTeams(std::optional<Id> teamId) override { return m_inner.learningTeams(teamId); }
    std::optional<LearningTeam> learningTeamByUid(const std::string& uid) override {
        return m_inner.learningTeamByUid(uid);
    }
    std::vector<LearningTeamSummary> learningTeamSummaries() override { return m_inner.learningTeamSummaries(); }
    Participant addParticipant(Participant p) override {
        written();
        return m_inner.addParticipant(std::move(p));
    }
    std::optional<Participant> participant(Id id) override { return m_inner.participant(id); }
    void updateParticipant(const Participant& p) override {
        written();
        m_inner.updateParticipant(p);
    }
    void removeParticipant(Id id) override {
        written();
        m_inner.removeParticipant(id);
    }
    std::vector<Participant> participants(Id learningTeamId) override { return m_inner.participants(learningTeamId); }
    Note addNote(Note note) override {
        written();
        return m_inner.addNote(std::move(note));
    }
    std::optional<Note> note(Id id) override { return m_inner.note(id); }
    void updateNote(const Note& note) override {
        written();
        m_inner.updateNote(note);
    }
    void removeNote(Id id) override {
        written();
        m_inner.removeNote(id);
    }
    std::vector<Note> notes(Id learningTeamId, const NoteFilter& filter) override {
        return m_inner.notes(learningTeamId, filter);
    }
    int noteCount(Id learningTeamId) override { return m_inner.noteCount(learningTeamId); }
    Theme addTheme(Theme theme) override {
        written();
        return m_inner.addTheme(std::move(theme));
    }
    std::optional<Theme> theme(Id id) override { return m_inner.theme(id); }
    void updateTheme(const Theme& theme) override {
        written();
        m_inner.updateTheme(theme);
    }
    void removeTheme(Id id) override {
        written();
        m_inner.removeTheme(id);
    }
    std::vector<Theme> themes(Id learningTeamId) override { return m_inner.themes(learningTeamId); }
    WorkStep addWorkStep(WorkStep step) override {
        written();
        return m_inner.addWorkStep(std::move(step));
    }
    std::optional<WorkStep> workStep(Id id) override { return m_inner.workStep(id); }
    void updateWorkStep(const WorkStep& step) override {
        written();
        m_inner.updateWorkStep(step);
    }
    void removeWorkStep(Id id) override {
        written();
        m_inner.removeWorkStep(id);
    }
    std::vector<WorkStep> workSteps(Id learningTeamId, std::optional<StepTrack> track) override {
        return m_inner.workSteps(learningTeamId, track);
    }
    TimelineMoment addMoment(TimelineMoment moment) override {
        written();
        return m_inner.addMoment(std::move(moment));
    }
    std::optional<TimelineMoment> moment(Id id) override { return m_inner.moment(id); }
    void updateMoment(const TimelineMoment& moment) override {
        written();
        m_inner.updateMoment(moment);
    }
    void removeMoment(Id id) override {
        written();
        m_inner.removeMoment(id);
    }
    std::vector<TimelineMoment> moments(Id learningTeamId) override { return m_inner.moments(learningTeamId); }
    Defense addDefense(Defense defense) override {
        written();
        return m_inner.addDefense(std::move(defense));
    }
    std::optional<Defense> defense(Id id) override { return m_inner.defense(id); }
    void updateDefense(const Defense& defense) override {
        written();
        m_inner.updateDefense(defense);
    }
    void removeDefense(Id id) override {
        written();
        m_inner.removeDefense(id);
    }
    std::vector<Defense> defenses(Id learningTeamId) override { return m_inner.defenses(learningTeamId); }
    std::vector<DefenseWithLinks> defensesWithLinks(Id learningTeamId) override {
        return m_inner.defensesWithLinks(learningTeamId);
    }
    Action addAction(Action action) override {
        written();
        return m_inner.addAction(std::move(action));
    }
    std::optional<Action> action(Id id) override { return m_inner.action(id); }
    void updateAction(const Action& action) override {
        written();
        m_inner.updateAction(action);
    }
    void removeAction(Id id) override {
        written();
        m_inner.removeAction(id);
    }
    std::vector<Action> actions(Id learningTeamId) override { return m_inner.actions(learningTeamId); }
    std::vector<Action> openActions(std::optional<Id> learningTeamId) override {
        return m_inner.openActions(learningTeamId);
    }
    SharedLearning addSharedLearning(SharedLearning learning) override {
        written();
        return m_inner.addSharedLearning(std::move(learning));
    }
    std::optional<SharedLearning> sharedLearning(Id id) override { return m_inner.sharedLearning(id); }
    void updateSharedLearning(const SharedLearning& learning) override {
        written();
        m_inner.updateSharedLearning(learning);
    }
    void removeSharedLearning(Id id) override {
        written();
        m_inner.removeSharedLearning(id);
    }
    std::vector<SharedLearning> sharedLearnings(Id learningTeamId) override {
        return m_inner.sharedLearnings(learningTeamId);
    }
    Link addLink(Link link) override {
        written();
        return m_inner.addLink(std::move(link));
    }
    std::optional<Link> link(Id id) override { return m_inner.link(id); }
    void updateLink(const Link& link) override {
        written();
        m_inner.updateLink(link);
    }
    void removeLink(Id id) override {
        written();
        m_inner.removeLink(id);
    }
    std::vector<Link> links(Id learningTeamId) override { return m_inner.links(learningTeamId); }
    PhaseLogEntry recordPhaseChange(Id learningTeamId, Phase to, const std::string& reason) override {
        written();
        return m_inner.recordPhaseChange(learningTeamId, to, reason);
    }
    PhaseLogEntry addPhaseLogEntry(PhaseLogEntry entry) override {
        written();
        return m_inner.addPhaseLogEntry(std::move(entry));
    }
    std::vector<PhaseLogEntry> phaseLog(Id learningTeamId) override { return m_inner.phaseLog(learningTeamId); }
    LearningTeamSnapshot snapshot(Id learningTeamId) override { return m_inner.snapshot(learningTeamId); }
    void setImportOrigin(const ImportOrigin& origin) override {
        written();
        m_inner.setImportOrigin(origin);
    }
    std::optional<ImportOrigin> importOrigin(Id learningTeamId) override {
        return m_inner.importOrigin(learningTeamId);
    }
    void setRevision(Id learningTeamId, std::int64_t revision, Timestamp updated) override {
        written();
        m_inner.setRevision(learningTeamId, revision, updated);
    }

private:
    void written() {
        ++m_writes;
        if (m_failAt != 0 && m_writes == m_failAt) {
            m_failed = true;
            throw StorageError("Nothing was saved: the disk is full.");
        }
    }

    Repository& m_inner;
    int m_failAt = 0;
    int m_writes = 0;
    bool m_failed = false;
};

} // namespace ltw::test
