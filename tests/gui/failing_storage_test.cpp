// Every edit of the Learning Team's document under failing storage: the Nth write fails (a full disk),
// for every N the edit asks for, and then none. Whatever fails, the database, the undo stack and the
// models are exactly as before, and the facilitator is told; an edit that goes through is one undo step.
#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "document/teams_document.hpp"
#include "learn/note_table_model.hpp"
#include "learn/timeline_model.hpp"
#include "learn/work_step_model.hpp"
#include "solve/action_table_model.hpp"
#include "solve/defense_list_model.hpp"

#include "failing_repository.hpp"
#include "ltw/bundle.hpp"
#include "ltw/sample.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"

#include <QUndoStack>
#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace ltw;
using namespace ltw::gui;
using ltw::test::FailingRepository;

namespace {

class FailingStorage : public ::testing::Test {
protected:
    SqliteRepository real{":memory:"};
    FailingRepository repo{real};
    ChangeHub hub{repo};
    Id lt = 0;
    std::unique_ptr<LearningTeamDocument> doc;
    NoteTableModel notes{hub};
    ActionTableModel actions{hub};
    DefenseListModel defenses{hub};
    WorkStepModel done{hub, StepTrack::Done};
    TimelineModel timeline{hub};
    int told = 0;

    void SetUp() override {
        lt = addSampleLearningTeam(real).id;
        doc = std::make_unique<LearningTeamDocument>(repo, lt);
        QObject::connect(doc.get(), &LearningTeamDocument::failed, [this](const QString&) { ++told; });
        notes.setDocument(doc.get());
        actions.setDocument(doc.get());
        defenses.setDocument(doc.get());
        done.setDocument(doc.get());
        timeline.setDocument(doc.get());
    }

    void modelsShowTheDatabase() {
        EXPECT_EQ(notes.rowCount(), static_cast<int>(real.notes(lt).size()));
        EXPECT_EQ(actions.rowCount(), static_cast<int>(real.actions(lt).size()));
        EXPECT_EQ(defenses.rowCount(), static_cast<int>(real.defenses(lt).size()));
        EXPECT_EQ(done.rowCount(), static_cast<int>(real.workSteps(lt, StepTrack::Done).size()));
        ASSERT_EQ(timeline.rowCount(), static_cast<int>(real.moments(lt).size()));
        for (int row = 0; row < timeline.rowCount(); ++row)
            EXPECT_EQ(*timeline.moment(row), real.moments(lt)[static_cast<std::size_t>(row)]) << "row " << row;
    }

    // Runs `edit` with a failure at its first write, its second, … until it needs no more; then it goes
    // through, as one undo step, and its undo is tried the same way. Returns how many writes it took.
    int underEveryFailure(const std::function<void()>& edit) {
        QUndoStack* stack = doc->undoStack();
        int n = 1;
        for (;; ++n) {
            SCOPED_TRACE("the write that fails: " + std::to_string(n));
            const auto before = real.snapshot(lt);
            const int count = stack->count();
            const int index = stack->index();
            const int toldBefore = told;
            repo.failWrite(n);
            edit();
            if (!repo.failed()) {
                EXPECT_EQ(stack->count(), count + 1) << "a successful edit is one undo step";
                EXPECT_EQ(told, toldBefore);
                break;
            }
            EXPECT_TRUE(real.snapshot(lt) == before) << "nothing of the edit is left";
            EXPECT_EQ(stack->count(), count) << "the undo stack is as it was";
            EXPECT_EQ(stack->index(), index);
            EXPECT_EQ(told, toldBefore + 1) << "the facilitator is told";
            modelsShowTheDatabase();
        }
        const int writes = n - 1;
        EXPECT_GT(writes, 0) << "the edit wrote nothing";
        modelsShowTheDatabase();
        // Undo fails at each write too: the edit stays whole, and the facilitator is told.
        for (int m = 1;; ++m) {
            SCOPED_TRACE("the undo write that fails: " + std::to_string(m));
            const auto after = real.snapshot(lt);
            const int toldBefore = told;
            repo.failWrite(m);
            stack->undo();
            if (!repo.failed())
                break;
            EXPECT_TRUE(real.snapshot(lt) == after) << "nothing is half undone";
            EXPECT_EQ(told, toldBefore + 1);
            modelsShowTheDatabase();
            repo.failWrite(0);
            break; // the failed command is gone from the stack: the edit stays, as the database holds it
        }
        repo.failWrite(0);
        return writes;
    }

    Note firstOf(NoteKind kind) {
        for (const auto& n : real.notes(lt))
            if (n.kind == kind)
                return n;
        ADD_FAILURE() << "the sample has no note of kind " << toString(kind);
        return {};
    }
};

TEST_F(FailingStorage, CaptureEditMoveAndDeleteNotes) {
    underEveryFailure([&] { doc->captureNote(NoteKind::Story, QStringLiteral("The printer jammed again"), {}); });
    auto edited = firstOf(NoteKind::Story);
    edited.text = "Retold";
    underEveryFailure([&] { doc->editNote(edited); });
    const auto a = firstOf(NoteKind::HardCondition).id;
    const auto b = firstOf(NoteKind::WeakSignal).id;
    EXPECT_GT(underEveryFailure([&] { doc->setNoteKind({a, b}, NoteKind::Tradeoff); }), 1);
    EXPECT_GT(underEveryFailure([&] { doc->removeNotes({a, b}); }), 1);
}

TEST_F(FailingStorage, Themes) {
    const auto a = firstOf(NoteKind::Adaptation).id;
    const auto b = firstOf(NoteKind::Tradeoff).id;
    EXPECT_GT(underEveryFailure([&] { doc->makeTheme({a, b}, "Working around the printer"); }), 1);
    const auto theme = real.themes(lt).front();
    underEveryFailure([&] { doc->renameTheme(theme.id, "Nights"); });
    underEveryFailure([&] { doc->setNotesTheme({a, b}, theme.id); });
    underEveryFailure([&] { doc->removeTheme(theme.id); });
}

TEST_F(FailingStorage, TheLearningTeamAndItsDetails) {
    auto after = real.learningTeam(lt).value();
    after.summary = "A shorter summary";
    underEveryFailure([&] { doc->editLearningTeam(after, QStringLiteral("Edit the summary")); });
    underEveryFailure([&] { doc->editRedactions({{"door 7", "[the far door]"}}); });
    auto details = real.learningTeam(lt).value();
    details.title = "Near miss at the far doors";
    auto roster = real.participants(lt);
    const auto gone = roster.front(); // told several notes: they stay, told by nobody
    roster.erase(roster.begin());
    roster.front().name = "Renamed";
    roster.push_back(Participant{0, 0, "shift planner", ""});
    EXPECT_GT(underEveryFailure([&] { doc->editDetails(details, roster); }), 3);
    EXPECT_FALSE(real.participant(gone.id)) << "the compound edit went through at the end";
}

TEST_F(FailingStorage, SolveEdits) {
    const auto idea = firstOf(NoteKind::ParkingLot).id;
    EXPECT_EQ(underEveryFailure([&] { doc->turnIdeaIntoAction(idea); }), 2) << "the action and its link";
    const auto defense = real.defensesWithLinks(lt).front();
    ASSERT_FALSE(defense.answers.empty());
    std::set<Id> answers;
    for (const auto& n : real.notes(lt))
        if (n.kind == NoteKind::HardCondition)
            answers.insert(n.id);
    EXPECT_GT(underEveryFailure([&] { doc->setDefenseNotes(defense.defense.id, answers); }), 1);
    std::vector<Id> two{real.actions(lt)[0].id, real.actions(lt)[1].id};
    EXPECT_EQ(underEveryFailure([&] { doc->removeActions(two); }), 2);
    // A defense that actions point at: they let go of it, and it goes, in one step.
    Id pointedAt = 0;
    for (const auto& a : real.actions(lt))
        if (a.defenseId)
            pointedAt = *a.defenseId;
    ASSERT_NE(pointedAt, 0);
    EXPECT_GT(underEveryFailure([&] { doc->removeDefense(pointedAt); }), 1);
    for (const auto& a : real.actions(lt))
        EXPECT_NE(a.defenseId, std::optional<Id>(pointedAt));
}

TEST_F(FailingStorage, WorkSteps) {
    const auto steps = real.workSteps(lt, StepTrack::Done);
    ASSERT_GE(steps.size(), 2u);
    EXPECT_EQ(underEveryFailure([&] { doc->swapSteps(steps[0].id, steps[1].id); }), 2);
    std::vector<Id> some;
    for (const auto& n : real.notes(lt))
        if (n.kind == NoteKind::Adaptation)
            some.push_back(n.id);
    EXPECT_GT(underEveryFailure([&] { doc->attachNotes(steps[0].id, some); }), 1);
}

// The timeline: every kind of edit, each one step, whatever write fails.
TEST_F(FailingStorage, TheTimeline) {
    TimelineMoment m;
    m.minute = 1 * 60 + 40; // among the sample's moments: the ones after it move down
    m.text = "A second trailer backs onto door 6";
    EXPECT_GE(underEveryFailure([&] { doc->addMoment(m); }), 2) << "the moment and the moves of those after it";
    underEveryFailure([&] { doc->addMoment(m, 0); });
    auto edited = real.moments(lt)[3];
    edited.text = "Door 7 is opened for the second trailer";
    edited.minute.reset();
    underEveryFailure([&] { doc->editMoment(edited); });
    const auto moments = real.moments(lt);
    underEveryFailure([&] { doc->moveMoment(moments.back().id, 3); }); // 06:00 among the evening
    underEveryFailure([&] { doc->orderMomentsByTime(); });
    std::vector<Id> notes;
    for (const auto& n : real.notes(lt))
        if (n.kind == NoteKind::WeakSignal)
            notes.push_back(n.id);
    underEveryFailure([&] { doc->attachNotesToMoment(moments[2].id, notes); });
    const auto steps = real.workSteps(lt, StepTrack::Imagined);
    underEveryFailure([&] { doc->setMomentSteps(moments[2].id, {steps[0].id, steps[1].id}); });
    underEveryFailure(
        [&] { doc->captureNoteAt(moments[4].id, NoteKind::HardCondition, QStringLiteral("Ice on the ramp"), {}); });
    underEveryFailure([&] { doc->removeMoments({moments[2].id, moments[6].id}); });
}

TEST_F(FailingStorage, ItemsAddedEditedAndRemoved) {
    underEveryFailure([&] { doc->addStep(StepTrack::Imagined, "Check the walkway before the shift"); });
    auto step = real.workSteps(lt, StepTrack::Imagined).front();
    step.text = "Check the walkway, then the doors";
    underEveryFailure([&] { doc->editStep(step); });
    underEveryFailure([&] { doc->removeStep(step.id); });
    underEveryFailure([&] { doc->addDefense("A second printer at door 7", DefenseKind::New); });
    auto defense = real.defenses(lt).front();
    defense.rating = DefenseRating::Missing;
    underEveryFailure([&] { doc->editDefense(defense, QStringLiteral("Rate it"), true); });
    underEveryFailure([&] { doc->addAction("Move the pallet returns"); });
    auto action = real.actions(lt).front();
    action.owner = "Shift lead";
    underEveryFailure([&] { doc->editAction(action, QStringLiteral("Set the owner")); });
    underEveryFailure([&] { doc->setActionStatus(action.id, ActionStatus::Done); });
    underEveryFailure([&] { doc->addSharedLearning("Walkways become storage at night"); });
    auto learning = real.sharedLearnings(lt).front();
    learning.summary = "Shorter";
    underEveryFailure([&] { doc->editSharedLearning(learning, QStringLiteral("Edit the summary")); });
    underEveryFailure([&] { doc->removeSharedLearning(learning.id); });
}

// The library's edits the same way: whatever fails, every team and Learning Team is as it was.
class FailingLibraryStorage : public ::testing::Test {
protected:
    SqliteRepository real{":memory:"};
    FailingRepository repo{real};
    TeamsDocument library{repo};
    int told = 0;

    void SetUp() override {
        addSampleLearningTeam(real);
        QObject::connect(&library, &TeamsDocument::failed, [this](const QString&) { ++told; });
    }

    // An edit done again is stamped anew: `clocks` off compares without updated times and revisions.
    static LearningTeamSnapshot withoutClocks(LearningTeamSnapshot s) {
        s.learningTeam.updated = {};
        s.learningTeam.revision = 0;
        for (auto& a : s.actions)
            a.updated = {};
        return s;
    }
    bool sameLibrary(const std::vector<Team>& teams, const std::vector<LearningTeamSnapshot>& snapshots,
                     bool clocks = true) {
        if (real.teams() != teams || real.learningTeams().size() != snapshots.size())
            return false;
        for (const auto& s : snapshots) {
            if (!real.learningTeam(s.learningTeam.id))
                return false;
            const auto now = real.snapshot(s.learningTeam.id);
            if (clocks ? now != s : withoutClocks(now) != withoutClocks(s))
                return false;
        }
        return true;
    }
    std::vector<LearningTeamSnapshot> snapshots() {
        std::vector<LearningTeamSnapshot> out;
        for (const auto& lt : real.learningTeams())
            out.push_back(real.snapshot(lt.id));
        return out;
    }

    // `restored`: undo and redo give back exactly what the edit made (snapshots); an update done again
    // is stamped anew.
    int underEveryFailure(const std::function<void()>& edit, bool restored = true) {
        QUndoStack* stack = library.undoStack();
        int n = 1;
        for (;; ++n) {
            SCOPED_TRACE("the write that fails: " + std::to_string(n));
            const auto teams = real.teams();
            const auto before = snapshots();
            const int count = stack->count();
            const int toldBefore = told;
            repo.failWrite(n);
            edit();
            if (!repo.failed()) {
                EXPECT_EQ(stack->count(), count + 1) << "a successful edit is one undo step";
                break;
            }
            EXPECT_TRUE(sameLibrary(teams, before)) << "nothing of the edit is left";
            EXPECT_EQ(stack->count(), count);
            EXPECT_EQ(told, toldBefore + 1) << "the facilitator is told";
        }
        repo.failWrite(0);
        // Undone and done again, it comes back the same.
        const auto after = snapshots();
        const auto teamsAfter = real.teams();
        stack->undo();
        stack->redo();
        EXPECT_TRUE(sameLibrary(teamsAfter, after, restored)) << "redo puts back what the edit made";
        return n - 1;
    }
};

TEST_F(FailingLibraryStorage, EveryEditOfTheLibrary) {
    LearningTeam lt;
    lt.title = "Changeover on line 3";
    EXPECT_GT(underEveryFailure([&] {
                  library.createLearningTeam("Packaging line 3", "Riverside", lt,
                                             {Participant{0, 0, "operator", "Ana"}, Participant{0, 0, "fitter", ""}});
              }),
              3);
    EXPECT_GT(underEveryFailure([&] { library.addSample(); }), 20);
    const auto team = real.teams().front();
    underEveryFailure([&] { library.renameTeam(team.id, "Dock, nights"); });
    const auto first = real.learningTeams().front();
    underEveryFailure([&] { library.renameLearningTeam(first.id, "Renamed"); }, false);
    underEveryFailure([&] { library.setActionStatus(real.openActions().front().id, ActionStatus::Dropped); }, false);
    underEveryFailure([&] { library.removeLearningTeam(first.id); });
    underEveryFailure([&] { library.removeTeam(real.teams().front().id); });
}

TEST_F(FailingLibraryStorage, AnImport) {
    SqliteRepository elsewhere(":memory:");
    LearningTeam lt;
    lt.teamId = elsewhere.addTeam(Team{0, "Yard", "North", {}}).id;
    lt.title = "Shunting at dusk";
    const auto source = createLearningTeam(elsewhere, lt);
    elsewhere.addNote(Note{0, source.id, NoteKind::Story, "A story", {}, {}, Phase::Learn, {}, {}, false, {}, {}});
    const auto bundle = exportBundle(elsewhere.snapshot(source.id));
    QString failure;
    EXPECT_GT(underEveryFailure([&] {
                  library.importBundle(bundle, ImportOptions{{"yard.json"}, ImportChoice::Automatic, {}}, 0,
                                       QStringLiteral("Import"), &failure);
                  if (repo.failed())
                      ++told; // the importer reports it its own way
              }),
              3);
}

} // namespace
