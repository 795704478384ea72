// The program: command-line verbs when asked for one, otherwise the workbench window.
#include "app/application.hpp"
#include "cli.hpp"

#include <iostream>

int main(int argc, char* argv[]) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (ltw::cli::isCommandLine(args)) {
        ltw::gui::prepareCommandLine();
        using ltw::cli::PagedFormat;
        const ltw::cli::Renderers draw{
            ltw::gui::roomPngForCommandLine, [](const ltw::PrintableReport& report, PagedFormat format) {
                if (format == PagedFormat::Odt)
                    return ltw::gui::reportOdtForCommandLine(report);
                return ltw::gui::reportPdfForCommandLine(report, format == PagedFormat::PdfLetter);
            }};
        return ltw::cli::run(args, std::cout, std::cerr, draw);
    }
    return ltw::gui::runWorkbench(argc, argv);
}
