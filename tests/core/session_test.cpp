#include "ltw/errors.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace ltw;
using namespace std::chrono_literals;
using ltw::test::makeLearningTeam;
using ltw::test::makeNote;
using ltw::test::TempDir;
using Verdict = TransitionCheck::Verdict;

namespace {

LearningTeam inPhase(Phase p) {
    LearningTeam lt;
    lt.phase = p;
    return lt;
}

const PhaseFacts kReady{5, 1, 0};

TEST(PhaseMachine, NextAndPrevious) {
    EXPECT_EQ(PhaseMachine::next(Phase::Learn), Phase::Soak);
    EXPECT_EQ(PhaseMachine::next(Phase::Share), Phase::Closed);
    EXPECT_FALSE(PhaseMachine::next(Phase::Closed));
    EXPECT_FALSE(PhaseMachine::previous(Phase::Learn));
    EXPECT_EQ(PhaseMachine::previous(Phase::Closed), Phase::Share);
}

TEST(PhaseMachine, OneStepForwardWhenReady) {
    const auto t = now();
    EXPECT_EQ(PhaseMachine::check(inPhase(Phase::Learn), Phase::Soak, kReady, t).verdict, Verdict::Allowed);
    EXPECT_EQ(PhaseMachine::check(inPhase(Phase::Soak), Phase::Solve, kReady, t).verdict, Verdict::Allowed);
    EXPECT_EQ(PhaseMachine::check(inPhase(Phase::Solve), Phase::Share, kReady, t).verdict, Verdict::Allowed);
    EXPECT_EQ(PhaseMachine::check(inPhase(Phase::Share), Phase::Closed, kReady, t).verdict, Verdict::Allowed);
}

TEST(PhaseMachine, OneStepBackIsAlwaysAllowed) {
    const PhaseFacts nothing{};
    for (Phase p : {Phase::Soak, Phase::Solve, Phase::Share, Phase::Closed})
        EXPECT_EQ(PhaseMachine::check(inPhase(p), *PhaseMachine::previous(p), nothing, now()).verdict,
                  Verdict::Allowed);
}

TEST(PhaseMachine, SkippingAndStayingAreRefusedWithAReason) {
    auto skip = PhaseMachine::check(inPhase(Phase::Learn), Phase::Solve, kReady, now());
    EXPECT_EQ(skip.verdict, Verdict::Refused);
    EXPECT_NE(skip.explanation.find("Soak"), std::string::npos) << skip.explanation;
    auto backTwo = PhaseMachine::check(inPhase(Phase::Share), Phase::Soak, kReady, now());
    EXPECT_EQ(backTwo.verdict, Verdict::Refused);
    EXPECT_NE(backTwo.explanation.find("Solve"), std::string::npos) << backTwo.explanation;
    EXPECT_EQ(PhaseMachine::check(inPhase(Phase::Solve), Phase::Solve, kReady, now()).verdict, Verdict::Refused);
    EXPECT_EQ(PhaseMachine::check(inPhase(Phase::Closed), Phase::Learn, kReady, now()).verdict, Verdict::Refused);
}

TEST(PhaseMachine, SoakWithNothingCapturedNeedsConfirmation) {
    auto c = PhaseMachine::check(inPhase(Phase::Learn), Phase::Soak, PhaseFacts{0, 0, 0}, now());
    EXPECT_EQ(c.verdict, Verdict::NeedsOverride);
    EXPECT_NE(c.explanation.find("Nothing has been captured"), std::string::npos);
}

TEST(PhaseMachine, SolveBeforeThePlannedSoakEndNeedsConfirmation) {
    auto lt = inPhase(Phase::Soak);
    const auto t = parseIsoTimestamp("2026-11-23T10:00:00Z").value();
    lt.soakPlannedEnd = t + 26h;
    auto early = PhaseMachine::check(lt, Phase::Solve, kReady, t);
    EXPECT_EQ(early.verdict, Verdict::NeedsOverride);
    EXPECT_NE(early.explanation.find("2026-11-24T12:00:00Z"), std::string::npos) << early.explanation;
    EXPECT_NE(early.explanation.find("26 hours"), std::string::npos) << early.explanation;
    EXPECT_EQ(PhaseMachine::check(lt, Phase::Solve, kReady, t + 27h).verdict, Verdict::Allowed);
}

TEST(PhaseMachine, ShareNeedsASharedLearning) {
    auto c = PhaseMachine::check(inPhase(Phase::Solve), Phase::Share, PhaseFacts{5, 0, 0}, now());
    EXPECT_EQ(c.verdict, Verdict::Refused);
    EXPECT_NE(c.explanation.find("shared learning"), std::string::npos);
    EXPECT_EQ(PhaseMachine::check(inPhase(Phase::Share), Phase::Closed, PhaseFacts{5, 0, 0}, now()).verdict,
              Verdict::Refused);
}

TEST(PhaseMachine, ShareWithOwnerlessActionsNeedsConfirmation) {
    auto c = PhaseMachine::check(inPhase(Phase::Solve), Phase::Share, PhaseFacts{5, 1, 2}, now());
    EXPECT_EQ(c.verdict, Verdict::NeedsOverride);
    EXPECT_NE(c.explanation.find("Open actions without an owner yet: 2."), std::string::npos) << c.explanation;
}

class SessionTest : public ::testing::Test {
protected:
    TempDir dir;
    SqliteRepository repo{dir / "session.ltw"};
    Session session{repo};
};

TEST_F(SessionTest, AWholeCycleIsLoggedAndBackedUp) {
    auto lt = makeLearningTeam(repo);
    repo.addNote(makeNote(lt.id, NoteKind::Story, "A good night"));
    auto soak = session.moveTo(lt.id, Phase::Soak);
    ASSERT_TRUE(soak.moved) << soak.check.explanation;
    auto stored = repo.learningTeam(lt.id).value();
    ASSERT_TRUE(stored.soakStart);
    ASSERT_TRUE(stored.soakPlannedEnd);
    EXPECT_EQ(*stored.soakPlannedEnd - *stored.soakStart, 24h);
    ASSERT_TRUE(soak.backup);
    EXPECT_TRUE(std::filesystem::exists(*soak.backup));
    EXPECT_EQ(soak.backup->parent_path(), dir / "backups");

    // Early solve: refused without the override, done with it, and the reason is kept.
    auto early = session.moveTo(lt.id, Phase::Solve);
    EXPECT_FALSE(early.moved);
    EXPECT_EQ(early.check.verdict, Verdict::NeedsOverride);
    EXPECT_EQ(repo.learningTeam(lt.id)->phase, Phase::Soak);
    auto forced = session.moveTo(lt.id, Phase::Solve, true, "The crew rotates tomorrow");
    ASSERT_TRUE(forced.moved);

    auto share = session.moveTo(lt.id, Phase::Share);
    EXPECT_FALSE(share.moved);
    EXPECT_EQ(share.check.verdict, Verdict::Refused);
    EXPECT_FALSE(session.moveTo(lt.id, Phase::Share, true).moved) << "a refusal cannot be overridden";
    SharedLearning l;
    l.learningTeamId = lt.id;
    l.title = "Night changeovers run on memory";
    repo.addSharedLearning(l);
    ASSERT_TRUE(session.moveTo(lt.id, Phase::Share).moved);
    ASSERT_TRUE(session.moveTo(lt.id, Phase::Closed).moved);
    ASSERT_TRUE(session.moveTo(lt.id, Phase::Share).moved); // reopen

    auto log = repo.phaseLog(lt.id);
    ASSERT_EQ(log.size(), 6u);
    std::vector<Phase> path;
    for (const auto& e : log)
        path.push_back(e.to);
    EXPECT_EQ(path,
              (std::vector<Phase>{Phase::Learn, Phase::Soak, Phase::Solve, Phase::Share, Phase::Closed, Phase::Share}));
    EXPECT_EQ(log[2].reason, "The crew rotates tomorrow");
    EXPECT_EQ(repo.learningTeam(lt.id)->phase, Phase::Share);

    // Each backup is a database that opens and holds the Learning Team.
    SqliteRepository copy(*soak.backup);
    EXPECT_EQ(copy.learningTeam(lt.id)->phase, Phase::Soak);
}

TEST_F(SessionTest, OverriddenMoveWithoutReasonLogsWhatWasConfirmed) {
    auto lt = makeLearningTeam(repo);
    ASSERT_TRUE(session.moveTo(lt.id, Phase::Soak, true).moved);
    EXPECT_NE(repo.phaseLog(lt.id).back().reason.find("Nothing has been captured"), std::string::npos);
}

TEST_F(SessionTest, OldBackupsArePruned) {
    Session keepTwo(repo, SessionOptions{dir / "few", 2});
    auto lt = makeLearningTeam(repo);
    repo.addNote(makeNote(lt.id, NoteKind::Story, "x"));
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(keepTwo.moveTo(lt.id, Phase::Soak).moved);
        ASSERT_TRUE(keepTwo.moveTo(lt.id, Phase::Learn).moved);
    }
    int count = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir / "few"))
        ++count;
    EXPECT_LE(count, 2);
    EXPECT_GE(count, 1);
}

TEST_F(SessionTest, UnknownLearningTeamIsAnInvalidRequest) {
    EXPECT_THROW(session.moveTo(4242, Phase::Soak), InvalidRequest);
}

} // namespace
