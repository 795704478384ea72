// The command-line verbs (demo, list, export, import, check) for scripting. No Qt: they run without
// a display and are tested in-process as well as through the real program.
#pragma once

#include "ltw/domain.hpp"

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace ltw::cli {

enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

// True if `args` (without the program name) asks for a verb or for help rather than the GUI.
bool isCommandLine(const std::vector<std::string>& args);

// Drawing needs the GUI library; the program hands the verbs a way to draw the room's picture as PNG.
using PngRenderer = std::function<std::string(const LearningTeamSnapshot&, int width, int height)>;

// Runs a verb; `args` excludes the program name. Messages go to `err` as one line.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const PngRenderer& png = {});

} // namespace ltw::cli
