// A database opened read-only, as the workbench does where nothing can be written (a full disk, a
// read-only folder): everything reads and searches as before, every write is refused in words and changes
// nothing, and the file is left byte for byte as it was. What cannot be read safely is refused.
#include "ltw/bundle.hpp"
#include "ltw/database.hpp"
#include "ltw/errors.hpp"
#include "ltw/sample.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_library.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace ltw;
using ltw::test::makeLearningTeam;
using ltw::test::makeNote;
using ltw::test::readFile;
using ltw::test::TempDir;
using ltw::test::writeFile;

namespace {

constexpr auto kReadOnly = Database::OpenMode::ReadOnly;

// The words of a refusal, or of the error a write throws.
template <class E>
std::string messageOf(const std::function<void()>& attempt) {
    try {
        attempt();
    } catch (const E& e) {
        return e.what();
    }
    ADD_FAILURE() << "nothing was thrown";
    return {};
}

DatabaseRefused::Reason readOnlyRefusalOf(const std::filesystem::path& path) {
    try {
        Database db(path, kReadOnly);
    } catch (const DatabaseRefused& e) {
        EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << "the message names the file";
        return e.reason();
    }
    ADD_FAILURE() << "the file was opened";
    return DatabaseRefused::Reason::Unreadable;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class ReadOnlyTest : public ::testing::Test {
protected:
    TempDir dir;
    std::filesystem::path path = dir / "work.ltw";
    Id sample = 0;
    Id other = 0;
    LearningTeamSnapshot sampleBefore;
    std::vector<LearningTeamSummary> summariesBefore;

    // A database written earlier and closed, as the workbench leaves it.
    void SetUp() override {
        SqliteRepository repo(path);
        sample = addSampleLearningTeam(repo).id;
        other = makeLearningTeam(repo, "Forklift at door 7").id;
        repo.addNote(
            makeNote(other, NoteKind::Story, "the reversing alarm was drowned out by the hum of the zeppelin hangar"));
        sampleBefore = repo.snapshot(sample);
        summariesBefore = repo.learningTeamSummaries();
    }
};

TEST_F(ReadOnlyTest, ReadsEverythingAndSearches) {
    SqliteRepository repo(path, kReadOnly);
    EXPECT_TRUE(repo.isReadOnly());
    EXPECT_TRUE(repo.database().readOnly());
    EXPECT_EQ(repo.database().schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(repo.snapshot(sample) == sampleBefore);
    EXPECT_EQ(repo.learningTeams().size(), 2u);
    ASSERT_EQ(repo.learningTeamSummaries().size(), summariesBefore.size());
    EXPECT_EQ(repo.teams().size(), 2u);
    EXPECT_EQ(repo.noteCount(other), 1);

    SqliteLibrary library(repo);
    SearchRequest request;
    request.text = "zeppelin";
    const auto hits = library.search(request);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits.front().place.learningTeamId, other);
    // "Seen elsewhere" reads the index through a temporary table: that is no write to the file.
    const auto note = repo.notes(other).front();
    EXPECT_NO_THROW(library.seenElsewhere(note.id));
    EXPECT_NO_THROW(library.tagUse());
    EXPECT_NO_THROW(library.learnings());

    // A bundle is made from what is read.
    const auto bundle = exportBundle(repo.snapshot(sample));
    EXPECT_TRUE(contains(bundle, sampleBefore.notes.front().text));
}

TEST_F(ReadOnlyTest, EveryWriteIsRefusedInWordsAndChangesNothing) {
    std::string newBundle;
    {
        SqliteRepository elsewhere(":memory:");
        newBundle = exportBundle(elsewhere.snapshot(addSampleLearningTeam(elsewhere).id));
    }
    {
        SqliteRepository repo(path, kReadOnly);
        int heard = 0;
        repo.subscribe([&](const Change&) { ++heard; });
        const std::vector<std::pair<std::string, std::function<void()>>> writes = {
            {"a note", [&] { repo.addNote(makeNote(sample, NoteKind::Story, "typed on the train")); }},
            {"an edit",
             [&] {
                 auto n = sampleBefore.notes.front();
                 n.text = "changed";
                 repo.updateNote(n);
             }},
            {"a removal", [&] { repo.removeLearningTeam(sample); }},
            {"a rename",
             [&] {
                 auto lt = sampleBefore.learningTeam;
                 lt.title = "renamed";
                 repo.updateLearningTeam(lt);
             }},
            {"a team",
             [&] {
                 repo.addTeam(Team{0, "Crew", "", {}});
             }},
            {"a transaction", [&] { repo.transaction([] {}); }},
            {"a revision", [&] { repo.setRevision(sample, 99, now()); }},
            {"a phase change", [&] { repo.recordPhaseChange(sample, Phase::Closed, "done"); }},
            {"the sample", [&] { addSampleLearningTeam(repo); }},
            {"an import", [&] { importBundle(repo, newBundle); }},
        };
        for (const auto& [what, write] : writes) {
            SCOPED_TRACE(what);
            // The storage error itself; an import wraps it in its own, keeping the words.
            const auto words = what == "an import" ? messageOf<BundleError>(write) : messageOf<StorageError>(write);
            EXPECT_TRUE(contains(words, "This database is open read-only")) << words;
        }
        EXPECT_EQ(heard, 0) << "nothing was committed, so nothing is heard";
        EXPECT_TRUE(repo.snapshot(sample) == sampleBefore);
        EXPECT_EQ(repo.learningTeams().size(), 2u);

        // A phase change is refused before its backup is made.
        Session session(repo, SessionOptions{dir / "backups", 30});
        EXPECT_THROW(session.moveTo(sample, Phase::Closed, true, "done"), StorageError);
        EXPECT_FALSE(std::filesystem::exists(dir / "backups"));
    }
    SqliteRepository repo(path);
    EXPECT_TRUE(repo.snapshot(sample) == sampleBefore) << "opened for writing again, the work is as it was";
}

TEST_F(ReadOnlyTest, TheFileIsLeftByteForByte) {
    {
        // The workbench's own close leaves no WAL; a checkpoint makes sure of it.
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const auto before = readFile(path);
    {
        SqliteRepository repo(path, kReadOnly);
        SqliteLibrary library(repo);
        SearchRequest request;
        request.text = "zeppelin";
        EXPECT_EQ(library.search(request).size(), 1u);
        EXPECT_THROW(repo.addNote(makeNote(sample, NoteKind::Story, "x")), StorageError);
    }
    EXPECT_EQ(readFile(path), before);
}

// Where nothing can be made beside the file (here a -shm that no one, root included, can open: a symbolic
// link, which SQLite never follows), reading the WAL is impossible: the file is read alone, and that is
// safe because its WAL is empty.
TEST_F(ReadOnlyTest, WhereNothingCanBeMadeBesideTheFileItIsReadAlone) {
    std::filesystem::create_symlink(dir / "elsewhere", dir / "work.ltw-shm");
    EXPECT_THROW(SqliteRepository writable(path), DatabaseRefused) << "the way it is opened for writing fails";

    SqliteRepository repo(path, kReadOnly);
    EXPECT_TRUE(repo.snapshot(sample) == sampleBefore);
    SqliteLibrary library(repo);
    SearchRequest request;
    request.text = "zeppelin hangar";
    EXPECT_EQ(library.search(request).size(), 1u);
    EXPECT_THROW(repo.addNote(makeNote(sample, NoteKind::Story, "x")), StorageError);
}

// A WAL that holds changes the file has not got cannot be read without its -shm: the file alone would show
// old work as if it were all. It is refused, saying what to do, and the advice works.
TEST_F(ReadOnlyTest, ChangesLeftInTheWalAreNeverShownOutOfDate) {
    TempDir stuck;
    {
        SqliteRepository repo(path);
        repo.database().sql().exec("PRAGMA wal_autocheckpoint = 0");
        repo.addNote(makeNote(other, NoteKind::Story, "written just before the disk filled up"));
        // Copied while the writer still holds the WAL: as a crash or a full disk leaves it.
        std::filesystem::copy_file(path, stuck / "work.ltw");
        std::filesystem::copy_file(dir / "work.ltw-wal", stuck / "work.ltw-wal");
    }
    ASSERT_GT(std::filesystem::file_size(stuck / "work.ltw-wal"), 0u);
    std::filesystem::create_symlink(stuck / "elsewhere", stuck / "work.ltw-shm");
    const auto file = stuck / "work.ltw";
    const auto words = messageOf<DatabaseRefused>([&] { Database db(file, kReadOnly); });
    EXPECT_TRUE(contains(words, "work.ltw-wal")) << words;
    EXPECT_TRUE(contains(words, "Copy both files together to a folder you can write to")) << words;

    std::filesystem::remove(stuck / "work.ltw-shm"); // a folder where it can be written
    SqliteRepository repo(file);
    EXPECT_EQ(repo.noteCount(other), 2) << "nothing was lost";
}

TEST_F(ReadOnlyTest, AnOlderVersionIsRefusedBecauseItWouldNeedAMigration) {
    const auto old = dir / "old.ltw";
    {
        SQLite::Database db(old.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec(schemaMigrations().at(0));
        db.exec("PRAGMA user_version = 1");
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    }
    const auto before = readFile(old);
    EXPECT_EQ(readOnlyRefusalOf(old), DatabaseRefused::Reason::NeedsUpgrade);
    const auto words = messageOf<DatabaseRefused>([&] { Database db(old, kReadOnly); });
    EXPECT_TRUE(contains(words, "cannot be done read-only")) << words;
    EXPECT_TRUE(contains(words, "Copy it to a folder you can write to")) << words;
    EXPECT_EQ(readFile(old), before);
    EXPECT_FALSE(std::filesystem::exists(dir / "old.ltw-wal"));
}

TEST_F(ReadOnlyTest, ANewerVersionIsRefusedAsBefore) {
    {
        Database db(path);
        db.sql().exec("PRAGMA user_version = " + std::to_string(Database::latestSchemaVersion() + 1));
    }
    EXPECT_EQ(readOnlyRefusalOf(path), DatabaseRefused::Reason::NewerVersion);
}

TEST_F(ReadOnlyTest, NothingIsMadeWhereThereIsNothingToRead) {
    EXPECT_EQ(readOnlyRefusalOf(dir / "missing.ltw"), DatabaseRefused::Reason::Missing);
    EXPECT_FALSE(std::filesystem::exists(dir / "missing.ltw"));
    writeFile(dir / "empty.ltw", "");
    EXPECT_EQ(readOnlyRefusalOf(dir / "empty.ltw"), DatabaseRefused::Reason::Missing);
    EXPECT_EQ(std::filesystem::file_size(dir / "empty.ltw"), 0u);
    { SQLite::Database blank((dir / "blank.ltw").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); }
    EXPECT_EQ(readOnlyRefusalOf(dir / "blank.ltw"), DatabaseRefused::Reason::Missing);
    writeFile(dir / "notes.txt", "meeting notes, not a database");
    EXPECT_EQ(readOnlyRefusalOf(dir / "notes.txt"), DatabaseRefused::Reason::NotADatabase);
    EXPECT_THROW(Database(":memory:", kReadOnly), DatabaseRefused);
}

// The file is named to SQLite as a URI: characters that mean something there are taken as part of the name.
TEST_F(ReadOnlyTest, AnyFileNameOpens) {
    const auto odd = dir / "team #3? 100% done&mode=rw.ltw";
    std::filesystem::copy_file(path, odd);
    SqliteRepository repo(odd, kReadOnly);
    EXPECT_TRUE(repo.snapshot(sample) == sampleBefore);
    EXPECT_THROW(repo.addTeam(Team{0, "Crew", "", {}}), StorageError);
}

} // namespace
