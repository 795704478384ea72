// The first minutes of a newcomer: an empty library offers New Learning Team… first, and the dialog is
// filled in from the keyboard alone, Team first, Enter to finish.
#include "app/main_window.hpp"

#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

TEST(FirstRun, AnEmptyLibraryLeadsToANewLearningTeamFromTheKeyboard) {
    SqliteRepository repo{":memory:"};
    MainWindow window(repo);
    window.resize(1366, 740);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* stack = window.findChild<QStackedWidget*>(u"mainStack"_s);
    ASSERT_EQ(stack->currentWidget()->objectName(), u"emptyState"_s);
    auto* first = window.findChild<QPushButton*>(u"welcomeNewButton"_s);
    ASSERT_TRUE(first && first->isVisible());
    EXPECT_TRUE(first->toolTip().contains(u"Ctrl+N"_s)) << first->toolTip().toStdString();
    EXPECT_TRUE(window.findChild<QPushButton*>(u"welcomeSampleButton"_s)->isVisible());
    EXPECT_TRUE(window.findChild<QPushButton*>(u"welcomeImportButton"_s)->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), first);
    auto* inspector = window.findChild<QDockWidget*>(u"inspectorDock"_s);
    ASSERT_TRUE(inspector);
    EXPECT_FALSE(inspector->isVisible()) << "with nothing to inspect, the inspector steps aside";

    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        // Whatever fails below, the dialog closes, so that the test ends.
        const auto closeAnyway = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        auto* team = dialog->findChild<QComboBox*>(u"teamCombo"_s);
        // The team is first, has the cursor, and is wide enough for its hint.
        EXPECT_TRUE(QTest::qWaitFor([team] { return team->hasFocus() || team->lineEdit()->hasFocus(); }, 2000))
            << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "none");
        const int hintWidth = team->fontMetrics().horizontalAdvance(team->lineEdit()->placeholderText());
        EXPECT_GE(team->lineEdit()->width(), hintWidth) << "the placeholder shows whole";
        EXPECT_GE(team->width(), dialog->findChild<QLineEdit*>(u"titleEdit"_s)->width() - 2) << "as wide as Title";
        QTest::keyClicks(QApplication::focusWidget(), u"Loading dock"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"North site"_s); // the site of a new team
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"Night loading"_s);
        EXPECT_EQ(dialog->findChild<QLineEdit*>(u"titleEdit"_s)->text(), u"Night loading"_s);
        auto* table = dialog->findChild<QTableWidget*>(u"participantsTable"_s);
        table->item(0, 0)->setText(u"forklift driver"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return); // Enter finishes, from the table too
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
        checked = true;
    });
    QTest::keyClick(first, Qt::Key_Space);
    ASSERT_TRUE(checked);
    ASSERT_EQ(repo.learningTeams().size(), 1u);
    const auto lt = repo.learningTeams().front();
    EXPECT_EQ(lt.title, "Night loading");
    EXPECT_EQ(repo.team(lt.teamId)->name, "Loading dock");
    EXPECT_EQ(repo.team(lt.teamId)->site, "North site");
    EXPECT_EQ(repo.participants(lt.id).size(), 1u);
    EXPECT_EQ(window.currentLearningTeam(), lt.id);
    EXPECT_EQ(stack->currentWidget()->objectName(), u"learningTeamPane"_s);
    EXPECT_TRUE(inspector->isVisible()) << "in Learn the inspector is back";
}

} // namespace
