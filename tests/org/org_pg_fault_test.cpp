// Real faults: the server killed with SIGKILL in the middle of a publish and of a pull, a server that takes
// the connection and never answers, a request that waits too long, and a cancel from another thread.
#include "pg_fixture.hpp"
#include "silent_server.hpp"

#include "cli.hpp"

#include <atomic>
#include <csignal>
#include <future>
#include <sstream>

using namespace ltw;
using namespace ltw::test;
using Clock = std::chrono::steady_clock;

namespace {

// The process id of the server's backend that serves the workbench and waits on a lock, once there is one.
int blockedBackend(Sql& admin) {
    const auto until = Clock::now() + std::chrono::seconds(20);
    while (Clock::now() < until) {
        const auto pid = admin.value("SELECT pid FROM pg_stat_activity WHERE application_name = 'ltw' AND "
                                     "wait_event_type = 'Lock' LIMIT 1");
        if (!pid.empty())
            return std::stoi(pid);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return 0;
}

TEST_F(OrgServerTest, AServerKilledDuringAPublishHoldsNothingOfItAndTheNextSyncDelivers) {
    auto a = laptop("a");
    a.store->publish(a.sample, org::Visibility::Organisation, now());
    // The administrator holds the lock every insert takes, so the publish is caught halfway on the server.
    admin->value("SELECT pg_advisory_lock(7468343)");
    auto syncing = std::async(std::launch::async, [&] { return syncAs(a, alice); });
    const int pid = blockedBackend(*admin);
    ASSERT_GT(pid, 0) << "the publish never reached the server";
    ASSERT_EQ(kill(pid, SIGKILL), 0) << "the tests kill the server's process: run them as its owner or as root";
    try {
        syncing.get();
        FAIL() << "the sync did not notice the server went away";
    } catch (const org::OrgError& e) {
        EXPECT_EQ(e.reason(), org::OrgError::Reason::Unreachable) << e.what();
    }
    EXPECT_EQ(a.store->status(a.sample).state, org::PublicationStatus::State::Queued);
    EXPECT_EQ(a.store->pending().size(), 1u);
    waitForServer();
    EXPECT_EQ(admin->number("SELECT count(*) FROM ltw.publication"), 0);
    EXPECT_EQ(syncAs(a, alice).delivered, 1);
    EXPECT_EQ(admin->number("SELECT count(*) FROM ltw.publication"), 1);
    EXPECT_EQ(a.store->status(a.sample).state, org::PublicationStatus::State::Delivered);
}

TEST_F(OrgServerTest, AServerKilledDuringAPullLeavesWholePagesAndTheNextSyncCompletes) {
    {
        auto a = laptop("a", false);
        for (int i = 0; i < 10; ++i) {
            const auto lt = makeLearningTeam(*a.repo, "Learning Team " + std::to_string(i));
            a.repo->addNote(makeNote(lt.id, NoteKind::HardCondition, "shared condition number " + std::to_string(i)));
            a.store->publish(lt.id, org::Visibility::Organisation, now());
        }
        EXPECT_EQ(syncAs(a, alice).delivered, 10);
    }
    auto b = laptop("b", false);
    org::PgOrgServer server(optionsFor(bob));
    org::SyncOptions options;
    options.pageSize = 3;
    int pages = 0;
    std::atomic<bool> locked{false};
    // After the second page the administrator locks the table, and the third pull waits for it.
    options.onPage = [&](std::int64_t, int) {
        if (++pages == 2) {
            admin->value("BEGIN");
            admin->value("LOCK TABLE ltw.publication IN ACCESS EXCLUSIVE MODE");
            locked = true;
        }
    };
    auto syncing = std::async(std::launch::async, [&] { return org::sync(*b.store, server, options); });
    const auto until = Clock::now() + std::chrono::seconds(20);
    while (!locked && Clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const int pid = blockedBackend(*admin);
    ASSERT_GT(pid, 0);
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    EXPECT_THROW(syncing.get(), org::OrgError);
    EXPECT_EQ(b.store->state().publications, 6) << "two whole pages, nothing of the third";
    EXPECT_EQ(b.store->state().lastSeq, 6);
    EXPECT_EQ(found(b, "shared condition").size(), 6u);
    waitForServer();
    const auto report = syncAs(b, bob);
    EXPECT_EQ(report.pulled, 4);
    EXPECT_EQ(found(b, "shared condition").size(), 10u);
}

TEST_F(OrgServerTest, AServerThatNeverAnswersIsGivenUpWithinTheTimeout) {
    SilentServer silent;
    org::PgOptions options{silent.conninfo()};
    options.connectTimeout = std::chrono::seconds(2);
    const auto start = Clock::now();
    try {
        org::PgOrgServer(options).identity();
        FAIL() << "a silent server was taken for an answer";
    } catch (const org::OrgError& e) {
        EXPECT_EQ(e.reason(), org::OrgError::Reason::TimedOut) << e.what();
        EXPECT_NE(std::string(e.what()).find("did not answer in time"), std::string::npos) << e.what();
    }
    const auto took = Clock::now() - start;
    EXPECT_GE(took, std::chrono::milliseconds(1900));
    EXPECT_LT(took, std::chrono::seconds(4));

    // The verb says so, keeps the outbox, and ends with its own exit code.
    auto a = laptop("a");
    const auto path = (dir / "a.ltw").string();
    a.store.reset();
    a.repo.reset();
    std::ostringstream out, err;
    const auto verbStart = Clock::now();
    EXPECT_EQ(cli::run({"org", "publish", "--db", path, "--learning-team", std::to_string(a.sample), "--server",
                        silent.conninfo(), "--timeout", "2"},
                       out, err),
              3)
        << out.str() << err.str();
    EXPECT_LT(Clock::now() - verbStart, std::chrono::seconds(5));
    EXPECT_NE(out.str().find("Queued"), std::string::npos) << out.str();
}

TEST_F(OrgServerTest, ARequestThatWaitsTooLongIsGivenUpAndACancelStopsAtOnce) {
    admin->value("BEGIN");
    admin->value("LOCK TABLE ltw.publication IN ACCESS EXCLUSIVE MODE");
    auto b = laptop("b", false);
    org::PgOptions options = optionsFor(bob);
    options.requestTimeout = std::chrono::milliseconds(1000);
    auto start = Clock::now();
    {
        org::PgOrgServer server(options);
        try {
            org::sync(*b.store, server);
            FAIL() << "the pull waited for ever";
        } catch (const org::OrgError& e) {
            EXPECT_EQ(e.reason(), org::OrgError::Reason::TimedOut) << e.what();
        }
    }
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(3));
    EXPECT_NE(b.store->state().lastError, "");

    options.requestTimeout = std::chrono::seconds(60);
    org::PgOrgServer server(options);
    auto syncing = std::async(std::launch::async, [&] { return org::sync(*b.store, server); });
    ASSERT_GT(blockedBackend(*admin), 0);
    start = Clock::now();
    server.cancel();
    try {
        syncing.get();
        FAIL() << "the cancel was not heard";
    } catch (const org::OrgError& e) {
        EXPECT_EQ(e.reason(), org::OrgError::Reason::Cancelled) << e.what();
    }
    EXPECT_LT(Clock::now() - start, std::chrono::milliseconds(500));
    admin->value("ROLLBACK");
    EXPECT_EQ(syncAs(b, bob).pulled, 0);
}

} // namespace
