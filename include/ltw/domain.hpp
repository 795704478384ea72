// The concepts of a Learning Team (DESIGN.md §3) as plain values. An id of 0 means "not stored yet".
#pragma once

#include "ltw/enums.hpp"
#include "ltw/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ltw {

using Id = std::int64_t;

struct Team {
    Id id = 0;
    std::string name;
    std::string site; // site or department
    Timestamp created{};
    bool operator==(const Team&) const = default;
};

// A word the facilitator keeps out of everything that leaves the room (a person not on the roster, a
// place, an equipment id), and the neutral label that stands in for it ("[the north yard]").
struct RedactionTerm {
    std::string term;
    std::string label;
    bool operator==(const RedactionTerm&) const = default;
};

struct LearningTeam {
    Id id = 0;
    std::string uid; // stable identity across databases, carried by bundles
    Id teamId = 0;
    std::string title;
    Use use = Use::Work;
    std::string scopeQuestion;
    std::string sponsor;
    std::string facilitator;
    Phase phase = Phase::Learn;
    std::optional<Timestamp> soakStart;
    std::optional<Timestamp> soakPlannedEnd;
    std::string summary;                   // the one paragraph that opens the share-out
    std::string sponsorResponse;           // what the sponsor said in Solve
    std::vector<RedactionTerm> redactions; // besides participants' names, replaced in every export
    Timestamp created{};
    Timestamp updated{};
    // Raised by every stored change of the Learning Team or of anything in it, and carried by bundles, so
    // that an import can tell a newer copy from an older one. The repository keeps it: an update of the
    // Learning Team never writes the value it was given.
    std::int64_t revision = 1;
    bool operator==(const LearningTeam&) const = default;
};

// A person in the room, known by the role they play in the work. The name is private to the facilitator.
struct Participant {
    Id id = 0;
    Id learningTeamId = 0;
    std::string role;
    std::string name;
    bool operator==(const Participant&) const = default;
};

struct BoardPosition {
    double x = 0;
    double y = 0;
    bool operator==(const BoardPosition&) const = default;
};

struct Note {
    Id id = 0;
    Id learningTeamId = 0;
    NoteKind kind = NoteKind::Story;
    std::string text;
    std::optional<Id> tellerId; // a participant of the same Learning Team
    std::optional<Id> themeId;  // the theme of the same Learning Team it was grouped into, if any
    Phase phase = Phase::Learn; // the phase it was captured in
    std::vector<std::string> tags;
    BoardPosition position;
    bool facilitatorOnly = false; // never projected, never exported
    Timestamp created{};
    Timestamp updated{};
    bool operator==(const Note&) const = default;
};

// A pattern the facilitator draws out of the notes during Soak, named in the group's words. A note sits
// in at most one theme; removing a theme leaves its notes on the board, ungrouped.
struct Theme {
    Id id = 0;
    Id learningTeamId = 0;
    std::string name; // may stay empty while the facilitator has not named it yet
    int position = 0; // order among the Learning Team's themes
    Timestamp created{};
    Timestamp updated{};
    bool operator==(const Theme&) const = default;
};

struct WorkStep {
    Id id = 0;
    Id learningTeamId = 0;
    StepTrack track = StepTrack::Imagined;
    int position = 0; // order within its track, from 0
    std::string text;
    bool operator==(const WorkStep&) const = default;
};

// A moment of what happened, for learning from an event. Its clock time is optional: when nobody knows
// it, only its place on the timeline says what came before and after. `who` is a role, never a name.
// Notes present then are attached to it (a link note → moment), and it may be attached to work steps
// (a link moment → work step).
struct TimelineMoment {
    Id id = 0;
    Id learningTeamId = 0;
    int position = 0;          // order on the timeline, from 0
    std::optional<Date> day;   // the date, when it is known and matters
    std::optional<int> minute; // the clock time as minutes after midnight (0–1439); none when not known
    std::string text;          // what happened
    std::string place;         // where
    std::string who;           // who, by role
    Timestamp created{};
    Timestamp updated{};
    bool operator==(const TimelineMoment&) const = default;
};

struct Defense {
    Id id = 0;
    Id learningTeamId = 0;
    DefenseKind kind = DefenseKind::Existing;
    std::optional<DefenseRating> rating; // how well an existing defense works; none for one still to build
    std::string title;
    std::string description;
    Timestamp created{};
    Timestamp updated{};
    bool operator==(const Defense&) const = default;
};

struct Action {
    Id id = 0;
    Id learningTeamId = 0;
    std::string title;
    std::string owner;
    std::optional<Date> due;
    ActionStatus status = ActionStatus::Open;
    std::string successMeasure; // "how we'll know it worked"
    std::optional<Id> defenseId;
    int votes = 0;
    Timestamp created{};
    Timestamp updated{};
    bool operator==(const Action&) const = default;
};

struct SharedLearning {
    Id id = 0;
    Id learningTeamId = 0;
    std::string title;
    std::string summary;
    std::vector<std::string> lookFors; // what another team can recognise in its own work
    std::string audience;
    Timestamp created{};
    Timestamp updated{};
    bool operator==(const SharedLearning&) const = default;
};

struct ItemRef {
    ItemType type = ItemType::Note;
    Id id = 0;
    bool operator==(const ItemRef&) const = default;
};

struct Link {
    Id id = 0;
    Id learningTeamId = 0;
    ItemRef from;
    ItemRef to;
    LinkKind kind = LinkKind::LeadsTo;
    bool operator==(const Link&) const = default;
};

struct PhaseLogEntry {
    Id id = 0;
    Id learningTeamId = 0;
    std::optional<Phase> from; // none for the opening entry
    Phase to = Phase::Learn;
    Timestamp at{};
    std::string reason; // why a guard was overridden, or empty
    bool operator==(const PhaseLogEntry&) const = default;
};

// Where an imported Learning Team came from: the bundle file it was last read from, the facilitator who
// ran it, how often it was brought up to date by importing it again, and what it held then, so that a
// later import can tell whether either side changed since.
struct ImportOrigin {
    Id learningTeamId = 0;
    std::string fileName;    // the bundle's file name, without its folder
    std::string facilitator; // as the bundle names them
    Timestamp firstImported{};
    Timestamp lastImported{};
    int imports = 1;
    // The bundle's Learning Team. The same as the copy's own uid for a copy that follows its source; another
    // for a separate copy, whose own uid was made here (so its home is here).
    std::string sourceUid;
    std::int64_t sourceRevision = 0;     // the bundle's revision at the last import; 0 when it did not say
    std::string sourceFingerprint;       // of the bundle's content at the last import
    std::string localFingerprint;        // of the copy's shareable content right after it; empty: not known
    std::optional<Timestamp> exportedAt; // when the bundle was made, when it said
    std::string base;                    // the bundle last imported, to tell what each side changed since
    bool operator==(const ImportOrigin&) const = default;
};

// Everything of one Learning Team, as exports and reports need it.
struct LearningTeamSnapshot {
    Team team;
    LearningTeam learningTeam;
    std::vector<Participant> participants;
    std::vector<Note> notes;
    std::vector<WorkStep> steps;
    std::vector<Defense> defenses;
    std::vector<Action> actions;
    std::vector<SharedLearning> learnings;
    std::vector<Link> links;
    std::vector<PhaseLogEntry> phaseLog;
    std::vector<Theme> themes;           // ordered by position
    std::vector<TimelineMoment> moments; // ordered by position
    std::optional<ImportOrigin> origin;  // where it was imported from, if it was
    bool operator==(const LearningTeamSnapshot&) const = default;
};

} // namespace ltw
