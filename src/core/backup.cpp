#include "ltw/backup.hpp"
#include "ltw/translate.hpp"

#include "ltw/errors.hpp"
#include "ltw/time.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <vector>

namespace ltw {

std::optional<std::filesystem::path> backupDatabase(Database& db, const std::string& label,
                                                    const BackupOptions& options) {
    if (db.inMemory())
        return std::nullopt;
    const auto dir = options.dir.empty() ? db.path().parent_path() / "backups" : options.dir;
    const auto stem = db.path().stem().string();
    auto stamp = toIso(now());
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    auto target = dir / fmt::format("{}-{}-{}.ltw", stem, stamp, label);
    // Two copies within one second (an import right after a phase change) must not overwrite each other.
    for (int n = 2; std::filesystem::exists(target); ++n)
        target = dir / fmt::format("{}-{}-{}-{}.ltw", stem, stamp, label, n);
    try {
        db.backupTo(target);
    } catch (const std::exception& e) {
        spdlog::error("a backup could not be written");
        throw StorageError(
            arg(translate("Storage", "A backup copy could not be written to %1: %2"), {dir.string(), e.what()}));
    }
    // Keep the newest copies of this database; the names sort by time.
    std::vector<std::filesystem::path> mine;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".ltw" && entry.path().filename().string().starts_with(stem + "-"))
            mine.push_back(entry.path());
    std::sort(mine.begin(), mine.end());
    for (std::size_t i = 0; i + static_cast<std::size_t>(std::max(options.keep, 1)) < mine.size(); ++i)
        std::filesystem::remove(mine[i], ec);
    return target;
}

} // namespace ltw
