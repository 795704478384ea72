// The share-out report's options for a Learning Team of this laptop: names or not, and how teams of the
// organisation answered its shared learnings (from the mirror), so every format says where they hold.
#pragma once

#include "ltw/report.hpp"
#include "ltw/repository.hpp"

namespace ltw::gui {

ReportOptions reportOptionsFor(Repository& repo, const LearningTeamSnapshot& snapshot, bool withNames);

} // namespace ltw::gui
