// The learning library over several teams and Learning Teams: search ranks, highlights, takes any text
// as words, filters; "seen elsewhere" finds the same pattern in another team; tags count Learning Teams;
// follow-through lists what is still open.
#include "ltw/bundle.hpp"
#include "ltw/errors.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_library.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace ltw;
using namespace std::chrono_literals;

namespace {

Timestamp at(int year, unsigned month, unsigned day) {
    return std::chrono::sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
}

class LibraryTest : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    SqliteLibrary library{repo};
    Team dock, packing;
    LearningTeam reversing, ladders, changeover;

    Note note(const LearningTeam& lt, NoteKind kind, const std::string& text, std::vector<std::string> tags = {},
              Timestamp created = {}) {
        auto n = ltw::test::makeNote(lt.id, kind, text);
        n.tags = std::move(tags);
        n.created = created;
        return repo.addNote(n);
    }

    static SearchRequest request(const std::string& text) {
        SearchRequest r;
        r.text = text;
        return r;
    }
    std::vector<SearchHit> find(const std::string& text) { return library.search(request(text)); }

    LearningTeam learningTeam(const Team& team, const std::string& title, Use use, Timestamp created) {
        LearningTeam lt;
        lt.teamId = team.id;
        lt.title = title;
        lt.use = use;
        lt.created = created;
        return createLearningTeam(repo, lt);
    }

    void SetUp() override {
        dock = repo.addTeam(Team{0, "Loading dock", "North distribution centre", {}});
        packing = repo.addTeam(Team{0, "Packaging line 3", "Riverside plant", {}});
        reversing = learningTeam(dock, "Reversing near miss", Use::Event, at(2026, 3, 2));
        ladders = learningTeam(dock, "Ladders in the racking aisles", Use::Work, at(2026, 9, 14));
        changeover = learningTeam(packing, "Night-shift changeover", Use::Change, at(2026, 10, 1));
        note(reversing, NoteKind::WeakSignal, "The reversing alarm is drowned out by the compressor at night",
             {"noise", "night"}, at(2026, 3, 2));
        note(reversing, NoteKind::Adaptation, "Drivers ask a colleague to watch the mirror when reversing", {"night"},
             at(2026, 3, 2));
        note(ladders, NoteKind::HardCondition, "Pallets left in the aisle block the ladder", {"housekeeping"},
             at(2026, 9, 14));
        note(ladders, NoteKind::Story, "Nobody hears the alarm over the compressor in aisle four", {"Noise"},
             at(2026, 9, 14));
        note(changeover, NoteKind::Tradeoff, "Speed of the changeover against checking the guard", {"NOISE"},
             at(2026, 10, 1));
        note(changeover, NoteKind::Story, "Café break is skipped when the changeover runs late", {}, at(2026, 10, 1));
    }
};

TEST_F(LibraryTest, FindsWordsAcrossEveryLearningTeamWithTheirPlace) {
    const auto hits = find("compressor");
    ASSERT_EQ(hits.size(), 2u);
    std::vector<std::string> places;
    for (const auto& h : hits) {
        EXPECT_EQ(h.type, ItemType::Note);
        EXPECT_EQ(h.place.teamName, "Loading dock");
        places.push_back(h.place.learningTeamTitle);
    }
    std::sort(places.begin(), places.end());
    EXPECT_EQ(places, (std::vector<std::string>{"Ladders in the racking aisles", "Reversing near miss"}));
}

TEST_F(LibraryTest, TheCloserMatchComesFirst) {
    note(changeover, NoteKind::Story, "Guard checks: the guard interlock and the guard light, every guard");
    const auto hits = find("guard");
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_NE(hits[0].snippet.text.find("interlock"), std::string::npos) << "four mentions beat one";

    // Every word must be there: a note with one of the two is not found.
    note(ladders, NoteKind::Story, "The compressor is loud");
    const auto both = find("alarm compressor");
    ASSERT_EQ(both.size(), 2u);
    for (const auto& h : both) {
        EXPECT_NE(h.snippet.text.find("alarm"), std::string::npos);
        EXPECT_NE(h.snippet.text.find("compressor"), std::string::npos);
    }
}

TEST_F(LibraryTest, SnippetsMarkTheMatchedWords) {
    const auto hits = find("alarm");
    ASSERT_EQ(hits.size(), 2u);
    for (const auto& h : hits) {
        ASSERT_EQ(h.snippet.marks.size(), 1u) << h.snippet.text;
        const auto [begin, end] = h.snippet.marks[0];
        EXPECT_EQ(h.snippet.text.substr(begin, end - begin), "alarm");
    }
    // A prefix marks the whole word it found; an accent-free query finds the accented word.
    const auto cafe = find("cafe");
    ASSERT_EQ(cafe.size(), 1u);
    const auto [b, e] = cafe[0].snippet.marks.at(0);
    EXPECT_EQ(cafe[0].snippet.text.substr(b, e - b), "Café");
    const auto prefix = find("compr");
    ASSERT_EQ(prefix.size(), 2u);
    const auto [pb, pe] = prefix[0].snippet.marks.at(0);
    EXPECT_EQ(prefix[0].snippet.text.substr(pb, pe - pb), "compressor");
}

TEST_F(LibraryTest, EveryWordMustMatchAndEachMayBeAPrefix) {
    EXPECT_EQ(find("rever").size(), 2u);
    EXPECT_EQ(find("rever alar").size(), 1u);
    EXPECT_EQ(find("REVERSING Alarm").size(), 1u);
    EXPECT_TRUE(find("reversing ladder").empty());
    EXPECT_EQ(library.matchExpression("Rever alar"), R"("rever"* "alar"*)");
}

TEST_F(LibraryTest, TagsAreSearchedAndShownWhenTheTextHasNoMatch) {
    const auto hits = find("housekeeping");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].snippet.text, "Tags: housekeeping");
    ASSERT_EQ(hits[0].snippet.marks.size(), 1u);
    EXPECT_EQ(hits[0].snippet.marks[0], (std::pair<std::size_t, std::size_t>{6, 18}));
}

// Whatever is typed into the search field is read as words, never as syntax: each of these finds
// something or nothing, and none of them fails.
TEST_F(LibraryTest, HostileQueriesNeverFail) {
    const std::vector<std::string> hostile = {
        "\"",
        "\"\"",
        "\"alarm",
        "alarm\"",
        "*",
        "alarm*",
        "**alarm",
        "NEAR",
        "NEAR(alarm compressor)",
        "NEAR(alarm compressor, 2)",
        "alarm NEAR/2 compressor",
        "-",
        "-alarm",
        "alarm -compressor",
        "(",
        ")",
        "((alarm",
        "alarm)",
        "AND",
        "OR",
        "NOT",
        "alarm AND OR NOT compressor",
        "text:alarm",
        "{text tags}: alarm",
        "- text : alarm",
        "^alarm",
        "alarm +",
        "'; DROP TABLE note; --",
        "alarm' OR '1'='1",
        "\" OR 1=1 --",
        "%_%",
        "\\",
        "🙂",
        "🙂 alarm 🔥",
        "alarm🙂",
        "إنذار الضاغط",
        "אזעקה",
        "ⓐⓛⓐⓡⓜ",
        "e\xcc\x81",    // e and a combining accent
        "\xe2\x80\x8b", // zero-width space
        "\xff\xfe\xfd", // not UTF-8 at all
        std::string("al\0arm", 6),
        std::string(100000, 'a'),
        [] {
            std::string many;
            for (int i = 0; i < 5000; ++i)
                many += "alarm (\" ";
            return many;
        }(),
        "",
        "   ",
        "...",
    };
    ASSERT_GE(hostile.size(), 20u);
    for (const auto& query : hostile) {
        SCOPED_TRACE(query.substr(0, 40));
        std::vector<SearchHit> hits;
        EXPECT_NO_THROW(hits = find(query));
        for (const auto& h : hits)
            EXPECT_GT(h.id, 0);
    }
    // Operators are words: "NEAR" finds nothing here; quotes and brackets do not hide the word they wrap.
    EXPECT_TRUE(find("NEAR").empty());
    EXPECT_EQ(find("\"alarm").size(), 2u);
    EXPECT_EQ(find("((alarm").size(), 2u);
    EXPECT_EQ(find("-alarm").size(), 2u);
    EXPECT_EQ(find("text:alarm").size(), 0u) << "text is a word here, not a column";
    EXPECT_EQ(find("alarm)").size(), 2u);
    EXPECT_TRUE(find("'; DROP TABLE note; --").empty());
    EXPECT_EQ(repo.notes(reversing.id).size(), 2u) << "and the notes are all still there";
}

TEST_F(LibraryTest, RightToLeftAndOtherScriptsAreFound) {
    note(changeover, NoteKind::Story, "قال المشغل إن الإنذار لا يُسمع");
    note(changeover, NoteKind::Story, "夜勤の交代は急ぎがち");
    const auto arabic = find("الإنذار");
    ASSERT_EQ(arabic.size(), 1u);
    ASSERT_EQ(arabic[0].snippet.marks.size(), 1u);
    const auto [b, e] = arabic[0].snippet.marks[0];
    EXPECT_EQ(arabic[0].snippet.text.substr(b, e - b), "الإنذار");
}

TEST_F(LibraryTest, FiltersByKindTeamUseDateAndTag) {
    Action a;
    a.learningTeamId = ladders.id;
    a.title = "Quieter compressor housing";
    repo.addAction(a);
    Defense d;
    d.learningTeamId = reversing.id;
    d.title = "Reversing alarm";
    d.description = "Louder at night than the compressor";
    repo.addDefense(d);

    EXPECT_EQ(find("compressor").size(), 4u);
    auto r = request("compressor");
    r.kinds = {ItemType::Action};
    auto hits = library.search(r);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].title.text, "Quieter compressor housing");
    EXPECT_EQ(hits[0].title.marks.size(), 1u);
    r.kinds = {ItemType::Defense, ItemType::Note};
    EXPECT_EQ(library.search(r).size(), 3u);

    r = request("changeover");
    EXPECT_EQ(library.search(r).size(), 2u);
    r.filter.teamId = dock.id;
    EXPECT_TRUE(library.search(r).empty());

    r = request("compressor");
    r.filter.use = Use::Event;
    EXPECT_EQ(library.search(r).size(), 2u) << "the note and the defense of the event";
    r.filter.use = Use::Change;
    EXPECT_TRUE(library.search(r).empty());

    r = request("compressor");
    r.kinds = {ItemType::Note};
    r.filter.from = at(2026, 6, 1);
    hits = library.search(r);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].place.learningTeamId, ladders.id);
    r.filter.from.reset();
    r.filter.until = at(2026, 6, 1);
    hits = library.search(r);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].place.learningTeamId, reversing.id);

    r = request("compressor");
    r.filter.tag = "noise"; // notes tagged "noise" or "Noise", and the other items of their Learning Teams
    EXPECT_EQ(library.search(r).size(), 4u);
    r.filter.tag = "housekeeping";
    hits = library.search(r);
    ASSERT_EQ(hits.size(), 1u) << "the ladders' action; their compressor note is tagged otherwise";
    EXPECT_EQ(hits[0].type, ItemType::Action);
}

TEST_F(LibraryTest, SharedLearningsAndLookForsAreFoundAndListed) {
    SharedLearning l;
    l.learningTeamId = reversing.id;
    l.title = "Alarms people cannot hear";
    l.summary = "Warnings that compete with plant noise stop being warnings.";
    l.lookFors = {"a second person standing in as the alarm", "machines louder than the alarm"};
    l.created = at(2026, 4, 1);
    repo.addSharedLearning(l);
    SharedLearning other = l;
    other.learningTeamId = changeover.id;
    other.title = "Checks that slip when time is short";
    other.summary = "A changeover under pressure drops the guard check first.";
    other.lookFors = {"a check done after the restart"};
    other.created = at(2026, 10, 20);
    repo.addSharedLearning(other);

    auto r = request("second person");
    r.kinds = {ItemType::SharedLearning};
    const auto hits = library.search(r);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].title.text, "Alarms people cannot hear");
    EXPECT_EQ(hits[0].snippet.text, "Look for: a second person standing in as the alarm · machines louder than the "
                                    "alarm");
    EXPECT_EQ(hits[0].snippet.marks.size(), 2u);

    const auto all = library.learnings();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].learning.title, other.title) << "newest first";
    EXPECT_EQ(all[0].place.teamName, "Packaging line 3");
    EXPECT_EQ(all[1].learning.lookFors.size(), 2u);
    LibraryFilter f;
    f.use = Use::Event;
    ASSERT_EQ(library.learnings(f).size(), 1u);
    f = {};
    f.tag = "night";
    ASSERT_EQ(library.learnings(f).size(), 1u);
    EXPECT_EQ(library.learnings(f)[0].place.learningTeamId, reversing.id);
    f = {};
    f.from = at(2026, 5, 1);
    ASSERT_EQ(library.learnings(f).size(), 1u);
}

TEST_F(LibraryTest, SeenElsewhereFindsTheSamePatternInOtherLearningTeams) {
    const auto source = repo.notes(reversing.id).front(); // the alarm drowned out by the compressor
    ASSERT_NE(source.text.find("compressor"), std::string::npos);
    note(changeover, NoteKind::Story, "The compressor alarm cannot be heard at night on the line");
    note(changeover, NoteKind::Story, "A compressor was replaced in March");
    note(reversing, NoteKind::Story, "The compressor alarm again, same Learning Team");

    // The ladders' note shares alarm, compressor and the tag noise; the changeover's new one alarm,
    // compressor and night; the replaced compressor and the changeover tagged NOISE one word each, so
    // they come after them.
    const auto similar = library.seenElsewhere(source.id, 5);
    ASSERT_EQ(similar.size(), 4u);
    for (const auto& s : similar)
        EXPECT_NE(s.note.learningTeamId, reversing.id) << "only other Learning Teams";
    std::map<std::string, std::vector<std::string>> shared;
    for (int i = 0; i < 2; ++i)
        shared[similar[i].note.text] = similar[i].sharedTerms;
    EXPECT_EQ(shared["The compressor alarm cannot be heard at night on the line"],
              (std::vector<std::string>{"alarm", "compressor", "night"}));
    EXPECT_EQ(shared["Nobody hears the alarm over the compressor in aisle four"],
              (std::vector<std::string>{"alarm", "compressor", "noise"}));
    for (int i = 2; i < 4; ++i) {
        EXPECT_EQ(similar[i].sharedTerms.size(), 1u) << similar[i].note.text;
        EXPECT_EQ(similar[i].place.teamName, "Packaging line 3");
        EXPECT_EQ(similar[i].place.learningTeamTitle, "Night-shift changeover");
    }
    EXPECT_EQ(library.seenElsewhere(source.id, 1).size(), 1u);

    // A note with nothing in common with anything, and one that does not exist, have nothing elsewhere.
    const auto lonely = note(ladders, NoteKind::Story, "Zebra xylophone quartz");
    EXPECT_TRUE(library.seenElsewhere(lonely.id).empty());
    EXPECT_TRUE(library.seenElsewhere(99999).empty());
}

TEST_F(LibraryTest, TagsSayInHowManyLearningTeamsTheyWereSeen) {
    const auto use = library.tagUse();
    ASSERT_EQ(use.size(), 3u);
    EXPECT_EQ(use[0].learningTeams, 3) << "noise, Noise and NOISE are one tag";
    EXPECT_EQ(use[0].notes, 3);
    EXPECT_EQ(use[1], (TagUse{"night", 1, 2}));
    EXPECT_EQ(use[2], (TagUse{"housekeeping", 1, 1}));

    // One tag at a time, as the inspector asks: the same counts, whatever the case typed.
    EXPECT_EQ(library.tagUse("Noise"), (TagUse{"Noise", 3, 3}));
    EXPECT_EQ(library.tagUse("night"), (TagUse{"night", 1, 2}));
    EXPECT_EQ(library.tagUse("nigh"), (TagUse{"nigh", 0, 0})) << "a whole tag, not a prefix";
    note(ladders, NoteKind::Story, "Two words", {"bad day"});
    note(changeover, NoteKind::Story, "Words two", {"not a bad day"});
    EXPECT_EQ(library.tagUse("bad day"), (TagUse{"bad day", 1, 1}));
    EXPECT_EQ(library.tagUse("\"); DROP"), (TagUse{"\"); DROP", 0, 0}));
    EXPECT_EQ(library.tagUse("🙂"), (TagUse{"🙂", 0, 0}));
}

TEST_F(LibraryTest, FollowThroughListsOpenActionsAcrossTeamsAndMarksOverdue) {
    auto action = [&](const LearningTeam& lt, const std::string& title, std::optional<Date> due,
                      ActionStatus status = ActionStatus::Open) {
        Action a;
        a.learningTeamId = lt.id;
        a.title = title;
        a.due = due;
        a.status = status;
        return repo.addAction(a);
    };
    using namespace std::chrono;
    action(reversing, "Move the compressor intake", 2026y / March / 30d);
    action(reversing, "Spotter vests", 2026y / April / 10d, ActionStatus::Done);
    action(ladders, "Mark the ladder bays", 2026y / December / 1d, ActionStatus::InProgress);
    action(changeover, "Guard check card", std::nullopt);
    action(changeover, "Dropped idea", 2026y / January / 1d, ActionStatus::Dropped);

    const auto list = library.followThrough(2026y / November / 23d);
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].action.title, "Move the compressor intake");
    EXPECT_TRUE(list[0].overdue);
    EXPECT_EQ(list[0].place.learningTeamTitle, "Reversing near miss");
    EXPECT_EQ(list[1].action.title, "Mark the ladder bays");
    EXPECT_FALSE(list[1].overdue);
    EXPECT_EQ(list[2].action.title, "Guard check card");
    EXPECT_FALSE(list[2].overdue) << "no due date, never overdue";
    LibraryFilter f;
    f.teamId = packing.id;
    EXPECT_EQ(library.followThrough(2026y / November / 23d, f).size(), 1u);

    // The ladders are the dock's next Learning Team: what the reversing one left open comes up for review,
    // and nothing of another team or of a later Learning Team.
    const auto earlier = library.earlierOpenActions(ladders.id, 2026y / November / 23d);
    ASSERT_EQ(earlier.size(), 1u);
    EXPECT_EQ(earlier[0].action.title, "Move the compressor intake");
    EXPECT_TRUE(earlier[0].overdue);
    EXPECT_TRUE(library.earlierOpenActions(reversing.id, 2026y / November / 23d).empty());
    EXPECT_TRUE(library.earlierOpenActions(changeover.id, 2026y / November / 23d).empty());
}

TEST_F(LibraryTest, DeletedAndEditedItemsLeaveTheSearch) {
    auto n = repo.notes(changeover.id).front();
    n.text = "Speed against the interlock";
    repo.updateNote(n);
    EXPECT_TRUE(find("guard").empty());
    EXPECT_EQ(find("interlock").size(), 1u);
    repo.removeLearningTeam(changeover.id);
    EXPECT_TRUE(find("interlock").empty());
    EXPECT_TRUE(find("café").empty());
}

TEST_F(LibraryTest, TheOriginOfAnImportIsShown) {
    SqliteRepository elsewhere(":memory:");
    const auto lt = ltw::test::makeLearningTeam(elsewhere, "Forklift charging bay");
    elsewhere.addNote(ltw::test::makeNote(lt.id, NoteKind::Story, "Chargers share a socket with the kettle"));
    auto other = elsewhere.learningTeam(lt.id).value();
    other.facilitator = "Amara";
    elsewhere.updateLearningTeam(other);
    importBundle(repo, exportBundle(elsewhere.snapshot(lt.id)), ImportSource{"charging-bay.json"});
    const auto hits = find("kettle");
    ASSERT_EQ(hits.size(), 1u);
    ASSERT_TRUE(hits[0].place.origin);
    EXPECT_EQ(hits[0].place.origin->fileName, "charging-bay.json");
    EXPECT_EQ(hits[0].place.origin->facilitator, "Amara");
    EXPECT_EQ(hits[0].place.origin->imports, 1);
    EXPECT_FALSE(find("compressor")[0].place.origin) << "started here";
}

} // namespace
