#include "ltw/enums.hpp"

#include "ltw/translate.hpp"

namespace ltw {

std::string label(Use use) {
    switch (use) {
    case Use::Work: return translate("Words", "Learning from work");
    case Use::Change: return translate("Words", "Learning from change");
    case Use::Event: return translate("Words", "Learning from an event");
    }
    return {};
}

std::string label(Phase phase) {
    switch (phase) {
    case Phase::Learn: return translate("Words", "Learn");
    case Phase::Soak: return translate("Words", "Soak");
    case Phase::Solve: return translate("Words", "Solve");
    case Phase::Share: return translate("Words", "Share");
    case Phase::Closed: return translate("Words", "Closed");
    }
    return {};
}

std::string label(NoteKind kind) {
    switch (kind) {
    case NoteKind::Story: return translate("Words", "Story");
    case NoteKind::EasyCondition: return translate("Words", "Makes it easy");
    case NoteKind::HardCondition: return translate("Words", "Makes it hard");
    case NoteKind::Adaptation: return translate("Words", "Adaptation");
    case NoteKind::Tradeoff: return translate("Words", "Tradeoff");
    case NoteKind::WeakSignal: return translate("Words", "Weak signal");
    case NoteKind::OpenQuestion: return translate("Words", "Open question");
    case NoteKind::ParkingLot: return translate("Words", "Parking lot");
    case NoteKind::Reflection: return translate("Words", "Reflection");
    }
    return {};
}

std::string label(StepTrack track) {
    switch (track) {
    case StepTrack::Imagined: return translate("Words", "Work as imagined");
    case StepTrack::Done: return translate("Words", "Work as done");
    }
    return {};
}

std::string label(DefenseKind kind) {
    switch (kind) {
    case DefenseKind::Existing: return translate("Words", "Existing defense");
    case DefenseKind::New: return translate("Words", "New defense");
    }
    return {};
}

std::string label(DefenseRating rating) {
    switch (rating) {
    case DefenseRating::Working: return translate("Words", "Working");
    case DefenseRating::Degraded: return translate("Words", "Degraded");
    case DefenseRating::HardToUse: return translate("Words", "Hard to use");
    case DefenseRating::Missing: return translate("Words", "Missing");
    }
    return {};
}

std::string label(ActionStatus status) {
    switch (status) {
    case ActionStatus::Open: return translate("Words", "Open");
    case ActionStatus::InProgress: return translate("Words", "In progress");
    case ActionStatus::Done: return translate("Words", "Done");
    case ActionStatus::Dropped: return translate("Words", "Dropped");
    }
    return {};
}

} // namespace ltw
