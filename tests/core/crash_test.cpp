// A facilitator's laptop can lose power at any moment. A child process captures notes as fast as it
// can and reports each one once its write has returned; the parent kills it with SIGKILL at a random
// moment. Every reported note must be there after reopening, and the database must be sound.
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <poll.h>
#include <random>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace ltw;
using ltw::test::TempDir;

namespace {

[[noreturn]] void captureForever(const std::filesystem::path& path, Id ltId, int reportFd) {
    SqliteRepository repo(path);
    for (int i = 0;; ++i) {
        Note n;
        n.learningTeamId = ltId;
        n.kind = static_cast<NoteKind>(i % 9);
        n.text = "Captured note number " + std::to_string(i) + " — with some text that a facilitator typed";
        const Id id = repo.addNote(n).id;
        const std::int64_t value = id;
        if (write(reportFd, &value, sizeof value) != sizeof value)
            _exit(3);
    }
}

TEST(CrashSafety, CommittedNotesSurviveSigkill) {
    std::mt19937 random{std::random_device{}()};
    for (int round = 0; round < 6; ++round) {
        TempDir dir;
        const auto path = dir / "crash.ltw";
        Id ltId = 0;
        {
            SqliteRepository repo(path);
            ltId = ltw::test::makeLearningTeam(repo).id;
        }
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(fds[0]);
            captureForever(path, ltId, fds[1]);
        }
        close(fds[1]);

        std::set<Id> reported;
        const auto killAfter = std::chrono::milliseconds(std::uniform_int_distribution<int>(30, 400)(random));
        const auto start = std::chrono::steady_clock::now();
        std::int64_t value = 0;
        while (std::chrono::steady_clock::now() - start < killAfter) {
            pollfd p{fds[0], POLLIN, 0};
            if (poll(&p, 1, 5) > 0 && read(fds[0], &value, sizeof value) == sizeof value)
                reported.insert(value);
        }
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the child stopped by itself (status " << status << ")";
        // What was in the pipe before the kill was reported too.
        while (read(fds[0], &value, sizeof value) == sizeof value)
            reported.insert(value);
        close(fds[0]);

        SqliteRepository repo(path);
        std::set<Id> stored;
        for (const auto& n : repo.notes(ltId, {}))
            stored.insert(n.id);
        for (Id id : reported)
            EXPECT_TRUE(stored.contains(id)) << "round " << round << ": note " << id << " was reported but is lost";
        const auto integrity = repo.database().checkIntegrity();
        EXPECT_TRUE(integrity.ok) << integrity.details;
        RecordProperty("round" + std::to_string(round), std::to_string(reported.size()) + " reported");
    }
}

} // namespace
