// The words of the sample Learning Team (sample.cpp puts them into a repository). Items refer to each
// other by short keys, and times count from the evening of the first session, so the content reads as
// what was said and when, with no ids or clock arithmetic in the way.
#pragma once

#include "ltw/domain.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ltw::detail::sample {

// A moment counted from the first session's day: day 0 at 19:40 is {0, 19, 40}.
struct When {
    int day = 0;
    int hour = 0;
    int minute = 0;
};

inline constexpr int kNobody = -1; // a note nobody in particular said

struct PersonSeed {
    std::string_view role;
    std::string_view name;
};

struct LearningTeamSeed {
    std::string_view teamName;
    std::string_view site;
    std::string_view title;
    std::string_view scopeQuestion;
    std::string_view sponsor;
    std::string_view facilitator;
    std::string_view summary;
    std::string_view sponsorResponse;
    When created;
    When soakStart;
    When soakPlannedEnd;
};

struct NoteSeed {
    std::string_view key;
    NoteKind kind = NoteKind::Story;
    int teller = kNobody; // index into people()
    Phase phase = Phase::Learn;
    When at;
    std::vector<std::string> tags;
    std::string_view text;
    bool facilitatorOnly = false;
};

// A theme the facilitator drew out during Soak, and the notes dragged into it.
struct ThemeSeed {
    When at;
    std::string_view name;
    std::vector<std::string_view> notes; // note keys; a note is in one theme at most
};

struct StepSeed {
    StepTrack track = StepTrack::Imagined;
    std::string_view text;
    std::string_view attachedNote; // key of a note about what happens at this step, or empty
};

// A moment of the night of the near miss. `day` counts from the first session's day and is given for the
// first timed moment only: the clock of the others runs on from it, over midnight.
struct MomentSeed {
    std::optional<int> day;
    std::string_view clock; // "02:05", or empty when nobody knows the time
    std::string_view text;
    std::string_view place;
    std::string_view who;                // a role
    std::vector<std::string_view> notes; // keys of the notes present then
    int doneStep = -1;                   // index among the steps of work as done, or -1
};

struct DefenseSeed {
    std::string_view key;
    DefenseKind kind = DefenseKind::Existing;
    std::optional<DefenseRating> rating;
    When at;
    std::vector<std::string_view> answers; // note keys
    std::string_view title;
    std::string_view description;
};

struct ActionSeed {
    std::string_view defense; // key, or empty
    ActionStatus status = ActionStatus::Open;
    int dueInDays = 0; // from today
    int votes = 0;
    When at;
    std::string_view owner;
    std::string_view title;
    std::string_view successMeasure;
};

struct LearningSeed {
    When at;
    std::string_view title;
    std::string_view summary;
    std::vector<std::string> lookFors;
    std::string_view audience;
};

struct PhaseSeed {
    std::optional<Phase> from;
    Phase to = Phase::Learn;
    When at;
};

const LearningTeamSeed& learningTeam();
const std::vector<PersonSeed>& people();
const std::vector<NoteSeed>& notes();
const std::vector<ThemeSeed>& themes();
const std::vector<StepSeed>& steps();
const std::vector<MomentSeed>& moments();
const std::vector<DefenseSeed>& defenses();
const std::vector<ActionSeed>& actions();
const std::vector<LearningSeed>& learnings();
const std::vector<PhaseSeed>& phaseLog();

} // namespace ltw::detail::sample
