// The timeline of an event in the core: reading a typed line, the running clock over midnight, the order
// by time, where a new moment goes, gaps; moments stored, ordered, linked, snapshotted, restored, carried
// by bundles (redacted) and the organisation library, and found by search.
#include "ltw/bundle.hpp"
#include "ltw/org/org_store.hpp"
#include "ltw/org/org_sync.hpp"
#include "ltw/restore.hpp"
#include "ltw/sample.hpp"
#include "ltw/sqlite_library.hpp"
#include "ltw/sqlite_repository.hpp"
#include "ltw/timeline.hpp"
#include "org_support.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace ltw;
using namespace ltw::test;

namespace {

TimelineMoment at(std::optional<int> minute, const std::string& text, std::optional<Date> day = std::nullopt) {
    TimelineMoment m;
    m.minute = minute;
    m.text = text;
    m.day = day;
    return m;
}

int hm(int h, int m) { return h * 60 + m; }

std::vector<std::string> texts(const std::vector<TimelineMoment>& moments) {
    std::vector<std::string> out;
    for (const auto& m : moments)
        out.push_back(m.text);
    return out;
}

TEST(Timeline, ALineGivesItsLeadingTimeAndTheRestIsWhatHappened) {
    auto line = parseMomentLine("02:05 the door 7 printer jams again");
    EXPECT_EQ(line.minute, hm(2, 5));
    EXPECT_EQ(line.text, "the door 7 printer jams again");
    EXPECT_FALSE(line.day);
    EXPECT_EQ(parseMomentLine("2:05 jams").minute, hm(2, 5));
    EXPECT_EQ(parseMomentLine("14.30 shift meeting").minute, hm(14, 30));
    EXPECT_EQ(parseMomentLine("2h05 jams").minute, hm(2, 5));
    EXPECT_EQ(parseMomentLine("2:05 pm the lorry arrives").minute, hm(14, 5));
    EXPECT_EQ(parseMomentLine("12:10am the lorry arrives").minute, hm(0, 10));
    EXPECT_EQ(parseMomentLine("02:05 - the printer jams").text, "the printer jams");
    const auto dated = parseMomentLine("2026-11-20 23:50 the alarm sounds");
    EXPECT_EQ(dated.day, parseIsoDate("2026-11-20"));
    EXPECT_EQ(dated.minute, hm(23, 50));
    EXPECT_EQ(dated.text, "the alarm sounds");
    // No time: the whole line is what happened.
    for (const char* text : {"the printer jams", "3.5 tonnes on the forks", "25:10 is no time", "7:5 neither",
                             "02:05pmx jams", "door 7 at 02:05"}) {
        const auto read = parseMomentLine(text);
        EXPECT_FALSE(read.minute) << text;
        EXPECT_EQ(read.text, text);
    }
    EXPECT_EQ(clockText(hm(2, 5)), "02:05");
    EXPECT_EQ(clockText(std::nullopt), "");
}

TEST(Timeline, TheClockRunsOnOverMidnight) {
    const std::vector<TimelineMoment> night = {at(hm(22, 0), "shift starts"), at(std::nullopt, "no time known"),
                                               at(hm(1, 20), "late trailers"), at(hm(2, 5), "the stop")};
    const auto running = runningMinutes(night);
    EXPECT_EQ(running[0], hm(22, 0));
    EXPECT_FALSE(running[1]);
    EXPECT_EQ(running[2], hm(25, 20)) << "after midnight";
    EXPECT_EQ(running[3], hm(26, 5));
    const auto gaps = gapsBefore(night);
    EXPECT_FALSE(gaps[0]);
    EXPECT_FALSE(gaps[1]);
    EXPECT_EQ(gaps[2], hm(3, 20)) << "from the timed moment before, passing over the one without a time";
    EXPECT_EQ(gaps[3], 45);
    EXPECT_EQ(gapText(45), "45 min");
    EXPECT_EQ(gapText(hm(3, 20)), "3 h 20 min");
    EXPECT_EQ(gapText(60), "1 h");
    EXPECT_EQ(gapText(24 * 60 + 61), "1 day 1 h 1 min");
    EXPECT_EQ(gapText(-12), "12 min earlier");
}

TEST(Timeline, DatesOrderMomentsAcrossDays) {
    const auto d1 = parseIsoDate("2026-11-19");
    const auto d2 = parseIsoDate("2026-11-20");
    const std::vector<TimelineMoment> days = {at(hm(9, 0), "day two", d2), at(hm(23, 0), "day one", d1),
                                              at(hm(10, 0), "day two later")};
    const auto running = runningMinutes(days);
    EXPECT_LT(*running[1], *running[0]);
    EXPECT_EQ(*running[2] - *running[0], 60) << "a moment without a date takes the date of the last dated one";
    EXPECT_EQ(texts(orderedByTime(days)), (std::vector<std::string>{"day one", "day two", "day two later"}));
}

TEST(Timeline, OrderByTimeKeepsUntimedMomentsAfterTheOneTheyFollowed) {
    const std::vector<TimelineMoment> typed = {at(std::nullopt, "before anything"), at(hm(1, 50), "printer jams"),
                                               at(std::nullopt, "fridge unit running"), at(hm(1, 20), "late trailers"),
                                               at(hm(1, 50), "walkway blocked")};
    EXPECT_EQ(texts(orderedByTime(typed)), (std::vector<std::string>{"before anything", "late trailers", "printer jams",
                                                                     "fridge unit running", "walkway blocked"}));
    const auto gaps = gapsBefore(typed);
    EXPECT_EQ(gaps[3], -30) << "placed by hand against the clock";
}

TEST(Timeline, ANewMomentGoesWhereItsTimePutsIt) {
    const std::vector<TimelineMoment> night = {at(std::nullopt, "opening"), at(hm(22, 0), "shift starts"),
                                               at(hm(1, 20), "late trailers"), at(std::nullopt, "door 7 opened"),
                                               at(hm(2, 5), "the stop")};
    EXPECT_EQ(timePosition(night, at(hm(23, 0), "x")), 2);
    EXPECT_EQ(timePosition(night, at(hm(1, 50), "x")), 4) << "after the untimed moment that follows 01:20";
    EXPECT_EQ(timePosition(night, at(hm(6, 0), "x")), 5) << "after midnight, at the end";
    EXPECT_EQ(timePosition(night, at(hm(21, 0), "x")), 1) << "the evening before: first of the timed";
    EXPECT_EQ(timePosition(night, at(std::nullopt, "x")), 5) << "no time: at the end";
    EXPECT_EQ(timePosition({}, at(hm(2, 0), "x")), 0);
}

class TimelineStore : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    LearningTeam lt = makeLearningTeam(repo);
};

TEST_F(TimelineStore, MomentsAreStoredInOrderAndTheirLinksGoWithThem) {
    std::vector<Change> heard;
    repo.subscribe([&](const Change& c) { heard.push_back(c); });
    auto late =
        repo.addMoment(TimelineMoment{0, lt.id, 1, std::nullopt, hm(2, 5), "the stop", "door 7", "driver", {}, {}});
    auto early = repo.addMoment(TimelineMoment{
        0, lt.id, 0, parseIsoDate("2026-11-20"), std::nullopt, "pallets stacked", "walkway", "", {}, {}});
    ASSERT_EQ(heard.size(), 2u);
    EXPECT_EQ(heard[0].entity, EntityType::Moment);
    EXPECT_EQ(std::get<TimelineMoment>(heard[0].item), late);
    EXPECT_EQ(texts(repo.moments(lt.id)), (std::vector<std::string>{"pallets stacked", "the stop"}));
    EXPECT_EQ(repo.moment(early.id)->day, parseIsoDate("2026-11-20"));
    EXPECT_FALSE(repo.moment(early.id)->minute);
    EXPECT_EQ(repo.moment(late.id)->minute, hm(2, 5));

    const auto note = repo.addNote(makeNote(lt.id, NoteKind::HardCondition, "fridge units drown the beeper"));
    const auto step = repo.addWorkStep(WorkStep{0, lt.id, StepTrack::Done, 0, "reverse on the mirror"});
    repo.addLink(Link{0, lt.id, {ItemType::Note, note.id}, {ItemType::Moment, late.id}, LinkKind::AttachedTo});
    repo.addLink(Link{0, lt.id, {ItemType::Moment, late.id}, {ItemType::WorkStep, step.id}, LinkKind::AttachedTo});
    const auto snapshot = repo.snapshot(lt.id);
    EXPECT_EQ(snapshot.moments.size(), 2u);
    repo.removeMoment(late.id);
    EXPECT_TRUE(repo.links(lt.id).empty()) << "the links of a moment go with it";

    // A moment of another Learning Team cannot be linked here.
    auto other = makeLearningTeam(repo, "Another");
    auto foreign = repo.addMoment(TimelineMoment{0, other.id, 0, {}, {}, "elsewhere", "", "", {}, {}});
    EXPECT_ANY_THROW(
        repo.addLink(Link{0, lt.id, {ItemType::Note, note.id}, {ItemType::Moment, foreign.id}, LinkKind::AttachedTo}));

    // A deleted Learning Team comes back with its timeline.
    repo.removeLearningTeam(lt.id);
    restoreLearningTeam(repo, snapshot);
    EXPECT_EQ(repo.snapshot(lt.id), snapshot);
    EXPECT_TRUE(repo.database().checkIntegrity().ok);
}

TEST_F(TimelineStore, AClockTimeOutsideTheDayIsRefusedByTheDatabase) {
    EXPECT_ANY_THROW(repo.addMoment(TimelineMoment{0, lt.id, 0, {}, 24 * 60, "never", "", "", {}, {}}));
    EXPECT_TRUE(repo.moments(lt.id).empty());
}

TEST_F(TimelineStore, SearchFindsMomentsByWhatWhereAndWho) {
    repo.addMoment(
        TimelineMoment{0, lt.id, 0, {}, hm(1, 50), "The label printer jams again", "Door seven", "loader", {}, {}});
    SqliteLibrary library(repo);
    SearchRequest request;
    request.text = "printer jams";
    auto hits = library.search(request);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].type, ItemType::Moment);
    EXPECT_EQ(hits[0].title.text, "01:50");
    EXPECT_NE(hits[0].snippet.text.find("printer"), std::string::npos);
    EXPECT_EQ(hits[0].place.learningTeamId, lt.id);
    request.text = "seven";
    hits = library.search(request);
    ASSERT_EQ(hits.size(), 1u) << "where it happened is searched";
    EXPECT_EQ(hits[0].snippet.text, "Where, who: Door seven · loader");
    EXPECT_EQ(hits[0].snippet.marks.size(), 1u);
}

TEST_F(TimelineStore, BundlesCarryTheTimelineWithoutNamesAndBringItBack) {
    const auto driver = repo.addParticipant(Participant{0, lt.id, "forklift driver", "Ada Quist"});
    (void)driver;
    const auto m = repo.addMoment(TimelineMoment{0,
                                                 lt.id,
                                                 0,
                                                 parseIsoDate("2026-11-20"),
                                                 hm(2, 5),
                                                 "Ada Quist stops hard <b>&\"",
                                                 "door 7",
                                                 "Ada Quist",
                                                 {},
                                                 {}});
    const auto note = repo.addNote(makeNote(lt.id, NoteKind::Adaptation, "two horn blasts"));
    repo.addLink(Link{0, lt.id, {ItemType::Note, note.id}, {ItemType::Moment, m.id}, LinkKind::AttachedTo});
    const auto text = exportBundle(repo.snapshot(lt.id));
    EXPECT_EQ(text.find("Ada"), std::string::npos) << "a name in a moment gives way to the role";
    EXPECT_NE(text.find("\"who\": \"[forklift driver]\""), std::string::npos);
    EXPECT_NE(text.find("\"time\": \"02:05\""), std::string::npos);
    EXPECT_NE(text.find("\"day\": \"2026-11-20\""), std::string::npos);

    SqliteRepository other(":memory:");
    const auto result = importBundle(other, text);
    const auto copy = other.snapshot(result.learningTeamId);
    ASSERT_EQ(copy.moments.size(), 1u);
    EXPECT_EQ(copy.moments[0].minute, hm(2, 5));
    EXPECT_EQ(copy.moments[0].day, parseIsoDate("2026-11-20"));
    EXPECT_EQ(copy.moments[0].text, "[forklift driver] stops hard <b>&\"");
    ASSERT_EQ(copy.links.size(), 1u);
    EXPECT_EQ(copy.links[0].to, (ItemRef{ItemType::Moment, copy.moments[0].id}));

    // A time that is no time is refused, naming the field, and nothing is imported.
    auto broken = text;
    broken.replace(broken.find("\"time\": \"02:05\""), 15, "\"time\": \"26:05\"");
    SqliteRepository third(":memory:");
    try {
        importBundle(third, broken);
        FAIL() << "a bundle with an impossible time was imported";
    } catch (const BundleError& e) {
        EXPECT_NE(std::string(e.what()).find("moments[0].time"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(third.learningTeams().empty());
}

TEST_F(TimelineStore, TheOrganisationLibraryFindsMomentsOfOtherSites) {
    SqliteRepository source(":memory:");
    auto elsewhereLt = makeLearningTeam(source, "Cold store");
    source.addMoment(
        TimelineMoment{0, elsewhereLt.id, 0, {}, hm(3, 15), "The freezer door sticks open", "Bay 2", "picker", {}, {}});
    const auto published = Published{elsewhereLt.uid, exportBundle(source.snapshot(elsewhereLt.id))};
    org::OrgStore store(repo);
    std::vector<std::string> refusals;
    store.applyPage({publicationRow(1, published, 1, 1)}, refusals);
    EXPECT_TRUE(refusals.empty());
    SearchRequest request;
    request.text = "freezer";
    const auto hits = store.search(request);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].type, ItemType::Moment);
    EXPECT_EQ(hits[0].title.text, "03:15");
    request.text = "bay";
    EXPECT_EQ(store.search(request).size(), 1u) << "where it happened is searched too";
}

TEST(TimelineSample, TheNearMissHasItsNightMomentByMoment) {
    SqliteRepository repo(":memory:");
    const auto s = repo.snapshot(addSampleLearningTeam(repo).id);
    ASSERT_GE(s.moments.size(), 10u);
    EXPECT_TRUE(s.moments[1].day) << "the first timed moment says which night";
    const auto running = runningMinutes(s.moments);
    std::optional<std::int64_t> last;
    for (std::size_t i = 0; i < s.moments.size(); ++i) {
        EXPECT_EQ(s.moments[i].position, static_cast<int>(i));
        if (running[i]) {
            if (last) {
                EXPECT_GE(*running[i], *last) << s.moments[i].text << ": the night runs forwards";
            }
            last = running[i];
        }
        for (const auto& p : s.participants)
            if (!p.name.empty()) {
                EXPECT_EQ(s.moments[i].who.find(p.name), std::string::npos) << "roles, never names";
            }
    }
    int attached = 0;
    for (const auto& l : s.links)
        if (l.to.type == ItemType::Moment || l.from.type == ItemType::Moment)
            ++attached;
    EXPECT_GE(attached, 15);
}

} // namespace

namespace {

// A copy imported from a version 3 bundle (no timeline) is not taken for one changed here, nor a bundle of
// the same content in version 4 for a newer one.
TEST(TimelineBundles, WithoutATimelineTheFingerprintIsTheSameInVersionsThreeAndFour) {
    SqliteRepository source(":memory:");
    auto lt = makeLearningTeam(source);
    source.addNote(makeNote(lt.id, NoteKind::Story, "The night the printer jammed"));
    const auto v4 = exportBundle(source.snapshot(lt.id));
    auto doc = nlohmann::ordered_json::parse(v4);
    ASSERT_TRUE(doc.contains("moments"));
    doc.erase("moments");
    doc["version"] = 3;
    SqliteRepository here(":memory:");
    importBundle(here, doc.dump(2));
    // The same content, said to be a later revision: the fingerprints agree, so there is nothing new.
    auto later = nlohmann::ordered_json::parse(v4);
    later["revision"] = later["revision"].get<std::int64_t>() + 1;
    const auto plan = planImport(here, later.dump(2));
    EXPECT_EQ(plan.situation, ImportSituation::UpToDate);
    EXPECT_FALSE(plan.mine.any());
}

} // namespace
