// A throwaway PostgreSQL for the organisation library's tests. CTest runs the test program under
// `pg_virtualenv -t`, which starts a private server and sets PGHOST, PGPORT, PGUSER (a superuser) and
// PGPASSWORD; each test gets a database of its own, its schema made by `initOrganisation`, and two
// facilitators' login roles: alice (North plant) and bob (South yard).
#pragma once

#include "ltw/org/org_store.hpp"
#include "ltw/org/org_sync.hpp"
#include "ltw/org/pg_org_server.hpp"
#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

namespace ltw::test {

// Plain SQL through libpq, as the administrator or as a facilitator typing it by hand.
class Sql {
public:
    explicit Sql(const std::string& conninfo) : m_conn(PQconnectdb(conninfo.c_str())) {
        if (PQstatus(m_conn) != CONNECTION_OK)
            throw std::runtime_error(std::string("cannot connect: ") + PQerrorMessage(m_conn));
    }
    ~Sql() { PQfinish(m_conn); }
    Sql(const Sql&) = delete;
    Sql& operator=(const Sql&) = delete;

    // The first column of the first row ("" when there is none); throws with the server's message.
    std::string value(const std::string& sql) {
        PGresult* r = PQexec(m_conn, sql.c_str());
        const auto status = PQresultStatus(r);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const std::string message = PQresultErrorMessage(r);
            PQclear(r);
            throw std::runtime_error(message);
        }
        std::string out = PQntuples(r) > 0 && PQnfields(r) > 0 ? PQgetvalue(r, 0, 0) : "";
        PQclear(r);
        return out;
    }
    int number(const std::string& sql) { return std::stoi(value(sql)); }

private:
    PGconn* m_conn;
};

inline int nextDatabaseNumber() {
    static int n = 0;
    return ++n;
}

class OrgServerTest : public ::testing::Test {
protected:
    std::string db;
    std::string alice;
    std::string bob;
    std::unique_ptr<Sql> admin;
    TempDir dir;

    void SetUp() override {
        ASSERT_NE(std::getenv("PGHOST"), nullptr)
            << "These tests need a throwaway PostgreSQL: run them through ctest, which starts one with "
               "pg_virtualenv -t";
        db = "ltw_test_" + std::to_string(nextDatabaseNumber());
        Sql("dbname=postgres").value("CREATE DATABASE " + db);
        admin = std::make_unique<Sql>(adminInfo());
        admin->value("SET application_name = 'ltw_test_admin'");
        org::initOrganisation(org::PgOptions{adminInfo()});
        alice = db + "_alice";
        bob = db + "_bob";
        org::addFacilitator(org::PgOptions{adminInfo()}, alice, "North plant", true);
        org::addFacilitator(org::PgOptions{adminInfo()}, bob, "South yard", true);
        admin->value("ALTER ROLE " + alice + " PASSWORD 'pw'");
        admin->value("ALTER ROLE " + bob + " PASSWORD 'pw'");
    }

    std::string adminInfo() const { return "dbname=" + db; }
    std::string as(const std::string& role) const { return "dbname=" + db + " user=" + role + " password=pw"; }
    org::PgOptions optionsFor(const std::string& role) const { return org::PgOptions{as(role)}; }

    // A facilitator's laptop: its own database file, with the sample Learning Team.
    struct Laptop {
        std::unique_ptr<SqliteRepository> repo;
        std::unique_ptr<org::OrgStore> store;
        Id sample = 0;
    };
    Laptop laptop(const std::string& name, bool withSample = true) {
        Laptop l;
        l.repo = std::make_unique<SqliteRepository>(dir / (name + ".ltw"));
        l.store = std::make_unique<org::OrgStore>(*l.repo);
        if (withSample)
            l.sample = addSampleLearningTeam(*l.repo).id;
        return l;
    }
    org::SyncReport syncAs(Laptop& l, const std::string& role) {
        org::PgOrgServer server(optionsFor(role));
        return org::sync(*l.store, server);
    }
    static std::vector<std::string> found(Laptop& l, const std::string& words) {
        SearchRequest request;
        request.text = words;
        std::vector<std::string> out;
        for (const auto& hit : l.store->search(request))
            out.push_back(hit.site + ": " + hit.snippet.text);
        return out;
    }

    // Waits until the server takes connections again (after a backend was killed, it restarts them all).
    void waitForServer() {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        for (;;) {
            try {
                admin = std::make_unique<Sql>(adminInfo());
                admin->value("SET application_name = 'ltw_test_admin'");
                return;
            } catch (const std::exception&) {
                if (std::chrono::steady_clock::now() > until)
                    throw;
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
        }
    }
};

} // namespace ltw::test
