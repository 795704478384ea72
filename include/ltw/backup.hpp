// Copies of the whole database kept beside it, made before anything that is hard to take back: a phase
// change, an import that replaces a Learning Team.
#pragma once

#include "ltw/database.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace ltw {

struct BackupOptions {
    std::filesystem::path dir; // empty: a "backups" folder beside the database
    int keep = 30;             // per database: the oldest beyond this many are removed
};

// Writes a consistent copy of `db` (SQLite's online backup) named after the database, the time and
// `label` ("lt4-solve", "lt4-before-import"), and keeps the newest `keep`. Returns the copy's path; none
// for an in-memory database. Throws StorageError, naming the folder, when the copy cannot be written.
std::optional<std::filesystem::path> backupDatabase(Database& db, const std::string& label,
                                                    const BackupOptions& options = {});

} // namespace ltw
