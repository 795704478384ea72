// `ltw search` as a user runs it: the same ranked results as the Library view, as text or JSON with the
// matched ranges, any query text taken as words, and the usual exit codes.
#include "ltw/sample.hpp"
#include "ltw/sqlite_library.hpp"
#include "ltw/sqlite_repository.hpp"
#include "ltw_run.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace ltw;
using ltw::test::ltwRun;
using ltw::test::TempDir;

namespace {

class CliSearch : public ::testing::Test {
protected:
    TempDir dir;
    std::string db = (dir / "library.ltw").string();
    Id reversing = 0;

    void SetUp() override {
        SqliteRepository repo(db);
        const auto team = repo.addTeam(Team{0, "Loading dock", "North", {}});
        const auto other = repo.addTeam(Team{0, "Packaging line 3", "Riverside", {}});
        LearningTeam lt;
        lt.teamId = team.id;
        lt.title = "Reversing near miss";
        lt.use = Use::Event;
        reversing = repo.addLearningTeam(lt).id;
        lt.teamId = other.id;
        lt.title = "Night-shift changeover";
        lt.uid.clear();
        const auto changeover = repo.addLearningTeam(lt).id;
        auto note = [&](Id ltId, const std::string& text) {
            Note n;
            n.learningTeamId = ltId;
            n.text = text;
            repo.addNote(n);
        };
        note(reversing, "The reversing alarm is drowned out by the compressor");
        note(changeover, "Nobody hears the alarm, the alarm, the alarm over the line");
        Action a;
        a.learningTeamId = changeover;
        a.title = "Louder alarm at the changeover";
        repo.addAction(a);
    }
};

TEST_F(CliSearch, GivesTheLibrarysResultsClosestFirst) {
    auto r = ltwRun(dir, {"search", "--db", db, "alarm"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    const auto first = r.out.find("Nobody hears");
    const auto second = r.out.find("reversing");
    ASSERT_NE(first, std::string::npos) << r.out;
    ASSERT_NE(second, std::string::npos) << r.out;
    EXPECT_LT(first, second) << "three mentions before one";
    EXPECT_NE(r.out.find("the **alarm**"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Packaging line 3 › Night-shift changeover"), std::string::npos) << r.out;

    r = ltwRun(dir, {"search", "--db", db, "--json", "alar"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto hits = nlohmann::json::parse(r.out);
    ASSERT_EQ(hits.size(), 3u);
    SqliteRepository repo(db);
    SqliteLibrary library(repo);
    SearchRequest request;
    request.text = "alar";
    const auto expected = library.search(request);
    ASSERT_EQ(expected.size(), 3u);
    for (std::size_t i = 0; i < hits.size(); ++i) {
        EXPECT_EQ(hits[i]["id"], expected[i].id);
        EXPECT_EQ(hits[i]["type"], std::string(toString(expected[i].type)));
        EXPECT_EQ(hits[i]["snippet"]["text"], expected[i].snippet.text);
        EXPECT_EQ(hits[i]["learningTeam"]["title"], expected[i].place.learningTeamTitle);
    }
    // The marks are byte ranges of the matched words.
    for (const auto& hit : hits) {
        const auto& shown = hit["type"] == "action" ? hit["title"] : hit["snippet"];
        const std::string text = shown["text"];
        ASSERT_FALSE(shown["marks"].empty()) << hit.dump();
        for (const auto& mark : shown["marks"])
            EXPECT_EQ(text.substr(mark[0].get<std::size_t>(), mark[1].get<std::size_t>() - mark[0].get<std::size_t>()),
                      "alarm");
    }

    r = ltwRun(dir, {"search", "--db", db, "--json", "--kind", "action", "alarm"});
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_EQ(nlohmann::json::parse(r.out).size(), 1u);
    r = ltwRun(dir, {"search", "--db", db, "--json", "--team", "1", "alarm"});
    ASSERT_EQ(nlohmann::json::parse(r.out).size(), 1u);
    r = ltwRun(dir, {"search", "--db", db, "--json", "--limit", "1", "alarm"});
    ASSERT_EQ(nlohmann::json::parse(r.out).size(), 2u);
}

TEST_F(CliSearch, AnyQueryTextIsReadAsWords) {
    for (const std::string& query :
         std::vector<std::string>{"\"alarm", "NEAR(alarm compressor)", "alarm)", "-alarm", "'; DROP TABLE note; --",
                                  "🙂", "الإنذار", "*", "((", std::string(5000, 'x')}) {
        const auto r = ltwRun(dir, {"search", "--db", db, "--json", "--", query});
        EXPECT_EQ(r.code, 0) << query << ": " << r.err;
        EXPECT_TRUE(nlohmann::json::parse(r.out).is_array()) << query;
    }
    auto r = ltwRun(dir, {"search", "--db", db, "zebra"});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out, "Nothing found.\n");
}

TEST_F(CliSearch, MistakesExitOneOrTwoWithOneLine) {
    for (const std::vector<std::string>& args : {std::vector<std::string>{"search", "--db", db},
                                                 {"search", "--db", db, "--kind", "work_step", "x"},
                                                 {"search", "--db", db, "--limit", "0", "x"},
                                                 {"search", "--db", db, "--colour", "x"},
                                                 {"search", "--db", db, "--team", "abc", "x"}}) {
        const auto r = ltwRun(dir, args);
        EXPECT_EQ(r.code, 1) << args.back();
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_NE(r.err.find("ltw search --help"), std::string::npos) << r.err;
    }
    ltw::test::writeFile(dir / "not-a-db.ltw", "hello");
    const auto r = ltwRun(dir, {"search", "--db", (dir / "not-a-db.ltw").string(), "alarm"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(ltwRun(dir, {"search", "--help"}).code, 0);
    EXPECT_NE(ltwRun(dir, {"--help"}).out.find("search"), std::string::npos);
}

} // namespace
