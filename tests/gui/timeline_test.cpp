// The timeline of an event on the Learn page, driven from the keyboard as in a live session: moments typed
// with their times and placed by them, gaps shown, edited in place, moved with Alt+Up/Down and put in order
// by time, notes captured at a chosen moment attached to it, pickers for notes and steps, Delete — each one
// undo step.
#include "common/conversions.hpp"
#include "learn/timeline_model.hpp"
#include "learn/timeline_panel.hpp"
#include "workbench_fixture.hpp"

#include <QHeaderView>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;
using namespace ltw::test::workbench;

namespace {

class TimelineTest : public WorkbenchTest {
protected:
    LearnWorkspace* learn() { return window->findChild<LearnWorkspace*>(); }
    TimelinePanel* panel() { return learn()->timeline(); }
    QTableView* table() { return panel()->table(); }
    QString cell(int row, int column) { return table()->model()->index(row, column).data().toString(); }
    std::vector<std::string> stored() {
        std::vector<std::string> out;
        for (const auto& m : repo.moments(lt.id))
            out.push_back(m.text);
        return out;
    }
    void openTimeline() {
        learn()->tabs()->setCurrentWidget(panel());
        QApplication::processEvents();
    }
    void addMoment(const QString& line, const QString& place = {}, const QString& who = {}) {
        typeInto(panel()->entry(), line);
        if (!place.isEmpty()) {
            QTest::keyClick(panel()->entry(), Qt::Key_Tab);
            typeInto(panel()->placeEntry(), place);
        }
        if (!who.isEmpty()) {
            panel()->whoEntry()->setFocus();
            typeInto(panel()->whoEntry(), who);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
};

TEST_F(TimelineTest, AnEventOpensOnItsTimelineAndOtherUsesKeepItBesideTheSteps) {
    auto tabs = learn()->tabs();
    EXPECT_EQ(tabs->currentWidget(), learn()->board()) << "learning from work starts on the board";
    EXPECT_EQ(tabs->indexOf(panel()), 2);
    EXPECT_EQ(tabs->tabText(2), u"Timeline"_s);

    LearningTeam event;
    event.teamId = lt.teamId;
    event.title = "Near miss at door 7";
    event.use = Use::Event;
    event = createLearningTeam(repo, event);
    window->showLearningTeam(event.id);
    QApplication::processEvents();
    EXPECT_EQ(tabs->indexOf(panel()), 0) << "an event's timeline comes first";
    EXPECT_EQ(tabs->currentWidget(), panel());
    EXPECT_EQ(learn()->picture(), LearnPicture::Timeline);
    EXPECT_EQ(QApplication::focusWidget(), panel()->entry()) << "the moment line has the keyboard";

    window->showLearningTeam(lt.id);
    QApplication::processEvents();
    EXPECT_EQ(tabs->indexOf(panel()), 2);
    EXPECT_EQ(tabs->currentWidget(), learn()->board());
}

TEST_F(TimelineTest, MomentsTypedWithTheirTimesFindTheirPlaceAndShowTheGaps) {
    QAbstractItemModelTester tester(table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    openTimeline();
    addMoment(u"02:05 the door 7 printer jams again"_s, u"Door 7"_s, u"loader"_s);
    addMoment(u"22:00 the night shift starts"_s);
    addMoment(u"the fridge unit is running"_s);
    addMoment(u"01:20 three late trailers arrive"_s);
    addMoment(u"2:07 forklift reverses out"_s);
    EXPECT_TRUE(panel()->entry()->text().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), panel()->entry()) << "the line keeps the keyboard";
    // 22:00 goes before 02:05 (the night runs over midnight), a moment without a time to the end, 01:20
    // between 22:00 and 02:05, and 02:07 after the untimed moment that follows 02:05.
    EXPECT_EQ(stored(), (std::vector<std::string>{"the night shift starts", "three late trailers arrive",
                                                  "the door 7 printer jams again", "the fridge unit is running",
                                                  "forklift reverses out"}));
    const auto first = repo.moments(lt.id)[2];
    EXPECT_EQ(first.minute, 2 * 60 + 5);
    EXPECT_EQ(first.place, "Door 7");
    EXPECT_EQ(first.who, "loader");

    EXPECT_EQ(cell(0, TimelineModel::TimeColumn), u"22:00"_s);
    EXPECT_EQ(cell(1, TimelineModel::GapColumn), u"+3 h 20 min"_s);
    EXPECT_TRUE(table()->model()->index(1, 0).data(TimelineModel::NotableGapRole).toBool());
    EXPECT_EQ(cell(2, TimelineModel::GapColumn), u"+45 min"_s);
    EXPECT_EQ(cell(3, TimelineModel::TimeColumn), u"—"_s);
    EXPECT_EQ(cell(4, TimelineModel::GapColumn), u"+2 min"_s);
    EXPECT_FALSE(table()->model()->index(4, 0).data(TimelineModel::NotableGapRole).toBool());
    EXPECT_EQ(panel()->currentMomentId(), repo.moments(lt.id)[4].id) << "the moment just added is chosen";

    // A line without anything after its time says what is missing, and keeps what was typed.
    typeInto(panel()->entry(), u"03:00"_s);
    QTest::keyClick(panel()->entry(), Qt::Key_Return);
    EXPECT_EQ(repo.moments(lt.id).size(), 5u);
    EXPECT_TRUE(window->findChild<QLabel*>(u"timelineMessage"_s)->isVisible());
    EXPECT_EQ(panel()->entry()->text(), u"03:00"_s);
    panel()->entry()->clear();

    // Each moment is one undo step; the moments after the undone one close up again.
    action("undoAction")->trigger();
    action("undoAction")->trigger();
    EXPECT_EQ(stored(), (std::vector<std::string>{"the night shift starts", "the door 7 printer jams again",
                                                  "the fridge unit is running"}));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(repo.moments(lt.id)[static_cast<std::size_t>(i)].position, i);
    action("redoAction")->trigger();
    EXPECT_EQ(stored()[1], "three late trailers arrive");
    EXPECT_EQ(table()->model()->rowCount(), 4);
}

TEST_F(TimelineTest, MomentsAreEditedInPlaceMovedByHandAndPutInOrderByTime) {
    openTimeline();
    addMoment(u"01:20 late trailers"_s);
    addMoment(u"01:50 printer jams"_s);
    addMoment(u"02:05 the stop"_s);

    // F2 edits what happened in place.
    table()->setFocus();
    table()->setCurrentIndex(table()->model()->index(1, TimelineModel::TextColumn));
    QTest::keyClick(table(), Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_TRUE(editor);
    editor->selectAll();
    typeInto(editor, u"the label printer jams"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on the next turn of the event loop
    EXPECT_EQ(stored()[1], "the label printer jams");

    // A time typed in place; one that is no time is refused and said so.
    auto* model = table()->model();
    EXPECT_TRUE(model->setData(model->index(1, TimelineModel::TimeColumn), u"2:30"_s));
    EXPECT_EQ(repo.moments(lt.id)[1].minute, 2 * 60 + 30);
    EXPECT_EQ(cell(2, TimelineModel::GapColumn), u"25 min earlier"_s) << "the clock disagrees with the order";
    EXPECT_FALSE(model->setData(model->index(1, TimelineModel::TimeColumn), u"half past"_s));
    EXPECT_TRUE(window->findChild<QLabel*>(u"timelineMessage"_s)->isVisible());
    EXPECT_EQ(repo.moments(lt.id)[1].minute, 2 * 60 + 30);

    // Alt+Up moves the chosen moment earlier, with the keyboard on the timeline.
    table()->setFocus();
    table()->setCurrentIndex(model->index(2, TimelineModel::TextColumn));
    QTest::keyClick(table(), Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(stored(), (std::vector<std::string>{"late trailers", "the stop", "the label printer jams"}));
    EXPECT_EQ(panel()->currentMomentId(), repo.moments(lt.id)[1].id) << "the moved moment stays chosen";
    QTest::keyClick(table(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(stored(), (std::vector<std::string>{"late trailers", "the label printer jams", "the stop"}));
    action("undoAction")->trigger();
    EXPECT_EQ(stored(), (std::vector<std::string>{"late trailers", "the stop", "the label printer jams"}));

    // Order by time: one step, undone as one.
    action("redoAction")->trigger();
    window->findChild<QPushButton*>(u"orderByTime"_s)->click();
    EXPECT_EQ(stored(), (std::vector<std::string>{"late trailers", "the stop", "the label printer jams"}));
    const int index = window->currentDocument()->undoStack()->index();
    action("undoAction")->trigger();
    EXPECT_EQ(stored(), (std::vector<std::string>{"late trailers", "the label printer jams", "the stop"}));
    EXPECT_EQ(window->currentDocument()->undoStack()->index(), index - 1);
}

TEST_F(TimelineTest, NotesCapturedAtAChosenMomentAreAttachedToIt) {
    openTimeline();
    addMoment(u"01:50 the printer jams"_s);
    addMoment(u"02:05 the stop"_s);
    table()->setCurrentIndex(table()->model()->index(0, TimelineModel::TextColumn));
    // The capture line above the timeline takes a note of the kind chosen with Ctrl+3, for this moment.
    line()->setFocus();
    chooseKind(3);
    type(u"The walkway is stacked with pallets"_s);
    const auto notes = repo.notes(lt.id);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].kind, NoteKind::HardCondition);
    const auto printer = repo.moments(lt.id)[0];
    const auto links = repo.links(lt.id);
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(links[0].from, (ItemRef{ItemType::Note, notes[0].id}));
    EXPECT_EQ(links[0].to, (ItemRef{ItemType::Moment, printer.id}));
    EXPECT_EQ(cell(0, TimelineModel::NotesColumn), words(NoteKind::HardCondition));
    EXPECT_TRUE(table()
                    ->model()
                    ->index(0, TimelineModel::NotesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"The walkway is stacked"_s));
    auto* present = window->findChild<QListWidget*>(u"momentAttached"_s);
    ASSERT_EQ(present->count(), 1);
    EXPECT_EQ(present->item(0)->text(),
              u"%1: The walkway is stacked with pallets"_s.arg(words(NoteKind::HardCondition)));
    // One undo step takes the note and its attachment.
    action("undoAction")->trigger();
    EXPECT_TRUE(repo.notes(lt.id).empty());
    EXPECT_TRUE(repo.links(lt.id).empty());
    action("redoAction")->trigger();
    EXPECT_EQ(repo.links(lt.id).size(), 1u);

    // Not attached when the facilitator says so.
    window->findChild<QCheckBox*>(u"attachCapturedNotes"_s)->setChecked(false);
    line()->setFocus();
    type(u"A note for the board alone"_s);
    EXPECT_EQ(repo.notes(lt.id).size(), 2u);
    EXPECT_EQ(repo.links(lt.id).size(), 1u);

    // The pickers: notes present at the second moment, and the step it happened at.
    const auto step = repo.addWorkStep(WorkStep{0, lt.id, StepTrack::Done, 0, "Reverse out on the mirror"});
    table()->setCurrentIndex(table()->model()->index(1, TimelineModel::TextColumn));
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        EXPECT_EQ(dialog->objectName(), u"momentNotesDialog"_s);
        auto* list = dialog->findChild<QListWidget*>(u"pickerList"_s);
        ASSERT_EQ(list->count(), 2);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Checked);
        dialog->accept();
    });
    window->findChild<QPushButton*>(u"attachMomentNotes"_s)->click();
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto* list = dialog->findChild<QListWidget*>(u"pickerList"_s);
        ASSERT_EQ(list->count(), 1);
        list->item(0)->setCheckState(Qt::Checked);
        dialog->accept();
    });
    window->findChild<QPushButton*>(u"momentSteps"_s)->click();
    const auto stop = repo.moments(lt.id)[1];
    int toStop = 0, toStep = 0;
    for (const auto& l : repo.links(lt.id)) {
        toStop += l.to == ItemRef{ItemType::Moment, stop.id};
        toStep += l.from == ItemRef{ItemType::Moment, stop.id} && l.to == ItemRef{ItemType::WorkStep, step.id};
    }
    EXPECT_EQ(toStop, 2);
    EXPECT_EQ(toStep, 1);
    EXPECT_TRUE(table()
                    ->model()
                    ->index(1, TimelineModel::NotesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"At the step: Reverse out on the mirror"_s));
    EXPECT_TRUE(cell(1, TimelineModel::NotesColumn).endsWith(u"1 step"_s));

    window->activateWindow(); // back from the pickers
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

    // Where and who of the chosen moment, typed beside the timeline: one undo step.
    panel()->chosenPlace()->setFocus();
    typeInto(panel()->chosenPlace(), u"Door 7"_s);
    QTest::keyClick(panel()->chosenPlace(), Qt::Key_Tab);
    EXPECT_EQ(repo.moments(lt.id)[1].place, "Door 7");
    EXPECT_TRUE(cell(1, TimelineModel::TextColumn).endsWith(u"\nDoor 7"_s)) << "read under what happened";
    action("undoAction")->trigger();
    EXPECT_EQ(repo.moments(lt.id)[1].place, "");
    EXPECT_EQ(panel()->chosenPlace()->text(), u""_s);

    // Delete removes the chosen moment with its attachments; undo brings both back.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    EXPECT_EQ(stored(), (std::vector<std::string>{"the printer jams"}));
    EXPECT_EQ(repo.links(lt.id).size(), 1u) << "only the first moment's attachment is left";
    EXPECT_EQ(repo.notes(lt.id).size(), 2u) << "the notes stay on the board";
    action("undoAction")->trigger();
    EXPECT_EQ(repo.moments(lt.id).size(), 2u);
    EXPECT_EQ(repo.links(lt.id).size(), 4u);
}

} // namespace
