// Where the workbench keeps its files when the user does not say: the XDG data folder.
#pragma once

#include <filesystem>

namespace ltw {

// $XDG_DATA_HOME/learning-team-workbench, or ~/.local/share/learning-team-workbench.
std::filesystem::path dataDir();
std::filesystem::path defaultDatabasePath(); // dataDir() / "workbench.ltw"

} // namespace ltw
