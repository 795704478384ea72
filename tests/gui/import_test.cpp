// Importing a bundle in the window, as a facilitator does it: File → Import a bundle… (Ctrl+Shift+I), the
// question asked when the Learning Team is here already (it started here; it is up to date; both sides
// changed it), the backup before a replace, and Edit → Undo putting everything back under the same ids.
#include "app/main_window.hpp"
#include "transfer/bundle_importer.hpp"

#include "ltw/bundle.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <gtest/gtest.h>

#include <filesystem>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;
using ltw::test::makeNote;

namespace {

// A Learning Team with a name, a facilitator-only note and a shared note.
Id buildHome(Repository& repo, const std::string& title) {
    auto lt = ltw::test::makeLearningTeam(repo, title);
    lt.facilitator = "Amara Osei";
    repo.updateLearningTeam(lt);
    const auto lead = repo.addParticipant(Participant{0, lt.id, "night-shift dock lead", "Daniel Reyes"});
    auto story = makeNote(lt.id, NoteKind::Story, "Daniel walked the dock before the trailers came in");
    story.tellerId = lead.id;
    repo.addNote(story);
    repo.addNote(makeNote(lt.id, NoteKind::HardCondition, "The beeper is lost in the fridge noise"));
    auto secret = makeNote(lt.id, NoteKind::OpenQuestion, "Ask about the agency rota, privately");
    secret.facilitatorOnly = true;
    repo.addNote(secret);
    return lt.id;
}

class ImportTest : public ::testing::Test {
protected:
    ltw::test::TempDir dir;
    SqliteRepository repo{dir / "laptop.ltw"};
    SqliteRepository elsewhere{dir / "elsewhere.ltw"}; // another facilitator's laptop
    std::unique_ptr<MainWindow> window;
    QString chosen; // what the file dialog answers
    QString said;   // what the last import dialog said

    void openWindow() {
        window = std::make_unique<MainWindow>(repo);
        window->importer()->setFileChooser([this](const QString&) { return chosen; });
        window->importer()->setMessageBoxesShown(false);
        window->resize(1366, 740);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    QString writeBundle(const std::string& name, const std::string& bundle) {
        const auto path = dir / name;
        ltw::test::writeFile(path, bundle);
        return QString::fromStdString(path.string());
    }

    // Imports `path` with the keyboard; when the import asks, records what it says and clicks `button` (or
    // presses Enter, for "Enter").
    void importWithKeyboard(const QString& path, const char* button = nullptr) {
        chosen = path;
        said.clear();
        auto* target = activeWindow();
        bool asked = false;
        if (button) {
            // Looks for the question from inside its own event loop, once it is open.
            auto* poll = new QTimer(window.get());
            poll->setInterval(10);
            QObject::connect(poll, &QTimer::timeout, poll, [this, button, &asked, poll, ticks = 0]() mutable {
                auto* dialog = QApplication::activeModalWidget();
                if (!dialog || dialog->objectName() != u"importDecisionDialog"_s) {
                    if (++ticks > 500) // 5 s without the question: stop looking
                        poll->deleteLater();
                    return;
                }
                poll->deleteLater();
                said = dialog->windowTitle();
                for (auto* label : dialog->findChildren<QLabel*>())
                    said += u'\n' + label->text();
                asked = true;
                if (std::string_view(button) == "Enter") { // the keyboard's answer: the safe default
                    auto* focus = dialog->focusWidget();
                    QTest::keyClick(focus && focus->window() == dialog ? focus : dialog, Qt::Key_Return);
                    return;
                }
                auto* answer = dialog->findChild<QPushButton*>(QString::fromUtf8(button));
                if (answer) {
                    answer->click();
                } else {
                    ADD_FAILURE() << "no button " << button;
                    qobject_cast<QDialog*>(dialog)->reject();
                }
            });
            poll->start();
        }
        QTest::keyClick(target, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        if (button) {
            EXPECT_TRUE(asked) << "the import did not ask";
        }
    }

    // The window, active again after a dialog closed (the offscreen platform does not hand activation back).
    QWidget* activeWindow() {
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    }
    // The platform's own keys for Edit → Undo and Redo (Ctrl+Z; Ctrl+Y or Ctrl+Shift+Z).
    void undo() { QTest::keySequence(activeWindow(), QKeySequence(QKeySequence::Undo)); }
    void redo() { QTest::keySequence(activeWindow(), QKeySequence(QKeySequence::Redo)); }

    int backups() {
        int n = 0;
        std::error_code ec;
        for (const auto& e : std::filesystem::directory_iterator(dir / "backups", ec))
            n += e.path().filename().string().find("before-import") != std::string::npos;
        return n;
    }
    QString status() const { return window->statusBar()->currentMessage(); }
};

// Rule 1 in the window: a Learning Team that started here is never replaced; a separate copy, or nothing.
TEST_F(ImportTest, ALearningTeamThatStartedHereIsOfferedOnlyASeparateCopy) {
    const Id home = buildHome(repo, "Reversing at door 7");
    const auto bundle = writeBundle("sent-back.json", exportBundle(repo.snapshot(home)));
    const auto before = repo.snapshot(home);
    openWindow();

    importWithKeyboard(bundle, "Enter");
    EXPECT_EQ(repo.learningTeams().size(), 1u) << "Enter cancels";
    importWithKeyboard(bundle, "cancelImportButton");
    EXPECT_TRUE(said.contains(u"started on this laptop"_s)) << said.toStdString();
    EXPECT_TRUE(said.contains(u"(copy from Amara Osei, "_s)) << "the copy's name is announced";
    EXPECT_EQ(repo.learningTeams().size(), 1u);
    EXPECT_TRUE(repo.snapshot(home) == before);
    EXPECT_EQ(window->teamsUndoStack()->count(), 0);

    importWithKeyboard(bundle, "importAsCopyButton");
    ASSERT_EQ(repo.learningTeams().size(), 2u);
    const Id copy = window->currentLearningTeam();
    EXPECT_NE(copy, home);
    EXPECT_TRUE(QString::fromStdString(repo.learningTeam(copy)->title).startsWith(u"Reversing at door 7 (copy"_s));
    EXPECT_TRUE(repo.snapshot(home) == before) << "the original stays exactly as it was";
    EXPECT_TRUE(status().contains(u"separate copy"_s)) << status().toStdString();

    undo();
    EXPECT_EQ(repo.learningTeams().size(), 1u) << "Edit → Undo takes the copy back";
    EXPECT_FALSE(repo.learningTeam(copy));
    redo();
    ASSERT_TRUE(repo.learningTeam(copy)) << "and redo brings it back under the same id";
    EXPECT_EQ(repo.learningTeams().size(), 2u);
    EXPECT_EQ(backups(), 0) << "nothing was replaced, so nothing needed a backup";
}

// Rule 2 in the window: a copy follows newer bundles of it without a question, and says so when a bundle is
// not newer. The update is one undo step that puts the old content back under the same ids.
TEST_F(ImportTest, AnUnchangedCopyIsUpdatedAndTheUpdateCanBeUndone) {
    const Id source = buildHome(elsewhere, "Night changeover");
    const auto first = writeBundle("v1.json", exportBundle(elsewhere.snapshot(source)));
    openWindow();

    importWithKeyboard(first);
    ASSERT_EQ(repo.learningTeams().size(), 1u);
    const Id copy = window->currentLearningTeam();
    EXPECT_TRUE(status().contains(u"Imported"_s)) << status().toStdString();
    // A note only this facilitator sees does not make the copy "changed here".
    auto aside = makeNote(copy, NoteKind::Story, "My own aside");
    aside.facilitatorOnly = true;
    repo.addNote(aside);
    const auto before = repo.snapshot(copy);

    importWithKeyboard(first, "Enter");
    EXPECT_TRUE(said.contains(u"Already up to date"_s)) << said.toStdString();
    EXPECT_TRUE(repo.snapshot(copy) == before) << "Enter changes nothing";
    EXPECT_EQ(repo.learningTeams().size(), 1u);
    importWithKeyboard(first, "closeImportButton");
    EXPECT_TRUE(repo.snapshot(copy) == before);

    elsewhere.addNote(makeNote(source, NoteKind::Reflection, "Soaking on it: the printer again"));
    const auto second = writeBundle("v2.json", exportBundle(elsewhere.snapshot(source)));
    importWithKeyboard(second); // no question: it is newer and nothing changed here
    EXPECT_EQ(window->currentLearningTeam(), copy);
    EXPECT_EQ(repo.notes(copy).size(), before.notes.size() + 1);
    EXPECT_EQ(backups(), 1) << "a backup before anything was replaced";
    EXPECT_TRUE(status().contains(u"Updated"_s)) << status().toStdString();
    EXPECT_TRUE(status().contains(u"backups"_s)) << "the facilitator is told where the old database is";
    const auto notes = repo.notes(copy);
    EXPECT_EQ(std::count_if(notes.begin(), notes.end(), [](const Note& n) { return n.facilitatorOnly; }), 1);

    undo();
    EXPECT_TRUE(repo.snapshot(copy) == before) << "Edit → Undo puts it back exactly, under the same ids";
    EXPECT_EQ(window->currentLearningTeam(), copy) << "and it stays shown";
    redo();
    EXPECT_EQ(repo.notes(copy).size(), before.notes.size() + 1);
}

// Rule 3 in the window: both sides changed it; the dialog says what each changed, and each answer keeps
// what it promises.
TEST_F(ImportTest, BothSidesChangedItAndTheFacilitatorChooses) {
    const Id source = buildHome(elsewhere, "Night changeover");
    importBundle(repo, exportBundle(elsewhere.snapshot(source)), ImportSource{"v1.json"});
    const Id copy = repo.learningTeams().front().id;
    auto mine = repo.notes(copy).front();
    mine.text = "Retold on this laptop";
    repo.updateNote(mine);
    auto aside = makeNote(copy, NoteKind::Story, "My own aside");
    aside.facilitatorOnly = true;
    repo.addNote(aside);
    elsewhere.addNote(makeNote(source, NoteKind::Reflection, "Soaking on it: the printer again"));
    const auto newer = writeBundle("v2.json", exportBundle(elsewhere.snapshot(source)));
    const auto before = repo.snapshot(copy);
    openWindow();

    importWithKeyboard(newer, "Enter");
    EXPECT_TRUE(repo.snapshot(copy) == before) << "Enter keeps mine";
    importWithKeyboard(newer, "keepMineButton");
    EXPECT_TRUE(said.contains(u"Both sides changed"_s)) << said.toStdString();
    EXPECT_TRUE(said.contains(u"Changed here"_s));
    EXPECT_TRUE(said.contains(u"Changed in the bundle"_s));
    EXPECT_TRUE(said.contains(u"1 changed"_s)) << "this laptop changed one note";
    EXPECT_TRUE(said.contains(u"1 added"_s)) << "the bundle added one";
    EXPECT_TRUE(repo.snapshot(copy) == before) << "keep mine imports nothing";
    EXPECT_EQ(repo.learningTeams().size(), 1u);

    importWithKeyboard(newer, "takeTheirsButton");
    const auto texts = [&] {
        QStringList out;
        for (const auto& n : repo.notes(copy))
            out << QString::fromStdString(n.text);
        return out;
    }();
    EXPECT_FALSE(texts.contains(u"Retold on this laptop"_s));
    EXPECT_TRUE(texts.contains(u"Soaking on it: the printer again"_s));
    EXPECT_TRUE(texts.contains(u"My own aside"_s)) << "the facilitator's own note survives taking theirs";
    EXPECT_EQ(repo.participants(copy).front().name, "") << "the bundle had no names, and this copy never did";
    EXPECT_EQ(backups(), 1);
    undo();
    EXPECT_TRUE(repo.snapshot(copy) == before) << "undo puts mine back exactly";

    importWithKeyboard(newer, "keepBothButton");
    EXPECT_EQ(repo.learningTeams().size(), 2u);
    EXPECT_TRUE(repo.snapshot(copy) == before) << "keep both leaves mine as it is";
    EXPECT_NE(window->currentLearningTeam(), copy) << "the new copy is shown";
}

TEST_F(ImportTest, ABrokenFileImportsNothingAndSaysWhy) {
    openWindow();
    QSignalSpy failed(window->importer(), &BundleImporter::failed);
    importWithKeyboard(writeBundle("broken.json", "{ not a bundle"));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed[0].at(0).toString().contains(u"Nothing was imported"_s));
    EXPECT_TRUE(repo.learningTeams().empty());
    EXPECT_EQ(window->teamsUndoStack()->count(), 0);
}

} // namespace
