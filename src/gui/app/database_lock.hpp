// One workbench window per database file: a second one on the same file is told so instead of
// silently fighting the first over the same Learning Team.
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace ltw::gui {

class DatabaseLock {
public:
    // Takes the lock beside `databasePath` ("FILE.lock"); a lock left by a crashed window is taken over.
    explicit DatabaseLock(const QString& databasePath);

    bool acquired() const { return m_acquired; }
    // Why the lock could not be had, in words for the facilitator.
    QString problem() const { return m_problem; }

private:
    std::unique_ptr<QLockFile> m_lock;
    bool m_acquired = false;
    QString m_problem;
};

} // namespace ltw::gui
