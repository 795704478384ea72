#include "ltw/database.hpp"
#include "ltw/translate.hpp"

#include "ltw/errors.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <array>
#include <cctype>
#include <fstream>

namespace ltw {
namespace {

constexpr std::string_view kSqliteHeader{"SQLite format 3\0", 16};

enum class FileKind { Missing, Empty, Sqlite, Other, Unreadable };

FileKind fileKind(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return FileKind::Missing;
    if (std::filesystem::is_directory(path, ec))
        return FileKind::Other;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return FileKind::Unreadable;
    std::array<char, 16> header{};
    in.read(header.data(), header.size());
    const auto got = in.gcount();
    if (got == 0)
        return FileKind::Empty;
    if (got < 16 || std::string_view(header.data(), header.size()) != kSqliteHeader)
        return FileKind::Other;
    return FileKind::Sqlite;
}

struct FileFacts {
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

std::string quoted(const std::filesystem::path& path) { return "\"" + path.string() + "\""; }

// The path as an SQLite URI ("file:/…"), so that query parameters can follow it: every byte that is not
// plainly safe is percent-encoded, '?' and '#' and '%' among them.
std::string fileUri(const std::filesystem::path& path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const unsigned char c : std::filesystem::absolute(path).generic_string()) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 0xF];
        }
    }
    return uri;
}

// A connection that only reads. "mode=ro" still reads a WAL left beside the file, through its -shm, which
// it makes if there is none; where that cannot be made (a read-only folder, a full disk) "immutable=1"
// reads the file alone, without any lock or anything beside it. That is right only when no WAL holds
// changes the file has not got yet: such a file is refused, with what to do, rather than shown out of date.
std::unique_ptr<SQLite::Database> openReadOnly(const std::filesystem::path& path) {
    const auto uri = fileUri(path);
    try {
        auto db = std::make_unique<SQLite::Database>(uri + "?mode=ro", SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        db->execAndGet("SELECT count(*) FROM sqlite_master"); // the first read is where the -shm is needed
        return db;
    } catch (const SQLite::Exception& e) {
        spdlog::info("reading the database with its WAL failed ({}); reading the file alone", e.getErrorStr());
    }
    std::error_code ec;
    const auto wal = std::filesystem::path(path.string() + "-wal");
    if (const auto size = std::filesystem::file_size(wal, ec); !ec && size > 0)
        throw DatabaseRefused(DatabaseRefused::Reason::Unreadable,
                              arg(translate("Storage", "%1 cannot be read here: its latest changes are still in %2, "
                                                       "which can only be read where something can be written beside "
                                                       "it. Copy both files together to a folder you can write to, "
                                                       "and open the copy with --db."),
                                  {quoted(path), quoted(wal)}));
    auto db = std::make_unique<SQLite::Database>(uri + "?immutable=1", SQLite::OPEN_READONLY | SQLite::OPEN_URI);
    db->execAndGet("SELECT count(*) FROM sqlite_master");
    return db;
}

// Looks inside an existing SQLite file through a read-only connection, so a file we refuse stays as it was.
FileFacts readFacts(const std::filesystem::path& path, Database::OpenMode mode) {
    const auto connection = mode == Database::OpenMode::ReadOnly
                                ? openReadOnly(path)
                                : std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READONLY);
    auto& db = *connection;
    FileFacts facts;
    facts.applicationId = db.execAndGet("PRAGMA application_id").getInt();
    facts.userVersion = db.execAndGet("PRAGMA user_version").getInt();
    facts.objectCount = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    return facts;
}

DatabaseRefused nothingToRead(const std::filesystem::path& path) {
    return DatabaseRefused(DatabaseRefused::Reason::Missing,
                           arg(translate("Storage", "%1 holds no workbench data yet, and it cannot be made here "
                                                    "because nothing can be written. Choose another database with "
                                                    "--db."),
                               {quoted(path)}));
}

// Throws DatabaseRefused unless `path` is missing, empty, a blank SQLite file, or one of ours that we
// know how to read; read-only, only one of ours at the current version will do.
void vet(const std::filesystem::path& path, Database::OpenMode mode) {
    const bool readOnly = mode == Database::OpenMode::ReadOnly;
    switch (fileKind(path)) {
    case FileKind::Missing:
    case FileKind::Empty:
        if (readOnly)
            throw nothingToRead(path);
        return;
    case FileKind::Unreadable:
        throw DatabaseRefused(
            DatabaseRefused::Reason::Unreadable,
            arg(translate("Storage", "%1 cannot be read. Check that you have permission to open it."), {quoted(path)}));
    case FileKind::Other:
        throw DatabaseRefused(DatabaseRefused::Reason::NotADatabase,
                              arg(translate("Storage", "%1 is not a workbench database (it is not an SQLite file). "
                                                       "It was left untouched; choose another file."),
                                  {quoted(path)}));
    case FileKind::Sqlite: break;
    }
    FileFacts facts;
    try {
        facts = readFacts(path, mode);
    } catch (const SQLite::Exception& e) {
        throw DatabaseRefused(DatabaseRefused::Reason::Unreadable,
                              arg(translate("Storage", "%1 cannot be read as a database (%2). It was left untouched."),
                                  {quoted(path), e.getErrorStr()}));
    }
    if (facts.applicationId != kApplicationId && facts.objectCount > 0)
        throw DatabaseRefused(DatabaseRefused::Reason::ForeignDatabase,
                              arg(translate("Storage", "%1 is a database of another program, not of the workbench. "
                                                       "It was left untouched; choose another file."),
                                  {quoted(path)}));
    if (facts.userVersion > Database::latestSchemaVersion())
        throw DatabaseRefused(
            DatabaseRefused::Reason::NewerVersion,
            arg(translate("Storage", "%1 was written by a newer version of the workbench (schema "
                                     "%2, this version reads up to %3). It was left untouched; "
                                     "update the workbench to open it."),
                {quoted(path), std::to_string(facts.userVersion), std::to_string(Database::latestSchemaVersion())}));
    if (readOnly && facts.objectCount == 0)
        throw nothingToRead(path);
    if (readOnly && facts.userVersion < Database::latestSchemaVersion())
        throw DatabaseRefused(
            DatabaseRefused::Reason::NeedsUpgrade,
            arg(translate("Storage", "%1 was written by an earlier version of the workbench "
                                     "(schema %2, this version reads %3). It must be brought up to "
                                     "date before it can be read, and that cannot be done "
                                     "read-only. Copy it to a folder you can write to and open the "
                                     "copy with --db."),
                {quoted(path), std::to_string(facts.userVersion), std::to_string(Database::latestSchemaVersion())}));
}

} // namespace

Database::Database(const std::filesystem::path& path, OpenMode mode)
    : m_path(path), m_readOnly(mode == OpenMode::ReadOnly) {
    const bool memory = path == ":memory:";
    if (m_readOnly) {
        if (memory)
            throw nothingToRead(path);
        vet(path, mode);
        try {
            m_db = openReadOnly(path);
            m_db->setBusyTimeout(5000);
        } catch (const SQLite::Exception& e) {
            throw DatabaseRefused(
                DatabaseRefused::Reason::Unreadable,
                arg(translate("Storage", "%1 could not be opened for reading: %2."), {quoted(path), e.getErrorStr()}));
        }
        return;
    }
    if (!memory) {
        vet(path, mode);
        if (path.has_parent_path())
            std::filesystem::create_directories(path.parent_path());
    }
    try {
        m_db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        m_db->setBusyTimeout(5000);
        m_db->exec("PRAGMA foreign_keys = ON");
        if (!memory) {
            const std::string mode = m_db->execAndGet("PRAGMA journal_mode = WAL").getString();
            if (mode != "wal")
                spdlog::warn("the database could not use the WAL journal (it uses {})", mode);
        }
        // A committed capture must survive a battery that dies a second later.
        m_db->exec("PRAGMA synchronous = FULL");
        migrate();
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED)
            throw DatabaseRefused(DatabaseRefused::Reason::Locked,
                                  arg(translate("Storage", "%1 is in use by another program that is writing to it. "
                                                           "Close it there and try again."),
                                      {quoted(path)}));
        throw DatabaseRefused(
            DatabaseRefused::Reason::Unreadable,
            arg(translate("Storage", "%1 could not be opened: %2."), {quoted(path), e.getErrorStr()}));
    }
}

Database::~Database() = default;

bool Database::inMemory() const { return m_path == ":memory:"; }

int Database::schemaVersion() { return m_db->execAndGet("PRAGMA user_version").getInt(); }

int Database::latestSchemaVersion() { return static_cast<int>(schemaMigrations().size()); }

void Database::migrate() {
    const auto& migrations = schemaMigrations();
    int version = schemaVersion();
    if (version >= latestSchemaVersion())
        return;
    // One transaction for all steps: a migration that fails leaves the file at the version it had.
    SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
    version = schemaVersion(); // another process may have migrated while we waited for the lock
    for (int next = version + 1; next <= latestSchemaVersion(); ++next) {
        spdlog::info("migrating the database schema from version {} to {}", next - 1, next);
        m_db->exec(migrations[static_cast<std::size_t>(next - 1)]);
        m_db->exec("PRAGMA user_version = " + std::to_string(next)); // a number of ours, never user input
    }
    m_db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    tx.commit();
}

void Database::backupTo(const std::filesystem::path& target) {
    if (target.has_parent_path())
        std::filesystem::create_directories(target.parent_path());
    const auto partial = std::filesystem::path(target.string() + ".partial");
    std::filesystem::remove(partial);
    {
        SQLite::Database dest(partial.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup backup(dest, *m_db);
        backup.executeStep(-1);
    }
    std::filesystem::rename(partial, target); // a finished copy, or none
}

namespace {

IntegrityReport runChecks(SQLite::Database& db) {
    IntegrityReport report;
    report.schemaVersion = db.execAndGet("PRAGMA user_version").getInt();
    report.latestVersion = Database::latestSchemaVersion();
    std::string details;
    SQLite::Statement check(db, "PRAGMA integrity_check");
    while (check.executeStep()) {
        if (!details.empty())
            details += "; ";
        details += check.getColumn(0).getString();
    }
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    int fkProblems = 0;
    while (fk.executeStep())
        ++fkProblems;
    if (fkProblems > 0)
        details += "; " + std::to_string(fkProblems) + " broken reference(s)";
    SQLite::Statement ftsTables(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                    "'CREATE VIRTUAL TABLE % USING fts5%' ORDER BY name");
    std::vector<std::string> names;
    while (ftsTables.executeStep())
        names.push_back(ftsTables.getColumn(0).getString());
    for (const auto& fts : names) {
        try {
            // The names come from the schema itself; FTS5 takes its commands through an INSERT.
            db.exec("INSERT INTO \"" + fts + "\"(\"" + fts + "\") VALUES ('integrity-check')");
        } catch (const SQLite::Exception& e) {
            details += "; search index " + fts + ": " + e.getErrorStr();
        }
    }
    report.ok = details == "ok";
    report.details = details;
    return report;
}

} // namespace

IntegrityReport Database::checkIntegrity() { return runChecks(*m_db); }

IntegrityReport Database::inspect(const std::filesystem::path& path) {
    if (!std::filesystem::exists(path))
        throw DatabaseRefused(DatabaseRefused::Reason::Unreadable,
                              arg(translate("Storage", "%1 does not exist."), {quoted(path)}));
    vet(path, OpenMode::ReadWrite);
    // Opened without migrating, so that checking a file never changes it.
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
    db.setBusyTimeout(5000);
    return runChecks(db);
}

} // namespace ltw
