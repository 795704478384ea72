#include "app/database_lock.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

// The folder itself, or the nearest one above it that exists (a database's folder is made on first use).
QString existingFolder(const QString& folder) {
    QString here = QFileInfo(folder).absoluteFilePath();
    while (!QFileInfo(here).isDir()) {
        const QString up = QFileInfo(here).absolutePath();
        if (up == here)
            break;
        here = up;
    }
    return here;
}

} // namespace

FolderProbe FolderProbe::system() {
    return FolderProbe{
        [](const QString& folder) {
            const QString here = existingFolder(folder);
            return QFileInfo(here).isWritable() && !QStorageInfo(here).isReadOnly();
        },
        [](const QString& folder) {
            const QStorageInfo storage(existingFolder(folder));
            return storage.isValid() ? storage.bytesAvailable() : qint64(-1);
        },
    };
}

DatabaseLock::Outcome DatabaseLock::outcomeOf(QLockFile::LockError error, const QString& folder,
                                              const FolderProbe& probe) {
    switch (error) {
    case QLockFile::NoError: return Outcome::Acquired;
    case QLockFile::LockFailedError: return Outcome::HeldElsewhere;
    case QLockFile::PermissionError: return Outcome::FolderReadOnly;
    case QLockFile::UnknownError: break; // Qt says no more: a short write (a full disk) is one of these
    }
    if (!probe.writable(folder))
        return Outcome::FolderReadOnly;
    const qint64 free = probe.bytesAvailable(folder);
    if (free >= 0 && free < kNearlyFull)
        return Outcome::DiskFull;
    return Outcome::LockUnwritable;
}

DatabaseLock::DatabaseLock(const QString& databasePath, const FolderProbe& probe) {
    if (databasePath == u":memory:"_s)
        return;
    const QString folder = QFileInfo(databasePath).absolutePath();
    QDir().mkpath(folder);
    m_lock = std::make_unique<QLockFile>(databasePath + u".lock"_s);
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (m_lock->tryLock(200))
        return;
    m_outcome = outcomeOf(m_lock->error(), folder, probe);
    switch (m_outcome) {
    case Outcome::Acquired: break;
    case Outcome::HeldElsewhere: {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_problem = QCoreApplication::translate("DatabaseLock",
                                                "%1 is already open in another workbench window (process %2 on %3). "
                                                "Switch to that window, or close it and try again.")
                        .arg(databasePath)
                        .arg(pid)
                        .arg(host);
        break;
    }
    case Outcome::FolderReadOnly:
        m_problem = QCoreApplication::translate(
                        "DatabaseLock",
                        "The folder of %1 cannot be written to, so no change can be kept there. To work on it, copy "
                        "the file to a folder where you may write and open the copy with --db, or choose another "
                        "database with --db.")
                        .arg(databasePath);
        break;
    case Outcome::DiskFull:
        m_problem =
            QCoreApplication::translate(
                "DatabaseLock",
                "The disk that holds %1 is full (%2 free), so no change can be kept there. Free some space "
                "on it, then close the workbench and open it again; or copy the file to another disk and "
                "open the copy with --db.")
                .arg(databasePath, QLocale().formattedDataSize(std::max<qint64>(probe.bytesAvailable(folder), 0)));
        break;
    case Outcome::LockUnwritable:
        m_problem = QCoreApplication::translate(
                        "DatabaseLock",
                        "The lock file %1.lock could not be written, so this window cannot make sure it is the only "
                        "one changing %1. Check that its folder is on a disk you may write to; or copy the file to a "
                        "folder where you may write and open the copy with --db, or choose another database with "
                        "--db.")
                        .arg(databasePath);
        break;
    }
}

bool DatabaseLock::cannotWrite() const {
    return m_outcome == Outcome::FolderReadOnly || m_outcome == Outcome::DiskFull ||
           m_outcome == Outcome::LockUnwritable;
}

} // namespace ltw::gui
