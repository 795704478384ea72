// Logging to a rotating file in the data folder. The log holds what happened, never what was said:
// no note text and no names go into it.
#pragma once

#include <filesystem>

namespace ltw {

// Sends the default spdlog logger to `dir`/workbench.log (1 MiB × 3 files). Safe to call twice.
void initLogging(const std::filesystem::path& dir);

} // namespace ltw
