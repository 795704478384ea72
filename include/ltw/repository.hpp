// The storage interface the rest of the program speaks: domain values in, domain values out, and a
// notification after every committed write that says exactly what changed.
#pragma once

#include "ltw/domain.hpp"

#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace ltw {

enum class EntityType {
    Team,
    LearningTeam,
    Participant,
    Note,
    WorkStep,
    Defense,
    Action,
    SharedLearning,
    Link,
    PhaseLogEntry,
    Theme,
    Moment
};
enum class ChangeKind { Added, Updated, Removed };

using AnyItem = std::variant<std::monostate, Team, LearningTeam, Participant, Note, WorkStep, Defense, Action,
                             SharedLearning, Link, PhaseLogEntry, Theme, TimelineMoment>;

// One committed change. `item` holds the value as stored after an add or update, and the last stored
// value for a removal. Removing a team or Learning Team removes everything under it without a change
// per child: a listener drops what it holds of that scope. Removing an item removes its links too.
struct Change {
    ChangeKind kind = ChangeKind::Added;
    EntityType entity = EntityType::Note;
    Id id = 0;
    Id learningTeamId = 0; // 0 for a team
    AnyItem item;
};

using ChangeListener = std::function<void(const Change&)>;

struct NoteFilter {
    std::optional<NoteKind> kind;
    std::optional<Phase> phase;
};

struct DefenseWithLinks {
    Defense defense;
    std::vector<Note> answers; // the notes this defense answers
    std::vector<Action> actions;
};

struct LearningTeamSummary {
    LearningTeam learningTeam;
    Team team;
    int noteCount = 0;
};

class Repository {
public:
    virtual ~Repository() = default;

    // Runs `work` as one transaction: all of its writes land, or none do; listeners hear of them only
    // after the commit. Calls may nest; the outermost one commits.
    virtual void transaction(const std::function<void()>& work) = 0;

    // Returns a handle; pass it to unsubscribe. Listeners are called in the order they subscribed.
    virtual int subscribe(ChangeListener listener) = 0;
    virtual void unsubscribe(int handle) = 0;

    virtual Team addTeam(Team team) = 0;
    virtual std::optional<Team> team(Id id) = 0;
    virtual void updateTeam(const Team& team) = 0;
    virtual void removeTeam(Id id) = 0;
    virtual std::vector<Team> teams() = 0;

    // Stores the Learning Team alone; `createLearningTeam` (session.hpp) also opens its phase log.
    virtual LearningTeam addLearningTeam(LearningTeam lt) = 0;
    virtual std::optional<LearningTeam> learningTeam(Id id) = 0;
    virtual void updateLearningTeam(const LearningTeam& lt) = 0;
    virtual void removeLearningTeam(Id id) = 0;
    virtual std::vector<LearningTeam> learningTeams(std::optional<Id> teamId = std::nullopt) = 0;
    virtual std::optional<LearningTeam> learningTeamByUid(const std::string& uid) = 0;
    // Every Learning Team with its team and note count, most recently updated first.
    virtual std::vector<LearningTeamSummary> learningTeamSummaries() = 0;

    virtual Participant addParticipant(Participant p) = 0;
    virtual std::optional<Participant> participant(Id id) = 0;
    virtual void updateParticipant(const Participant& p) = 0;
    virtual void removeParticipant(Id id) = 0;
    virtual std::vector<Participant> participants(Id learningTeamId) = 0;

    // A note with a non-zero id is stored under that id (the undo of a removal puts it back as it was).
    // Its teller and its theme, when set, must belong to the same Learning Team.
    virtual Note addNote(Note note) = 0;
    virtual std::optional<Note> note(Id id) = 0;
    virtual void updateNote(const Note& note) = 0;
    virtual void removeNote(Id id) = 0;
    virtual std::vector<Note> notes(Id learningTeamId, const NoteFilter& filter = {}) = 0;
    virtual int noteCount(Id learningTeamId) = 0;

    // Themes drawn from the notes in Soak, listed by position, then id. Removing a theme keeps its notes
    // and clears their theme: listeners hear an Updated change for each of those notes, then the theme's
    // Removed change, all in the one transaction. Like a note, a theme added with a non-zero id is stored
    // under that id, so an undo can bring it back before putting its notes back in.
    virtual Theme addTheme(Theme theme) = 0;
    virtual std::optional<Theme> theme(Id id) = 0;
    virtual void updateTheme(const Theme& theme) = 0;
    virtual void removeTheme(Id id) = 0;
    virtual std::vector<Theme> themes(Id learningTeamId) = 0;

    virtual WorkStep addWorkStep(WorkStep step) = 0;
    virtual std::optional<WorkStep> workStep(Id id) = 0;
    virtual void updateWorkStep(const WorkStep& step) = 0;
    virtual void removeWorkStep(Id id) = 0;
    virtual std::vector<WorkStep> workSteps(Id learningTeamId, std::optional<StepTrack> track = std::nullopt) = 0;

    // The moments of an event's timeline, listed by position, then id. Like a note, a moment added with a
    // non-zero id is stored under that id.
    virtual TimelineMoment addMoment(TimelineMoment moment) = 0;
    virtual std::optional<TimelineMoment> moment(Id id) = 0;
    virtual void updateMoment(const TimelineMoment& moment) = 0;
    virtual void removeMoment(Id id) = 0;
    virtual std::vector<TimelineMoment> moments(Id learningTeamId) = 0;

    virtual Defense addDefense(Defense defense) = 0;
    virtual std::optional<Defense> defense(Id id) = 0;
    virtual void updateDefense(const Defense& defense) = 0;
    virtual void removeDefense(Id id) = 0;
    virtual std::vector<Defense> defenses(Id learningTeamId) = 0;
    virtual std::vector<DefenseWithLinks> defensesWithLinks(Id learningTeamId) = 0;

    virtual Action addAction(Action action) = 0;
    virtual std::optional<Action> action(Id id) = 0;
    virtual void updateAction(const Action& action) = 0;
    virtual void removeAction(Id id) = 0;
    virtual std::vector<Action> actions(Id learningTeamId) = 0;
    // Actions not done or dropped, of one Learning Team or of all, earliest due first.
    virtual std::vector<Action> openActions(std::optional<Id> learningTeamId = std::nullopt) = 0;

    virtual SharedLearning addSharedLearning(SharedLearning learning) = 0;
    virtual std::optional<SharedLearning> sharedLearning(Id id) = 0;
    virtual void updateSharedLearning(const SharedLearning& learning) = 0;
    virtual void removeSharedLearning(Id id) = 0;
    virtual std::vector<SharedLearning> sharedLearnings(Id learningTeamId) = 0;

    // Both ends must be items of the link's Learning Team.
    virtual Link addLink(Link link) = 0;
    virtual std::optional<Link> link(Id id) = 0;
    virtual void updateLink(const Link& link) = 0;
    virtual void removeLink(Id id) = 0;
    virtual std::vector<Link> links(Id learningTeamId) = 0;

    // The phase log is an audit trail: entries are appended and listed, never edited. A phase change
    // stores the new phase and its entry together; see Session for the guards.
    virtual PhaseLogEntry recordPhaseChange(Id learningTeamId, Phase to, const std::string& reason) = 0;
    // Stores an entry as given, without changing the phase: for imports and the sample, whose log
    // already happened.
    virtual PhaseLogEntry addPhaseLogEntry(PhaseLogEntry entry) = 0;
    virtual std::vector<PhaseLogEntry> phaseLog(Id learningTeamId) = 0;

    virtual LearningTeamSnapshot snapshot(Id learningTeamId) = 0;

    // Where an imported Learning Team came from; none for one started here. Bookkeeping of the import
    // that stores it, so it raises no change of its own.
    virtual void setImportOrigin(const ImportOrigin& origin) = 0;
    virtual std::optional<ImportOrigin> importOrigin(Id learningTeamId) = 0;

    // Sets a Learning Team's revision and updated time as given: an import takes the bundle's revision, and
    // an undo puts back the one it had. Bookkeeping of the write it ends, so it raises no change.
    virtual void setRevision(Id learningTeamId, std::int64_t revision, Timestamp updated) = 0;
};

} // namespace ltw
