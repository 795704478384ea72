// `ltw org …`: the organisation library on the command line (publish, withdraw, adopt, sync, status) and
// its administration (init, add-facilitator). No Qt.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace ltw::cli {

extern const char* const kOrgHelp;

// Runs `ltw org` with its arguments (after "org"). Throws UsageFailure for a mistake in them.
int orgVerb(const std::vector<std::string>& args, std::ostream& out);

} // namespace ltw::cli
