#include "ltw/logging.hpp"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace ltw {

void initLogging(const std::filesystem::path& dir) {
    try {
        std::filesystem::create_directories(dir);
        spdlog::drop("ltw");
        auto logger = spdlog::rotating_logger_mt("ltw", (dir / "workbench.log").string(), 1024 * 1024, 3);
        logger->set_pattern("%Y-%m-%dT%H:%M:%S%z %l %v");
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
    } catch (const std::exception&) {
        // No log is better than no workbench: keep the console logger, quieter.
        spdlog::set_level(spdlog::level::warn);
    }
}

} // namespace ltw
