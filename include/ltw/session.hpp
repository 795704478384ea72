// The session state machine of a Learning Team (Learn → Soak → Solve → Share → Closed, one step back
// allowed) and the service that moves a Learning Team through it: guards that explain themselves, a
// phase log entry for every move, and a backup of the database at every phase change.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/repository.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace ltw {

class SqliteRepository;

// What the guards look at besides the Learning Team itself.
struct PhaseFacts {
    int noteCount = 0;
    int sharedLearningCount = 0;
    int actionsWithoutOwner = 0; // open actions nobody has taken on
};

struct TransitionCheck {
    enum class Verdict {
        Allowed,       // go ahead
        NeedsOverride, // allowed if the facilitator confirms; `explanation` says what they confirm
        Refused        // not possible; `explanation` says what to do first
    };
    Verdict verdict = Verdict::Refused;
    std::string explanation;
    bool allowed() const { return verdict == Verdict::Allowed; }
};

// Pure rules, no storage: the GUI asks them before offering a move.
class PhaseMachine {
public:
    static std::optional<Phase> next(Phase phase);
    static std::optional<Phase> previous(Phase phase);
    static TransitionCheck check(const LearningTeam& lt, Phase target, const PhaseFacts& facts, Timestamp now);
};

struct TransitionResult {
    bool moved = false;
    TransitionCheck check;                       // why it did not move, or what was overridden
    std::optional<std::filesystem::path> backup; // the copy made at this phase change
    std::string backupError;                     // a backup that failed does not undo the move, but is reported
};

struct SessionOptions {
    // Where phase-change backups go; empty: a "backups" folder beside the database. No backups for
    // an in-memory database.
    std::filesystem::path backupDir;
    int keepBackups = 30; // per database: older backups are removed
};

class Session {
public:
    explicit Session(SqliteRepository& repo, SessionOptions options = {});

    PhaseFacts facts(Id learningTeamId);
    TransitionCheck check(Id learningTeamId, Phase target);

    // Moves the Learning Team to `target` if the guards allow it; a move that needs an override happens
    // only with `override` set, and `reason` is kept in the phase log. Entering Soak starts the soak
    // period (and plans its end a day later unless one is set).
    TransitionResult moveTo(Id learningTeamId, Phase target, bool override = false, const std::string& reason = {});

private:
    std::optional<std::filesystem::path> backup(const LearningTeam& lt, std::string& error);

    SqliteRepository& m_repo;
    SessionOptions m_options;
};

// Stores a new Learning Team and opens its phase log, in one transaction.
LearningTeam createLearningTeam(Repository& repo, LearningTeam lt);

} // namespace ltw
