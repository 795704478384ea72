// The organisation library's schema on PostgreSQL, as numbered migrations. Never edit a released one:
// add the next. docs/org-library.md explains the tables and the rules the policies keep.
#include "ltw/org/pg_org_server.hpp"

namespace ltw::org {

const std::vector<std::string>& orgSchemaMigrations() {
    static const std::vector<std::string> migrations = {
        // 1: sites, facilitators, and the three tables facilitators write: publications, withdrawals and
        // adoptions. Rows are only ever added. One sequence numbers them all, assigned under one lock so that
        // the numbers follow the order of the commits and a pull "after N" never misses a row.
        R"sql(
CREATE SCHEMA ltw;
CREATE TABLE ltw.schema_version (version integer NOT NULL);
INSERT INTO ltw.schema_version VALUES (0);
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ltw_facilitator') THEN
        CREATE ROLE ltw_facilitator NOLOGIN;
    END IF;
END
$$;
CREATE TABLE ltw.site (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200)
);
CREATE TABLE ltw.facilitator (
    role_name name PRIMARY KEY,
    site_id integer NOT NULL REFERENCES ltw.site(id)
);
CREATE SEQUENCE ltw.seq;
CREATE FUNCTION ltw.my_site() RETURNS integer LANGUAGE sql STABLE
    AS $$ SELECT site_id FROM ltw.facilitator WHERE role_name = current_user $$;

CREATE TABLE ltw.publication (
    uuid uuid PRIMARY KEY,
    learning_team_uid text NOT NULL CHECK (length(learning_team_uid) BETWEEN 1 AND 64),
    revision bigint NOT NULL CHECK (revision >= 0),
    site_id integer NOT NULL REFERENCES ltw.site(id),
    visibility text NOT NULL CHECK (visibility IN ('organisation', 'site')),
    published_by name NOT NULL,
    published_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    title text NOT NULL CHECK (length(title) <= 1000),
    payload jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
    seq bigint NOT NULL UNIQUE
);
CREATE INDEX publication_lt ON ltw.publication(learning_team_uid, revision DESC);
CREATE INDEX publication_site ON ltw.publication(site_id, visibility);
CREATE TABLE ltw.withdrawal (
    publication_uuid uuid PRIMARY KEY REFERENCES ltw.publication(uuid),
    withdrawn_by name NOT NULL,
    withdrawn_at timestamptz NOT NULL,
    seq bigint NOT NULL UNIQUE
);
CREATE TABLE ltw.adoption (
    uuid uuid PRIMARY KEY,
    learning_team_uid text NOT NULL CHECK (length(learning_team_uid) BETWEEN 1 AND 64),
    learning_title text NOT NULL CHECK (length(learning_title) BETWEEN 1 AND 1000),
    team text NOT NULL CHECK (length(team) BETWEEN 1 AND 200),
    site_id integer NOT NULL REFERENCES ltw.site(id),
    applies text NOT NULL CHECK (applies IN ('applies', 'partly', 'not_here')),
    protects text NOT NULL DEFAULT '' CHECK (length(protects) <= 20000),
    adopted_by name NOT NULL,
    adopted_at timestamptz NOT NULL,
    seq bigint NOT NULL UNIQUE
);
CREATE INDEX adoption_lt ON ltw.adoption(learning_team_uid);

-- Who wrote a row, from where, and its place in the sequence are the server's to say, never the client's.
CREATE FUNCTION ltw.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7468343);
    NEW.seq := nextval('ltw.seq');
    IF TG_TABLE_NAME = 'publication' THEN
        NEW.published_by := current_user;
        NEW.site_id := ltw.my_site();
        NEW.received_at := now();
    ELSIF TG_TABLE_NAME = 'withdrawal' THEN
        NEW.withdrawn_by := current_user;
    ELSE
        NEW.adopted_by := current_user;
        NEW.site_id := ltw.my_site();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER publication_stamp BEFORE INSERT ON ltw.publication FOR EACH ROW EXECUTE FUNCTION ltw.stamp();
CREATE TRIGGER withdrawal_stamp BEFORE INSERT ON ltw.withdrawal FOR EACH ROW EXECUTE FUNCTION ltw.stamp();
CREATE TRIGGER adoption_stamp BEFORE INSERT ON ltw.adoption FOR EACH ROW EXECUTE FUNCTION ltw.stamp();

-- Who sees what: enforced here for every role, the table's owner included.
ALTER TABLE ltw.publication ENABLE ROW LEVEL SECURITY;
ALTER TABLE ltw.publication FORCE ROW LEVEL SECURITY;
ALTER TABLE ltw.withdrawal ENABLE ROW LEVEL SECURITY;
ALTER TABLE ltw.withdrawal FORCE ROW LEVEL SECURITY;
ALTER TABLE ltw.adoption ENABLE ROW LEVEL SECURITY;
ALTER TABLE ltw.adoption FORCE ROW LEVEL SECURITY;
CREATE POLICY publication_read ON ltw.publication FOR SELECT
    USING (visibility = 'organisation' OR site_id = ltw.my_site());
CREATE POLICY publication_write ON ltw.publication FOR INSERT
    WITH CHECK (published_by = current_user AND site_id = ltw.my_site());
CREATE POLICY withdrawal_read ON ltw.withdrawal FOR SELECT
    USING (EXISTS (SELECT 1 FROM ltw.publication p WHERE p.uuid = publication_uuid));
CREATE POLICY withdrawal_write ON ltw.withdrawal FOR INSERT
    WITH CHECK (withdrawn_by = current_user AND EXISTS (SELECT 1 FROM ltw.publication p
                WHERE p.uuid = publication_uuid AND p.published_by = current_user));
CREATE POLICY adoption_read ON ltw.adoption FOR SELECT
    USING (EXISTS (SELECT 1 FROM ltw.publication p WHERE p.learning_team_uid = adoption.learning_team_uid));
CREATE POLICY adoption_write ON ltw.adoption FOR INSERT
    WITH CHECK (adopted_by = current_user AND site_id = ltw.my_site() AND EXISTS (SELECT 1 FROM ltw.publication p
                WHERE p.learning_team_uid = adoption.learning_team_uid));

GRANT USAGE ON SCHEMA ltw TO ltw_facilitator;
GRANT SELECT ON ltw.schema_version, ltw.site, ltw.facilitator TO ltw_facilitator;
GRANT SELECT, INSERT ON ltw.publication, ltw.withdrawal, ltw.adoption TO ltw_facilitator;
GRANT USAGE ON SEQUENCE ltw.seq TO ltw_facilitator;
GRANT EXECUTE ON FUNCTION ltw.my_site() TO ltw_facilitator;
)sql",
    };
    return migrations;
}

} // namespace ltw::org
