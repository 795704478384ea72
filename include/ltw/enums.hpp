// The closed vocabularies of a Learning Team, and their stable names: the names are what the
// database and the JSON bundle store, so they never change once released.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace ltw {

enum class Use { Work, Change, Event };
enum class Phase { Learn, Soak, Solve, Share, Closed };
enum class NoteKind {
    Story,
    EasyCondition,
    HardCondition,
    Adaptation,
    Tradeoff,
    WeakSignal,
    OpenQuestion,
    ParkingLot,
    Reflection
};
enum class StepTrack { Imagined, Done };
enum class DefenseKind { Existing, New };
enum class DefenseRating { Working, Degraded, HardToUse, Missing };
enum class ActionStatus { Open, InProgress, Done, Dropped };
enum class ItemType { Note, WorkStep, Defense, Action, SharedLearning, Moment };
// How two items of the shared picture relate (story → condition → adaptation → defense → action).
enum class LinkKind { LeadsTo, Answers, Implements, AttachedTo, DrawsOn };

template <class E>
struct EnumNames;

#define LTW_ENUM_NAMES(E, ...)                                                                                         \
    template <>                                                                                                        \
    struct EnumNames<E> {                                                                                              \
        static constexpr auto table = std::to_array<std::pair<E, std::string_view>>({__VA_ARGS__});                    \
    };

LTW_ENUM_NAMES(Use, {Use::Work, "work"}, {Use::Change, "change"}, {Use::Event, "event"})
LTW_ENUM_NAMES(Phase, {Phase::Learn, "learn"}, {Phase::Soak, "soak"}, {Phase::Solve, "solve"}, {Phase::Share, "share"},
               {Phase::Closed, "closed"})
LTW_ENUM_NAMES(NoteKind, {NoteKind::Story, "story"}, {NoteKind::EasyCondition, "easy_condition"},
               {NoteKind::HardCondition, "hard_condition"}, {NoteKind::Adaptation, "adaptation"},
               {NoteKind::Tradeoff, "tradeoff"}, {NoteKind::WeakSignal, "weak_signal"},
               {NoteKind::OpenQuestion, "open_question"}, {NoteKind::ParkingLot, "parking_lot"},
               {NoteKind::Reflection, "reflection"})
LTW_ENUM_NAMES(StepTrack, {StepTrack::Imagined, "imagined"}, {StepTrack::Done, "done"})
LTW_ENUM_NAMES(DefenseKind, {DefenseKind::Existing, "existing"}, {DefenseKind::New, "new"})
LTW_ENUM_NAMES(DefenseRating, {DefenseRating::Working, "working"}, {DefenseRating::Degraded, "degraded"},
               {DefenseRating::HardToUse, "hard_to_use"}, {DefenseRating::Missing, "missing"})
LTW_ENUM_NAMES(ActionStatus, {ActionStatus::Open, "open"}, {ActionStatus::InProgress, "in_progress"},
               {ActionStatus::Done, "done"}, {ActionStatus::Dropped, "dropped"})
LTW_ENUM_NAMES(ItemType, {ItemType::Note, "note"}, {ItemType::WorkStep, "work_step"}, {ItemType::Defense, "defense"},
               {ItemType::Action, "action"}, {ItemType::SharedLearning, "shared_learning"},
               {ItemType::Moment, "moment"})
LTW_ENUM_NAMES(LinkKind, {LinkKind::LeadsTo, "leads_to"}, {LinkKind::Answers, "answers"},
               {LinkKind::Implements, "implements"}, {LinkKind::AttachedTo, "attached_to"},
               {LinkKind::DrawsOn, "draws_on"})

#undef LTW_ENUM_NAMES

// The stored name of a value ("hard_condition").
template <class E>
constexpr std::string_view toString(E value) {
    for (const auto& [v, name] : EnumNames<E>::table)
        if (v == value)
            return name;
    return {};
}

// The value of a stored name, or nothing for a name we do not know.
template <class E>
constexpr std::optional<E> fromString(std::string_view name) {
    for (const auto& [v, n] : EnumNames<E>::table)
        if (n == name)
            return v;
    return std::nullopt;
}

template <class E>
constexpr auto allValues() {
    std::array<E, EnumNames<E>::table.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumNames<E>::table[i].first;
    return values;
}

// Words a facilitator reads ("Hard condition"), used by reports and the command line.
std::string label(Use use);
std::string label(Phase phase);
std::string label(NoteKind kind);
std::string label(StepTrack track);
std::string label(DefenseKind kind);
std::string label(DefenseRating rating);
std::string label(ActionStatus status);

} // namespace ltw
