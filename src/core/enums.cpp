#include "ltw/enums.hpp"

namespace ltw {

std::string_view label(Use use) {
    switch (use) {
    case Use::Work: return "Learning from work";
    case Use::Change: return "Learning from change";
    case Use::Event: return "Learning from an event";
    }
    return {};
}

std::string_view label(Phase phase) {
    switch (phase) {
    case Phase::Learn: return "Learn";
    case Phase::Soak: return "Soak";
    case Phase::Solve: return "Solve";
    case Phase::Share: return "Share";
    case Phase::Closed: return "Closed";
    }
    return {};
}

std::string_view label(NoteKind kind) {
    switch (kind) {
    case NoteKind::Story: return "Story";
    case NoteKind::EasyCondition: return "Makes it easy";
    case NoteKind::HardCondition: return "Makes it hard";
    case NoteKind::Adaptation: return "Adaptation";
    case NoteKind::Tradeoff: return "Tradeoff";
    case NoteKind::WeakSignal: return "Weak signal";
    case NoteKind::OpenQuestion: return "Open question";
    case NoteKind::ParkingLot: return "Parking lot";
    case NoteKind::Reflection: return "Reflection";
    }
    return {};
}

std::string_view label(StepTrack track) {
    switch (track) {
    case StepTrack::Imagined: return "Work as imagined";
    case StepTrack::Done: return "Work as done";
    }
    return {};
}

std::string_view label(DefenseKind kind) {
    switch (kind) {
    case DefenseKind::Existing: return "Existing defense";
    case DefenseKind::New: return "New defense";
    }
    return {};
}

std::string_view label(DefenseRating rating) {
    switch (rating) {
    case DefenseRating::Working: return "Working";
    case DefenseRating::Degraded: return "Degraded";
    case DefenseRating::HardToUse: return "Hard to use";
    case DefenseRating::Missing: return "Missing";
    }
    return {};
}

std::string_view label(ActionStatus status) {
    switch (status) {
    case ActionStatus::Open: return "Open";
    case ActionStatus::InProgress: return "In progress";
    case ActionStatus::Done: return "Done";
    case ActionStatus::Dropped: return "Dropped";
    }
    return {};
}

} // namespace ltw
