// Starts the workbench window: parses --db, opens the database (explaining a refusal), shows the window.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/report.hpp"
#include "ltw/room_picture.hpp"

#include <string>

namespace ltw::gui {

int runWorkbench(int& argc, char** argv);

// Before a command-line verb runs: its messages and help in the facilitator's language, as in the window.
void prepareCommandLine();

// The room's picture as PNG bytes for `ltw export --format png`: draws without a display.
std::string roomPngForCommandLine(const LearningTeamSnapshot& snapshot, int width, int height, LearnPicture picture);
// The share-out report as PDF (A4, or US Letter) or ODT bytes for `ltw export --format pdf|odt`.
std::string reportPdfForCommandLine(const PrintableReport& report, bool letter);
std::string reportOdtForCommandLine(const PrintableReport& report);

} // namespace ltw::gui
