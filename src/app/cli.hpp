// The command-line verbs (demo, list, export, import, check) for scripting. No Qt: they run without
// a display and are tested in-process as well as through the real program.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/report.hpp"
#include "ltw/room_picture.hpp"

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace ltw::cli {

enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

// True if `args` (without the program name) asks for a verb or for help rather than the GUI.
bool isCommandLine(const std::vector<std::string>& args);

// Drawing needs the GUI library; the program hands the verbs a way to draw the room's picture as PNG and
// to lay the share-out report out on pages (PDF on A4 or Letter) or as an ODF text document.
// In Learn the room has three pictures: the board, the steps side by side, the timeline.
using PngRenderer =
    std::function<std::string(const LearningTeamSnapshot&, int width, int height, LearnPicture picture)>;
enum class PagedFormat { PdfA4, PdfLetter, Odt };
using PagedRenderer = std::function<std::string(const PrintableReport&, PagedFormat format)>;
struct Renderers {
    PngRenderer png;
    PagedRenderer paged;
};

// Runs a verb; `args` excludes the program name. Messages go to `err` as one line.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Renderers& draw = {});

} // namespace ltw::cli
