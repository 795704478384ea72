// The window's link to the organisation library: decisions taken here (publish, withdraw, answer) go to
// the outbox at once, and a sync runs on a thread of its own, with its own connection to the database
// file, so the window never waits on the network. It syncs when the window opens, every few minutes,
// after each decision and on demand; it can be cancelled, and it ends with the window.
#pragma once

#include "ltw/org/org.hpp"
#include "ltw/org/org_store.hpp"
#include "ltw/sqlite_repository.hpp"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace ltw::gui {

class OrgSyncService final : public QObject {
    Q_OBJECT
public:
    // Makes the server a sync speaks to, for the connection saved (empty: libpq's PG* variables). Runs on
    // the window's thread; the server is then used on the sync's thread only. Tests hand in their own.
    using ServerFactory = std::function<std::unique_ptr<org::OrgServer>(const std::string& conninfo)>;

    OrgSyncService(SqliteRepository& repo, ServerFactory factory = {}, QObject* parent = nullptr);
    ~OrgSyncService() override;

    // Whether this database works with an organisation library: a server is saved or something waits in
    // the outbox. Until then nothing connects anywhere by itself.
    bool configured();
    bool available() const; // a database file that can be written (not in memory, not read-only)
    bool busy() const { return m_thread != nullptr; }

    org::OrgStore& store() { return m_store; }
    QString server();
    // Keeps the connection for this database; false (with `error`) when it holds a password.
    bool setServer(const QString& conninfo, QString* error = nullptr);

    // The decisions; each is written before it returns, then delivered by a sync started at once.
    // False with `error` when the database could not take it.
    bool publish(Id learningTeamId, org::Visibility visibility, QString* error = nullptr);
    bool withdraw(Id learningTeamId, QString* error = nullptr);
    bool answer(const std::string& learningTeamUid, const std::string& learningTitle, const std::string& team,
                org::Applies applies, const std::string& protects, QString* error = nullptr);

    // One line for the status bar: how the last sync went and what waits; empty while not configured.
    QString statusText();
    QString lastError() const { return m_lastError; }

    // Where the next syncs connect; tests hand in servers of their own.
    void setServerFactory(ServerFactory factory) { m_factory = std::move(factory); }
    // The interval between syncs while the window is open.
    void setInterval(int milliseconds);

public slots:
    void syncNow();
    void cancel();

signals:
    void stateChanged();  // a sync began or ended, or a decision was queued
    void mirrorChanged(); // a sync brought rows into the mirror

private:
    void finish();

    SqliteRepository& m_repo;
    org::OrgStore m_store;
    ServerFactory m_factory;
    QTimer* m_timer;
    QThread* m_thread = nullptr;
    std::shared_ptr<org::OrgServer> m_server; // the one syncing now, so that it can be cancelled
    struct Outcome;
    std::shared_ptr<Outcome> m_outcome;
    bool m_again = false;
    QString m_lastError;
};

} // namespace ltw::gui
