// The room view as the room sees it: on the projector, live, never a name, and under the facilitator's
// control (freeze, blank, spotlight, zoom, prompt card), with every phase's picture.
#include "app/main_window.hpp"
#include "inspector/note_inspector.hpp"
#include "learn/learn_workspace.hpp"
#include "learn/quick_capture.hpp"
#include "room/room_view.hpp"
#include "transfer/export_service.hpp"

#include "ltw/sample.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

class RoomViewTest : public ::testing::Test {
protected:
    ltw::test::TempDir dir;
    SqliteRepository repo{dir / "room.ltw"};
    LearningTeam lt;
    std::unique_ptr<MainWindow> window;

    void SetUp() override {
        QSettings().clear();
        ASSERT_EQ(QGuiApplication::screens().size(), 2) << "the two-screen offscreen configuration";
        lt = ltw::test::makeLearningTeam(repo);
        repo.addParticipant(Participant{0, lt.id, "night-shift operator", "Rosa Díaz"});
        window = std::make_unique<MainWindow>(repo);
        window->move(100, 100); // on the laptop
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    QAction* action(const char* name) { return window->findChild<QAction*>(QString::fromUtf8(name)); }
    RoomView* room() { return window->roomView(); }
    QLineEdit* line() { return window->findChild<LearnWorkspace*>()->capture()->line(); }
    void capture(const QString& text) {
        QTest::keyClicks(line(), text);
        QTest::keyClick(line(), Qt::Key_Return);
    }
    // What the room sees in the next frame it draws.
    QString roomText() {
        room()->grab(); // draws the frame as the screen would

        return room()->visibleTexts().join(u"\n"_s);
    }
};

TEST_F(RoomViewTest, AHiddenRoomViewCostsTheCaptureNothingAndCatchesUpWhenShown) {
    capture(u"Heard before the projector was on"_s);
    EXPECT_TRUE(room()->picture().columns.empty()) << "no picture is built while nobody looks";
    action("roomViewAction")->trigger();
    EXPECT_TRUE(roomText().contains(u"Heard before the projector was on"_s));
}

TEST_F(RoomViewTest, GoesFullScreenOnTheProjector) {
    EXPECT_EQ(window->screen()->name(), u"laptop"_s);
    action("roomViewAction")->trigger();
    ASSERT_TRUE(room()->isVisible());
    EXPECT_TRUE(room()->isFullScreen());
    EXPECT_EQ(room()->screen()->name(), u"projector"_s);
    EXPECT_EQ(room()->geometry(), QGuiApplication::screens().at(1)->geometry());
    action("roomViewAction")->trigger();
    EXPECT_FALSE(room()->isVisible());

    // Closed from its own window, F5 brings it straight back.
    action("roomViewAction")->trigger();
    room()->close();
    EXPECT_FALSE(action("roomViewAction")->isChecked());
    action("roomViewAction")->trigger();
    EXPECT_TRUE(room()->isVisible());
}

TEST_F(RoomViewTest, ACapturedNoteIsOnTheRoomViewAtTheNextFrame) {
    action("roomViewAction")->trigger();
    capture(u"The horn cannot be heard over the fridge units"_s);
    EXPECT_TRUE(roomText().contains(u"The horn cannot be heard over the fridge units"_s));
    // Edits, deletions and undo follow too.
    auto note = repo.notes(lt.id).front();
    note.text = "The reversing beeper is drowned out";
    repo.updateNote(note);
    EXPECT_TRUE(roomText().contains(u"The reversing beeper is drowned out"_s));
    window->findChild<QAction*>(u"undoAction"_s)->trigger(); // takes back the capture
    EXPECT_FALSE(roomText().contains(u"beeper"_s));
}

TEST_F(RoomViewTest, NoNameIsEverDrawnInAnyPhaseWhateverIsSelected) {
    const auto sample = addSampleLearningTeam(repo);
    window->showLearningTeam(sample.id);
    action("roomViewAction")->trigger();
    Session session(repo, SessionOptions{dir / "backups", 3});
    const auto people = repo.participants(sample.id);
    for (auto phase : {Phase::Share, Phase::Solve, Phase::Soak, Phase::Learn}) {
        if (repo.learningTeam(sample.id)->phase != phase) {
            ASSERT_TRUE(session.moveTo(sample.id, phase).moved);
        }
        for (const auto& n : repo.notes(sample.id)) { // select every note in turn, spotlight it
            window->findChild<NoteInspector*>()->showNote(n.id);
            room()->setSpotlight(n.id);
            const auto text = roomText();
            for (const auto& p : people) {
                EXPECT_FALSE(text.contains(QString::fromStdString(p.name))) << p.name;
                const auto first = QString::fromStdString(p.name).section(u' ', 0, 0);
                EXPECT_FALSE(text.contains(first + u' ')) << first.toStdString();
            }
            if (n.facilitatorOnly) {
                EXPECT_FALSE(text.contains(QString::fromStdString(n.text))) << "a private note";
            }
        }
        room()->setSpotlight(0);
        const auto text = roomText();
        EXPECT_GT(room()->visibleTexts().size(), 5) << "the picture is drawn in " << toString(phase);
        for (const auto& p : people)
            EXPECT_FALSE(text.contains(QString::fromStdString(p.name))) << toString(phase) << ": " << p.name;
    }
}

TEST_F(RoomViewTest, FreezeHoldsThePictureAndBlankDrawsNoNote) {
    action("roomViewAction")->trigger();
    capture(u"Before the freeze"_s);
    action("roomFreezeAction")->trigger();
    capture(u"Typed while frozen"_s);
    auto text = roomText();
    EXPECT_TRUE(text.contains(u"Before the freeze"_s));
    EXPECT_FALSE(text.contains(u"Typed while frozen"_s));
    action("roomFreezeAction")->trigger();
    EXPECT_TRUE(roomText().contains(u"Typed while frozen"_s));

    action("roomBlankAction")->trigger();
    EXPECT_TRUE(roomText().isEmpty());
    const auto image = room()->grab().toImage();
    EXPECT_EQ(image.pixelColor(image.width() / 2, image.height() / 2), QColor(0x20, 0x26, 0x2b));
    action("roomBlankAction")->trigger();
    EXPECT_TRUE(roomText().contains(u"Before the freeze"_s));
}

TEST_F(RoomViewTest, PhaseChangesSwitchThePicture) {
    action("roomViewAction")->trigger();
    capture(u"A story to soak on"_s);
    EXPECT_TRUE(roomText().contains(u"Learn"_s));
    Session(repo).moveTo(lt.id, Phase::Soak);
    const auto soak = roomText();
    EXPECT_TRUE(soak.contains(u"Soak"_s));
    EXPECT_TRUE(soak.contains(u"Not in a theme yet"_s)) << soak.toStdString();
}

TEST_F(RoomViewTest, SpotlightZoomAndPromptCard) {
    action("roomViewAction")->trigger();
    capture(u"First story"_s);
    QTest::keyClick(line(), Qt::Key_3, Qt::ControlModifier);
    capture(u"A hard condition"_s);
    const auto notes = repo.notes(lt.id);
    window->findChild<NoteInspector*>()->showNote(notes[1].id);
    action("roomSpotlightAction")->trigger();
    auto text = roomText();
    EXPECT_TRUE(text.contains(u"A hard condition"_s));
    EXPECT_FALSE(text.contains(u"First story"_s));
    action("roomSpotlightAction")->trigger();

    window->findChild<NoteInspector*>()->showNote(notes[0].id);
    action("roomZoomAction")->trigger();
    text = roomText();
    EXPECT_TRUE(text.contains(u"First story"_s));
    EXPECT_FALSE(text.contains(u"A hard condition"_s));
    action("roomZoomAction")->trigger();

    action("roomPromptAction")->trigger();
    text = roomText();
    EXPECT_FALSE(text.contains(u"First story"_s));
    EXPECT_GT(room()->lastPaint().fontPixels, 40) << "a prompt card takes the screen in large type";
    action("roomPromptAction")->trigger();
    EXPECT_TRUE(roomText().contains(u"First story"_s));
}

TEST_F(RoomViewTest, PicturesOfEveryPhaseAtTwoSizes) {
    const auto sample = addSampleLearningTeam(repo);
    window->showLearningTeam(sample.id);
    action("roomViewAction")->trigger();
    Session session(repo, SessionOptions{dir / "backups", 3});
    const auto out = qEnvironmentVariable("LTW_SCREENSHOT_DIR");
    for (auto phase : {Phase::Share, Phase::Solve, Phase::Soak, Phase::Learn}) {
        if (repo.learningTeam(sample.id)->phase != phase) {
            ASSERT_TRUE(session.moveTo(sample.id, phase).moved);
        }
        ASSERT_FALSE(room()->picture().empty()) << toString(phase);
        for (QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
            QImage image(size, QImage::Format_RGB32);
            QPainter painter(&image);
            const auto painted = paintRoomPicture(painter, QRect(QPoint(0, 0), size), room()->picture());
            painter.end();
            // Readable from the back of a room: card text of at least about 2.5% of the height.
            EXPECT_GE(painted.fontPixels, size.height() / 40) << toString(phase) << " at " << size.width();
            if (!out.isEmpty())
                image.save(u"%1/room-%2-%3.png"_s.arg(out, QString::fromUtf8(toString(phase))).arg(size.width()));
        }
    }
}

// In Learn the wall shows what the facilitator's Learn page shows: the board, the steps side by side, the
// timeline; the Room menu can fix one picture instead, and the room still follows every edit.
TEST_F(RoomViewTest, TheRoomFollowsTheLearnPageUnlessThePictureIsFixed) {
    repo.addWorkStep(WorkStep{0, lt.id, StepTrack::Imagined, 0, "The trailer is chocked before anyone goes in"});
    repo.addWorkStep(WorkStep{0, lt.id, StepTrack::Done, 0, "The shunter chocks it when the yard is quiet"});
    TimelineMoment moment;
    moment.learningTeamId = lt.id;
    moment.minute = 2 * 60 + 5;
    moment.text = "The forklift reverses out of door 7";
    moment.who = "Rosa Díaz"; // a name typed where a role belongs
    repo.addMoment(moment);
    action("roomViewAction")->trigger();
    capture(u"A story on the board"_s);
    auto* learn = window->findChild<LearnWorkspace*>();
    auto* tabs = window->findChild<QTabWidget*>(u"learnTabs"_s);
    ASSERT_TRUE(learn && tabs);
    ASSERT_TRUE(action("roomFollowLearnAction")->isChecked()) << "the room follows the Learn page by default";
    EXPECT_EQ(room()->picture().layout, RoomLayout::Columns);
    EXPECT_TRUE(roomText().contains(u"A story on the board"_s));

    // Every tab of the Learn page, in turn: the wall shows its picture.
    int stepsTab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        EXPECT_EQ(room()->learnPicture(), learn->picture()) << "tab " << i;
        const auto text = roomText();
        if (learn->picture() == LearnPicture::WorkSteps) {
            stepsTab = i;
            EXPECT_TRUE(text.contains(u"The shunter chocks it when the yard is quiet"_s)) << text.toStdString();
            EXPECT_FALSE(text.contains(u"A story on the board"_s));
        } else if (learn->picture() == LearnPicture::Timeline) {
            EXPECT_TRUE(text.contains(u"The forklift reverses out of door 7"_s));
        } else {
            EXPECT_TRUE(text.contains(u"A story on the board"_s));
        }
    }
    ASSERT_GE(stepsTab, 0) << "the Learn page has the steps";

    // Fixed to the timeline: the tabs no longer move it.
    action("roomPictureTimelineAction")->trigger();
    EXPECT_FALSE(action("roomFollowLearnAction")->isChecked());
    auto text = roomText();
    EXPECT_TRUE(text.contains(u"The forklift reverses out of door 7"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"02:05"_s));
    EXPECT_TRUE(text.contains(u"[night-shift operator]"_s)) << "the name typed as who becomes the role";
    EXPECT_FALSE(text.contains(u"Rosa"_s));
    tabs->setCurrentIndex(0);
    tabs->setCurrentIndex(stepsTab);
    EXPECT_EQ(room()->picture().layout, RoomLayout::Timeline);

    // Live: a moment added is on the wall at the next frame.
    TimelineMoment later;
    later.learningTeamId = lt.id;
    later.position = 1;
    later.minute = 2 * 60 + 20;
    later.text = "Both talk it through with the dock lead";
    repo.addMoment(later);
    EXPECT_TRUE(roomText().contains(u"Both talk it through with the dock lead"_s));

    // The picture exported is the one on the wall.
    const auto png = QString::fromStdString((dir / "wall.png").string());
    window->exporter()->setMessageBoxesShown(false);
    window->exporter()->setFileChooser([&](const QString&, const QString&) { return png; });
    QSignalSpy exported(window->exporter(), &ExportService::exportFinished);
    window->findChild<QAction*>(u"exportPictureAction"_s)->trigger();
    ASSERT_EQ(exported.count(), 1);
    ASSERT_TRUE(exported.last().at(0).toBool()) << exported.last().at(1).toString().toStdString();
    const auto snapshot = repo.snapshot(lt.id);
    EXPECT_EQ(QImage(png).convertToFormat(QImage::Format_RGB32),
              renderRoomPicture(buildRoomPicture(snapshot, Phase::Learn, LearnPicture::Timeline), QSize(1920, 1080)));
    EXPECT_NE(QImage(png).convertToFormat(QImage::Format_RGB32),
              renderRoomPicture(buildRoomPicture(snapshot, Phase::Learn, LearnPicture::Board), QSize(1920, 1080)));

    // The choice stays with the workbench, from one Learning Team to the next.
    const auto other = ltw::test::makeLearningTeam(repo, "Another changeover");
    window->showLearningTeam(other.id);
    window->showLearningTeam(lt.id);
    EXPECT_TRUE(action("roomPictureTimelineAction")->isChecked());
    EXPECT_EQ(room()->learnPicture(), LearnPicture::Timeline);

    // Following again: the page's picture at once.
    action("roomFollowLearnAction")->trigger();
    EXPECT_EQ(room()->learnPicture(), learn->picture());
    tabs->setCurrentIndex(stepsTab);
    EXPECT_TRUE(roomText().contains(u"The shunter chocks it when the yard is quiet"_s));
    action("roomPictureBoardAction")->trigger();
    EXPECT_TRUE(roomText().contains(u"A story on the board"_s));
}

} // namespace
