// What the room sees on the projector for each phase, as plain data: columns of cards. Built from a
// snapshot with everything private left out — no participant's name, no teller, no note kept only for
// the facilitator — so no way of drawing it can leak one.
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

struct RoomPicture {
    std::string title;    // the Learning Team's title
    std::string subtitle; // the phase, in words
    std::vector<RoomColumn> columns;
    bool empty() const;
};

// The pictures of Learn; the room sees the one the facilitator's Learn page shows, or the one chosen in
// the Room menu.
enum class LearnPicture { Board, WorkSteps, Timeline };

RoomTone toneOf(NoteKind kind);

// The shared picture of the phase the snapshot is in (Closed shows Share's).
RoomPicture buildRoomPicture(const LearningTeamSnapshot& snapshot);
RoomPicture buildRoomPicture(const LearningTeamSnapshot& snapshot, Phase phase);

// One card for discussion: the note alone, large. Nothing for a private or unknown note.
std::optional<RoomPicture> spotlightPicture(const LearningTeamSnapshot& snapshot, Id noteId);

} // namespace ltw
