// The program: command-line verbs when asked for one, otherwise the workbench window.
#include "application.hpp"
#include "cli.hpp"

#include <iostream>

int main(int argc, char* argv[]) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (ltw::cli::isCommandLine(args))
        return ltw::cli::run(args, std::cout, std::cerr, ltw::gui::roomPngForCommandLine);
    return ltw::gui::runWorkbench(argc, argv);
}
