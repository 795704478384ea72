#include "ltw/errors.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace ltw;
using ltw::test::makeLearningTeam;
using ltw::test::makeNote;

namespace {

class ThemeTest : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    LearningTeam lt = makeLearningTeam(repo);
    std::vector<Change> changes;

    void SetUp() override {
        repo.subscribe([this](const Change& c) { changes.push_back(c); });
    }

    Theme addTheme(const std::string& name, int position = 0, Id ltId = 0) {
        return repo.addTheme(Theme{0, ltId == 0 ? lt.id : ltId, name, position, {}, {}});
    }

    Note addNote(const std::string& text, std::optional<Id> themeId) {
        auto n = makeNote(lt.id, NoteKind::HardCondition, text);
        n.themeId = themeId;
        return repo.addNote(n);
    }
};

TEST_F(ThemeTest, CrudKeepsEveryFieldAndListsByPosition) {
    auto later = addTheme("Small faults wait for the day shift", 2);
    auto first = addTheme("The far doors are another place at night 🌙", 0);
    auto tie = addTheme("", 2); // not named yet
    EXPECT_GT(first.id, 0);
    EXPECT_NE(first.created, Timestamp{});
    EXPECT_EQ(first.updated, first.created);
    EXPECT_EQ(repo.theme(first.id), first);

    auto listed = repo.themes(lt.id);
    ASSERT_EQ(listed.size(), 3u);
    EXPECT_EQ(listed[0].id, first.id);
    EXPECT_EQ(listed[1].id, later.id); // same position: the older first
    EXPECT_EQ(listed[2].id, tie.id);

    tie.name = "Workarounds nobody wrote down";
    tie.position = 1;
    repo.updateTheme(tie);
    EXPECT_EQ(repo.theme(tie.id)->name, "Workarounds nobody wrote down");
    EXPECT_GE(repo.theme(tie.id)->updated, tie.updated);
    EXPECT_EQ(repo.themes(lt.id)[1].id, tie.id);

    repo.removeTheme(first.id);
    EXPECT_FALSE(repo.theme(first.id));
    EXPECT_EQ(repo.themes(lt.id).size(), 2u);
    EXPECT_THROW(repo.removeTheme(first.id), InvalidRequest);
    EXPECT_THROW(repo.updateTheme(first), InvalidRequest);
}

TEST_F(ThemeTest, ListenersHearThemeChanges) {
    changes.clear();
    auto t = addTheme("Night is different");
    t.name = "Nights are different";
    repo.updateTheme(t);
    repo.removeTheme(t.id);
    ASSERT_EQ(changes.size(), 3u);
    const ChangeKind kinds[] = {ChangeKind::Added, ChangeKind::Updated, ChangeKind::Removed};
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(changes[i].kind, kinds[i]);
        EXPECT_EQ(changes[i].entity, EntityType::Theme);
        EXPECT_EQ(changes[i].id, t.id);
        EXPECT_EQ(changes[i].learningTeamId, lt.id);
    }
    EXPECT_EQ(std::get<Theme>(changes[2].item).name, "Nights are different");
}

TEST_F(ThemeTest, ANoteKeepsItsThemeAndCanMove) {
    auto a = addTheme("A");
    auto b = addTheme("B");
    auto n = addNote("Glare at dawn", a.id);
    EXPECT_EQ(repo.note(n.id)->themeId, a.id);
    EXPECT_EQ(*repo.note(n.id), n);
    n.themeId = b.id;
    repo.updateNote(n);
    EXPECT_EQ(repo.note(n.id)->themeId, b.id);
    n.themeId.reset(); // dragged out again
    repo.updateNote(n);
    EXPECT_FALSE(repo.note(n.id)->themeId);
}

TEST_F(ThemeTest, ANotesThemeMustBelongToItsLearningTeam) {
    auto other = makeLearningTeam(repo, "Other");
    auto foreign = addTheme("Elsewhere", 0, other.id);
    auto n = makeNote(lt.id, NoteKind::Story, "x");
    n.themeId = foreign.id;
    EXPECT_THROW(repo.addNote(n), InvalidRequest);
    n.themeId = 4242;
    EXPECT_THROW(repo.addNote(n), InvalidRequest);
    EXPECT_TRUE(repo.notes(lt.id).empty());

    auto stored = addNote("y", std::nullopt);
    stored.themeId = foreign.id;
    EXPECT_THROW(repo.updateNote(stored), InvalidRequest);
    EXPECT_FALSE(repo.note(stored.id)->themeId);
}

TEST_F(ThemeTest, AThemeStaysWithItsLearningTeam) {
    auto other = makeLearningTeam(repo, "Other");
    auto t = addTheme("Mine");
    addNote("in it", t.id);
    t.learningTeamId = other.id;
    EXPECT_THROW(repo.updateTheme(t), InvalidRequest);
    EXPECT_EQ(repo.theme(t.id)->learningTeamId, lt.id);
}

TEST_F(ThemeTest, RemovingAThemeKeepsItsNotesAndSaysSo) {
    auto doomed = addTheme("Doomed");
    auto kept = addTheme("Kept");
    auto a = addNote("a", doomed.id);
    auto b = addNote("b", doomed.id);
    auto c = addNote("c", kept.id);
    auto d = addNote("d", std::nullopt);
    changes.clear();

    repo.removeTheme(doomed.id);

    ASSERT_EQ(repo.notes(lt.id).size(), 4u);
    EXPECT_FALSE(repo.note(a.id)->themeId);
    EXPECT_FALSE(repo.note(b.id)->themeId);
    EXPECT_EQ(repo.note(c.id)->themeId, kept.id);
    EXPECT_EQ(repo.note(d.id), d);

    // One Updated change per note that was in it, carrying the note as now stored, then the removal.
    ASSERT_EQ(changes.size(), 3u);
    for (std::size_t i = 0; i < 2; ++i) {
        const Id expected = i == 0 ? a.id : b.id;
        EXPECT_EQ(changes[i].kind, ChangeKind::Updated);
        EXPECT_EQ(changes[i].entity, EntityType::Note);
        EXPECT_EQ(changes[i].id, expected);
        EXPECT_EQ(changes[i].learningTeamId, lt.id);
        EXPECT_EQ(std::get<Note>(changes[i].item), *repo.note(expected));
    }
    EXPECT_EQ(changes[2].kind, ChangeKind::Removed);
    EXPECT_EQ(changes[2].entity, EntityType::Theme);
    EXPECT_EQ(changes[2].id, doomed.id);
}

// What an undo of a removal does: the theme comes back under its id, then its notes go back into it.
TEST_F(ThemeTest, ARemovedThemeCanComeBackUnderItsId) {
    auto t = addTheme("Back again", 3);
    auto n = addNote("member", t.id);
    repo.removeTheme(t.id);
    const auto back = repo.addTheme(t);
    EXPECT_EQ(back, t);
    n = *repo.note(n.id);
    n.themeId = back.id;
    repo.updateNote(n);
    EXPECT_EQ(repo.note(n.id)->themeId, t.id);
}

TEST_F(ThemeTest, RemovingAThemeInAFailedTransactionChangesNothing) {
    auto t = addTheme("Stays");
    auto n = addNote("still in it", t.id);
    changes.clear();
    EXPECT_THROW(repo.transaction([&] {
        repo.removeTheme(t.id);
        throw std::runtime_error("changed my mind");
    }),
                 std::runtime_error);
    EXPECT_TRUE(changes.empty());
    EXPECT_TRUE(repo.theme(t.id));
    EXPECT_EQ(repo.note(n.id)->themeId, t.id);
}

TEST_F(ThemeTest, ListenersHearOfTheClearedNotesOnlyAfterTheCommit) {
    auto t = addTheme("Grouped");
    addNote("one", t.id);
    changes.clear();
    std::size_t heardInside = 99;
    repo.transaction([&] {
        repo.removeTheme(t.id);
        heardInside = changes.size();
    });
    EXPECT_EQ(heardInside, 0u);
    EXPECT_EQ(changes.size(), 2u);
}

TEST_F(ThemeTest, GoWithTheirLearningTeamAndShowInTheSnapshot) {
    auto t = addTheme("Grouped");
    auto n = addNote("one", t.id);
    auto s = repo.snapshot(lt.id);
    ASSERT_EQ(s.themes.size(), 1u);
    EXPECT_EQ(s.themes[0], t);
    EXPECT_EQ(s.notes[0].themeId, t.id);

    repo.removeNote(n.id); // a theme may be left empty
    EXPECT_TRUE(repo.theme(t.id));
    repo.removeLearningTeam(lt.id);
    EXPECT_FALSE(repo.theme(t.id));
    EXPECT_EQ(repo.database().sql().execAndGet("SELECT count(*) FROM theme").getInt(), 0);
    EXPECT_TRUE(repo.database().checkIntegrity().ok);
}

} // namespace
