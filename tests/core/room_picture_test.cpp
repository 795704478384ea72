#include "ltw/room_picture.hpp"
#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace ltw;

namespace {

std::string everyText(const RoomPicture& p) {
    std::string all = p.title + "\n" + p.subtitle + "\n";
    for (const auto& c : p.columns) {
        all += c.heading + "\n";
        for (const auto& card : c.cards) {
            all += card.text + "\n" + card.detail + "\n";
            for (const auto& line : card.lines)
                all += line + "\n";
        }
    }
    return all;
}

class RoomPictureTest : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    LearningTeam sample = addSampleLearningTeam(repo);
    LearningTeamSnapshot snapshot = repo.snapshot(sample.id);
};

TEST_F(RoomPictureTest, EveryPhaseHasAPictureAndNoneShowsAName) {
    for (auto phase : allValues<Phase>()) {
        const auto picture = buildRoomPicture(snapshot, phase);
        EXPECT_FALSE(picture.empty()) << toString(phase);
        const auto text = everyText(picture);
        for (const auto& p : snapshot.participants) {
            ASSERT_FALSE(p.name.empty());
            EXPECT_EQ(text.find(p.name), std::string::npos) << toString(phase) << ": " << p.name;
            const auto first = p.name.substr(0, p.name.find(' '));
            EXPECT_EQ(text.find(first + " "), std::string::npos) << toString(phase) << ": " << first;
        }
        for (const auto& n : snapshot.notes) {
            if (n.facilitatorOnly) {
                EXPECT_EQ(text.find(n.text), std::string::npos) << "a private note in " << toString(phase);
            }
        }
    }
}

TEST_F(RoomPictureTest, LearnShowsLanesByKindWithTheNewestMarked) {
    auto n = ltw::test::makeNote(sample.id, NoteKind::WeakSignal, "Just heard: the mirror at door 9 is cracked");
    n.created = now() + std::chrono::hours{1};
    repo.addNote(n);
    const auto picture = buildRoomPicture(repo.snapshot(sample.id), Phase::Learn);
    int newest = 0;
    for (const auto& c : picture.columns)
        for (const auto& card : c.cards)
            if (card.newest) {
                ++newest;
                EXPECT_EQ(card.text, "Just heard: the mirror at door 9 is cracked");
                EXPECT_EQ(c.heading, "Weak signal");
            }
    EXPECT_EQ(newest, 1);
    EXPECT_EQ(picture.columns.front().heading, "Story");
}

TEST_F(RoomPictureTest, SoakShowsThemesSolveShowsDefensesGapsAndActionsShareShowsLookFors) {
    const auto soak = buildRoomPicture(snapshot, Phase::Soak);
    ASSERT_GE(soak.columns.size(), snapshot.themes.size());
    EXPECT_EQ(soak.columns.front().heading, snapshot.themes.front().name);

    const auto solve = buildRoomPicture(snapshot, Phase::Solve);
    const auto text = everyText(solve);
    EXPECT_NE(text.find("Gaps: nothing answers these yet"), std::string::npos);
    EXPECT_NE(text.find(snapshot.defenses.front().title), std::string::npos);
    EXPECT_EQ(solve.columns.back().heading, "Actions");
    // Each defense is one card: whole, its rating in words, the notes it answers under it.
    ASSERT_EQ(solve.columns.front().heading, "Defenses");
    ASSERT_EQ(solve.columns.front().cards.size(), snapshot.defenses.size());
    for (std::size_t i = 0; i < snapshot.defenses.size(); ++i) {
        const auto& d = snapshot.defenses[i];
        const auto& card = solve.columns.front().cards[i];
        EXPECT_EQ(card.text, d.title);
        if (d.kind == DefenseKind::New) {
            EXPECT_EQ(card.detail, "New, to build");
        } else if (d.rating) {
            EXPECT_EQ(card.detail, label(*d.rating));
        }
    }
    EXPECT_TRUE(std::any_of(solve.columns.front().cards.begin(), solve.columns.front().cards.end(),
                            [](const RoomCard& c) { return !c.lines.empty(); }))
        << "the notes a defense answers are on its card";
    for (const auto& a : snapshot.actions)
        EXPECT_EQ(text.find(a.owner), std::string::npos) << "owners stay on the laptop: " << a.owner;

    const auto share = buildRoomPicture(snapshot, Phase::Share);
    ASSERT_EQ(share.columns.size(), snapshot.learnings.size());
    EXPECT_NE(everyText(share).find(snapshot.learnings.front().lookFors.front()), std::string::npos);
}

TEST_F(RoomPictureTest, SpotlightShowsOneVisibleNoteOnly) {
    const auto& first = snapshot.notes.front();
    const auto spot = spotlightPicture(snapshot, first.id);
    ASSERT_TRUE(spot);
    ASSERT_EQ(spot->columns.size(), 1u);
    ASSERT_EQ(spot->columns[0].cards.size(), 1u);
    for (const auto& n : snapshot.notes) {
        if (n.facilitatorOnly) {
            EXPECT_FALSE(spotlightPicture(snapshot, n.id)) << "a private note is never spotlit";
        }
    }
    EXPECT_FALSE(spotlightPicture(snapshot, 999999));
}

} // namespace
