// The verbs as a user runs them: the real program, its exit code, its one-line messages, its files.
#include "cli.hpp"
#include "ltw/bundle.hpp"
#include "ltw/sqlite_repository.hpp"
#include "ltw_run.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace ltw;
using ltw::test::readFile;
using ltw::test::TempDir;
using ltw::test::writeFile;

namespace {

using ltw::test::ltwRun;

int lineCount(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

class Cli : public ::testing::Test {
protected:
    TempDir dir;
    std::string db = (dir / "team.ltw").string();
};

TEST_F(Cli, HelpAndVersion) {
    auto r = ltwRun(dir, {"--help"});
    EXPECT_EQ(r.code, 0);
    for (const char* verb : {"demo", "list", "export", "import", "check"})
        EXPECT_NE(r.out.find(verb), std::string::npos) << verb;
    r = ltwRun(dir, {"export", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("--with-names"), std::string::npos);
    r = ltwRun(dir, {"--version"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("ltw "), std::string::npos);
}

TEST_F(Cli, UsageErrorsExitOneWithOneLine) {
    const std::vector<std::vector<std::string>> bad = {
        {"frobnicate"},
        {"list", "--db"},
        {"list", "--db", db, "--colour"},
        {"export", "--db", db, "--format", "json", "--output", "x.json"},
        {"export", "--db", db, "--learning-team", "abc", "--format", "json", "--output", "x.json"},
        {"export", "--db", db, "--learning-team", "1", "--format", "docx", "--output", "x.docx"},
        {"export", "--db", db, "--learning-team", "1", "--format", "md"},
        {"import", "--db", db},
        {"import", "--db", db, "--as-copy", "--replace", "x.json"},
        {"demo", "--db", db, "extra"},
    };
    for (const auto& args : bad) {
        auto r = ltwRun(dir, args);
        EXPECT_EQ(r.code, 1) << args[0] << " " << r.err;
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
        EXPECT_NE(r.err.find("ltw"), std::string::npos);
    }
    EXPECT_FALSE(std::filesystem::exists(db)) << "a usage error creates no database";
}

TEST_F(Cli, DemoListExportImportCheck) {
    auto r = ltwRun(dir, {"demo", "--db", db});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;

    r = ltwRun(dir, {"list", "--db", db, "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto list = nlohmann::json::parse(r.out);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["phase"], "share");
    EXPECT_GE(list[0]["notes"].get<int>(), 15);
    const auto id = std::to_string(list[0]["id"].get<int>());

    r = ltwRun(dir, {"list", "--db", db});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("Share"), std::string::npos);

    const auto bundle = (dir / "out").string() + ".json";
    r = ltwRun(dir, {"export", "--db", db, "--learning-team", id, "--format", "json", "--output", bundle});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(readFile(bundle))["format"], "ltw-bundle");
    EXPECT_FALSE(std::filesystem::exists(bundle + ".partial"));

    for (const char* format : {"md", "html"}) {
        const auto file = (dir / (std::string("report.") + format)).string();
        r = ltwRun(dir, {"export", "--db", db, "--learning-team", id, "--format", format, "--output", file});
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_GT(readFile(file).size(), 1000u) << format;
    }

    const auto other = (dir / "other.ltw").string();
    r = ltwRun(dir, {"import", "--db", other, bundle});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Imported"), std::string::npos);
    r = ltwRun(dir, {"import", "--db", other, bundle});
    EXPECT_EQ(r.code, 0) << "importing the same bundle again changes nothing: " << r.err;
    EXPECT_NE(r.out.find("already up to date"), std::string::npos) << r.out;
    EXPECT_EQ(SqliteRepository(other).learningTeams().size(), 1u);

    r = ltwRun(dir, {"check", "--db", other});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("integrity: ok"), std::string::npos) << r.out;
}

TEST_F(Cli, NamesLeaveOnlyWhenAskedFor) {
    ASSERT_EQ(ltwRun(dir, {"demo", "--db", db}).code, 0);
    SqliteRepository repo(db);
    const auto lt = repo.learningTeams().front();
    const auto participants = repo.participants(lt.id);
    ASSERT_FALSE(participants.empty());
    for (const char* format : {"json", "md", "html"}) {
        const auto plain = (dir / (std::string("plain.") + format)).string();
        const auto named = (dir / (std::string("named.") + format)).string();
        ASSERT_EQ(ltwRun(dir, {"export", "--db", db, "--learning-team", std::to_string(lt.id), "--format", format,
                               "--output", plain})
                      .code,
                  0);
        ASSERT_EQ(ltwRun(dir, {"export", "--db", db, "--learning-team", std::to_string(lt.id), "--format", format,
                               "--output", named, "--with-names"})
                      .code,
                  0);
        const auto plainText = readFile(plain);
        const auto namedText = readFile(named);
        for (const auto& p : participants) {
            if (p.name.empty())
                continue;
            EXPECT_EQ(plainText.find(p.name), std::string::npos) << format << ": " << p.name;
            EXPECT_NE(namedText.find(p.name), std::string::npos) << format << ": " << p.name;
        }
    }
}

TEST_F(Cli, BadDataExitsTwoAndLeavesFilesAlone) {
    const auto foreign = dir / "notes.txt";
    writeFile(foreign, "not a database\n");
    auto r = ltwRun(dir, {"list", "--db", foreign.string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("not a workbench database"), std::string::npos) << r.err;
    EXPECT_EQ(readFile(foreign), "not a database\n");

    r = ltwRun(dir, {"demo", "--db", foreign.string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(readFile(foreign), "not a database\n");

    const auto broken = dir / "broken.json";
    writeFile(broken, "{\"format\": \"ltw-bundle\", \"version\": 1}");
    r = ltwRun(dir, {"import", "--db", db, broken.string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("Nothing was imported"), std::string::npos) << r.err;

    r = ltwRun(dir, {"import", "--db", db, (dir / "missing.json").string()});
    EXPECT_EQ(r.code, 2);

    r = ltwRun(dir,
               {"export", "--db", db, "--learning-team", "999", "--format", "md", "--output", (dir / "x.md").string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("no Learning Team with id 999"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "x.md"));

    r = ltwRun(dir, {"check", "--db", (dir / "nowhere.ltw").string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_FALSE(std::filesystem::exists(dir / "nowhere.ltw"));
}

TEST_F(Cli, ExportIntoAMissingFolderFailsCleanly) {
    ASSERT_EQ(ltwRun(dir, {"demo", "--db", db}).code, 0);
    auto r = ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "md", "--output",
                          (dir / "no" / "such" / "folder" / "r.md").string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
}

TEST_F(Cli, TheLogHoldsNoNotesAndNoNames) {
    ASSERT_EQ(ltwRun(dir, {"demo", "--db", db}).code, 0);
    ASSERT_EQ(ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "html", "--output",
                           (dir / "r.html").string(), "--with-names"})
                  .code,
              0);
    writeFile(dir / "bad.json", "{\"format\": \"ltw-bundle\"}");
    ltwRun(dir, {"import", "--db", db, (dir / "bad.json").string()});
    const auto log = readFile(dir / "data" / "learning-team-workbench" / "workbench.log");
    ASSERT_FALSE(log.empty()) << "the verbs log to the data folder";
    SqliteRepository repo(db);
    for (const auto& p : repo.participants(1))
        EXPECT_EQ(log.find(p.name), std::string::npos) << p.name;
    for (const auto& n : repo.notes(1))
        EXPECT_EQ(log.find(n.text.substr(0, 30)), std::string::npos) << n.text;
}

// Width and height of a PNG, from its IHDR chunk.
std::pair<int, int> pngSize(const std::string& bytes) {
    if (bytes.size() < 24 || bytes.compare(1, 3, "PNG") != 0)
        return {0, 0};
    auto be = [&](std::size_t at) {
        return (static_cast<unsigned char>(bytes[at]) << 24) | (static_cast<unsigned char>(bytes[at + 1]) << 16) |
               (static_cast<unsigned char>(bytes[at + 2]) << 8) | static_cast<unsigned char>(bytes[at + 3]);
    };
    return {static_cast<int>(be(16)), static_cast<int>(be(20))};
}

TEST_F(Cli, TheRoomPictureAsAnImage) {
    ASSERT_EQ(ltwRun(dir, {"demo", "--db", db}).code, 0);
    const auto png = (dir / "room.png").string();
    auto r = ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "png", "--output", png});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    EXPECT_EQ(pngSize(readFile(png)), (std::pair{1920, 1080}));
    r = ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "png", "--output", png, "--width",
                     "1280", "--height", "720"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(pngSize(readFile(png)), (std::pair{1280, 720}));
    r = ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "png", "--output", png, "--width", "9"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    // In Learn the room has three pictures; --picture names one (the sample is in Share, which has one).
    for (const char* picture : {"board", "steps", "timeline"}) {
        r = ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "png", "--output", png, "--picture",
                         picture});
        EXPECT_EQ(r.code, 0) << picture << ": " << r.err;
    }
    r = ltwRun(dir,
               {"export", "--db", db, "--learning-team", "1", "--format", "png", "--output", png, "--picture", "wall"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("--picture must be board, steps or timeline"), std::string::npos) << r.err;
}

TEST_F(Cli, TheReportIsExportedAsPdfAndOdtWithAPaperSize) {
    ASSERT_EQ(ltwRun(dir, {"demo", "--db", db}).code, 0);
    const auto pdf = (dir / "report.pdf").string();
    auto r = ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "pdf", "--output", pdf});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err << ": Qt's notes about the desktop stay off standard error";
    EXPECT_EQ(readFile(pdf).rfind("%PDF-", 0), 0u);
    EXPECT_FALSE(std::filesystem::exists(pdf + ".partial"));
    r = ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "odt", "--output", "-"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("PK", 0), 0u) << "an ODT is a zip";
    // A paper size we do not print on is a usage error, and nothing is written.
    const auto a5 = (dir / "a5.pdf").string();
    r = ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "pdf", "--paper", "a5", "--output", a5});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("--paper"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(a5));
}

// The verbs that only read never make a database or a folder: a path that is not there is exit 2.
TEST_F(Cli, ReadingVerbsNeverCreateADatabase) {
    const auto missing = (dir / "no" / "such" / "dir" / "x.ltw").string();
    const std::vector<std::vector<std::string>> reads = {
        {"list", "--db", missing},
        {"list", "--db", missing, "--json"},
        {"search", "--db", missing, "printer"},
        {"export", "--db", missing, "--learning-team", "1", "--format", "md", "--output", (dir / "x.md").string()},
        {"check", "--db", missing},
    };
    for (const auto& args : reads) {
        auto r = ltwRun(dir, args);
        EXPECT_EQ(r.code, 2) << args[0] << ": " << r.err;
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
        EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
        EXPECT_FALSE(std::filesystem::exists(dir / "no")) << args[0] << " made a folder";
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "x.md"));
}

// Every way `ltw import` meets a Learning Team that is here already, with its exit code and its one line.
TEST_F(Cli, ImportNeverReplacesWhatOnlyThisDatabaseHolds) {
    ASSERT_EQ(ltwRun(dir, {"demo", "--db", db}).code, 0);
    Id home = 0;
    std::string privateNote;
    {
        SqliteRepository repo(db);
        home = repo.learningTeams().front().id;
        auto aside = ltw::test::makeNote(home, NoteKind::Story, "Only the facilitator knows this");
        aside.facilitatorOnly = true;
        repo.addNote(aside);
    }
    const auto bundle = (dir / "sample.json").string();
    ASSERT_EQ(ltwRun(dir, {"export", "--db", db, "--learning-team", std::to_string(home), "--format", "json",
                           "--output", bundle})
                  .code,
              0);
    const auto before = readFile(db);

    // Its home is here: refused, and the way to a copy is named.
    auto r = ltwRun(dir, {"import", "--db", db, bundle});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("started in this database"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--as-copy"), std::string::npos) << r.err;
    r = ltwRun(dir, {"import", "--db", db, "--replace", bundle});
    EXPECT_EQ(r.code, 2) << "not even with --replace";
    EXPECT_NE(r.err.find("--as-copy"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "backups")) << "nothing was about to be replaced";
    r = ltwRun(dir, {"import", "--db", db, "--as-copy", bundle});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("as a separate copy"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(copy from Sam Okafor, "), std::string::npos) << r.out;
    {
        SqliteRepository repo(db);
        EXPECT_EQ(repo.learningTeams().size(), 2u);
        const auto notes = repo.notes(home);
        EXPECT_TRUE(std::any_of(notes.begin(), notes.end(),
                                [](const Note& n) { return n.text == "Only the facilitator knows this"; }));
        EXPECT_FALSE(repo.participants(home).front().name.empty()) << "names stay";
    }

    // On another laptop: a copy that follows its source.
    const auto laptop = (dir / "laptop.ltw").string();
    r = ltwRun(dir, {"import", "--db", laptop, bundle});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Imported"), std::string::npos);
    r = ltwRun(dir, {"import", "--db", laptop, bundle});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("already up to date"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("what was imported last time"), std::string::npos) << r.out;

    // The source moves on: the copy, unchanged, is updated, after a backup.
    {
        SqliteRepository repo(db);
        repo.addNote(ltw::test::makeNote(home, NoteKind::Reflection, "Soaking on it"));
    }
    const auto newer = (dir / "newer.json").string();
    ASSERT_EQ(ltwRun(dir, {"export", "--db", db, "--learning-team", std::to_string(home), "--format", "json",
                           "--output", newer})
                  .code,
              0);
    r = ltwRun(dir, {"import", "--db", laptop, newer});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Updated"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("the database as it was is in"), std::string::npos) << r.out;
    int backups = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir / "backups"))
        backups += e.path().filename().string().starts_with("laptop-");
    EXPECT_EQ(backups, 1);
    r = ltwRun(dir, {"import", "--db", laptop, bundle});
    EXPECT_EQ(r.code, 0) << "an older bundle changes nothing: " << r.err;
    EXPECT_NE(r.out.find("already up to date"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("was imported already"), std::string::npos) << r.out;

    // Changed on the laptop too: the facilitator must choose.
    Id copy = 0;
    {
        SqliteRepository repo(laptop);
        copy = repo.learningTeams().front().id;
        auto n = repo.notes(copy).front();
        n.text = "Retold on the laptop";
        repo.updateNote(n);
        auto aside = ltw::test::makeNote(copy, NoteKind::Story, "The laptop's own aside");
        aside.facilitatorOnly = true;
        repo.addNote(aside);
    }
    {
        SqliteRepository repo(db);
        repo.addNote(ltw::test::makeNote(home, NoteKind::Reflection, "Soaking on it, again"));
    }
    const auto newest = (dir / "newest.json").string();
    ASSERT_EQ(ltwRun(dir, {"export", "--db", db, "--learning-team", std::to_string(home), "--format", "json",
                           "--output", newest})
                  .code,
              0);
    const auto laptopBefore = readFile(laptop);
    r = ltwRun(dir, {"import", "--db", laptop, newest});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("was changed here"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("(note: 1 changed)"), std::string::npos) << "what changed here: " << r.err;
    EXPECT_NE(r.err.find("(note: 1 added)"), std::string::npos) << "what the bundle changed: " << r.err;
    EXPECT_NE(r.err.find("--replace"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--as-copy"), std::string::npos) << r.err;
    r = ltwRun(dir, {"import", "--db", laptop, "--replace", newest});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Updated"), std::string::npos) << r.out;
    {
        SqliteRepository repo(laptop);
        const auto notes = repo.notes(copy);
        auto has = [&](const std::string& text) {
            return std::any_of(notes.begin(), notes.end(), [&](const Note& n) { return n.text == text; });
        };
        EXPECT_FALSE(has("Retold on the laptop")) << "theirs was taken";
        EXPECT_TRUE(has("Soaking on it, again"));
        EXPECT_TRUE(has("The laptop's own aside")) << "the laptop's private note survives --replace";
        EXPECT_FALSE(has("Only the facilitator knows this")) << "the home's private note never left it";
    }
    EXPECT_EQ(ltwRun(dir, {"check", "--db", laptop}).code, 0);
}

TEST_F(Cli, InProcessRunMatchesTheProgram) {
    std::ostringstream out, err;
    SqliteRepository{db}; // an empty database
    EXPECT_EQ(cli::run({"list", "--db", db}, out, err), cli::Success);
    EXPECT_NE(out.str().find("No Learning Teams yet"), std::string::npos);
    EXPECT_TRUE(cli::isCommandLine({"list"}));
    EXPECT_FALSE(cli::isCommandLine({}));
    EXPECT_FALSE(cli::isCommandLine({"--db", db}));
    EXPECT_FALSE(cli::isCommandLine({"team.ltw"})) << "a database the desktop opens goes to the window";
}

} // namespace
