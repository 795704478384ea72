// Starts the workbench window: parses --db, opens the database (explaining a refusal), shows the window.
#pragma once

namespace ltw::gui {

int runWorkbench(int& argc, char** argv);

} // namespace ltw::gui
