// The workbench driven from the keyboard, as a facilitator uses it in a live session: capture notes
// with Enter and Ctrl+1…9, undo and redo them, move them between lanes, delete them, walk the phases
// through a guard and its override.
#include "learn/learn_workspace.hpp"
#include "document/learning_team_document.hpp"
#include "app/main_window.hpp"
#include "learn/note_board.hpp"
#include "inspector/note_inspector.hpp"
#include "learn/note_table_model.hpp"
#include "phase/phase_stepper.hpp"
#include "room/prompt_cards_panel.hpp"
#include "learn/quick_capture.hpp"
#include "phase/session_timer.hpp"
#include "learn/work_steps_panel.hpp"

#include "ltw/sample.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

class WorkbenchTest : public ::testing::Test {
protected:
    ltw::test::TempDir dir;
    SqliteRepository repo{dir / "workbench.ltw"};
    LearningTeam lt;
    std::unique_ptr<MainWindow> window;

    void SetUp() override {
        lt = ltw::test::makeLearningTeam(repo);
        repo.addParticipant(Participant{0, lt.id, "night-shift operator", "Rosa Díaz"});
        repo.addParticipant(Participant{0, lt.id, "maintenance technician", "Li Wei"});
        window = std::make_unique<MainWindow>(repo);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    // The capture line of the workspace on screen (Learn and Soak each have one).
    QLineEdit* line() {
        for (auto* l : window->findChildren<QLineEdit*>(u"quickCapture"_s))
            if (l->isVisible())
                return l;
        return nullptr;
    }
    QuickCapture* capture() { return qobject_cast<QuickCapture*>(line()->parentWidget()); }
    NoteBoard* board() { return window->findChild<NoteBoard*>(); }

    // Types as a keyboard would: key presses with their text, accented and other letters included.
    static void typeInto(QWidget* widget, const QString& text) {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(widget, c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    void type(const QString& text) {
        typeInto(line(), text);
        QTest::keyClick(line(), Qt::Key_Return);
    }
    void chooseKind(int n) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
    }
    QAction* action(const char* name) { return window->findChild<QAction*>(QString::fromUtf8(name)); }
    Note makeNoteTold(Id teller) {
        auto n = ltw::test::makeNote(lt.id, NoteKind::Story, "Told by someone");
        n.tellerId = teller;
        return repo.addNote(n);
    }
};

TEST_F(WorkbenchTest, TheCaptureLineHasTheKeyboard) {
    EXPECT_EQ(QApplication::focusWidget(), line());
    EXPECT_TRUE(line()->isVisible());
}

TEST_F(WorkbenchTest, ThirtyNotesByKeyboardAloneLandInTheDatabaseAndOnTheBoard) {
    QAbstractItemModelTester tester(board()->lane(NoteKind::Story)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::vector<std::pair<int, NoteKind>> kinds = {{1, NoteKind::Story},      {3, NoteKind::HardCondition},
                                                         {4, NoteKind::Adaptation}, {6, NoteKind::WeakSignal},
                                                         {8, NoteKind::ParkingLot}, {2, NoteKind::EasyCondition}};
    int n = 0;
    for (const auto& [key, kind] : kinds) {
        chooseKind(key);
        EXPECT_EQ(capture()->kind(), kind);
        for (int i = 0; i < 5; ++i)
            type(u"Heard %1: the dock at night ✓ «%2»"_s.arg(++n).arg(QString::fromUtf8(label(kind))));
    }
    EXPECT_TRUE(line()->text().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), line()) << "the line keeps the keyboard";

    const auto stored = repo.notes(lt.id);
    ASSERT_EQ(stored.size(), 30u);
    EXPECT_EQ(stored[0].text, "Heard 1: the dock at night ✓ «Story»");
    EXPECT_EQ(stored[29].kind, NoteKind::EasyCondition);
    for (const auto& [key, kind] : kinds) {
        (void)key;
        EXPECT_EQ(board()->lane(kind)->model()->rowCount(), 5) << toString(kind);
        EXPECT_EQ(repo.notes(lt.id, {kind, std::nullopt}).size(), 5u);
    }
}

TEST_F(WorkbenchTest, TellerIsPickedWithoutTheMouseAndShownAsARole) {
    QTest::keyClick(line(), Qt::Key_T, Qt::ControlModifier);
    auto* teller = capture()->findChild<QComboBox*>(u"captureTeller"_s);
    ASSERT_TRUE(teller->hasFocus() || teller->view()->isVisible());
    teller->hidePopup();
    QTest::keyClick(teller, Qt::Key_Down);
    QTest::keyClick(teller, Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), line());
    type(u"We prop the guard open"_s);
    const auto notes = repo.notes(lt.id);
    ASSERT_EQ(notes.size(), 1u);
    ASSERT_TRUE(notes[0].tellerId);
    EXPECT_EQ(repo.participant(*notes[0].tellerId)->role, "night-shift operator");
    for (int i = 0; i < teller->count(); ++i)
        EXPECT_FALSE(teller->itemText(i).contains(u"Rosa"_s)) << "the list shows roles, not names";
}

TEST_F(WorkbenchTest, UndoAndRedoEveryCapture) {
    for (int i = 1; i <= 3; ++i)
        type(u"Note %1"_s.arg(i));
    ASSERT_EQ(repo.notes(lt.id).size(), 3u);
    auto* undo = action("undoAction");
    auto* redo = action("redoAction");
    ASSERT_TRUE(undo && redo);
    EXPECT_TRUE(undo->text().contains(u"Note 3"_s)) << undo->text().toStdString();
    // Ctrl+Z in the empty capture line takes back captures, one at a time.
    QTest::keyClick(line(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(line(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(repo.notes(lt.id).size(), 1u);
    EXPECT_EQ(board()->lane(NoteKind::Story)->model()->rowCount(), 1);
    redo->trigger();
    redo->trigger();
    const auto notes = repo.notes(lt.id);
    ASSERT_EQ(notes.size(), 3u);
    EXPECT_EQ(notes[2].text, "Note 3");
    EXPECT_EQ(board()->lane(NoteKind::Story)->model()->rowCount(), 3);
}

TEST_F(WorkbenchTest, DraggingCardsToAnotherLaneChangesTheirKindInOneStep) {
    type(u"First"_s);
    type(u"Second"_s);
    auto* story = board()->lane(NoteKind::Story);
    story->selectAll();
    auto* mime = story->model()->mimeData(story->selectionModel()->selectedIndexes());
    auto* target = board()->lane(NoteKind::Adaptation);
    EXPECT_TRUE(target->viewport()->acceptDrops());
    // As a drag does: enter, then drop.
    QDragEnterEvent enter(QPoint(20, 20), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted()) << "the lane takes cards";
    QDropEvent drop(QPointF(20, 20), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    const bool delivered = QApplication::sendEvent(target->viewport(), &drop);
    EXPECT_TRUE(delivered);
    EXPECT_TRUE(drop.isAccepted());
    EXPECT_EQ(NoteTableModel::noteIdsFrom(mime).size(), 2u);
    delete mime;
    EXPECT_EQ(repo.notes(lt.id, {NoteKind::Adaptation, std::nullopt}).size(), 2u);
    EXPECT_EQ(target->model()->rowCount(), 2);
    EXPECT_EQ(story->model()->rowCount(), 0);
    action("undoAction")->trigger();
    EXPECT_EQ(repo.notes(lt.id, {NoteKind::Story, std::nullopt}).size(), 2u);
}

TEST_F(WorkbenchTest, DeleteWithUndoBringsNotesAndLinksBack) {
    type(u"Keep me"_s);
    type(u"Delete me"_s);
    const auto notes = repo.notes(lt.id);
    repo.addLink(Link{0, lt.id, {ItemType::Note, notes[0].id}, {ItemType::Note, notes[1].id}, LinkKind::LeadsTo});
    auto* story = board()->lane(NoteKind::Story);
    story->setFocus();
    story->setCurrentIndex(story->model()->index(1, 0));
    story->selectionModel()->select(story->model()->index(1, 0), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(story, Qt::Key_Delete);
    ASSERT_EQ(repo.notes(lt.id).size(), 1u);
    EXPECT_TRUE(repo.links(lt.id).empty());
    action("undoAction")->trigger();
    ASSERT_EQ(repo.notes(lt.id).size(), 2u);
    EXPECT_EQ(repo.note(notes[1].id)->text, "Delete me");
    EXPECT_EQ(repo.links(lt.id).size(), 1u);
}

TEST_F(WorkbenchTest, EditingACardInPlaceIsOneUndoStep) {
    type(u"Frist draft"_s);
    auto* story = board()->lane(NoteKind::Story);
    auto* doc = window->currentDocument();
    ASSERT_TRUE(doc);
    story->model()->setData(story->model()->index(0, NoteTableModel::TextColumn), u"First draft, corrected"_s);
    EXPECT_EQ(repo.notes(lt.id)[0].text, "First draft, corrected");
    action("undoAction")->trigger();
    EXPECT_EQ(repo.notes(lt.id)[0].text, "Frist draft");
}

TEST_F(WorkbenchTest, BlameLanguageGetsAQuietHintAndIsStillCaptured) {
    auto* hint = capture()->findChild<QLabel*>(u"blameHint"_s);
    ASSERT_TRUE(hint);
    EXPECT_FALSE(hint->isVisible());
    QTest::keyClicks(line(), u"He should have checked the mirror"_s);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(u"should have"_s)) << hint->text().toStdString();
    QTest::keyClick(line(), Qt::Key_Return);
    EXPECT_EQ(repo.notes(lt.id).size(), 1u) << "the hint never blocks the capture";
    EXPECT_FALSE(hint->isVisible());
}

TEST_F(WorkbenchTest, WalkingThePhasesThroughAGuardAndItsOverride) {
    auto* stepper = window->findChild<PhaseStepper*>();
    ASSERT_TRUE(stepper);
    EXPECT_EQ(stepper->phase(), Phase::Learn);
    type(u"Something to soak on"_s);

    stepper->button(Phase::Soak)->click();
    EXPECT_EQ(repo.learningTeam(lt.id)->phase, Phase::Soak);
    EXPECT_EQ(stepper->phase(), Phase::Soak);

    // Solve before the planned end of soak: the guard explains, "Stay" keeps the phase…
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        EXPECT_TRUE(box->text().contains(u"soak period is planned to end"_s)) << box->text().toStdString();
        for (auto* b : box->buttons())
            if (b->text() == u"Stay"_s)
                b->click();
    });
    stepper->button(Phase::Solve)->click();
    EXPECT_EQ(repo.learningTeam(lt.id)->phase, Phase::Soak);

    // …and the override moves, with the reason in the log.
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        box->findChild<QPushButton*>(u"overrideButton"_s)->click();
    });
    stepper->button(Phase::Solve)->click();
    EXPECT_EQ(repo.learningTeam(lt.id)->phase, Phase::Solve);
    EXPECT_NE(repo.phaseLog(lt.id).back().reason.find("Confirmed by the facilitator"), std::string::npos);

    // Share without a shared learning is refused, with what to do.
    QString refusal;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        refusal = box->text();
        box->accept();
    });
    stepper->button(Phase::Share)->click();
    EXPECT_EQ(repo.learningTeam(lt.id)->phase, Phase::Solve);
    EXPECT_TRUE(refusal.contains(u"shared learning"_s)) << refusal.toStdString();

    // One step back is always possible; a backup was made at each move.
    stepper->button(Phase::Soak)->click();
    EXPECT_EQ(repo.learningTeam(lt.id)->phase, Phase::Soak);
    EXPECT_TRUE(std::filesystem::exists(dir / "backups"));
    EXPECT_EQ(repo.phaseLog(lt.id).size(), 4u);
}

TEST_F(WorkbenchTest, EachLearningTeamKeepsItsOwnUndo) {
    type(u"In the first"_s);
    const auto other = ltw::test::makeLearningTeam(repo, "Second one");
    window->showLearningTeam(other.id);
    EXPECT_FALSE(action("undoAction")->isEnabled());
    type(u"In the second"_s);
    window->showLearningTeam(lt.id);
    action("undoAction")->trigger();
    EXPECT_TRUE(repo.notes(lt.id).empty());
    EXPECT_EQ(repo.notes(other.id).size(), 1u);
}

} // namespace

namespace {

TEST(SessionTimerTest, CountsUpPausesAndCountsDown) {
    qint64 now = 0;
    SessionTimer timer(nullptr, [&] { return now; });
    EXPECT_TRUE(timer.text().contains(u"0:00:00"_s));
    timer.start();
    now = 65'000;
    timer.refresh();
    EXPECT_TRUE(timer.text().contains(u"Session 0:01:05"_s)) << timer.text().toStdString();
    timer.pause();
    now = 600'000;
    timer.refresh();
    EXPECT_EQ(timer.elapsedSeconds(), 65);
    EXPECT_TRUE(timer.text().contains(u"paused"_s));
    timer.start();
    timer.setCountdown(1);
    EXPECT_TRUE(timer.text().contains(u"left"_s) == false) << "over a minute already";
    EXPECT_TRUE(timer.text().contains(u"Time is up"_s)) << timer.text().toStdString();
    timer.reset();
    timer.setCountdown(45);
    EXPECT_TRUE(timer.text().contains(u"0:45:00 left"_s)) << timer.text().toStdString();
}

} // namespace

namespace {

TEST_F(WorkbenchTest, ANewLearningTeamThroughTheDialog) {
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>(u"buttons"_s)->button(QDialogButtonBox::Ok);
        auto* team = dialog->findChild<QComboBox*>(u"teamCombo"_s);
        team->setEditText(u"Cold store crew"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"siteEdit"_s), u"North site"_s);
        EXPECT_FALSE(ok->isEnabled()) << "no title yet";
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"titleEdit"_s), u"Defrost cycle changeover"_s);
        EXPECT_TRUE(ok->isEnabled());
        auto* use = dialog->findChild<QComboBox*>(u"useCombo"_s);
        use->setCurrentIndex(use->findData(static_cast<int>(Use::Change)));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"scopeEdit"_s), u"How does a defrost really go?"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"sponsorEdit"_s), u"Site manager"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"facilitatorEdit"_s), u"Sam"_s);
        auto* table = dialog->findChild<QTableWidget*>(u"participantsTable"_s);
        table->item(0, 0)->setText(u"refrigeration technician"_s);
        table->item(0, 1)->setText(u"Ana Lee"_s);
        table->item(1, 0)->setText(u"cold-store picker"_s);
        ok->click();
    });
    action("newLearningTeamAction")->trigger();
    const auto created = window->currentLearningTeam();
    ASSERT_NE(created, lt.id);
    const auto stored = repo.learningTeam(created).value();
    EXPECT_EQ(stored.title, "Defrost cycle changeover");
    EXPECT_EQ(stored.use, Use::Change);
    EXPECT_EQ(stored.scopeQuestion, "How does a defrost really go?");
    EXPECT_EQ(stored.facilitator, "Sam");
    EXPECT_EQ(repo.team(stored.teamId)->name, "Cold store crew");
    EXPECT_EQ(repo.team(stored.teamId)->site, "North site");
    const auto people = repo.participants(created);
    ASSERT_EQ(people.size(), 2u);
    EXPECT_EQ(people[0].name, "Ana Lee");
    EXPECT_EQ(repo.phaseLog(created).size(), 1u);
    // The window's focus is in the capture line (offscreen, no window manager re-activates it).
    EXPECT_EQ(window->focusWidget(), line()) << "ready to capture straight away";
}

} // namespace

namespace {

TEST_F(WorkbenchTest, PromptCardsFlipAndFollowTheUse) {
    auto* panel = window->findChild<PromptCardsPanel*>();
    ASSERT_TRUE(panel);
    const int workCards = panel->count();
    ASSERT_GE(workCards, 5);
    const auto first = panel->currentCard()->id;
    panel->next();
    EXPECT_NE(panel->currentCard()->id, first);
    panel->previous();
    EXPECT_EQ(panel->currentCard()->id, first);
    auto title = window->findChild<QLabel*>(u"promptTitle"_s);
    EXPECT_EQ(title->text().toStdString(), panel->currentCard()->title);

    auto event = repo.learningTeam(lt.id).value();
    event.use = Use::Event;
    repo.updateLearningTeam(event);
    EXPECT_GT(panel->count(), workCards) << "an event brings the timeline prompts";
}

} // namespace

namespace {

TEST_F(WorkbenchTest, TheInspectorEditsEveryFieldOfTheSelectedCard) {
    type(u"The horn is hard to hear"_s);
    const Id id = repo.notes(lt.id)[0].id;
    auto* story = board()->lane(NoteKind::Story);
    story->setCurrentIndex(story->model()->index(0, 0));
    auto* inspector = window->findChild<NoteInspector*>();
    ASSERT_TRUE(inspector);
    EXPECT_EQ(inspector->note(), id);
    auto* text = inspector->findChild<QPlainTextEdit*>(u"inspectorText"_s);
    EXPECT_EQ(text->toPlainText(), u"The horn is hard to hear"_s);

    auto* kind = inspector->findChild<QComboBox*>(u"inspectorKind"_s);
    kind->setCurrentIndex(kind->findData(static_cast<int>(NoteKind::WeakSignal)));
    emit kind->activated(kind->currentIndex());
    EXPECT_EQ(repo.note(id)->kind, NoteKind::WeakSignal);
    EXPECT_EQ(board()->lane(NoteKind::WeakSignal)->model()->rowCount(), 1) << "the card moved lanes";

    auto* tags = inspector->findChild<QLineEdit*>(u"inspectorTags"_s);
    tags->setText(u"noise, fleet, noise"_s);
    emit tags->editingFinished();
    EXPECT_EQ(repo.note(id)->tags, (std::vector<std::string>{"noise", "fleet"}));

    auto* teller = inspector->findChild<QComboBox*>(u"inspectorTeller"_s);
    teller->setCurrentIndex(2);
    emit teller->activated(2);
    ASSERT_TRUE(repo.note(id)->tellerId);
    EXPECT_EQ(repo.participant(*repo.note(id)->tellerId)->role, "maintenance technician");

    inspector->findChild<QCheckBox*>(u"inspectorPrivate"_s)->setChecked(true);
    EXPECT_TRUE(repo.note(id)->facilitatorOnly);

    // Every change above was its own step or merged into one: undo until the capture stands alone.
    while (window->currentDocument()->undoStack()->index() > 1)
        action("undoAction")->trigger();
    const auto back = repo.note(id).value();
    EXPECT_EQ(back.kind, NoteKind::Story);
    EXPECT_TRUE(back.tags.empty());
    EXPECT_FALSE(back.facilitatorOnly);
    EXPECT_EQ(kind->currentData().toInt(), static_cast<int>(NoteKind::Story)) << "the inspector follows";
}

} // namespace

namespace {

TEST_F(WorkbenchTest, WorkAsImaginedBesideWorkAsDoneWithAttachedAdaptations) {
    chooseKind(4);
    type(u"We walk behind the trailers when the walkway is blocked"_s);
    const Id adaptation = repo.notes(lt.id)[0].id;
    auto* steps = window->findChild<LearnWorkspace*>()->workSteps();
    ASSERT_TRUE(steps);
    for (const auto& text : {u"Walk the marked walkway"_s, u"Fetch labels at this door"_s})
        typeInto(steps->entry(StepTrack::Imagined), text),
            QTest::keyClick(steps->entry(StepTrack::Imagined), Qt::Key_Return);
    for (const auto& text : {u"Walk behind the trailers"_s, u"Fetch labels at door 5"_s})
        typeInto(steps->entry(StepTrack::Done), text), QTest::keyClick(steps->entry(StepTrack::Done), Qt::Key_Return);
    ASSERT_EQ(repo.workSteps(lt.id, StepTrack::Imagined).size(), 2u);
    ASSERT_EQ(repo.workSteps(lt.id, StepTrack::Done).size(), 2u);
    auto* done = steps->list(StepTrack::Done);
    EXPECT_TRUE(done->model()->index(0, 0).data().toString().startsWith(u"1. Walk behind"_s));

    // Reorder with the keyboard: one undo step.
    done->setCurrentIndex(done->model()->index(1, 0));
    steps->moveSelected(StepTrack::Done, -1);
    EXPECT_EQ(repo.workSteps(lt.id, StepTrack::Done)[0].text, "Fetch labels at door 5");
    EXPECT_TRUE(done->model()->index(0, 0).data().toString().startsWith(u"1. Fetch labels"_s));
    action("undoAction")->trigger();
    EXPECT_EQ(repo.workSteps(lt.id, StepTrack::Done)[0].text, "Walk behind the trailers");

    // Attach the adaptation to the step where the two differ, through the picker.
    done->setCurrentIndex(done->model()->index(0, 0));
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto* list = dialog->findChild<QListWidget*>(u"attachNotesList"_s);
        ASSERT_EQ(list->count(), 1);
        list->item(0)->setCheckState(Qt::Checked);
        dialog->accept();
    });
    steps->chooseAttachments(StepTrack::Done);
    const auto links = repo.links(lt.id);
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(links[0].kind, LinkKind::AttachedTo);
    EXPECT_EQ(links[0].from, (ItemRef{ItemType::Note, adaptation}));
    EXPECT_TRUE(done->model()->index(0, 0).data().toString().contains(u"↳ Adaptation: We walk behind"_s));

    // Deleting the step takes its attachment; undo brings both back.
    steps->removeSelected(StepTrack::Done);
    EXPECT_EQ(repo.workSteps(lt.id, StepTrack::Done).size(), 1u);
    EXPECT_TRUE(repo.links(lt.id).empty());
    action("undoAction")->trigger();
    EXPECT_EQ(repo.workSteps(lt.id, StepTrack::Done).size(), 2u);
    EXPECT_EQ(repo.links(lt.id).size(), 1u);

    // Editing a step in place.
    auto* imagined = steps->list(StepTrack::Imagined);
    imagined->model()->setData(imagined->model()->index(1, 0), u"Fetch labels at the door you load"_s);
    EXPECT_EQ(repo.workSteps(lt.id, StepTrack::Imagined)[1].text, "Fetch labels at the door you load");
}

} // namespace

namespace {

TEST_F(WorkbenchTest, EditingTheDetailsAndParticipantsIsOneUndoStep) {
    const auto people = repo.participants(lt.id);
    ASSERT_EQ(people.size(), 2u);
    auto told = makeNoteTold(people[1].id);
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        EXPECT_FALSE(dialog->findChild<QComboBox*>(u"teamCombo"_s)->isEnabled());
        auto* sponsor = dialog->findChild<QLineEdit*>(u"sponsorEdit"_s);
        sponsor->setText(u"Operations director"_s);
        auto* table = dialog->findChild<QTableWidget*>(u"participantsTable"_s);
        ASSERT_EQ(table->rowCount(), 3) << "two participants and a blank row";
        EXPECT_EQ(table->item(0, 1)->text(), u"Rosa Díaz"_s) << "names are shown to the facilitator here";
        table->item(0, 0)->setText(u"night-shift line operator"_s);
        table->removeRow(1); // the maintenance technician leaves the group
        table->item(1, 0)->setText(u"quality inspector"_s);
        dialog->findChild<QDialogButtonBox*>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
    });
    action("detailsAction")->trigger();
    EXPECT_EQ(repo.learningTeam(lt.id)->sponsor, "Operations director");
    auto now = repo.participants(lt.id);
    ASSERT_EQ(now.size(), 2u);
    EXPECT_EQ(now[0].role, "night-shift line operator");
    EXPECT_EQ(now[0].name, "Rosa Díaz");
    EXPECT_EQ(now[1].role, "quality inspector");
    EXPECT_FALSE(repo.note(told.id)->tellerId);

    action("undoAction")->trigger();
    EXPECT_EQ(repo.learningTeam(lt.id)->sponsor, "");
    now = repo.participants(lt.id);
    ASSERT_EQ(now.size(), 2u);
    EXPECT_EQ(now[0].role, "night-shift operator");
    EXPECT_EQ(now[1].role, "maintenance technician");
    EXPECT_EQ(repo.note(told.id)->tellerId, people[1].id) << "the note has its teller back";
}

} // namespace
