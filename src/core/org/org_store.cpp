// The organisation library on the laptop: the saved server, the decisions and their outbox.
#include "ltw/org/org_store.hpp"

#include "../uid.hpp"
#include "ltw/bundle.hpp"
#include "ltw/database.hpp"
#include "ltw/sqlite_repository.hpp"
#include "org_detail.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace ltw::org {

using detail::seconds;
using detail::timestamp;

namespace {

// 128 random bits written as a version-4 UUID, the form PostgreSQL's uuid type reads.
std::string newUuid() {
    std::string hex = ltw::detail::newUid();
    hex[12] = '4';
    hex[16] = "89ab"[std::stoi(hex.substr(16, 1), nullptr, 16) & 3];
    return fmt::format("{}-{}-{}-{}-{}", hex.substr(0, 8), hex.substr(8, 4), hex.substr(12, 4), hex.substr(16, 4),
                       hex.substr(20));
}

bool holdsPassword(const std::string& conninfo) {
    std::string lower = conninfo;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower.find("password") != std::string::npos)
        return true;
    // A URI's user information: postgresql://user:secret@host
    const auto scheme = lower.find("://");
    if (scheme == std::string::npos)
        return false;
    const auto at = lower.find('@', scheme + 3);
    const auto slash = lower.find('/', scheme + 3);
    if (at == std::string::npos || (slash != std::string::npos && slash < at))
        return false;
    return lower.substr(scheme + 3, at - scheme - 3).find(':') != std::string::npos;
}

OutboxItem readOutbox(SQLite::Statement& s) {
    OutboxItem item;
    item.uuid = s.getColumn("uuid").getString();
    const auto kind = s.getColumn("kind").getString();
    item.kind = kind == "publication"  ? OutboxKind::Publication
                : kind == "withdrawal" ? OutboxKind::Withdrawal
                                       : OutboxKind::Adoption;
    if (!s.getColumn("learning_team_id").isNull())
        item.learningTeamId = s.getColumn("learning_team_id").getInt64();
    item.payload = s.getColumn("payload").getString();
    item.created = timestamp(s.getColumn("created").getInt64());
    item.attempts = s.getColumn("attempts").getInt();
    item.lastError = s.getColumn("last_error").getString();
    if (!s.getColumn("delivered_at").isNull())
        item.deliveredAt = timestamp(s.getColumn("delivered_at").getInt64());
    return item;
}

} // namespace

OrgStore::OrgStore(SqliteRepository& repo) : m_repo(repo) {}

std::string OrgStore::savedServer() {
    SQLite::Statement s(m_repo.database().sql(), "SELECT server FROM org_state WHERE id = 1");
    return s.executeStep() ? s.getColumn(0).getString() : std::string();
}

void OrgStore::saveServer(const std::string& conninfo) {
    if (holdsPassword(conninfo))
        throw InvalidRequest("The connection holds a password, and the workbench never keeps one in its files. "
                             "Give the password through PGPASSWORD or the password file (~/.pgpass), and the "
                             "connection without it");
    m_repo.transaction([&] {
        SQLite::Statement s(m_repo.database().sql(), "UPDATE org_state SET server = ? WHERE id = 1");
        s.bind(1, conninfo);
        s.exec();
    });
}

SyncState OrgStore::state() {
    auto& db = m_repo.database().sql();
    SyncState state;
    SQLite::Statement s(db, "SELECT server, last_seq, last_sync, last_error FROM org_state WHERE id = 1");
    if (s.executeStep()) {
        state.server = s.getColumn(0).getString();
        state.lastSeq = s.getColumn(1).getInt64();
        if (!s.getColumn(2).isNull())
            state.lastSync = timestamp(s.getColumn(2).getInt64());
        state.lastError = s.getColumn(3).getString();
    }
    SQLite::Statement q(db, "SELECT count(*), count(*) FILTER (WHERE refused <> 0) FROM org_outbox "
                            "WHERE delivered_at IS NULL");
    if (q.executeStep()) {
        state.queued = q.getColumn(0).getInt();
        state.failed = q.getColumn(1).getInt();
    }
    SQLite::Statement m(db, "SELECT count(*), count(DISTINCT site) FROM org_publication WHERE shown = 1");
    if (m.executeStep()) {
        state.publications = m.getColumn(0).getInt();
        state.sites = m.getColumn(1).getInt();
    }
    return state;
}

void OrgStore::recordSync(Timestamp when, const std::string& error) {
    m_repo.transaction([&] {
        SQLite::Statement s(m_repo.database().sql(), "UPDATE org_state SET last_sync = ?, last_error = ? WHERE id = 1");
        s.bind(1, seconds(when));
        s.bind(2, error);
        s.exec();
    });
}

namespace {

void enqueue(SQLite::Database& db, const std::string& uuid, std::string_view kind, std::optional<Id> learningTeamId,
             std::int64_t revision, std::string_view visibility, const std::string& payload, Timestamp when) {
    SQLite::Statement s(db, "INSERT INTO org_outbox(uuid, kind, learning_team_id, revision, visibility, payload, "
                            "created) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, uuid);
    s.bind(2, std::string(kind));
    if (learningTeamId)
        s.bind(3, static_cast<std::int64_t>(*learningTeamId));
    s.bind(4, revision);
    s.bind(5, std::string(visibility));
    s.bind(6, payload);
    s.bind(7, seconds(when));
    s.exec();
}

} // namespace

std::string OrgStore::publish(Id learningTeamId, Visibility visibility, Timestamp when) {
    const auto snapshot = m_repo.snapshot(learningTeamId);
    const auto& lt = snapshot.learningTeam;
    if (snapshot.origin && snapshot.origin->sourceUid == lt.uid)
        throw InvalidRequest(fmt::format("\"{}\" is a copy of a Learning Team imported from {}; it is published by the "
                                         "facilitator it comes from. Import it as a separate copy to publish your own",
                                         lt.title, snapshot.origin->facilitator));
    const auto uuid = newUuid();
    const nlohmann::ordered_json payload = {
        {"uuid", uuid},
        {"learningTeamUid", lt.uid},
        {"revision", lt.revision},
        {"visibility", std::string(toString(visibility))},
        {"publishedAt", toIso(when)},
        {"title", lt.title},
        {"bundle", nlohmann::json::parse(exportBundle(snapshot, BundleOptions{false, when, {}}))},
    };
    m_repo.transaction([&] {
        enqueue(m_repo.database().sql(), uuid, "publication", learningTeamId, lt.revision, toString(visibility),
                payload.dump(), when);
    });
    return uuid;
}

std::string OrgStore::withdraw(Id learningTeamId, Timestamp when) {
    const auto status = this->status(learningTeamId);
    if (status.state == PublicationStatus::State::NotPublished)
        throw InvalidRequest("This Learning Team was never published to the organisation library: there is nothing "
                             "to withdraw");
    if (status.state == PublicationStatus::State::Withdrawn)
        throw InvalidRequest("This Learning Team is withdrawn from the organisation library already");
    const auto uuid = newUuid();
    const nlohmann::ordered_json payload = {
        {"uuid", uuid}, {"publicationUuid", status.uuid}, {"withdrawnAt", toIso(when)}};
    m_repo.transaction([&] {
        enqueue(m_repo.database().sql(), uuid, "withdrawal", learningTeamId, status.revision, "", payload.dump(), when);
    });
    return uuid;
}

std::string OrgStore::adopt(const std::string& learningTeamUid, const std::string& learningTitle,
                            const std::string& team, Applies applies, const std::string& protects, Timestamp when) {
    if (learningTeamUid.empty() || learningTitle.empty())
        throw InvalidRequest("Say which shared learning of the organisation the answer is for");
    if (team.empty())
        throw InvalidRequest("Say which of your teams answers");
    const auto uuid = newUuid();
    const nlohmann::ordered_json payload = {{"uuid", uuid},
                                            {"learningTeamUid", learningTeamUid},
                                            {"learningTitle", learningTitle},
                                            {"team", team},
                                            {"applies", std::string(toString(applies))},
                                            {"protects", protects},
                                            {"adoptedAt", toIso(when)}};
    m_repo.transaction(
        [&] { enqueue(m_repo.database().sql(), uuid, "adoption", std::nullopt, 0, "", payload.dump(), when); });
    return uuid;
}

PublicationStatus OrgStore::status(Id learningTeamId) {
    PublicationStatus status;
    SQLite::Statement s(
        m_repo.database().sql(),
        "SELECT o.*, (SELECT visibility FROM org_outbox p WHERE p.learning_team_id = o.learning_team_id "
        "AND p.kind = 'publication' ORDER BY p.position DESC LIMIT 1) AS published_visibility, "
        "(SELECT uuid FROM org_outbox p WHERE p.learning_team_id = o.learning_team_id "
        "AND p.kind = 'publication' ORDER BY p.position DESC LIMIT 1) AS publication_uuid "
        "FROM org_outbox o WHERE o.learning_team_id = ? AND o.kind IN ('publication', 'withdrawal') "
        "ORDER BY o.position DESC LIMIT 1");
    s.bind(1, static_cast<std::int64_t>(learningTeamId));
    if (!s.executeStep())
        return status;
    const auto item = readOutbox(s);
    status.uuid = s.getColumn("publication_uuid").getString();
    status.revision = s.getColumn("revision").getInt64();
    status.visibility =
        visibilityFromString(s.getColumn("published_visibility").getString()).value_or(Visibility::Organisation);
    status.decidedAt = item.created;
    status.deliveredAt = item.deliveredAt;
    status.lastError = item.lastError;
    status.attempts = item.attempts;
    status.queued = !item.deliveredAt.has_value();
    using State = PublicationStatus::State;
    if (item.kind == OutboxKind::Withdrawal)
        status.state = State::Withdrawn;
    else if (item.deliveredAt)
        status.state = State::Delivered;
    else if (s.getColumn("refused").getInt() != 0)
        status.state = State::Failed;
    else
        status.state = State::Queued;
    return status;
}

std::vector<OutboxItem> OrgStore::pending() {
    SQLite::Statement s(m_repo.database().sql(),
                        "SELECT * FROM org_outbox WHERE delivered_at IS NULL ORDER BY position");
    std::vector<OutboxItem> items;
    while (s.executeStep())
        items.push_back(readOutbox(s));
    return items;
}

void OrgStore::markDelivered(const std::string& uuid, Timestamp when) {
    m_repo.transaction([&] {
        SQLite::Statement s(
            m_repo.database().sql(),
            "UPDATE org_outbox SET delivered_at = ?, attempts = attempts + 1, last_error = '', refused = 0 "
            "WHERE uuid = ?");
        s.bind(1, seconds(when));
        s.bind(2, uuid);
        s.exec();
    });
}

void OrgStore::markFailed(const std::string& uuid, const std::string& error, bool refused) {
    m_repo.transaction([&] {
        SQLite::Statement s(
            m_repo.database().sql(),
            "UPDATE org_outbox SET attempts = attempts + 1, last_error = ?, refused = ? WHERE uuid = ?");
        s.bind(1, error);
        s.bind(2, refused ? 1 : 0);
        s.bind(3, uuid);
        s.exec();
    });
}

} // namespace ltw::org
