// One workbench window per database file: a second one on the same file is told so instead of
// silently fighting the first over the same Learning Team. A lock that cannot be written at all says
// why (a full disk, a read-only folder, something else), so the window can open the work read-only.
#pragma once

#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>

namespace ltw::gui {

// What the lock asks of the system about the database's folder when the lock cannot be taken; a test
// answers instead ("the disk is full") without filling a disk.
struct FolderProbe {
    std::function<bool(const QString& folder)> writable;
    std::function<qint64(const QString& folder)> bytesAvailable; // negative: not known

    // The answers of the file system (QFileInfo, QStorageInfo), asked of the nearest folder that exists.
    static FolderProbe system();
};

class DatabaseLock {
public:
    enum class Outcome {
        Acquired,
        HeldElsewhere,  // another live workbench window has the file: this one must not open it
        FolderReadOnly, // nothing can be written in the database's folder
        DiskFull,       // the disk that holds it has no room left
        LockUnwritable, // the lock file could not be written, for another reason
    };

    // Below this, a disk that refused the lock counts as full: a lock file is a few bytes, but the
    // database's journal needs pages.
    static constexpr qint64 kNearlyFull = 1024 * 1024;

    // Takes the lock beside `databasePath` ("FILE.lock"); a lock left by a crashed window is taken over.
    explicit DatabaseLock(const QString& databasePath, const FolderProbe& probe = FolderProbe::system());

    Outcome outcome() const { return m_outcome; }
    bool acquired() const { return m_outcome == Outcome::Acquired; }
    // Nothing can be written here, but no other window has the file: it can still be opened read-only.
    bool cannotWrite() const;
    // Why the lock could not be had and what to do, in words for the facilitator.
    QString problem() const { return m_problem; }

    // Which cause a lock that could not be taken had, from QLockFile's error and the folder's state.
    static Outcome outcomeOf(QLockFile::LockError error, const QString& folder, const FolderProbe& probe);

private:
    std::unique_ptr<QLockFile> m_lock;
    Outcome m_outcome = Outcome::Acquired;
    QString m_problem;
};

} // namespace ltw::gui
