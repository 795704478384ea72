#include "org_sync_service.hpp"

#include "common/conversions.hpp"
#include "ltw/org/org_sync.hpp"
#include "ltw/org/pg_org_server.hpp"

#include <QLocale>
#include <QThread>
#include <QTimer>

namespace ltw::gui {

namespace {

constexpr int kDefaultInterval = 10 * 60 * 1000;
constexpr int kFirstSyncDelay = 3000;

} // namespace

struct OrgSyncService::Outcome {
    bool done = false;
    bool transient = false;
    QString error;
    org::SyncReport report;
};

OrgSyncService::OrgSyncService(SqliteRepository& repo, ServerFactory factory, QObject* parent)
    : QObject(parent), m_repo(repo), m_store(repo), m_factory(std::move(factory)), m_timer(new QTimer(this)) {
    if (!m_factory)
        m_factory = [](const std::string& conninfo) -> std::unique_ptr<org::OrgServer> {
            return std::make_unique<org::PgOrgServer>(org::PgOptions{conninfo});
        };
    m_timer->setInterval(kDefaultInterval);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (configured())
            syncNow();
    });
    if (available()) {
        m_timer->start();
        QTimer::singleShot(kFirstSyncDelay, this, [this] {
            if (configured())
                syncNow();
        });
    }
}

OrgSyncService::~OrgSyncService() {
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

bool OrgSyncService::available() const { return !m_repo.isReadOnly() && !m_repo.database().inMemory(); }

bool OrgSyncService::configured() {
    if (!available())
        return false;
    const auto state = m_store.state();
    return !state.server.empty() || state.queued > 0 || state.lastSync.has_value();
}

QString OrgSyncService::server() { return toQString(m_store.savedServer()); }

bool OrgSyncService::setServer(const QString& conninfo, QString* error) {
    try {
        m_store.saveServer(toStdString(conninfo.trimmed()));
        emit stateChanged();
        return true;
    } catch (const Error& e) {
        if (error)
            *error = toQString(e.what());
        return false;
    }
}

namespace {

template <class Decision>
bool decide(Decision&& decision, QString* error) {
    try {
        decision();
        return true;
    } catch (const Error& e) {
        if (error)
            *error = toQString(e.what());
        return false;
    }
}

} // namespace

bool OrgSyncService::publish(Id learningTeamId, org::Visibility visibility, QString* error) {
    if (!decide([&] { m_store.publish(learningTeamId, visibility, now()); }, error))
        return false;
    emit stateChanged();
    syncNow();
    return true;
}

bool OrgSyncService::withdraw(Id learningTeamId, QString* error) {
    if (!decide([&] { m_store.withdraw(learningTeamId, now()); }, error))
        return false;
    emit stateChanged();
    syncNow();
    return true;
}

bool OrgSyncService::answer(const std::string& learningTeamUid, const std::string& learningTitle,
                            const std::string& team, org::Applies applies, const std::string& protects,
                            QString* error) {
    if (!decide([&] { m_store.adopt(learningTeamUid, learningTitle, team, applies, protects, now()); }, error))
        return false;
    emit stateChanged();
    syncNow();
    return true;
}

void OrgSyncService::setInterval(int milliseconds) { m_timer->setInterval(milliseconds); }

void OrgSyncService::syncNow() {
    if (!available())
        return;
    if (m_thread) {
        m_again = true; // what was decided meanwhile goes with the next one
        return;
    }
    std::shared_ptr<org::OrgServer> server;
    try {
        server = m_factory(m_store.savedServer());
    } catch (const std::exception& e) {
        m_lastError = toQString(e.what());
        emit stateChanged();
        return;
    }
    m_server = server;
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    const auto path = m_repo.database().path();
    m_thread = QThread::create([server, outcome, path] {
        try {
            SqliteRepository repo(path);
            org::OrgStore store(repo);
            outcome->report = org::sync(store, *server);
            outcome->done = true;
        } catch (const org::OrgError& e) {
            outcome->error = toQString(e.what());
            outcome->transient = e.transient();
        } catch (const std::exception& e) {
            outcome->error = toQString(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &OrgSyncService::finish);
    m_thread->start();
    emit stateChanged();
}

void OrgSyncService::cancel() {
    if (m_server)
        m_server->cancel();
}

void OrgSyncService::finish() {
    m_thread->deleteLater();
    m_thread = nullptr;
    m_server.reset();
    m_lastError = m_outcome->error;
    const bool pulled = m_outcome->report.pulled > 0;
    emit stateChanged();
    if (pulled)
        emit mirrorChanged();
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

QString OrgSyncService::statusText() {
    if (busy())
        return tr("Organisation library: syncing…");
    if (!configured())
        return {};
    const auto state = m_store.state();
    QString text;
    const QString when =
        state.lastSync ? QLocale().toString(toQDateTime(*state.lastSync).toLocalTime().time(), QLocale::ShortFormat)
                       : QString();
    if (!state.lastSync)
        text = tr("Organisation library: not synced yet");
    else if (m_outcome && m_outcome->transient)
        text = tr("Organisation library: not reached at %1").arg(when);
    else if (!state.lastError.empty())
        text = tr("Organisation library: synced at %1, with a problem").arg(when);
    else
        text = tr("Organisation library: synced at %1").arg(when);
    if (const int waiting = state.queued - state.failed; waiting > 0)
        text += QStringLiteral(" · ") + tr("%n waiting to be delivered", "", waiting);
    if (state.failed > 0)
        text += QStringLiteral(" · ") + tr("%n refused by the server", "", state.failed);
    return text;
}

} // namespace ltw::gui
