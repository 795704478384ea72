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

TEST_F(Cli, InProcessRunMatchesTheProgram) {
    std::ostringstream out, err;
    SqliteRepository{db}; // an empty database
    EXPECT_EQ(cli::run({"list", "--db", db}, out, err), cli::Success);
    EXPECT_NE(out.str().find("No Learning Teams yet"), std::string::npos);
    EXPECT_TRUE(cli::isCommandLine({"list"}));
    EXPECT_FALSE(cli::isCommandLine({}));
    EXPECT_FALSE(cli::isCommandLine({"--db", db}));
}

} // namespace
