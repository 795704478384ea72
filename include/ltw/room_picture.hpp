// What the room sees on the projector for each phase, as plain data: columns of cards, or in Learn the two
// tracks of the work side by side, or the timeline of an event. Built from a snapshot with everything
// private left out — no participant's name, no teller, no note kept only for the facilitator — so no way
// of drawing it can leak one.
#pragma once

#include "ltw/domain.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ltw {

// Calm colours the room view paints with; the kinds of note keep the workbench's colours.
enum class RoomTone {
    Story,
    Easy,
    Hard,
    Adaptation,
    Tradeoff,
    WeakSignal,
    Question,
    ParkingLot,
    Reflection,
    Theme,
    Defense,
    Gap,
    Action,
    Learning,
    LookFor
};

struct RoomCard {
    Id noteId = 0; // the note it shows, 0 for other cards
    std::string text;
    RoomTone tone = RoomTone::Story;
    bool newest = false;            // the last note captured, highlighted in Learn
    std::string detail;             // a short last line ("Degraded", "Open · due 3 Dec"), may be empty
    std::vector<std::string> lines; // smaller lines under the text: the notes a defense answers
};

struct RoomColumn {
    std::string heading;
    RoomTone tone = RoomTone::Story;
    std::vector<RoomCard> cards;
    // When not all cards fit: keep the last ones (the newest notes) or the first ones (the actions
    // with the most votes, the first look-fors).
    bool keepLast = true;
};

// One row of work as imagined beside work as done, paired by position: step N of the one against step N of
// the other, with the notes pinned to the done step (the adaptations that happen there).
struct RoomStepRow {
    int number = 0;       // 1, 2, 3 …
    std::string imagined; // empty when the imagined track has no step N
    std::string done;     // empty when the done track has no step N
    std::vector<RoomCard> pinned;
    // Where the two part: something is pinned to the done step, or one track has no step here.
    bool parts = false;
};

// One moment of an event's timeline as the wall shows it.
struct RoomMoment {
    Id momentId = 0;
    std::string time;            // "02:05", "20 Nov 2026 02:05", or empty when nobody knows it
    std::string day;             // "20 Nov 2026" when the moment has a date, else empty
    std::string clock;           // "02:05" when it has a clock time, else empty
    std::string text;            // what happened
    std::string where;           // "Door 7 · Loader": the place and who by role, either may be missing
    std::string gapBefore;       // "1 h 30 min later" when the time since the moment before is notable, else empty
    std::vector<RoomCard> notes; // the notes that were present then
};

// How the picture is laid out: columns of cards, two tracks of steps, or a line of moments.
enum class RoomLayout { Columns, Steps, Timeline };

struct RoomPicture {
    std::string title;    // the Learning Team's title
    std::string subtitle; // the phase, in words (and in Learn which picture)
    RoomLayout layout = RoomLayout::Columns;
    std::vector<RoomColumn> columns; // Columns
    std::string imaginedHeading;     // Steps: the heading of each track
    std::string doneHeading;
    std::vector<RoomStepRow> steps;  // Steps
    std::vector<RoomMoment> moments; // Timeline, in timeline order
    bool empty() const;
};

// The pictures of Learn; the room sees the one the facilitator's Learn page shows, or the one chosen in
// the Room menu.
enum class LearnPicture { Board, WorkSteps, Timeline };

RoomTone toneOf(NoteKind kind);

// The shared picture of the phase the snapshot is in (Closed shows Share's).
RoomPicture buildRoomPicture(const LearningTeamSnapshot& snapshot);
RoomPicture buildRoomPicture(const LearningTeamSnapshot& snapshot, Phase phase);
// In Learn, `learn` picks the picture (the board of kinds, the steps side by side, the timeline); other
// phases have one picture each and ignore it.
RoomPicture buildRoomPicture(const LearningTeamSnapshot& snapshot, Phase phase, LearnPicture learn);

// One card for discussion: the note alone, large. Nothing for a private or unknown note.
std::optional<RoomPicture> spotlightPicture(const LearningTeamSnapshot& snapshot, Id noteId);

} // namespace ltw
