#include "ltw/errors.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace ltw;
using ltw::test::makeLearningTeam;
using ltw::test::makeNote;

namespace {

class RepositoryTest : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    std::vector<Change> changes;
    int handle = 0;

    void SetUp() override {
        handle = repo.subscribe([this](const Change& c) { changes.push_back(c); });
    }

    Participant addParticipant(Id ltId, const std::string& role, const std::string& name = {}) {
        return repo.addParticipant(Participant{0, ltId, role, name});
    }

    int count(const std::string& sql) { return repo.database().sql().execAndGet(sql).getInt(); }
};

TEST_F(RepositoryTest, TeamCrud) {
    auto t = repo.addTeam(Team{0, "Dock crew", "North DC", {}});
    EXPECT_GT(t.id, 0);
    EXPECT_NE(t.created, Timestamp{});
    EXPECT_EQ(repo.team(t.id), t);
    t.site = "South DC";
    repo.updateTeam(t);
    EXPECT_EQ(repo.team(t.id)->site, "South DC");
    repo.addTeam(Team{0, "assembly", "", {}});
    ASSERT_EQ(repo.teams().size(), 2u);
    EXPECT_EQ(repo.teams()[0].name, "assembly"); // sorted by name, ignoring case
    repo.removeTeam(t.id);
    EXPECT_FALSE(repo.team(t.id));
    EXPECT_EQ(repo.teams().size(), 1u);
}

TEST_F(RepositoryTest, LearningTeamCrudAndSummaries) {
    auto lt = makeLearningTeam(repo);
    EXPECT_EQ(lt.uid.size(), 32u);
    auto read = repo.learningTeam(lt.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->title, "Night-shift changeover");
    EXPECT_EQ(read->phase, Phase::Learn);
    lt.sponsor = "Plant manager";
    lt.soakPlannedEnd = now() + std::chrono::hours{30};
    repo.updateLearningTeam(lt);
    read = repo.learningTeam(lt.id);
    EXPECT_EQ(read->sponsor, "Plant manager");
    EXPECT_EQ(read->soakPlannedEnd, lt.soakPlannedEnd);
    EXPECT_TRUE(read->redactions.empty());
    lt.redactions = {{"Dock 4", "[a loading dock]"}, {"FL-\"07\"", "[a forklift]"}};
    repo.updateLearningTeam(lt);
    EXPECT_EQ(repo.learningTeam(lt.id)->redactions, lt.redactions);
    EXPECT_EQ(repo.learningTeamByUid(lt.uid)->id, lt.id);
    EXPECT_FALSE(repo.learningTeamByUid("nope"));

    auto second = makeLearningTeam(repo, "Forklift near miss");
    repo.addNote(makeNote(second.id, NoteKind::Story, "one"));
    repo.addNote(makeNote(second.id, NoteKind::Story, "two"));
    auto summaries = repo.learningTeamSummaries();
    ASSERT_EQ(summaries.size(), 2u);
    EXPECT_EQ(summaries[0].noteCount + summaries[1].noteCount, 2);
    EXPECT_EQ(summaries[0].team.name, "Packaging line 3");
    EXPECT_EQ(repo.learningTeams().size(), 2u);
    EXPECT_EQ(repo.learningTeams(lt.teamId).size(), 1u);

    repo.removeLearningTeam(second.id);
    EXPECT_FALSE(repo.learningTeam(second.id));
    EXPECT_EQ(count("SELECT count(*) FROM note"), 0); // everything under it went with it
}

TEST_F(RepositoryTest, ParticipantCrud) {
    auto lt = makeLearningTeam(repo);
    auto p = addParticipant(lt.id, "night-shift operator", "Rosa Diaz");
    EXPECT_EQ(repo.participant(p.id), p);
    p.role = "line lead";
    repo.updateParticipant(p);
    EXPECT_EQ(repo.participant(p.id)->role, "line lead");
    addParticipant(lt.id, "maintenance tech");
    EXPECT_EQ(repo.participants(lt.id).size(), 2u);
    auto n = makeNote(lt.id, NoteKind::Story, "told by Rosa");
    n.tellerId = p.id;
    n = repo.addNote(n);
    repo.removeParticipant(p.id);
    EXPECT_FALSE(repo.participant(p.id));
    EXPECT_FALSE(repo.note(n.id)->tellerId); // the note stays, its teller is forgotten
}

TEST_F(RepositoryTest, NoteCrudKeepsEveryField) {
    auto lt = makeLearningTeam(repo);
    auto teller = addParticipant(lt.id, "operator");
    Note n = makeNote(lt.id, NoteKind::Adaptation, "We prop the guard open with a wedge 🚪");
    n.tellerId = teller.id;
    n.tags = {"guarding", "changeover"};
    n.position = {120.5, -40};
    n.facilitatorOnly = true;
    n.phase = Phase::Soak;
    auto stored = repo.addNote(n);
    EXPECT_GT(stored.id, 0);
    auto read = repo.note(stored.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, stored);
    EXPECT_EQ(read->tags, (std::vector<std::string>{"guarding", "changeover"}));

    read->text = "Edited";
    read->kind = NoteKind::Tradeoff;
    repo.updateNote(*read);
    EXPECT_EQ(repo.note(stored.id)->text, "Edited");
    EXPECT_EQ(repo.note(stored.id)->kind, NoteKind::Tradeoff);
    EXPECT_GE(repo.note(stored.id)->updated, stored.updated);

    repo.removeNote(stored.id);
    EXPECT_FALSE(repo.note(stored.id));
    EXPECT_THROW(repo.removeNote(stored.id), InvalidRequest);
    EXPECT_THROW(repo.updateNote(*read), InvalidRequest);
}

TEST_F(RepositoryTest, NoteAddedWithAnIdComesBackUnderIt) {
    auto lt = makeLearningTeam(repo);
    auto stored = repo.addNote(makeNote(lt.id, NoteKind::Story, "Undo me"));
    repo.removeNote(stored.id);
    auto back = repo.addNote(stored);
    EXPECT_EQ(back.id, stored.id);
    EXPECT_EQ(*repo.note(stored.id), stored);
}

TEST_F(RepositoryTest, NotesByKindAndPhase) {
    auto lt = makeLearningTeam(repo);
    repo.addNote(makeNote(lt.id, NoteKind::Story, "a"));
    repo.addNote(makeNote(lt.id, NoteKind::WeakSignal, "b"));
    auto soak = makeNote(lt.id, NoteKind::WeakSignal, "c");
    soak.phase = Phase::Soak;
    repo.addNote(soak);
    EXPECT_EQ(repo.notes(lt.id, {}).size(), 3u);
    EXPECT_EQ(repo.noteCount(lt.id), 3);
    EXPECT_EQ(repo.noteCount(lt.id + 100), 0);
    EXPECT_EQ(repo.notes(lt.id, {NoteKind::WeakSignal, std::nullopt}).size(), 2u);
    EXPECT_EQ(repo.notes(lt.id, {NoteKind::WeakSignal, Phase::Soak}).size(), 1u);
    EXPECT_EQ(repo.notes(lt.id, {std::nullopt, Phase::Learn}).size(), 2u);
}

TEST_F(RepositoryTest, TellerMustBelongToTheLearningTeam) {
    auto a = makeLearningTeam(repo, "A");
    auto b = makeLearningTeam(repo, "B");
    auto stranger = addParticipant(b.id, "visitor");
    auto n = makeNote(a.id, NoteKind::Story, "x");
    n.tellerId = stranger.id;
    EXPECT_THROW(repo.addNote(n), InvalidRequest);
    EXPECT_EQ(repo.notes(a.id, {}).size(), 0u);
}

TEST_F(RepositoryTest, WorkStepCrudInOrder) {
    auto lt = makeLearningTeam(repo);
    repo.addWorkStep(WorkStep{0, lt.id, StepTrack::Done, 1, "second done"});
    auto first = repo.addWorkStep(WorkStep{0, lt.id, StepTrack::Done, 0, "first done"});
    repo.addWorkStep(WorkStep{0, lt.id, StepTrack::Imagined, 0, "as written"});
    auto done = repo.workSteps(lt.id, StepTrack::Done);
    ASSERT_EQ(done.size(), 2u);
    EXPECT_EQ(done[0].text, "first done");
    first.text = "first, really";
    repo.updateWorkStep(first);
    EXPECT_EQ(repo.workStep(first.id)->text, "first, really");
    repo.removeWorkStep(first.id);
    EXPECT_EQ(repo.workSteps(lt.id, std::nullopt).size(), 2u);
}

TEST_F(RepositoryTest, DefensesWithTheirLinksAndActions) {
    auto lt = makeLearningTeam(repo);
    auto hard = repo.addNote(makeNote(lt.id, NoteKind::HardCondition, "Glare on the screen at dawn"));
    auto signal = repo.addNote(makeNote(lt.id, NoteKind::WeakSignal, "Alarms acknowledged without reading"));
    auto existing = repo.addDefense(
        Defense{0, lt.id, DefenseKind::Existing, DefenseRating::Degraded, "Alarm review at handover", "", {}, {}});
    auto fresh = repo.addDefense(Defense{0, lt.id, DefenseKind::New, std::nullopt, "Anti-glare hood", "", {}, {}});
    repo.addLink(Link{0, lt.id, {ItemType::Defense, existing.id}, {ItemType::Note, signal.id}, LinkKind::Answers});
    repo.addLink(Link{0, lt.id, {ItemType::Note, hard.id}, {ItemType::Defense, fresh.id}, LinkKind::Answers});
    Action a;
    a.learningTeamId = lt.id;
    a.title = "Fit hoods on both screens";
    a.defenseId = fresh.id;
    repo.addAction(a);

    EXPECT_EQ(repo.defense(fresh.id)->rating, std::nullopt);
    auto list = repo.defensesWithLinks(lt.id);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].defense.id, existing.id);
    ASSERT_EQ(list[0].answers.size(), 1u);
    EXPECT_EQ(list[0].answers[0].id, signal.id);
    ASSERT_EQ(list[1].answers.size(), 1u);
    EXPECT_EQ(list[1].answers[0].id, hard.id);
    ASSERT_EQ(list[1].actions.size(), 1u);

    // Only an Answers link makes a defense answer a note.
    repo.addLink(Link{0, lt.id, {ItemType::Note, hard.id}, {ItemType::Defense, existing.id}, LinkKind::LeadsTo});
    EXPECT_EQ(repo.defensesWithLinks(lt.id)[0].answers.size(), 1u);

    existing.rating = DefenseRating::HardToUse;
    repo.updateDefense(existing);
    EXPECT_EQ(repo.defense(existing.id)->rating, DefenseRating::HardToUse);
    repo.removeDefense(fresh.id);
    EXPECT_EQ(repo.links(lt.id).size(), 2u);        // its link went with it
    EXPECT_FALSE(repo.actions(lt.id)[0].defenseId); // the action stays, unlinked
}

TEST_F(RepositoryTest, ActionCrudAndOpenActions) {
    auto lt = makeLearningTeam(repo);
    Action a;
    a.learningTeamId = lt.id;
    a.title = "Move the label printer";
    a.owner = "Shift lead";
    a.due = Date{std::chrono::year{2027}, std::chrono::month{1}, std::chrono::day{15}};
    a.successMeasure = "No walking across the dock to fetch labels";
    a.votes = 4;
    auto stored = repo.addAction(a);
    EXPECT_EQ(*repo.action(stored.id), stored);
    Action later = a;
    later.title = "Later one";
    later.due = Date{std::chrono::year{2027}, std::chrono::month{3}, std::chrono::day{1}};
    repo.addAction(later);
    Action done = a;
    done.title = "Done one";
    done.status = ActionStatus::Done;
    repo.addAction(done);
    auto open = repo.openActions(lt.id);
    ASSERT_EQ(open.size(), 2u);
    EXPECT_EQ(open[0].title, "Move the label printer"); // earliest due first
    EXPECT_EQ(repo.openActions(std::nullopt).size(), 2u);
    stored.status = ActionStatus::InProgress;
    repo.updateAction(stored);
    EXPECT_EQ(repo.openActions(lt.id).size(), 2u);
    repo.removeAction(stored.id);
    EXPECT_EQ(repo.actions(lt.id).size(), 2u);

    auto other = makeLearningTeam(repo, "Other");
    auto foreignDefense = repo.addDefense(Defense{0, other.id, DefenseKind::New, std::nullopt, "x", "", {}, {}});
    a.defenseId = foreignDefense.id;
    EXPECT_THROW(repo.addAction(a), InvalidRequest);
}

TEST_F(RepositoryTest, SharedLearningCrud) {
    auto lt = makeLearningTeam(repo);
    SharedLearning l;
    l.learningTeamId = lt.id;
    l.title = "Handovers hide alarms";
    l.lookFors = {"Alarms acknowledged in bulk", "Handover notes that say 'all normal'"};
    l.audience = "All control rooms";
    auto stored = repo.addSharedLearning(l);
    EXPECT_EQ(*repo.sharedLearning(stored.id), stored);
    stored.lookFors.push_back("A third");
    repo.updateSharedLearning(stored);
    EXPECT_EQ(repo.sharedLearning(stored.id)->lookFors.size(), 3u);
    repo.removeSharedLearning(stored.id);
    EXPECT_TRUE(repo.sharedLearnings(lt.id).empty());
}

TEST_F(RepositoryTest, LinkCrudAndScope) {
    auto lt = makeLearningTeam(repo);
    auto story = repo.addNote(makeNote(lt.id, NoteKind::Story, "story"));
    auto cond = repo.addNote(makeNote(lt.id, NoteKind::HardCondition, "condition"));
    auto link = repo.addLink(Link{0, lt.id, {ItemType::Note, story.id}, {ItemType::Note, cond.id}, LinkKind::LeadsTo});
    EXPECT_EQ(*repo.link(link.id), link);
    link.kind = LinkKind::DrawsOn;
    repo.updateLink(link);
    EXPECT_EQ(repo.link(link.id)->kind, LinkKind::DrawsOn);
    EXPECT_THROW(
        repo.addLink(Link{0, lt.id, {ItemType::Note, story.id}, {ItemType::Note, story.id}, LinkKind::LeadsTo}),
        InvalidRequest);
    auto other = makeLearningTeam(repo, "Other");
    auto elsewhere = repo.addNote(makeNote(other.id, NoteKind::Story, "elsewhere"));
    EXPECT_THROW(
        repo.addLink(Link{0, lt.id, {ItemType::Note, story.id}, {ItemType::Note, elsewhere.id}, LinkKind::LeadsTo}),
        InvalidRequest);
    EXPECT_THROW(repo.addLink(Link{0, lt.id, {ItemType::Note, story.id}, {ItemType::Defense, 999}, LinkKind::Answers}),
                 InvalidRequest);
    repo.removeNote(cond.id);
    EXPECT_TRUE(repo.links(lt.id).empty());
}

TEST_F(RepositoryTest, PhaseLogIsAppendedWithThePhase) {
    auto lt = makeLearningTeam(repo);
    ASSERT_EQ(repo.phaseLog(lt.id).size(), 1u);
    EXPECT_FALSE(repo.phaseLog(lt.id)[0].from);
    repo.recordPhaseChange(lt.id, Phase::Soak, "");
    auto log = repo.phaseLog(lt.id);
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[1].from, Phase::Learn);
    EXPECT_EQ(log[1].to, Phase::Soak);
    EXPECT_EQ(repo.learningTeam(lt.id)->phase, Phase::Soak);
}

TEST_F(RepositoryTest, PhaseLogEntriesKeepTheirTimeOrGetNow) {
    auto lt = makeLearningTeam(repo);
    const auto past = parseIsoTimestamp("2026-01-05T08:00:00Z").value();
    repo.addPhaseLogEntry(PhaseLogEntry{0, lt.id, Phase::Learn, Phase::Soak, past, "imported"});
    auto undated = repo.addPhaseLogEntry(PhaseLogEntry{0, lt.id, Phase::Soak, Phase::Solve, {}, ""});
    EXPECT_GT(undated.at, past);
    auto log = repo.phaseLog(lt.id);
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[0].at, past);
    EXPECT_EQ(log[0].reason, "imported");
}

TEST_F(RepositoryTest, ListenersHearEachCommittedChangeOnce) {
    auto lt = makeLearningTeam(repo);
    changes.clear();
    auto n = repo.addNote(makeNote(lt.id, NoteKind::Story, "heard"));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kind, ChangeKind::Added);
    EXPECT_EQ(changes[0].entity, EntityType::Note);
    EXPECT_EQ(changes[0].id, n.id);
    EXPECT_EQ(changes[0].learningTeamId, lt.id);
    EXPECT_EQ(std::get<Note>(changes[0].item).text, "heard");

    n.text = "heard again";
    repo.updateNote(n);
    repo.removeNote(n.id);
    ASSERT_EQ(changes.size(), 3u);
    EXPECT_EQ(changes[1].kind, ChangeKind::Updated);
    EXPECT_EQ(std::get<Note>(changes[1].item).text, "heard again");
    EXPECT_EQ(changes[2].kind, ChangeKind::Removed);
    EXPECT_EQ(std::get<Note>(changes[2].item).text, "heard again");

    repo.unsubscribe(handle);
    repo.addNote(makeNote(lt.id, NoteKind::Story, "unheard"));
    EXPECT_EQ(changes.size(), 3u);
}

TEST_F(RepositoryTest, TransactionIsAllOrNothingAndNotifiesAfterCommit) {
    auto lt = makeLearningTeam(repo);
    changes.clear();
    EXPECT_THROW(repo.transaction([&] {
        repo.addNote(makeNote(lt.id, NoteKind::Story, "first"));
        repo.addNote(makeNote(lt.id, NoteKind::Story, "second"));
        throw std::runtime_error("interrupted");
    }),
                 std::runtime_error);
    EXPECT_TRUE(repo.notes(lt.id, {}).empty());
    EXPECT_TRUE(changes.empty());

    std::size_t heardInside = 99;
    repo.transaction([&] {
        repo.addNote(makeNote(lt.id, NoteKind::Story, "first"));
        // A nested transaction that fails takes back only its own part.
        EXPECT_THROW(repo.transaction([&] {
            repo.addNote(makeNote(lt.id, NoteKind::Story, "nested"));
            throw std::runtime_error("nested failure");
        }),
                     std::runtime_error);
        repo.addNote(makeNote(lt.id, NoteKind::Story, "second"));
        heardInside = changes.size();
    });
    EXPECT_EQ(heardInside, 0u);
    EXPECT_EQ(repo.notes(lt.id, {}).size(), 2u);
    EXPECT_EQ(changes.size(), 2u);
}

TEST_F(RepositoryTest, ConstraintFailureIsAStorageErrorAndWritesNothing) {
    Team blank;
    EXPECT_THROW(repo.addTeam(blank), StorageError);
    EXPECT_TRUE(repo.teams().empty());
    EXPECT_TRUE(changes.empty());
}

TEST_F(RepositoryTest, SearchIndexFollowsEveryWrite) {
    auto lt = makeLearningTeam(repo);
    auto n = repo.addNote(makeNote(lt.id, NoteKind::WeakSignal, "The forklift horn is hard to hear"));
    auto matches = [&](const std::string& q) {
        SQLite::Statement s(repo.database().sql(), "SELECT count(*) FROM note_fts WHERE note_fts MATCH ?");
        s.bind(1, q);
        s.executeStep();
        return s.getColumn(0).getInt();
    };
    EXPECT_EQ(matches("horn"), 1);
    n.text = "The reversing beeper is drowned out";
    repo.updateNote(n);
    EXPECT_EQ(matches("horn"), 0);
    EXPECT_EQ(matches("beeper"), 1);
    repo.removeLearningTeam(lt.id); // cascaded deletes keep the index in step too
    EXPECT_EQ(matches("beeper"), 0);
    EXPECT_TRUE(repo.database().checkIntegrity().ok) << repo.database().checkIntegrity().details;
}

TEST_F(RepositoryTest, SnapshotHoldsEverything) {
    auto lt = makeLearningTeam(repo);
    addParticipant(lt.id, "operator");
    repo.addNote(makeNote(lt.id, NoteKind::Story, "s"));
    repo.addWorkStep(WorkStep{0, lt.id, StepTrack::Done, 0, "step"});
    auto s = repo.snapshot(lt.id);
    EXPECT_EQ(s.learningTeam.id, lt.id);
    EXPECT_EQ(s.team.name, "Packaging line 3");
    EXPECT_EQ(s.participants.size(), 1u);
    EXPECT_EQ(s.notes.size(), 1u);
    EXPECT_EQ(s.steps.size(), 1u);
    EXPECT_EQ(s.phaseLog.size(), 1u);
    EXPECT_THROW(repo.snapshot(9999), InvalidRequest);
}

TEST_F(RepositoryTest, HostileTextIsStoredAsText) {
    auto lt = makeLearningTeam(repo);
    const std::string hostile = "'); DROP TABLE note; -- \"quoted\" \\ %_ 🚧 مرحبا 日本語";
    auto n = repo.addNote(makeNote(lt.id, NoteKind::Story, hostile));
    EXPECT_EQ(repo.note(n.id)->text, hostile);
    EXPECT_EQ(repo.notes(lt.id, {}).size(), 1u);
}

} // namespace
