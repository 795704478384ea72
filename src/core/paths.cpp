#include "ltw/paths.hpp"

#include <cstdlib>

namespace ltw {

std::filesystem::path dataDir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "learning-team-workbench";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "share" / "learning-team-workbench";
    return std::filesystem::current_path() / "learning-team-workbench";
}

std::filesystem::path defaultDatabasePath() { return dataDir() / "workbench.ltw"; }

} // namespace ltw
