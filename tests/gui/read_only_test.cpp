// Where nothing can be written (a full disk, a read-only folder, a lock that cannot be written), the lock
// says which it is and what to do, and the window opens the work read-only: a banner says why, every
// Learning Team reads as before, an edit is refused as a failing disk refuses it (nothing changes, the
// facilitator is told in words), and search and exports still work.
#include "app/database_lock.hpp"
#include "app/main_window.hpp"
#include "document/learning_team_document.hpp"
#include "transfer/export_service.hpp"

#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

#include <memory>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;
using ltw::test::makeLearningTeam;
using ltw::test::makeNote;
using ltw::test::TempDir;

namespace {

using Outcome = DatabaseLock::Outcome;

FolderProbe probe(bool writable, qint64 bytesAvailable) {
    return FolderProbe{[writable](const QString&) { return writable; },
                       [bytesAvailable](const QString&) { return bytesAvailable; }};
}

const FolderProbe kDiskFull = probe(true, 4096);
const FolderProbe kReadOnlyFolder = probe(false, qint64(50) << 30);
const FolderProbe kRoomAndRight = probe(true, qint64(50) << 30);

// --- the lock's causes ---------------------------------------------------------------------------

TEST(DatabaseLockCause, EachFailureOfTheLockHasItsCause) {
    const QString folder = u"/media/usb/workshop"_s;
    // Another window's lock is that, whatever the disk: that window is working on the file.
    EXPECT_EQ(DatabaseLock::outcomeOf(QLockFile::LockFailedError, folder, kDiskFull), Outcome::HeldElsewhere);
    EXPECT_EQ(DatabaseLock::outcomeOf(QLockFile::NoError, folder, kDiskFull), Outcome::Acquired);
    // Qt's permission error is a folder (or a whole disk) that cannot be written.
    EXPECT_EQ(DatabaseLock::outcomeOf(QLockFile::PermissionError, folder, kRoomAndRight), Outcome::FolderReadOnly);
    EXPECT_EQ(DatabaseLock::outcomeOf(QLockFile::PermissionError, folder, kDiskFull), Outcome::FolderReadOnly);
    // Qt's unknown error (a short write among them) is told apart by asking about the folder.
    EXPECT_EQ(DatabaseLock::outcomeOf(QLockFile::UnknownError, folder, kReadOnlyFolder), Outcome::FolderReadOnly);
    EXPECT_EQ(DatabaseLock::outcomeOf(QLockFile::UnknownError, folder, kDiskFull), Outcome::DiskFull);
    EXPECT_EQ(DatabaseLock::outcomeOf(QLockFile::UnknownError, folder, probe(true, 0)), Outcome::DiskFull);
    EXPECT_EQ(DatabaseLock::outcomeOf(QLockFile::UnknownError, folder, kRoomAndRight), Outcome::LockUnwritable);
    EXPECT_EQ(DatabaseLock::outcomeOf(QLockFile::UnknownError, folder, probe(true, -1)), Outcome::LockUnwritable)
        << "free space not known: not called full";
    EXPECT_EQ(DatabaseLock::outcomeOf(QLockFile::UnknownError, folder, probe(true, DatabaseLock::kNearlyFull)),
              Outcome::LockUnwritable);
}

// A lock that really cannot be written, whoever runs the test (its folder is a plain file), explained by
// what the probe says of the folder.
class DatabaseLockWords : public ::testing::Test {
protected:
    TempDir dir;
    QString path;

    void SetUp() override {
        ltw::test::writeFile(dir / "plain", "a file where a folder should be");
        path = QString::fromStdString((dir / "plain" / "work.ltw").string());
    }
};

TEST_F(DatabaseLockWords, ADiskFullSaysSoAndToFreeSpace) {
    const DatabaseLock lock(path, kDiskFull);
    EXPECT_FALSE(lock.acquired());
    EXPECT_EQ(lock.outcome(), Outcome::DiskFull);
    EXPECT_TRUE(lock.cannotWrite());
    const auto words = lock.problem();
    EXPECT_TRUE(words.contains(path)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"is full"_s)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"Free some space"_s)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"--db"_s)) << words.toStdString();
    EXPECT_FALSE(words.contains(u"already open"_s)) << words.toStdString();
}

TEST_F(DatabaseLockWords, AReadOnlyFolderSaysSoAndToCopyTheFile) {
    const DatabaseLock lock(path, kReadOnlyFolder);
    EXPECT_EQ(lock.outcome(), Outcome::FolderReadOnly);
    EXPECT_TRUE(lock.cannotWrite());
    const auto words = lock.problem();
    EXPECT_TRUE(words.contains(u"cannot be written to"_s)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"copy the file to a folder where you may write"_s)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"choose another database with --db"_s)) << words.toStdString();
    EXPECT_FALSE(words.contains(u"is full"_s)) << words.toStdString();
}

TEST_F(DatabaseLockWords, AnotherReasonNamesTheLockFile) {
    const DatabaseLock lock(path, kRoomAndRight);
    EXPECT_EQ(lock.outcome(), Outcome::LockUnwritable);
    EXPECT_TRUE(lock.cannotWrite());
    const auto words = lock.problem();
    EXPECT_TRUE(words.contains(path + u".lock could not be written"_s)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"--db"_s)) << words.toStdString();

    // The system's own answers: this folder is no folder, so it is not full; one of the causes of "cannot
    // write here" all the same.
    const DatabaseLock real(path);
    EXPECT_TRUE(real.cannotWrite()) << real.problem().toStdString();
    EXPECT_NE(real.outcome(), Outcome::DiskFull);
}

TEST_F(DatabaseLockWords, AnotherWindowsLockIsStillARefusal) {
    const auto shared = QString::fromStdString((dir / "shared.ltw").string());
    const DatabaseLock first(shared);
    ASSERT_TRUE(first.acquired()) << first.problem().toStdString();
    const DatabaseLock second(shared, kDiskFull);
    EXPECT_EQ(second.outcome(), Outcome::HeldElsewhere);
    EXPECT_FALSE(second.cannotWrite()) << "never read-only beside a window that writes";
    EXPECT_TRUE(second.problem().contains(u"already open in another workbench window"_s));
}

// --- the window on a read-only database ----------------------------------------------------------

// Closes every message box that comes up, and keeps what it said: the facilitator's view of being told.
class MessageBoxes {
public:
    MessageBoxes() {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                m_seen << box->windowTitle() + u": "_s + box->text();
                box->reject();
            }
        });
        m_timer.start();
    }
    const QStringList& seen() const { return m_seen; }

private:
    QTimer m_timer;
    QStringList m_seen;
};

class ReadOnlyWindow : public ::testing::Test {
protected:
    TempDir dir;
    std::filesystem::path path = dir / "work.ltw";
    Id sample = 0;
    Id learning = 0; // in Learn: its capture line is on screen
    std::unique_ptr<SqliteRepository> repo;
    std::unique_ptr<MainWindow> window;
    MessageBoxes boxes;

    void SetUp() override {
        {
            SqliteRepository writer(path);
            sample = addSampleLearningTeam(writer).id;
            learning = makeLearningTeam(writer, "Night-shift changeover").id;
            writer.addNote(makeNote(learning, NoteKind::Story, "the night crew swaps the dies by feel"));
        }
        repo = std::make_unique<SqliteRepository>(path, Database::OpenMode::ReadOnly);
        window = std::make_unique<MainWindow>(*repo);
        // As the program does: the lock's words, here for a disk that is full.
        TempDir blocked;
        ltw::test::writeFile(blocked / "plain", "");
        const DatabaseLock lock(QString::fromStdString((blocked / "plain" / "work.ltw").string()), kDiskFull);
        window->setReadOnlyReason(lock.problem());
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    QLineEdit* captureLine() const {
        for (auto* line : window->findChildren<QLineEdit*>(u"quickCapture"_s))
            if (line->isVisible())
                return line;
        return nullptr;
    }
    QAbstractItemModel* notes() const { return window->findChild<QTableView*>(u"noteTable"_s)->model(); }
    QStringList noteTexts() const {
        QStringList texts;
        for (int r = 0; r < notes()->rowCount(); ++r)
            for (int c = 0; c < notes()->columnCount(); ++c)
                texts << notes()->index(r, c).data().toString();
        return texts;
    }
};

TEST_F(ReadOnlyWindow, ABannerSaysWhyAndWhatToDo) {
    EXPECT_TRUE(window->isReadOnly());
    auto* banner = window->findChild<QLabel*>(u"readOnlyBanner"_s);
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(u"open read-only"_s)) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(u"is full"_s)) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(u"Free some space"_s)) << banner->text().toStdString();
    // Across the top of the window, above the Learning Teams.
    EXPECT_LT(banner->mapTo(window.get(), QPoint(0, 0)).y(),
              window->findChild<QWidget*>(u"library"_s)->mapTo(window.get(), QPoint(0, 0)).y());
    EXPECT_TRUE(window->windowTitle().endsWith(u" (read-only)"_s)) << window->windowTitle().toStdString();
    auto* saved = window->findChild<QLabel*>(u"savedLabel"_s);
    EXPECT_TRUE(saved->text().startsWith(u"Read-only"_s)) << "it never claims the work is being saved";
    EXPECT_TRUE(boxes.seen().isEmpty()) << boxes.seen().join(u"\n"_s).toStdString();

    // A writable database has none of it.
    SqliteRepository writable(dir / "other.ltw");
    MainWindow normal(writable);
    EXPECT_FALSE(normal.isReadOnly());
    EXPECT_FALSE(normal.findChild<QLabel*>(u"readOnlyBanner"_s));
    EXPECT_FALSE(normal.windowTitle().contains(u"read-only"_s));
}

TEST_F(ReadOnlyWindow, EveryLearningTeamReadsAsBefore) {
    EXPECT_EQ(window->currentLearningTeam(), learning) << "where the facilitator left off";
    EXPECT_TRUE(noteTexts().contains(u"the night crew swaps the dies by feel"_s));

    window->showLearningTeam(sample);
    ASSERT_EQ(window->currentLearningTeam(), sample);
    EXPECT_TRUE(window->windowTitle().contains(QString::fromStdString(repo->learningTeam(sample)->title)));
    const auto stored = repo->notes(sample);
    ASSERT_FALSE(stored.empty());
    EXPECT_EQ(notes()->rowCount(), static_cast<int>(stored.size()));
    EXPECT_TRUE(noteTexts().contains(QString::fromStdString(stored.front().text)));
    EXPECT_TRUE(boxes.seen().isEmpty()) << boxes.seen().join(u"\n"_s).toStdString();
}

TEST_F(ReadOnlyWindow, ACaptureIsRefusedAndNothingChanges) {
    const auto before = repo->snapshot(learning);
    auto* line = captureLine();
    ASSERT_TRUE(line);
    const int rows = notes()->rowCount();
    QTest::keyClicks(line, u"a note typed on the train"_s);
    QTest::keyClick(line, Qt::Key_Return);

    ASSERT_EQ(boxes.seen().size(), 1) << "the facilitator is told, once";
    EXPECT_TRUE(boxes.seen().front().contains(u"could not be saved"_s)) << boxes.seen().front().toStdString();
    EXPECT_TRUE(boxes.seen().front().contains(u"This database is open read-only"_s))
        << boxes.seen().front().toStdString();
    EXPECT_FALSE(boxes.seen().front().contains(u"attempt to write"_s)) << "never SQLite's own words";
    EXPECT_TRUE(repo->snapshot(learning) == before);
    EXPECT_EQ(notes()->rowCount(), rows);
    ASSERT_TRUE(window->currentDocument());
    EXPECT_EQ(window->currentDocument()->undoStack()->count(), 0);
    EXPECT_EQ(window->teamsUndoStack()->count(), 0);

    // Opened for writing again later, the file holds the work as it was.
    window.reset();
    repo.reset();
    SqliteRepository again(path);
    EXPECT_TRUE(again.snapshot(learning) == before);
}

TEST_F(ReadOnlyWindow, SearchAndExportsStillWork) {
    window->setLibraryShown(true);
    auto* search = window->findChild<QLineEdit*>(u"librarySearch"_s);
    ASSERT_TRUE(search);
    QTest::keyClicks(search, u"dies by feel"_s);
    QTRY_COMPARE(window->findChild<QListView*>(u"libraryResults"_s)->model()->rowCount(), 1);
    window->setLibraryShown(false);

    window->showLearningTeam(learning);
    const auto file = dir / "changeover.json";
    window->exporter()->setMessageBoxesShown(false);
    window->exporter()->setFileChooser(
        [&](const QString&, const QString&) { return QString::fromStdString(file.string()); });
    QSignalSpy finished(window->exporter(), &ExportService::exportFinished);
    window->exporter()->exportBundle();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.last().at(0).toBool()) << finished.last().at(1).toString().toStdString();
    const auto bundle = ltw::test::readFile(file);
    EXPECT_NE(bundle.find("the night crew swaps the dies by feel"), std::string::npos);
    EXPECT_TRUE(boxes.seen().isEmpty()) << boxes.seen().join(u"\n"_s).toStdString();
}

} // namespace
