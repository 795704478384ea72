// The organisation's PostgreSQL server through libpq: the OrgServer the sync speaks to, and what the
// administrator runs (creating and upgrading the schema, adding facilitators). libpq stays behind this
// header: nothing of it reaches the core or the window.
#pragma once

#include "ltw/org/org.hpp"

#include <chrono>
#include <memory>
#include <string>

namespace ltw::org {

struct PgOptions {
    // A libpq connection string or URI. Empty: libpq's PG* environment variables and defaults alone.
    std::string conninfo;
    // Used when neither the connection string nor PGCONNECT_TIMEOUT says; libpq's least is 2 s.
    std::chrono::seconds connectTimeout{10};
    // How long one request may take before it is given up (the server also ends it then).
    std::chrono::milliseconds requestTimeout{30'000};
};

class PgOrgServer final : public OrgServer {
public:
    // Connects at the first request, not here.
    explicit PgOrgServer(PgOptions options);
    ~PgOrgServer() override;

    Identity identity() override;
    void deliver(const OutboxItem& item) override;
    std::vector<PulledRow> pull(std::int64_t afterSeq, int limit) override;
    void cancel() override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

struct InitResult {
    int from = 0; // the server's schema version before
    int to = 0;
};

// Creates the organisation library's schema, or upgrades it, one migration per transaction. A server
// whose library is newer than this program is refused (OrgError NewerSchema) and left as it is. Run by
// the administrator: the role needs to create a schema and roles.
InitResult initOrganisation(const PgOptions& options);

// Adds a facilitator: their login role joins ltw_facilitator and belongs to `site` (made if new).
// `createLogin` also creates the role (without a password: the administrator sets one, or uses another
// way to authenticate). Adding a facilitator again moves them to the site given.
void addFacilitator(const PgOptions& options, const std::string& role, const std::string& site, bool createLogin);

// The migrations of the server's schema, in order: migration N takes it from version N-1 to N.
const std::vector<std::string>& orgSchemaMigrations();

} // namespace ltw::org
