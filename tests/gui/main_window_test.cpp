// The workbench window, driven as a facilitator would: it opens on the last Learning Team, shows its
// notes, follows changes as they are committed, and never shows a participant's name.
#include "app/database_lock.hpp"
#include "app/main_window.hpp"
#include "document/change_hub.hpp"
#include "document/teams_document.hpp"
#include "learn/note_table_model.hpp"
#include "phase/phase_stepper.hpp"
#include "teams/team_tree_model.hpp"
#include "transfer/export_service.hpp"

#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <filesystem>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;
using ltw::test::makeLearningTeam;
using ltw::test::makeNote;

namespace {

// Every text the table shows, in every role a user can see.
QStringList visibleTexts(QAbstractItemModel* model) {
    QStringList texts;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                texts << model->index(r, c).data(role).toString();
    return texts;
}

class MainWindowTest : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
};

TEST_F(MainWindowTest, EmptyDatabaseShowsTheWayIn) {
    MainWindow window(repo);
    window.show();
    auto* stack = window.findChild<QStackedWidget*>(u"mainStack"_s);
    ASSERT_TRUE(stack);
    EXPECT_EQ(stack->currentWidget()->objectName(), u"emptyState"_s);
    auto* add = window.findChild<QAction*>(u"addSampleAction"_s);
    ASSERT_TRUE(add);
    add->trigger();
    EXPECT_NE(window.currentLearningTeam(), 0);
    EXPECT_EQ(stack->currentWidget()->objectName(), u"learningTeamPane"_s);
    auto* table = window.findChild<QTableView*>(u"noteTable"_s);
    EXPECT_GE(table->model()->rowCount(), 15);
}

// Adding the sample and creating a Learning Team are steps of the library's history, like deleting one.
TEST_F(MainWindowTest, AddingTheSampleOrANewLearningTeamCanBeUndone) {
    MainWindow window(repo);
    window.show();
    window.findChild<QAction*>(u"addSampleAction"_s)->trigger();
    ASSERT_EQ(repo.learningTeams().size(), 1u);
    const auto sample = repo.snapshot(repo.learningTeams().front().id);
    EXPECT_EQ(window.teamsUndoStack()->count(), 1);
    window.teamsUndoStack()->undo();
    EXPECT_TRUE(repo.learningTeams().empty());
    EXPECT_TRUE(repo.teams().empty()) << "the team made for it goes too";
    window.teamsUndoStack()->redo();
    ASSERT_EQ(repo.learningTeams().size(), 1u);
    EXPECT_EQ(repo.snapshot(sample.learningTeam.id).notes, sample.notes) << "back under the same ids";

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto* title = dialog->findChild<QLineEdit*>(u"titleEdit"_s);
        ASSERT_TRUE(title);
        title->setText(u"Changeover on line 3"_s);
        dialog->accept();
    });
    window.findChild<QAction*>(u"newLearningTeamAction"_s)->trigger();
    ASSERT_EQ(repo.learningTeams().size(), 2u);
    EXPECT_EQ(window.teamsUndoStack()->count(), 2);
    EXPECT_TRUE(window.teamsUndoStack()->undoText().contains(u"Changeover on line 3"_s));
    window.teamsUndoStack()->undo();
    EXPECT_EQ(repo.learningTeams().size(), 1u);
}

TEST_F(MainWindowTest, OpensOnTheMostRecentLearningTeamWithItsNotes) {
    auto older = makeLearningTeam(repo, "Older one");
    repo.addNote(makeNote(older.id, NoteKind::Story, "old story"));
    const auto sample = addSampleLearningTeam(repo);
    MainWindow window(repo);
    window.show();
    EXPECT_EQ(window.currentLearningTeam(), sample.id);

    // The library: teams, and under each its Learning Teams with phase, date and notes.
    auto* tree = window.findChild<QTreeView*>(u"library"_s);
    auto* library = tree->model();
    ASSERT_EQ(library->rowCount(), 2) << "two teams";
    const auto sampleIndex = static_cast<TeamTreeModel*>(library)->indexOfLearningTeam(sample.id);
    ASSERT_TRUE(sampleIndex.isValid());
    EXPECT_EQ(tree->currentIndex(), sampleIndex);
    EXPECT_TRUE(sampleIndex.data().toString().contains(QString::fromStdString(sample.title)));
    EXPECT_TRUE(sampleIndex.data().toString().contains(u"Share"_s));
    EXPECT_TRUE(sampleIndex.data().toString().contains(u"26 notes"_s) ||
                sampleIndex.data().toString().contains(u" notes"_s));
    EXPECT_TRUE(
        sampleIndex.parent().data().toString().contains(QString::fromStdString(repo.team(sample.teamId)->name)));

    auto* header = window.findChild<QLabel*>(u"learningTeamHeader"_s);
    EXPECT_TRUE(header->text().contains(QString::fromStdString(sample.title).toHtmlEscaped()));
    auto* stepper = window.findChild<PhaseStepper*>();
    ASSERT_TRUE(stepper);
    EXPECT_EQ(stepper->phase(), Phase::Share);
    EXPECT_TRUE(stepper->button(Phase::Share)->isChecked());
    EXPECT_TRUE(stepper->button(Phase::Learn)->text().contains(u"✓"_s)) << "phases behind are marked done";

    auto* table = window.findChild<QTableView*>(u"noteTable"_s);
    EXPECT_EQ(table->model()->rowCount(), static_cast<int>(repo.notes(sample.id).size()));

    // Choosing the other Learning Team in the library shows its notes.
    tree->setCurrentIndex(static_cast<TeamTreeModel*>(library)->indexOfLearningTeam(older.id));
    EXPECT_EQ(window.currentLearningTeam(), older.id);
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, NoteTableModel::TextColumn).data().toString(), u"old story"_s);
}

TEST_F(MainWindowTest, FollowsCommittedChanges) {
    const auto lt = makeLearningTeam(repo);
    MainWindow window(repo);
    window.show();
    auto* table = window.findChild<QTableView*>(u"noteTable"_s);
    auto* library = static_cast<TeamTreeModel*>(window.findChild<QTreeView*>(u"library"_s)->model());
    QAbstractItemModelTester notesTester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester libraryTester(library, QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto n = repo.addNote(makeNote(lt.id, NoteKind::WeakSignal, "The horn is hard to hear"));
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, NoteTableModel::KindColumn).data().toString(), u"Weak signal"_s);
    EXPECT_TRUE(library->indexOfLearningTeam(lt.id).data().toString().contains(u"1 note"_s));

    n.text = "The reversing beeper is drowned out";
    repo.updateNote(n);
    EXPECT_EQ(table->model()->index(0, NoteTableModel::TextColumn).data().toString(),
              u"The reversing beeper is drowned out"_s);

    repo.removeNote(n.id);
    EXPECT_EQ(table->model()->rowCount(), 0);

    auto renamed = repo.learningTeam(lt.id).value();
    renamed.title = "Renamed while open";
    repo.updateLearningTeam(renamed);
    EXPECT_TRUE(window.findChild<QLabel*>(u"learningTeamHeader"_s)->text().contains(u"Renamed while open"_s));
    EXPECT_TRUE(window.windowTitle().contains(u"Renamed while open"_s));

    repo.removeLearningTeam(lt.id);
    EXPECT_FALSE(library->indexOfLearningTeam(lt.id).isValid());
    EXPECT_EQ(window.currentLearningTeam(), 0);
}

TEST_F(MainWindowTest, NamesOfParticipantsAreNeverShown) {
    const auto sample = addSampleLearningTeam(repo);
    MainWindow window(repo);
    window.show();
    auto* table = window.findChild<QTableView*>(u"noteTable"_s);
    const auto texts = visibleTexts(table->model()).join(u"\n"_s);
    bool anyTeller = false;
    for (const auto& p : repo.participants(sample.id)) {
        ASSERT_FALSE(p.name.empty());
        EXPECT_FALSE(texts.contains(QString::fromStdString(p.name))) << p.name;
        anyTeller = anyTeller || texts.contains(QString::fromStdString(p.role));
    }
    EXPECT_TRUE(anyTeller) << "tellers show as their roles";
}

TEST_F(MainWindowTest, ModelsPassTheModelTester) {
    addSampleLearningTeam(repo);
    ChangeHub hub(repo);
    TeamsDocument library(repo);
    TeamTreeModel teams(hub, &library);
    NoteTableModel notes(hub);
    QAbstractItemModelTester t1(&teams, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&notes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    notes.setLearningTeam(repo.learningTeams().front().id);
    const auto lt = addSampleLearningTeam(repo);
    notes.setLearningTeam(lt.id);
    repo.addNote(makeNote(lt.id, NoteKind::Reflection, "late addition"));
    EXPECT_EQ(teams.rowCount(), 1) << "one team, reused by the second sample";
    EXPECT_EQ(teams.rowCount(teams.index(0, 0)), 2);
    EXPECT_EQ(teams.indexOfLearningTeam(lt.id).data(TeamTreeModel::NoteCountRole).toInt(), repo.noteCount(lt.id));
    notes.setLearningTeam(0);
    EXPECT_EQ(notes.rowCount(), 0);
}

TEST_F(MainWindowTest, WindowPicture) {
    addSampleLearningTeam(repo);
    MainWindow window(repo);
    window.resize(1280, 800);
    window.show();
    const auto image = window.grab().toImage();
    EXPECT_EQ(image.width(), 1280);
    if (const auto out = qEnvironmentVariable("LTW_SCREENSHOT_DIR"); !out.isEmpty())
        image.save(out + u"/workbench-plain.png"_s);
}

} // namespace

namespace {

TEST(DatabaseLockTest, ASecondWindowOnTheSameFileIsToldSo) {
    ltw::test::TempDir dir;
    const auto path = QString::fromStdString((dir / "shared.ltw").string());
    DatabaseLock first(path);
    ASSERT_TRUE(first.acquired()) << first.problem().toStdString();
    DatabaseLock second(path);
    EXPECT_FALSE(second.acquired());
    EXPECT_TRUE(second.problem().contains(u"already open in another workbench window"_s))
        << second.problem().toStdString();
    DatabaseLock other(QString::fromStdString((dir / "other.ltw").string()));
    EXPECT_TRUE(other.acquired());
}

TEST_F(MainWindowTest, AboutSaysWhereTheWorkIsKept) {
    MainWindow window(repo);
    window.show();
    auto* about = window.findChild<QAction*>(u"aboutAction"_s);
    ASSERT_TRUE(about);
    QString shown;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        for (auto* label : dialog->findChildren<QLabel*>())
            shown += label->text() + u"\n"_s;
        dialog->reject();
    });
    about->trigger();
    EXPECT_TRUE(shown.contains(u":memory:"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"Learn, Soak, Solve and Share"_s)) << shown.toStdString();
}

} // namespace

namespace {

TEST_F(MainWindowTest, RenameAndDeleteInTheLibraryWithUndo) {
    const auto sample = addSampleLearningTeam(repo);
    const auto other = makeLearningTeam(repo, "Second");
    MainWindow window(repo);
    window.show();
    auto* tree = window.findChild<QTreeView*>(u"library"_s);
    auto* library = static_cast<TeamTreeModel*>(tree->model());
    const auto before = repo.snapshot(sample.id);

    library->setData(library->indexOfLearningTeam(sample.id), u"Door 7, renamed"_s);
    EXPECT_EQ(repo.learningTeam(sample.id)->title, "Door 7, renamed");
    window.teamsUndoStack()->undo();
    EXPECT_EQ(repo.learningTeam(sample.id)->title, before.learningTeam.title);

    tree->setFocus();
    tree->setCurrentIndex(library->indexOfLearningTeam(sample.id));
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        EXPECT_TRUE(box->text().contains(u"with everything captured in it"_s));
        box->findChild<QPushButton*>(u"confirmDeleteButton"_s)->click();
    });
    window.findChild<QAction*>(u"deleteAction"_s)->trigger();
    EXPECT_FALSE(repo.learningTeam(sample.id));
    EXPECT_EQ(window.currentLearningTeam(), other.id) << "the next Learning Team is shown";

    // Undo puts back every item under its own id.
    auto* undo = window.findChild<QAction*>(u"undoAction"_s);
    ASSERT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(u"Delete"_s)) << undo->text().toStdString();
    undo->trigger();
    const auto after = repo.snapshot(sample.id);
    EXPECT_EQ(after.notes, before.notes);
    EXPECT_EQ(after.participants, before.participants);
    EXPECT_EQ(after.links, before.links);
    EXPECT_EQ(after.defenses, before.defenses);
    EXPECT_EQ(after.actions, before.actions);
    EXPECT_EQ(after.themes, before.themes);
    EXPECT_EQ(after.phaseLog, before.phaseLog);
    EXPECT_TRUE(library->indexOfLearningTeam(sample.id).isValid());
    EXPECT_TRUE(repo.database().checkIntegrity().ok);

    // Cancelling deletes nothing.
    tree->setCurrentIndex(library->indexOfLearningTeam(other.id));
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        box->reject();
    });
    window.findChild<QAction*>(u"deleteAction"_s)->trigger();
    EXPECT_TRUE(repo.learningTeam(other.id));
}

} // namespace

namespace {

TEST_F(MainWindowTest, TheWindowLayoutIsRestoredBetweenRuns) {
    QSettings().clear();
    QRect placed;
    {
        MainWindow first(repo);
        first.show();
        first.resize(1111, 777);
        first.findChild<QDockWidget*>(u"undoHistoryDock"_s)->show();
        QApplication::processEvents();
        placed = first.geometry();
        first.close();
    }
    MainWindow second(repo);
    second.show();
    QApplication::processEvents();
    EXPECT_EQ(second.size(), placed.size());
    EXPECT_TRUE(second.findChild<QDockWidget*>(u"undoHistoryDock"_s)->isVisible()) << "docks come back as left";
}

} // namespace

namespace {

// File → Print (Ctrl+P) and Export reach the report from any phase, through the review.
TEST_F(MainWindowTest, TheReportIsReachedFromAnyPhaseThroughTheReview) {
    auto lt = makeLearningTeam(repo, "Still in Learn");
    repo.addNote(makeNote(lt.id, NoteKind::Story, "first story"));
    MainWindow window(repo);
    window.show();
    ASSERT_EQ(window.currentLearningTeam(), lt.id);
    for (const char* name : {"printReportAction", "exportReportAction"}) {
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_TRUE(action) << name;
        EXPECT_FALSE(action->shortcut().isEmpty()) << name;
        action->trigger();
        QDialog* review = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                review = window.findChild<QDialog*>(u"reportExportDialog"_s);
                return review && review->isVisible();
            },
            2000))
            << name;
        review->reject();
        QTest::qWait(20);
    }
    EXPECT_EQ(window.findChild<QAction*>(u"printReportAction"_s)->shortcut(), QKeySequence(QKeySequence::Print));
}

// File → Export the bundle and the room's picture work from Learn through the same service as the Share
// page; with no Learning Team shown every export is off and Import is still there.
TEST_F(MainWindowTest, TheBundleAndThePictureLeaveFromTheFileMenuInAnyPhase) {
    ltw::test::TempDir dir;
    SqliteRepository fileRepo(dir / "menu.ltw");
    MainWindow window(fileRepo);
    window.show();
    const QStringList exports = {u"exportReportAction"_s, u"printReportAction"_s, u"exportBundleAction"_s,
                                 u"exportPictureAction"_s};
    for (const auto& name : exports)
        EXPECT_FALSE(window.findChild<QAction*>(name)->isEnabled()) << name.toStdString() << " with nothing shown";
    EXPECT_TRUE(window.findChild<QAction*>(u"importBundleAction"_s)->isEnabled());

    auto lt = makeLearningTeam(fileRepo, "Night loading");
    fileRepo.addNote(makeNote(lt.id, NoteKind::Adaptation, "we chock the wheels before the ramp"));
    window.showLearningTeam(lt.id);
    ASSERT_EQ(window.currentLearningTeam(), lt.id);
    for (const auto& name : exports)
        EXPECT_TRUE(window.findChild<QAction*>(name)->isEnabled()) << name.toStdString();

    QString path;
    QStringList offered;
    window.exporter()->setMessageBoxesShown(false);
    window.exporter()->setFileChooser([&](const QString& suggested, const QString&) {
        offered << suggested;
        return path;
    });
    QSignalSpy finished(window.exporter(), &ExportService::exportFinished);
    path = QString::fromStdString((dir / "night").string()); // no extension typed: the right one is added
    window.findChild<QAction*>(u"exportBundleAction"_s)->trigger();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.last().at(0).toBool()) << finished.last().at(1).toString().toStdString();
    EXPECT_EQ(offered.last(), u"night-loading.json"_s);
    const auto bundle = ltw::test::readFile(dir / "night.json");
    EXPECT_NE(bundle.find("we chock the wheels before the ramp"), std::string::npos);

    path = QString::fromStdString((dir / "night.png").string());
    window.findChild<QAction*>(u"exportPictureAction"_s)->trigger();
    ASSERT_EQ(finished.count(), 2);
    EXPECT_TRUE(finished.last().at(0).toBool());
    EXPECT_EQ(QImage(path).size(), QSize(1920, 1080));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"night.png"_s))
        << window.statusBar()->currentMessage().toStdString();

    // A folder that cannot be written: the facilitator is told which file, and nothing is left.
    path = QString::fromStdString((dir / "no-such-folder" / "night.json").string());
    window.findChild<QAction*>(u"exportBundleAction"_s)->trigger();
    ASSERT_EQ(finished.count(), 3);
    EXPECT_FALSE(finished.last().at(0).toBool());
    EXPECT_TRUE(finished.last().at(1).toString().contains(u"could not be saved"_s));
    EXPECT_FALSE(std::filesystem::exists(dir / "no-such-folder"));
}

} // namespace
