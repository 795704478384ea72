// The sample Learning Team that `ltw demo` and `./dev run` add: a complete learning from an event,
// taken through to Share, for trying the workbench and for tests.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/repository.hpp"

namespace ltw {

// Adds the sample (and its team, if missing) in one transaction and returns the Learning Team.
LearningTeam addSampleLearningTeam(Repository& repo);

} // namespace ltw
