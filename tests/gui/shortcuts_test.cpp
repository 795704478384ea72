// The keyboard, as a facilitator uses it: every shortcut is in one table, no two share keys where both
// could fire (Qt would then run neither), every action of the window takes its keys from the table, and
// each window-wide shortcut pressed on the real window does what it says.
#include "app/main_window.hpp"
#include "app/shortcuts.hpp"
#include "document/learning_team_document.hpp"
#include "transfer/bundle_importer.hpp"

#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

TEST(Shortcuts, NoTwoShareKeysWhereBothCouldFire) {
    const auto& table = shortcutTable();
    for (std::size_t i = 0; i < table.size(); ++i)
        for (std::size_t j = i + 1; j < table.size(); ++j) {
            if (!scopesMeet(table[i].scope, table[j].scope))
                continue;
            for (const auto& a : table[i].keys)
                for (const auto& b : table[j].keys)
                    EXPECT_NE(a, b) << table[i].objectName.toStdString() << " and " << table[j].objectName.toStdString()
                                    << " share " << a.toString().toStdString();
        }
    // Print keeps the platform's key; the prompt cards have their own.
    EXPECT_TRUE(shortcutSpec(Shortcut::PrintReport).keys.contains(QKeySequence(QKeySequence::Print)));
    EXPECT_FALSE(shortcutSpec(Shortcut::PromptCards).keys.contains(QKeySequence(QKeySequence::Print)));
}

TEST(Shortcuts, EveryKeyOfTheWindowComesFromTheTable) {
    SqliteRepository repo(":memory:");
    addSampleLearningTeam(repo);
    MainWindow window(repo);
    window.show();
    auto specFor = [](const QString& name) -> const ShortcutSpec* {
        for (const auto& s : shortcutTable())
            if (s.objectName == name || (s.id == Shortcut::CaptureKind && name.startsWith(u"captureKind"_s)))
                return &s;
        return nullptr;
    };
    int checked = 0;
    for (auto* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty())
            continue;
        const auto* spec = specFor(action->objectName());
        ASSERT_TRUE(spec) << "an action with keys that are not in the table: " << action->text().toStdString() << " ("
                          << action->shortcut().toString().toStdString() << ")";
        for (const auto& key : action->shortcuts())
            EXPECT_TRUE(spec->keys.contains(key)) << action->objectName().toStdString();
        ++checked;
    }
    for (auto* shortcut : window.findChildren<QShortcut*>()) {
        const auto* spec = specFor(shortcut->objectName());
        ASSERT_TRUE(spec) << "a shortcut that is not in the table: " << shortcut->key().toString().toStdString();
        EXPECT_TRUE(spec->keys.contains(shortcut->key()));
        ++checked;
    }
    EXPECT_GE(checked, 25);
}

// Closes whatever modal dialog a shortcut opened, once it is open.
class DialogCloser {
public:
    DialogCloser() {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                ++m_closed;
                dialog->reject();
            }
        });
        m_timer.start(10);
    }
    int closed() const { return m_closed; }

private:
    QTimer m_timer;
    int m_closed = 0;
};

TEST(Shortcuts, EveryWindowShortcutDoesWhatItSays) {
    ltw::test::TempDir dir;
    SqliteRepository repo(dir / "keys.ltw");
    addSampleLearningTeam(repo);
    MainWindow window(repo);
    window.importer()->setFileChooser([](const QString&) { return QString(); }); // the facilitator cancels
    window.resize(1366, 740);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    // Something to take back, so that Undo and Redo have work to do.
    window.currentDocument()->captureNote(NoteKind::Story, u"A story to take back"_s, std::nullopt);
    DialogCloser closer;
    auto press = [&](const QKeySequence& keys) {
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // a dialog closed just now is gone
        window.activateWindow();
        if (QApplication::activeWindow() != &window) // the offscreen platform keeps a closed dialog active
            QApplication::setActiveWindow(&window);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
        auto* target = window.focusWidget() ? window.focusWidget() : &window; // not a dialog on its way out
        QTest::keySequence(target, keys);
        QApplication::processEvents();
    };
    for (const auto& spec : shortcutTable()) {
        if (spec.scope != ShortcutScope::Window || spec.id == Shortcut::Quit)
            continue;
        SCOPED_TRACE(spec.objectName.toStdString());
        auto* action = window.findChild<QAction*>(spec.objectName);
        ASSERT_TRUE(action);
        QSignalSpy triggered(action, &QAction::triggered);
        const int dialogsBefore = closer.closed();
        const int notesBefore = repo.noteCount(window.currentLearningTeam());
        press(spec.keys.value(0));
        EXPECT_EQ(triggered.count(), 1) << "the keys did nothing (an ambiguous or missing shortcut)";
        switch (spec.id) {
        case Shortcut::NewLearningTeam:
        case Shortcut::Details:
        case Shortcut::ExportReport:
        case Shortcut::PrintReport:
            EXPECT_TRUE(QTest::qWaitFor([&] { return closer.closed() > dialogsBefore; }, 2000)) << "its window opened";
            break;
        case Shortcut::Undo:
            EXPECT_EQ(repo.noteCount(window.currentLearningTeam()), notesBefore - 1) << "the capture was taken back";
            break;
        case Shortcut::Redo:
            EXPECT_EQ(repo.noteCount(window.currentLearningTeam()), notesBefore + 1) << "and done again";
            break;
        case Shortcut::PromptCards:
            EXPECT_TRUE(window.findChild<QDockWidget*>(u"promptCardsDock"_s)->isVisible() == action->isChecked());
            break;
        case Shortcut::Library:
            EXPECT_TRUE(window.libraryShown());
            press(spec.keys.value(0)); // and back to the workspace
            EXPECT_FALSE(window.libraryShown());
            break;
        case Shortcut::SearchLibrary:
            EXPECT_TRUE(window.libraryShown());
            window.setLibraryShown(false);
            break;
        case Shortcut::RoomView:
            EXPECT_TRUE(QTest::qWaitFor([&] { return action->isChecked(); }, 1000));
            press(spec.keys.value(0)); // the projector goes dark again
            break;
        default: break; // toggles: the action ran, which is what the spy saw
        }
    }
    // Quit closes the workbench.
    press(shortcutSpec(Shortcut::Quit).keys.value(0));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isVisible(); }, 2000));
}

} // namespace
