#include "org/org_report.hpp"

#include "ltw/org/org_store.hpp"
#include "ltw/sqlite_repository.hpp"

#include <spdlog/spdlog.h>

namespace ltw::gui {

ReportOptions reportOptionsFor(Repository& repo, const LearningTeamSnapshot& snapshot, bool withNames) {
    ReportOptions options{withNames};
    // The mirror lives in the workbench's SQLite file; a repository of another kind has none.
    if (auto* sqlite = dynamic_cast<SqliteRepository*>(&repo)) {
        try {
            options.reach = org::OrgStore(*sqlite).reach(snapshot);
        } catch (const std::exception& e) {
            spdlog::warn("the organisation's answers could not be read for the report: {}", e.what());
        }
    }
    return options;
}

} // namespace ltw::gui
