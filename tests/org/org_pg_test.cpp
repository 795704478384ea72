// The organisation library on a real PostgreSQL: the schema, publishing and pulling across sites, the
// newest revision winning, withdrawals, row-level security, and rows a hostile facilitator wrote by hand.
#include "pg_fixture.hpp"

#include "cli.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <sstream>

using namespace ltw;
using namespace ltw::test;
using State = org::PublicationStatus::State;

namespace {

TEST_F(OrgServerTest, InitCreatesTheLibraryOnceAndThenHasNothingToDo) {
    EXPECT_EQ(admin->number("SELECT version FROM ltw.schema_version"), org::kOrgSchemaVersion);
    const auto again = org::initOrganisation(org::PgOptions{adminInfo()});
    EXPECT_EQ(again.from, org::kOrgSchemaVersion);
    EXPECT_EQ(again.to, org::kOrgSchemaVersion);
    Sql("dbname=postgres").value("CREATE DATABASE " + db + "_fresh");
    const auto fresh = org::initOrganisation(org::PgOptions{"dbname=" + db + "_fresh"});
    EXPECT_EQ(fresh.from, 0);
    EXPECT_EQ(fresh.to, org::kOrgSchemaVersion);
}

TEST_F(OrgServerTest, ANewerLibraryIsRefusedAndLeftAsItIs) {
    admin->value("UPDATE ltw.schema_version SET version = 99");
    try {
        org::initOrganisation(org::PgOptions{adminInfo()});
        FAIL() << "a newer schema was not refused";
    } catch (const org::OrgError& e) {
        EXPECT_EQ(e.reason(), org::OrgError::Reason::NewerSchema);
        EXPECT_NE(std::string(e.what()).find("version 99"), std::string::npos);
    }
    EXPECT_EQ(admin->number("SELECT version FROM ltw.schema_version"), 99);
    auto a = laptop("a");
    a.store->publish(a.sample, org::Visibility::Organisation, now());
    EXPECT_THROW(syncAs(a, alice), org::OrgError);
    EXPECT_EQ(a.store->pending().size(), 1u);
    EXPECT_EQ(admin->number("SELECT count(*) FROM ltw.publication"), 0);
}

TEST_F(OrgServerTest, WhatOneSitePublishesAnotherFinds) {
    auto a = laptop("a");
    auto b = laptop("b", false);
    a.store->publish(a.sample, org::Visibility::Organisation, now());
    EXPECT_EQ(syncAs(a, alice).delivered, 1);
    EXPECT_EQ(a.store->status(a.sample).state, State::Delivered);
    EXPECT_EQ(admin->value("SELECT published_by FROM ltw.publication"), alice);
    EXPECT_EQ(admin->value("SELECT s.name FROM ltw.publication p JOIN ltw.site s ON s.id = p.site_id"), "North plant");
    // The server holds the redacted snapshot: no participant's name, not even the dock lead's first name.
    EXPECT_EQ(admin->number("SELECT count(*) FROM ltw.publication WHERE payload->>'includesPrivate' = 'false'"), 1);
    EXPECT_EQ(admin->number("SELECT count(*) FROM ltw.publication WHERE payload::text ~ "
                            "'Kowalski|Daniel|Osei|Priya|Raman|Ferreira|Brooks|Demir'"),
              0);
    const auto report = syncAs(b, bob);
    EXPECT_EQ(report.pulled, 1);
    EXPECT_EQ(report.identity.site, "South yard");
    const auto hits = found(b, "forklift lane");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().rfind("North plant: ", 0), 0u) << hits.front();
    EXPECT_EQ(b.store->learnings().size(), a.repo->snapshot(a.sample).learnings.size());
}

TEST_F(OrgServerTest, TheNewestRevisionWinsAndADeliveryTwiceIsOneRow) {
    auto a = laptop("a");
    auto b = laptop("b", false);
    a.store->publish(a.sample, org::Visibility::Organisation, now());
    const auto first = a.store->pending().front();
    syncAs(a, alice);
    a.repo->addNote(makeNote(a.sample, NoteKind::WeakSignal, "The dock radio crackles before the batteries die"));
    a.store->publish(a.sample, org::Visibility::Organisation, now());
    syncAs(a, alice);
    org::PgOrgServer server(optionsFor(alice));
    server.deliver(first); // a late retry of the first snapshot
    server.deliver(first);
    EXPECT_EQ(admin->number("SELECT count(*) FROM ltw.publication"), 2);
    // The first snapshot again under a uuid of its own: older, so nobody reads it.
    auto stale = first;
    stale.uuid = "00000000-0000-4000-8000-000000000777";
    auto payload = nlohmann::json::parse(stale.payload);
    payload["uuid"] = stale.uuid;
    stale.payload = payload.dump();
    server.deliver(stale);
    EXPECT_EQ(admin->number("SELECT count(*) FROM ltw.publication"), 3);
    syncAs(b, bob);
    EXPECT_EQ(found(b, "radio crackles").size(), 1u);
    EXPECT_EQ(b.store->state().publications, 1);
}

TEST_F(OrgServerTest, AWithdrawalTravelsToEveryMirror) {
    auto a = laptop("a");
    auto b = laptop("b", false);
    a.store->publish(a.sample, org::Visibility::Organisation, now());
    syncAs(a, alice);
    syncAs(b, bob);
    ASSERT_FALSE(found(b, "forklift").empty());
    a.store->withdraw(a.sample, now());
    syncAs(a, alice);
    EXPECT_EQ(a.store->status(a.sample).state, State::Withdrawn);
    syncAs(b, bob);
    EXPECT_TRUE(found(b, "forklift").empty());
    EXPECT_EQ(b.store->state().publications, 0);
}

TEST_F(OrgServerTest, SiteOnlyIsKeptByTheServerEvenFromRawSql) {
    auto a = laptop("a");
    a.store->publish(a.sample, org::Visibility::Site, now());
    syncAs(a, alice);
    const auto alice2 = db + "_alice2";
    org::addFacilitator(org::PgOptions{adminInfo()}, alice2, "North plant", true);
    admin->value("ALTER ROLE " + alice2 + " PASSWORD 'pw'");

    Sql asBob(as(bob));
    EXPECT_EQ(asBob.number("SELECT count(*) FROM ltw.publication"), 0);
    EXPECT_EQ(asBob.number("SELECT count(*) FROM ltw.publication WHERE visibility = 'site'"), 0);
    Sql asAlice2(as(alice2));
    EXPECT_EQ(asAlice2.number("SELECT count(*) FROM ltw.publication"), 1);

    // Nobody rewrites or removes a row, and a row says who wrote it whatever the writer claims.
    EXPECT_THROW(asAlice2.value("UPDATE ltw.publication SET title = 'changed'"), std::runtime_error);
    EXPECT_THROW(asAlice2.value("DELETE FROM ltw.publication"), std::runtime_error);
    const auto north = admin->value("SELECT id FROM ltw.site WHERE name = 'North plant'");
    asBob.value("INSERT INTO ltw.publication(uuid, learning_team_uid, revision, visibility, published_at, title, "
                "payload, site_id, published_by) VALUES ('00000000-0000-4000-8000-000000000001', 'x', 1, 'site', "
                "now(), 'spoof', '{}', " +
                north + ", '" + alice + "')");
    EXPECT_EQ(admin->value("SELECT published_by || ' ' || s.name FROM ltw.publication p JOIN ltw.site s ON "
                           "s.id = p.site_id WHERE title = 'spoof'"),
              bob + " South yard");
    EXPECT_EQ(asAlice2.number("SELECT count(*) FROM ltw.publication"), 1) << "bob's row stays at bob's site";
    // Only its publisher withdraws a publication.
    const auto uuid = admin->value("SELECT uuid FROM ltw.publication WHERE published_by = '" + alice + "'");
    EXPECT_THROW(
        asBob.value("INSERT INTO ltw.withdrawal(publication_uuid, withdrawn_at) VALUES ('" + uuid + "', now())"),
        std::runtime_error);
    EXPECT_THROW(
        asAlice2.value("INSERT INTO ltw.withdrawal(publication_uuid, withdrawn_at) VALUES ('" + uuid + "', now())"),
        std::runtime_error);

    auto b = laptop("b", false);
    syncAs(b, bob);
    EXPECT_TRUE(found(b, "forklift").empty());
    auto c = laptop("c", false);
    syncAs(c, alice2);
    EXPECT_FALSE(found(c, "forklift").empty());
}

TEST_F(OrgServerTest, RowsAHostileFacilitatorTypedByHandAreRefusedByEveryMirror) {
    auto a = laptop("a");
    a.store->publish(a.sample, org::Visibility::Organisation, now());
    const auto good = nlohmann::json::parse(a.store->pending().front().payload).at("bundle");
    syncAs(a, alice);
    Sql asAlice(as(alice));
    auto insert = [&](int n, const std::string& payload) {
        asAlice.value("INSERT INTO ltw.publication(uuid, learning_team_uid, revision, visibility, published_at, title, "
                      "payload) VALUES ('00000000-0000-4000-8000-00000000010" +
                      std::to_string(n) + "', '" + good.at("learningTeam").at("uid").get<std::string>() +
                      "', 1000, 'organisation', now(), 'x', $payload$" + payload + "$payload$)");
    };
    insert(1, R"({"format": "something else"})");
    auto wrongType = good;
    wrongType["version"] = "three";
    insert(2, wrongType.dump());
    auto huge = good;
    huge["notes"][0]["text"] = std::string(200'000, 'y');
    insert(3, huge.dump());
    auto named = good;
    named["includesPrivate"] = true;
    insert(4, named.dump());

    auto b = laptop("b", false);
    const auto report = syncAs(b, bob);
    EXPECT_EQ(report.refusedRows.size(), 4u);
    EXPECT_EQ(report.pulled, 1);
    EXPECT_EQ(b.store->state().publications, 1);
    EXPECT_EQ(b.store->state().lastSeq, admin->number("SELECT max(seq) FROM ltw.publication"));
    EXPECT_NE(b.store->state().lastError.find("left out"), std::string::npos);
    EXPECT_FALSE(found(b, "forklift").empty()) << "the good publication is still the one shown";
}

int cli(const std::vector<std::string>& args, std::string& out) {
    std::ostringstream o, e;
    const int code = cli::run(args, o, e);
    out = o.str() + e.str();
    return code;
}

// Sets an environment variable for one test, and puts back what was there.
class EnvGuard {
public:
    EnvGuard(const char* name, const std::string& value) : m_name(name) {
        if (const char* old = std::getenv(name))
            m_old = old;
        setenv(name, value.c_str(), 1);
    }
    ~EnvGuard() {
        if (m_old)
            setenv(m_name, m_old->c_str(), 1);
        else
            unsetenv(m_name);
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

TEST_F(OrgServerTest, TheVerbsPublishQueueAndSync) {
    auto a = laptop("a");
    const auto path = (dir / "a.ltw").string();
    a.repo.reset();
    a.store.reset();
    std::string out;
    // Nothing listens on port 1: the decision is kept and the verb says so with its own exit code.
    EXPECT_EQ(cli({"org", "publish", "--db", path, "--learning-team", std::to_string(a.sample), "--server",
                   "host=127.0.0.1 port=1 dbname=" + db},
                  out),
              3)
        << out;
    EXPECT_NE(out.find("Queued"), std::string::npos) << out;
    EXPECT_EQ(cli({"org", "status", "--db", path}, out), 0);
    EXPECT_NE(out.find("queued, delivered at the next sync"), std::string::npos) << out;
    EXPECT_EQ(cli({"org", "sync", "--db", path, "--server", "host=localhost user=" + alice + " password=pw"}, out), 2)
        << "a password is never saved: " << out;
    EXPECT_NE(out.find("PGPASSWORD"), std::string::npos) << out;
    const EnvGuard password("PGPASSWORD", "pw");
    const std::string server = "dbname=" + db + " user=" + alice;
    EXPECT_EQ(cli({"org", "sync", "--db", path, "--server", server}, out), 0) << out;
    EXPECT_NE(out.find("Delivered 1"), std::string::npos) << out;
    EXPECT_EQ(cli({"org", "status", "--db", path}, out), 0);
    EXPECT_NE(out.find("delivered"), std::string::npos) << out;
    EXPECT_NE(out.find(server), std::string::npos) << "the server given is kept for the database: " << out;

    auto b = laptop("b", false);
    b.repo.reset();
    const auto pathB = (dir / "b.ltw").string();
    EXPECT_EQ(cli({"org", "sync", "--db", pathB, "--server", "dbname=" + db + " user=" + bob}, out), 0) << out;
    EXPECT_EQ(cli({"search", "--db", pathB, "--org", "forklift"}, out), 0);
    EXPECT_NE(out.find("North plant"), std::string::npos) << out;
    EXPECT_NE(out.find("organisation library, published"), std::string::npos) << out;
    EXPECT_EQ(cli({"search", "--db", pathB, "forklift"}, out), 0);
    EXPECT_EQ(out, "Nothing found.\n") << "without --org, only this laptop's own";
}

} // namespace
