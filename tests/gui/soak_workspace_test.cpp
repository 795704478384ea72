// Soak as a facilitator runs it: reflections captured the quick way, themes made from selected notes,
// notes dragged in and out, themes named and removed — each one undo step — and the soak's end.
#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "learn/note_board.hpp"
#include "learn/note_table_model.hpp"
#include "learn/quick_capture.hpp"
#include "soak/soak_workspace.hpp"

#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;
using ltw::test::makeNote;

namespace {

class SoakTest : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    ChangeHub hub{repo};
    NoteTableModel notes{hub};
    LearningTeam lt = ltw::test::makeLearningTeam(repo);
    LearningTeamDocument document{repo, lt.id};
    std::vector<Note> stored;
    std::unique_ptr<SoakWorkspace> soak;

    void SetUp() override {
        for (auto [kind, text] : {std::pair{NoteKind::Story, "The printer jammed again"},
                                  std::pair{NoteKind::WeakSignal, "The blue light was broken for weeks"},
                                  std::pair{NoteKind::Adaptation, "We walk behind the trailers"},
                                  std::pair{NoteKind::HardCondition, "The lamp over door 7 is out"}})
            stored.push_back(repo.addNote(makeNote(lt.id, kind, text)));
        repo.recordPhaseChange(lt.id, Phase::Soak, "");
        notes.setDocument(&document);
        soak = std::make_unique<SoakWorkspace>(hub, &notes);
        soak->setDocument(&document);
        soak->resize(1200, 700);
        soak->show();
    }

    void select(LaneView* lane, const std::vector<int>& rows) {
        lane->clearSelection();
        for (int r : rows)
            lane->selectionModel()->select(lane->model()->index(r, 0), QItemSelectionModel::Select);
    }

    void drop(LaneView* target, LaneView* source, int row) {
        auto* mime = source->model()->mimeData({source->model()->index(row, 0)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &enter);
        QDropEvent event(QPointF(10, 10), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &event);
        delete mime;
    }
};

TEST_F(SoakTest, ReflectionsAreCapturedInSoak) {
    EXPECT_EQ(soak->capture()->kind(), NoteKind::Reflection);
    QTest::keyClicks(soak->capture()->line(), u"Slept on it: the printer is the real story"_s);
    QTest::keyClick(soak->capture()->line(), Qt::Key_Return);
    const auto all = repo.notes(lt.id, {NoteKind::Reflection, Phase::Soak});
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].text, "Slept on it: the printer is the real story");
}

TEST_F(SoakTest, MakeNameMoveAndRemoveThemesEachOneUndoStep) {
    QAbstractItemModelTester tester(soak->unthemedLane()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(soak->unthemedLane()->model()->rowCount(), 4);
    select(soak->unthemedLane(), {0, 2});
    const Id themeId = soak->makeThemeFromSelection();
    ASSERT_NE(themeId, 0);
    EXPECT_EQ(repo.themes(lt.id).size(), 1u);
    EXPECT_EQ(repo.note(stored[0].id)->themeId, themeId);
    EXPECT_EQ(repo.note(stored[2].id)->themeId, themeId);
    EXPECT_EQ(soak->unthemedLane()->model()->rowCount(), 2);
    ASSERT_TRUE(soak->themeLane(themeId));
    EXPECT_EQ(soak->themeLane(themeId)->model()->rowCount(), 2);

    // The new theme's name has the keyboard: type it and press Enter.
    auto* name = soak->findChild<QLineEdit*>(u"themeName_%1"_s.arg(themeId));
    ASSERT_TRUE(name);
    name->selectAll();
    QTest::keyClicks(name, u"Workarounds nobody wrote down"_s);
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(repo.theme(themeId)->name, "Workarounds nobody wrote down");

    // Drag the weak signal into the theme, then back out.
    drop(soak->themeLane(themeId), soak->unthemedLane(), 0);
    EXPECT_EQ(repo.note(stored[1].id)->themeId, themeId);
    EXPECT_EQ(soak->themeLane(themeId)->model()->rowCount(), 3);
    auto* themed = soak->themeLane(themeId)->model();
    int weakRow = -1;
    for (int r = 0; r < themed->rowCount(); ++r)
        if (themed->index(r, 0).data(NoteTableModel::IdRole).toLongLong() == stored[1].id)
            weakRow = r;
    ASSERT_GE(weakRow, 0);
    drop(soak->unthemedLane(), soak->themeLane(themeId), weakRow);
    EXPECT_FALSE(repo.note(stored[1].id)->themeId);
    EXPECT_EQ(soak->themeLane(themeId)->model()->rowCount(), 2);

    // Removing the theme keeps its notes; undo brings the theme back around them.
    soak->findChild<QToolButton*>(u"removeTheme_%1"_s.arg(themeId))->click();
    EXPECT_TRUE(repo.themes(lt.id).empty());
    EXPECT_EQ(repo.notes(lt.id).size(), 4u);
    EXPECT_EQ(soak->unthemedLane()->model()->rowCount(), 4);
    document.undoStack()->undo();
    ASSERT_EQ(repo.themes(lt.id).size(), 1u);
    EXPECT_EQ(repo.note(stored[0].id)->themeId, themeId);
    ASSERT_TRUE(soak->themeLane(themeId));
    EXPECT_EQ(soak->themeLane(themeId)->model()->rowCount(), 2);

    // Undo all the way: no theme at all, every note where it was.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    EXPECT_TRUE(repo.themes(lt.id).empty());
    for (const auto& n : stored)
        EXPECT_FALSE(repo.note(n.id)->themeId);
    EXPECT_EQ(soak->unthemedLane()->model()->rowCount(), 4);
}

TEST_F(SoakTest, WeakSignalsAreCountedAndTheSoakEndCountsDown) {
    auto* signals_ = soak->findChild<QLabel*>(u"weakSignalCount"_s);
    EXPECT_TRUE(signals_->isVisible());
    EXPECT_TRUE(signals_->text().contains(u"1 weak signal"_s)) << signals_->text().toStdString();

    auto* countdown = soak->findChild<QLabel*>(u"soakCountdown"_s);
    EXPECT_TRUE(countdown->text().contains(u"No end planned"_s)) << countdown->text().toStdString();
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto* edit = dialog->findChild<QDateTimeEdit*>(u"soakEndEdit"_s);
        edit->setDateTime(QDateTime::currentDateTime().addSecs(26 * 3600));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    soak->findChild<QToolButton*>(u"changeSoakEndButton"_s)->click();
    const auto planned = repo.learningTeam(lt.id)->soakPlannedEnd;
    ASSERT_TRUE(planned);
    EXPECT_NEAR(static_cast<double>((*planned - now()).count()), 26 * 3600.0, 120.0);
    EXPECT_TRUE(countdown->text().contains(u"to go"_s)) << countdown->text().toStdString();
    EXPECT_TRUE(countdown->text().contains(u"h"_s));
    document.undoStack()->undo();
    EXPECT_FALSE(repo.learningTeam(lt.id)->soakPlannedEnd);
}

} // namespace
