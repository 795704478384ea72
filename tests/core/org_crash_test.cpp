// A sync killed at any moment leaves the mirror as it was after some whole page, and the next sync goes on
// from there: a child pulls pages as fast as it can and is killed with SIGKILL at a random moment.
#include "ltw/org/org_store.hpp"
#include "ltw/org/org_sync.hpp"
#include "org_support.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <csignal>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace ltw;
using namespace ltw::test;

namespace {

constexpr int kPublications = 60;
constexpr int kNotes = 20;

std::vector<org::PulledRow> serverRows() {
    std::vector<org::PulledRow> rows;
    for (int i = 1; i <= kPublications; ++i) {
        std::vector<std::string> notes;
        for (int n = 0; n < kNotes; ++n)
            notes.push_back("condition " + std::to_string(n) + " of publication " + std::to_string(i));
        rows.push_back(publicationRow(i, elsewhere("Learning Team " + std::to_string(i), notes), i, 1));
    }
    return rows;
}

int count(SQLite::Database& db, const std::string& sql) {
    SQLite::Statement s(db, sql);
    s.executeStep();
    return s.getColumn(0).getInt();
}

TEST(OrgCrashSafety, ASyncKilledHalfwayGoesOnFromTheLastWholePage) {
    const auto rows = serverRows();
    std::mt19937 random{std::random_device{}()};
    for (int round = 0; round < 5; ++round) {
        TempDir dir;
        const auto path = dir / "mirror.ltw";
        { SqliteRepository create(path); }
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(fds[0]);
            SqliteRepository repo(path);
            org::OrgStore store(repo);
            FakeOrgServer server;
            server.rows = rows;
            // A server a little slower than a laptop's disk, so that the kill lands anywhere in the sync.
            server.beforePull = [](std::int64_t) { std::this_thread::sleep_for(std::chrono::milliseconds(8)); };
            org::SyncOptions options;
            options.pageSize = 3;
            options.onPage = [&](std::int64_t seq, int) {
                if (write(fds[1], &seq, sizeof seq) != sizeof seq)
                    _exit(3);
            };
            org::sync(store, server, options);
            _exit(0);
        }
        close(fds[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(20, 250)(random)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        std::int64_t reported = 0, seq = 0;
        while (read(fds[0], &seq, sizeof seq) == sizeof seq)
            reported = seq;
        close(fds[0]);

        SqliteRepository repo(path);
        org::OrgStore store(repo);
        auto& db = repo.database().sql();
        const auto lastSeq = store.state().lastSeq;
        EXPECT_GE(lastSeq, reported);
        EXPECT_EQ(lastSeq % 3 == 0 || lastSeq == kPublications, true) << "only whole pages: " << lastSeq;
        EXPECT_EQ(count(db, "SELECT count(*) FROM org_publication"), lastSeq);
        EXPECT_EQ(count(db, "SELECT count(*) FROM org_item"), lastSeq * (kNotes + 1));
        FakeOrgServer server;
        server.rows = rows;
        const auto report = org::sync(store, server);
        EXPECT_EQ(report.pulled, kPublications - lastSeq);
        EXPECT_EQ(store.state().publications, kPublications);
        EXPECT_EQ(count(db, "SELECT count(*) FROM org_item"), kPublications * (kNotes + 1));
        EXPECT_TRUE(repo.database().checkIntegrity().ok);
        std::printf("round %d: killed after row %lld was written\n", round, static_cast<long long>(lastSeq));
    }
}

} // namespace
