// The workbench driven from the keyboard, as a facilitator uses it in a live session: capture notes
// with Enter and Ctrl+1…9, undo and redo them, move them between lanes, delete them, walk the phases
// through a guard and its override.
#include "workbench_fixture.hpp"

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;
using namespace ltw::test::workbench;

namespace {

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

namespace {} // namespace
