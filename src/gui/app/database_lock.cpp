#include "app/database_lock.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ltw::gui {

DatabaseLock::DatabaseLock(const QString& databasePath) {
    if (databasePath == u":memory:"_s) {
        m_acquired = true;
        return;
    }
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    m_lock = std::make_unique<QLockFile>(databasePath + u".lock"_s);
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    m_acquired = m_lock->tryLock(200);
    if (m_acquired)
        return;
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        m_problem = QCoreApplication::translate("DatabaseLock",
                                                "%1 is already open in another workbench window (process %2 on %3). "
                                                "Switch to that window, or close it and try again.")
                        .arg(databasePath)
                        .arg(pid)
                        .arg(host);
        break;
    case QLockFile::PermissionError:
        m_problem = QCoreApplication::translate("DatabaseLock",
                                                "The folder of %1 cannot be written to. Choose a database in a folder "
                                                "where you may write.")
                        .arg(databasePath);
        break;
    default:
        m_problem =
            QCoreApplication::translate("DatabaseLock", "%1 cannot be locked for this window.").arg(databasePath);
        break;
    }
}

} // namespace ltw::gui
