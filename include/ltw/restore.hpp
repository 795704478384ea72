// Puts a Learning Team back exactly as a snapshot of it was: the undo of a deletion or of an import.
#pragma once

#include "ltw/repository.hpp"

namespace ltw {

// Stores everything of `snapshot` under its own ids, in the order references need, with its import
// origin, its revision and its updated time, in one transaction. Its team must be there already.
void restoreLearningTeam(Repository& repo, const LearningTeamSnapshot& snapshot);

} // namespace ltw
