#include "ltw/bundle.hpp"
#include "ltw/database.hpp"
#include "ltw/errors.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace ltw;
using ltw::test::readFile;
using ltw::test::TempDir;
using ltw::test::writeFile;

namespace {

DatabaseRefused::Reason refusalOf(const std::filesystem::path& path) {
    try {
        Database db(path);
    } catch (const DatabaseRefused& e) {
        EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << "the message names the file";
        return e.reason();
    }
    ADD_FAILURE() << "the file was accepted";
    return DatabaseRefused::Reason::Unreadable;
}

TEST(Database, NewFileGetsTheLatestSchemaAndSafePragmas) {
    TempDir dir;
    Database db(dir / "sub" / "new.ltw");
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(db.sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(db.sql().execAndGet("PRAGMA synchronous").getInt(), 2); // FULL
    EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    EXPECT_EQ(db.sql().execAndGet("PRAGMA application_id").getInt(), kApplicationId);
    EXPECT_GT(db.sql().execAndGet("PRAGMA busy_timeout").getInt(), 0);
    EXPECT_TRUE(db.checkIntegrity().ok);
}

TEST(Database, EmptyFileAndBlankSqliteFileAreInitialised) {
    TempDir dir;
    writeFile(dir / "empty.ltw", "");
    EXPECT_EQ(Database(dir / "empty.ltw").schemaVersion(), Database::latestSchemaVersion());
    { SQLite::Database blank((dir / "blank.sqlite").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); }
    EXPECT_EQ(Database(dir / "blank.sqlite").schemaVersion(), Database::latestSchemaVersion());
}

TEST(Database, ReopeningKeepsTheData) {
    TempDir dir;
    Id id = 0;
    {
        SqliteRepository repo(dir / "keep.ltw");
        id = repo.addTeam(Team{0, "Crew", "", {}}).id;
    }
    SqliteRepository repo(dir / "keep.ltw");
    EXPECT_EQ(repo.team(id)->name, "Crew");
}

// Every migration step, from every earlier version: build a database at version N-1 with the
// migrations before it, put a row in, and open it with the current code.
TEST(Database, MigratesFromEveryEarlierVersion) {
    const auto& migrations = schemaMigrations();
    for (std::size_t from = 0; from < migrations.size(); ++from) {
        TempDir dir;
        const auto path = dir / "old.ltw";
        {
            SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            for (std::size_t i = 0; i < from; ++i)
                old.exec(migrations[i]);
            old.exec("PRAGMA user_version = " + std::to_string(from));
            if (from > 0) {
                old.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
                old.exec("INSERT INTO team (name, site, created) VALUES ('Old crew', '', 0)");
            }
        }
        SqliteRepository repo(path);
        EXPECT_EQ(repo.database().schemaVersion(), Database::latestSchemaVersion()) << "from version " << from;
        if (from > 0) {
            ASSERT_EQ(repo.teams().size(), 1u) << "from version " << from;
            EXPECT_EQ(repo.teams()[0].name, "Old crew");
        }
        EXPECT_TRUE(repo.database().checkIntegrity().ok);
    }
}

// Version 2 added themes and a theme column on notes: what was captured before must come through whole.
TEST(Database, AVersionOneDatabaseWithNotesUpgradesToThemes) {
    TempDir dir;
    const auto path = dir / "v1.ltw";
    {
        SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        old.exec("PRAGMA foreign_keys = ON");
        old.exec(schemaMigrations().at(0));
        old.exec("PRAGMA user_version = 1");
        old.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        old.exec("INSERT INTO team (id, name, site, created) VALUES (1, 'Dock', 'North', 100)");
        old.exec("INSERT INTO learning_team (id, uid, team_id, title, use, phase, created, updated) "
                 "VALUES (7, 'uid-7', 1, 'Near miss', 'event', 'soak', 100, 200)");
        old.exec("INSERT INTO participant (id, learning_team_id, role, name) VALUES (3, 7, 'loader', 'Priya')");
        old.exec("INSERT INTO note (id, learning_team_id, kind, text, teller_id, phase, tags, pos_x, pos_y, "
                 "facilitator_only, created, updated) VALUES "
                 "(11, 7, 'story', 'The printer jammed again', 3, 'learn', '[\"bad day\"]', 40, 60, 0, 150, 160), "
                 "(12, 7, 'weak_signal', 'Label rolls changed supplier', NULL, 'soak', '[]', 280, 60, 1, 170, 170)");
    }
    SqliteRepository repo(path);
    ASSERT_GE(repo.database().schemaVersion(), 2);
    const auto notes = repo.notes(7);
    ASSERT_EQ(notes.size(), 2u);
    EXPECT_EQ(notes[0].id, 11);
    EXPECT_EQ(notes[0].text, "The printer jammed again");
    EXPECT_EQ(notes[0].kind, NoteKind::Story);
    EXPECT_EQ(notes[0].tellerId, 3);
    EXPECT_EQ(notes[0].tags, (std::vector<std::string>{"bad day"}));
    EXPECT_EQ(notes[0].position, (BoardPosition{40, 60}));
    EXPECT_EQ(notes[0].created, Timestamp{std::chrono::seconds{150}});
    EXPECT_EQ(notes[0].updated, Timestamp{std::chrono::seconds{160}});
    EXPECT_EQ(notes[1].phase, Phase::Soak);
    EXPECT_TRUE(notes[1].facilitatorOnly);
    for (const auto& n : notes)
        EXPECT_FALSE(n.themeId) << n.text;
    EXPECT_TRUE(repo.themes(7).empty());

    // Themes work on the upgraded file.
    const auto theme = repo.addTheme(Theme{0, 7, "Small faults wait for the day shift", 0, {}, {}});
    auto n = notes[1];
    n.themeId = theme.id;
    repo.updateNote(n);
    EXPECT_EQ(repo.note(12)->themeId, theme.id);
    EXPECT_EQ(repo.snapshot(7).themes.size(), 1u);
    // Version 3's redaction list starts empty on a Learning Team from before it.
    EXPECT_TRUE(repo.learningTeam(7)->redactions.empty());
    repo.removeTheme(theme.id);
    EXPECT_FALSE(repo.note(12)->themeId);
    EXPECT_EQ(repo.note(12)->text, "Label rolls changed supplier");
    EXPECT_TRUE(repo.database().checkIntegrity().ok) << repo.database().checkIntegrity().details;
}

// Version 4 records where imported Learning Teams came from; those of a version 3 file came from nowhere
// recorded, so their home is here (version 5): importing their own bundle never replaces them.
TEST(Database, AVersionThreeDatabaseUpgradesAndKeepsItsLearningTeamsHome) {
    TempDir dir;
    const auto path = dir / "v3.ltw";
    {
        SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        old.exec("PRAGMA foreign_keys = ON");
        for (int i = 0; i < 3; ++i)
            old.exec(schemaMigrations().at(i));
        old.exec("PRAGMA user_version = 3");
        old.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        old.exec("INSERT INTO team (id, name, site, created) VALUES (1, 'Dock', 'North', 100)");
        old.exec("INSERT INTO learning_team (id, uid, team_id, title, use, phase, created, updated, redactions) "
                 "VALUES (7, 'uid-7', 1, 'Near miss', 'event', 'learn', 100, 200, '[]')");
        old.exec("INSERT INTO phase_log (learning_team_id, from_phase, to_phase, at) VALUES (7, NULL, 'learn', 100)");
        old.exec("INSERT INTO note (id, learning_team_id, kind, text, phase, created, updated) VALUES "
                 "(11, 7, 'story', 'The compressor drowns the alarm', 'learn', 150, 160)");
    }
    SqliteRepository repo(path);
    EXPECT_EQ(repo.database().schemaVersion(), Database::latestSchemaVersion());
    EXPECT_FALSE(repo.importOrigin(7));
    EXPECT_EQ(repo.learningTeam(7)->revision, 1);
    const auto bundle = exportBundle(repo.snapshot(7));
    EXPECT_EQ(planImport(repo, bundle).situation, ImportSituation::HomeHere);
    EXPECT_THROW(importBundle(repo, bundle, ImportSource{"near-miss.json"}), ImportNeedsDecision);
    EXPECT_FALSE(repo.importOrigin(7));
    const auto copy = importBundle(repo, bundle, ImportOptions{{"near-miss.json"}, ImportChoice::AsCopy, {}});
    EXPECT_NE(copy.learningTeamId, 7);
    EXPECT_EQ(repo.importOrigin(copy.learningTeamId)->fileName, "near-miss.json");
    EXPECT_EQ(repo.notes(7).size(), 1u);
    EXPECT_EQ(repo.learningTeams().size(), 2u);
    // The search index came through the upgrade and the copy.
    EXPECT_EQ(
        repo.database().sql().execAndGet("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'compressor'").getInt(),
        2);
    repo.removeLearningTeam(copy.learningTeamId);
    EXPECT_EQ(repo.database().sql().execAndGet("SELECT count(*) FROM import_origin").getInt(), 0)
        << "the origin goes with its Learning Team";
    EXPECT_TRUE(repo.database().checkIntegrity().ok) << repo.database().checkIntegrity().details;
}

// A version 4 file's imports followed the bundle's uid: after the upgrade they are copies of their source,
// and since what they held at their last import was not recorded, a different bundle of them is the
// facilitator's choice, never an overwrite.
TEST(Database, AVersionFourImportStaysACopyThatAsksBeforeItIsReplaced) {
    TempDir dir;
    const auto path = dir / "v4.ltw";
    {
        SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        old.exec("PRAGMA foreign_keys = ON");
        for (int i = 0; i < 4; ++i)
            old.exec(schemaMigrations().at(i));
        old.exec("PRAGMA user_version = 4");
        old.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        old.exec("INSERT INTO team (id, name, site, created) VALUES (1, 'Dock', 'North', 100)");
        old.exec("INSERT INTO learning_team (id, uid, team_id, title, use, phase, created, updated, redactions) "
                 "VALUES (7, 'uid-7', 1, 'Near miss', 'event', 'learn', 100, 200, '[]')");
        old.exec("INSERT INTO phase_log (learning_team_id, from_phase, to_phase, at) VALUES (7, NULL, 'learn', 100)");
        old.exec("INSERT INTO note (id, learning_team_id, kind, text, phase, created, updated, facilitator_only) "
                 "VALUES (11, 7, 'story', 'Only the facilitator knows this', 'learn', 150, 160, 1)");
        old.exec("INSERT INTO import_origin (learning_team_id, file_name, facilitator, first_imported, "
                 "last_imported, imports) VALUES (7, 'near-miss.json', 'Amara', 300, 300, 1)");
    }
    SqliteRepository repo(path);
    const auto origin = repo.importOrigin(7).value();
    EXPECT_EQ(origin.sourceUid, "uid-7");
    EXPECT_TRUE(origin.localFingerprint.empty());
    auto newer = nlohmann::json::parse(exportBundle(repo.snapshot(7)));
    newer["learningTeam"]["title"] = "Near miss, retold";
    const auto plan = planImport(repo, newer.dump());
    EXPECT_EQ(plan.situation, ImportSituation::ChangedHere);
    EXPECT_FALSE(plan.baseKnown);
    EXPECT_TRUE(plan.theirs.details);
    EXPECT_THROW(importBundle(repo, newer.dump()), ImportNeedsDecision);
    EXPECT_EQ(repo.learningTeam(7)->title, "Near miss");
    importBundle(repo, newer.dump(), ImportOptions{{"retold.json"}, ImportChoice::Replace, {}});
    EXPECT_EQ(repo.learningTeam(7)->title, "Near miss, retold");
    ASSERT_EQ(repo.notes(7).size(), 1u) << "the facilitator's own note survives the replace";
    EXPECT_EQ(repo.notes(7).front().text, "Only the facilitator knows this");
    EXPECT_TRUE(repo.database().checkIntegrity().ok) << repo.database().checkIntegrity().details;
}

TEST(Database, NewerVersionIsRefusedUntouched) {
    TempDir dir;
    const auto path = dir / "future.ltw";
    {
        Database db(path);
        db.sql().exec("PRAGMA user_version = " + std::to_string(Database::latestSchemaVersion() + 1));
        db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const auto before = readFile(path);
    EXPECT_EQ(refusalOf(path), DatabaseRefused::Reason::NewerVersion);
    EXPECT_EQ(readFile(path), before);
}

TEST(Database, ForeignDatabaseIsRefusedUntouched) {
    TempDir dir;
    const auto path = dir / "firefox-places.sqlite";
    {
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
        other.exec("INSERT INTO moz_places (url) VALUES ('https://example.org')");
    }
    const auto before = readFile(path);
    EXPECT_EQ(refusalOf(path), DatabaseRefused::Reason::ForeignDatabase);
    EXPECT_EQ(readFile(path), before);
    EXPECT_FALSE(std::filesystem::exists(dir / "firefox-places.sqlite-wal"));
}

TEST(Database, NonDatabaseFilesAreRefusedUntouched) {
    TempDir dir;
    const std::vector<std::pair<std::string, std::string>> files = {
        {"notes.txt", "These are my meeting notes, not a database.\n"},
        {"short.ltw", "SQLite"},
        {"binary.ltw", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)},
        {"truncated.ltw", std::string("SQLite format 3\0", 16) + std::string(50, '\xff')},
    };
    for (const auto& [name, content] : files) {
        writeFile(dir / name, content);
        const auto reason = refusalOf(dir / name);
        EXPECT_TRUE(reason == DatabaseRefused::Reason::NotADatabase || reason == DatabaseRefused::Reason::Unreadable)
            << name;
        EXPECT_EQ(readFile(dir / name), content) << name;
    }
    std::filesystem::create_directories(dir / "folder.ltw");
    EXPECT_EQ(refusalOf(dir / "folder.ltw"), DatabaseRefused::Reason::NotADatabase);
}

TEST(Database, BackupIsACompleteDatabase) {
    TempDir dir;
    SqliteRepository repo(dir / "main.ltw");
    repo.addTeam(Team{0, "Crew", "", {}});
    repo.database().backupTo(dir / "backups" / "copy.ltw");
    SqliteRepository copy(dir / "backups" / "copy.ltw");
    EXPECT_EQ(copy.teams().size(), 1u);
    EXPECT_FALSE(std::filesystem::exists(dir / "backups" / "copy.ltw.partial"));
}

TEST(Database, InspectReportsWithoutChangingTheFile) {
    TempDir dir;
    { SqliteRepository repo(dir / "a.ltw"); }
    auto report = Database::inspect(dir / "a.ltw");
    EXPECT_TRUE(report.ok);
    EXPECT_EQ(report.schemaVersion, Database::latestSchemaVersion());
    EXPECT_THROW(Database::inspect(dir / "missing.ltw"), DatabaseRefused);
    EXPECT_FALSE(std::filesystem::exists(dir / "missing.ltw"));
}

} // namespace
