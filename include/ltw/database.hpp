// Opens the workbench's SQLite file safely: refuses anything that is not ours (or is newer than us)
// without touching it, sets the pragmas that keep every committed capture across a power cut, and
// brings the schema up to date through numbered migrations. Where nothing can be written (a full disk, a
// read-only folder) it opens the file read-only instead, so the work can still be read and exported.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace ltw {

// Stored in PRAGMA application_id so that our files can be told from any other SQLite file ("LTWB").
inline constexpr int kApplicationId = 0x4C545742;

struct IntegrityReport {
    bool ok = false;
    int schemaVersion = 0;
    int latestVersion = 0;
    std::string details; // "ok", or what SQLite found
};

class Database {
public:
    enum class OpenMode {
        ReadWrite, // creates a missing file, sets the pragmas, migrates
        ReadOnly,  // reads an existing file as it is: no pragma that writes, no migration, nothing beside it
                   // if that can be helped
    };

    // ":memory:" opens a private in-memory database. Throws DatabaseRefused for a file that is not a
    // database, belongs to another program, comes from a newer version, or is locked by a writer; read-only,
    // also for a file that does not exist yet or would need a migration (which is a write).
    explicit Database(const std::filesystem::path& path, OpenMode mode = OpenMode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SQLite::Database& sql() { return *m_db; }
    const std::filesystem::path& path() const { return m_path; }
    bool inMemory() const;
    bool readOnly() const { return m_readOnly; }

    int schemaVersion();
    static int latestSchemaVersion();

    // A consistent copy of the whole database to `target`, made with SQLite's online backup.
    void backupTo(const std::filesystem::path& target);

    IntegrityReport checkIntegrity();

    // Reads the version and kind of a file without opening it for writing; used by `ltw check`.
    static IntegrityReport inspect(const std::filesystem::path& path);

private:
    void migrate();

    std::filesystem::path m_path;
    std::unique_ptr<SQLite::Database> m_db;
    bool m_readOnly = false;
};

// The migrations, in order: migration N takes a database from user_version N-1 to N. Exposed so that
// tests can build a database of any earlier version.
const std::vector<std::string>& schemaMigrations();

} // namespace ltw
