// Shared by workbench_test.cpp and workbench_details_test.cpp: the fixture and its helpers.
#pragma once

#include "app/main_window.hpp"
#include "document/learning_team_document.hpp"
#include "inspector/note_inspector.hpp"
#include "learn/learn_workspace.hpp"
#include "learn/note_board.hpp"
#include "learn/note_table_model.hpp"
#include "learn/quick_capture.hpp"
#include "learn/work_steps_panel.hpp"
#include "ltw/sample.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"
#include "phase/phase_stepper.hpp"
#include "phase/session_timer.hpp"
#include "room/prompt_cards_panel.hpp"
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

namespace ltw::test::workbench {

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

} // namespace ltw::test::workbench
