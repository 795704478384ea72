#include "ltw/org/pg_org_server.hpp"

#include "pg_connection.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <mutex>
#include <utility>

namespace ltw::org {

namespace {

// Each branch stops at the page's size by the index on seq, so a page costs the same at the start of a long
// pull as at its end, and only the rows sent have their payload turned into text.
constexpr const char* kPullSql = R"sql(
SELECT kind, seq, uuid, lt_uid, revision, site, visibility, who,
       to_char(at_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), title, payload, applies, protects, team
FROM (
  (SELECT 'p' AS kind, p.seq, p.uuid::text AS uuid, p.learning_team_uid AS lt_uid, p.revision, s.name AS site,
          p.visibility, p.published_by::text AS who, p.published_at AS at_time, p.title, p.payload::text AS payload,
          '' AS applies, '' AS protects, '' AS team
     FROM ltw.publication p JOIN ltw.site s ON s.id = p.site_id WHERE p.seq > $1 ORDER BY p.seq LIMIT $2)
  UNION ALL
  (SELECT 'w', w.seq, w.publication_uuid::text, '', 0, '', '', w.withdrawn_by::text, w.withdrawn_at, '', '', '', '', ''
     FROM ltw.withdrawal w WHERE w.seq > $1 ORDER BY w.seq LIMIT $2)
  UNION ALL
  (SELECT 'a', a.seq, a.uuid::text, a.learning_team_uid, 0, s.name, '', a.adopted_by::text, a.adopted_at,
          a.learning_title, '', a.applies, a.protects, a.team
     FROM ltw.adoption a JOIN ltw.site s ON s.id = a.site_id WHERE a.seq > $1 ORDER BY a.seq LIMIT $2)
) r ORDER BY seq LIMIT $2
)sql";

std::string field(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end())
        throw OrgError(OrgError::Reason::Refused, fmt::format("the outbox item has no \"{}\"", key));
    return it->is_string() ? it->get<std::string>() : it->dump();
}

} // namespace

struct PgOrgServer::Impl {
    PgOptions options;
    std::atomic<bool> cancelled{false};
    std::mutex mutex; // one request at a time on the connection
    std::unique_ptr<pg::Connection> connection;

    pg::Connection& open() {
        if (cancelled.load())
            throw OrgError(OrgError::Reason::Cancelled, "stopped before the organisation library answered");
        if (!connection || !connection->open())
            connection = std::make_unique<pg::Connection>(options, cancelled);
        return *connection;
    }

    // Runs one request; a connection that broke or timed out is dropped, so the next request connects anew.
    pg::Result exec(const std::string& sql, const pg::Params& params = {}) {
        std::lock_guard lock(mutex);
        auto& c = open();
        try {
            return c.exec(sql, params);
        } catch (const OrgError& e) {
            if (e.transient())
                connection.reset();
            throw;
        }
    }
};

PgOrgServer::PgOrgServer(PgOptions options) : m_impl(std::make_unique<Impl>()) { m_impl->options = std::move(options); }

PgOrgServer::~PgOrgServer() = default;

void PgOrgServer::cancel() { m_impl->cancelled = true; }

Identity PgOrgServer::identity() {
    Identity id;
    try {
        const auto r = m_impl->exec("SELECT current_user::text, coalesce((SELECT s.name FROM ltw.facilitator f "
                                    "JOIN ltw.site s ON s.id = f.site_id WHERE f.role_name = current_user), ''), "
                                    "(SELECT max(version) FROM ltw.schema_version)");
        id.role = r.text(0, 0);
        id.site = r.text(0, 1);
        id.schemaVersion = static_cast<int>(r.integer(0, 2));
    } catch (const OrgError& e) {
        if (e.reason() == OrgError::Reason::NotInitialised)
            throw OrgError(OrgError::Reason::NotInitialised,
                           "this server has no organisation library yet: its administrator creates it with "
                           "'ltw org init'");
        throw;
    }
    if (id.schemaVersion > kOrgSchemaVersion)
        throw OrgError(OrgError::Reason::NewerSchema,
                       fmt::format("the organisation library on this server is at version {}, newer than this "
                                   "workbench knows ({}); update the workbench. Nothing was sent or taken",
                                   id.schemaVersion, kOrgSchemaVersion));
    if (id.schemaVersion < kOrgSchemaVersion)
        throw OrgError(OrgError::Reason::NotInitialised,
                       fmt::format("the organisation library on this server is at version {}; its administrator "
                                   "upgrades it with 'ltw org init'",
                                   id.schemaVersion));
    return id;
}

void PgOrgServer::deliver(const OutboxItem& item) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(item.payload);
    } catch (const nlohmann::json::exception&) {
        throw OrgError(OrgError::Reason::Refused, "the outbox item is not readable JSON");
    }
    switch (item.kind) {
    case OutboxKind::Publication:
        m_impl->exec("INSERT INTO ltw.publication(uuid, learning_team_uid, revision, visibility, published_at, title, "
                     "payload) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) ON CONFLICT (uuid) DO NOTHING",
                     {field(j, "uuid"), field(j, "learningTeamUid"), field(j, "revision"), field(j, "visibility"),
                      field(j, "publishedAt"), field(j, "title"), j.at("bundle").dump()});
        break;
    case OutboxKind::Withdrawal:
        m_impl->exec("INSERT INTO ltw.withdrawal(publication_uuid, withdrawn_at) VALUES ($1, $2) "
                     "ON CONFLICT (publication_uuid) DO NOTHING",
                     {field(j, "publicationUuid"), field(j, "withdrawnAt")});
        break;
    case OutboxKind::Adoption:
        m_impl->exec("INSERT INTO ltw.adoption(uuid, learning_team_uid, learning_title, team, applies, protects, "
                     "adopted_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (uuid) DO NOTHING",
                     {field(j, "uuid"), field(j, "learningTeamUid"), field(j, "learningTitle"), field(j, "team"),
                      field(j, "applies"), field(j, "protects"), field(j, "adoptedAt")});
        break;
    }
}

std::vector<PulledRow> PgOrgServer::pull(std::int64_t afterSeq, int limit) {
    const auto r = m_impl->exec(kPullSql, {std::to_string(afterSeq), std::to_string(limit)});
    std::vector<PulledRow> rows;
    rows.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        PulledRow row;
        const auto kind = r.text(i, 0);
        row.kind = kind == "p"   ? PulledRow::Kind::Publication
                   : kind == "w" ? PulledRow::Kind::Withdrawal
                                 : PulledRow::Kind::Adoption;
        row.seq = r.integer(i, 1);
        row.uuid = r.text(i, 2);
        row.learningTeamUid = r.text(i, 3);
        row.revision = r.integer(i, 4);
        row.site = r.text(i, 5);
        row.visibility = r.text(i, 6);
        row.by = r.text(i, 7);
        row.at = r.text(i, 8);
        row.title = r.text(i, 9);
        row.payload = r.text(i, 10);
        row.applies = r.text(i, 11);
        row.protects = r.text(i, 12);
        row.team = r.text(i, 13);
        rows.push_back(std::move(row));
    }
    return rows;
}

namespace {

// Runs `work` in one transaction on `c`: committed when it returns, rolled back when it throws.
template <class Work>
auto inTransaction(pg::Connection& c, Work&& work) {
    c.exec("BEGIN");
    try {
        auto result = work();
        c.exec("COMMIT");
        return result;
    } catch (...) {
        if (c.open()) {
            try {
                c.exec("ROLLBACK");
            } catch (const OrgError&) {
            }
        }
        throw;
    }
}

} // namespace

InitResult initOrganisation(const PgOptions& options) {
    std::atomic<bool> never{false};
    pg::Connection c(options, never);
    const auto& migrations = orgSchemaMigrations();
    const int latest = static_cast<int>(migrations.size());
    InitResult result;
    bool first = true;
    // One migration a transaction, each under the lock that keeps two administrators from running them at once.
    for (bool done = false; !done;) {
        done = inTransaction(c, [&] {
            c.exec("SELECT pg_advisory_xact_lock(7468344)");
            const bool exists = c.exec("SELECT 1 WHERE to_regclass('ltw.schema_version') IS NOT NULL").rows() > 0;
            const int version =
                exists ? static_cast<int>(c.exec("SELECT max(version) FROM ltw.schema_version").integer(0, 0)) : 0;
            if (std::exchange(first, false))
                result.from = version;
            if (version > latest)
                throw OrgError(OrgError::Reason::NewerSchema,
                               fmt::format("the organisation library on this server is at version {}, newer than this "
                                           "workbench knows ({}); it was left as it is. Update the workbench",
                                           version, latest));
            if (version == latest) {
                result.to = version;
                return true;
            }
            c.exec(migrations[static_cast<std::size_t>(version)]);
            c.exec("UPDATE ltw.schema_version SET version = $1", {std::to_string(version + 1)});
            return false;
        });
    }
    return result;
}

void addFacilitator(const PgOptions& options, const std::string& role, const std::string& site, bool createLogin) {
    if (role.empty() || site.empty())
        throw OrgError(OrgError::Reason::Refused, "a facilitator needs a login role and a site");
    std::atomic<bool> never{false};
    pg::Connection c(options, never);
    const auto quoted = c.quoteIdentifier(role);
    inTransaction(c, [&] {
        const bool exists = c.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {role}).rows() > 0;
        if (!exists && !createLogin)
            throw OrgError(OrgError::Reason::Refused,
                           fmt::format("there is no role \"{}\" on this server: create it first, or add "
                                       "--create-login",
                                       role));
        if (!exists)
            c.exec("CREATE ROLE " + quoted + " LOGIN");
        c.exec("GRANT ltw_facilitator TO " + quoted);
        c.exec("INSERT INTO ltw.site(name) VALUES ($1) ON CONFLICT (name) DO NOTHING", {site});
        c.exec("INSERT INTO ltw.facilitator(role_name, site_id) SELECT $1, id FROM ltw.site WHERE name = $2 "
               "ON CONFLICT (role_name) DO UPDATE SET site_id = EXCLUDED.site_id",
               {role, site});
        return true;
    });
}

} // namespace ltw::org
