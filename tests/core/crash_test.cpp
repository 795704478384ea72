// A facilitator's laptop can lose power at any moment. A child process captures notes as fast as it
// can and reports each one once its write has returned; the parent kills it with SIGKILL at a random
// moment. Every reported note must be there after reopening, and the database must be sound.
#include "ltw/bundle.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <poll.h>
#include <random>
#include <set>
#include <sys/wait.h>
#include <thread>
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

// An import killed halfway: a child replaces an imported copy with one bundle and then another, and
// imports separate copies, over and over, until it is killed with SIGKILL. Every Learning Team in the file
// is then whole: the copy holds exactly one bundle's notes and its own private note, and every separate
// copy holds all of its bundle's notes.
std::vector<std::string> sortedTexts(Repository& repo, Id ltId, bool privateToo) {
    std::vector<std::string> out;
    for (const auto& n : repo.notes(ltId, {}))
        if (privateToo || !n.facilitatorOnly)
            out.push_back(n.text);
    std::sort(out.begin(), out.end());
    return out;
}

TEST(CrashSafety, AnImportKilledHalfwayLeavesTheOldOrTheNew) {
    std::mt19937 random{std::random_device{}()};
    // Two bundles of one Learning Team, made at its home: before and after a change.
    SqliteRepository home(":memory:");
    const Id homeId = ltw::test::makeLearningTeam(home).id;
    for (int i = 0; i < 60; ++i)
        home.addNote(ltw::test::makeNote(homeId, NoteKind::Story, "Story number " + std::to_string(i)));
    const auto first = exportBundle(home.snapshot(homeId));
    const auto firstTexts = sortedTexts(home, homeId, false);
    for (int i = 0; i < 40; ++i)
        home.addNote(ltw::test::makeNote(homeId, NoteKind::Adaptation, "Adaptation number " + std::to_string(i)));
    const auto second = exportBundle(home.snapshot(homeId));
    const auto secondTexts = sortedTexts(home, homeId, false);

    for (int round = 0; round < 6; ++round) {
        TempDir dir;
        const auto path = dir / "import-crash.ltw";
        Id copy = 0;
        {
            SqliteRepository repo(path);
            copy = importBundle(repo, first).learningTeamId;
            auto aside = ltw::test::makeNote(copy, NoteKind::Story, "The facilitator's own aside");
            aside.facilitatorOnly = true;
            repo.addNote(aside);
        }
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(fds[0]);
            SqliteRepository repo(path);
            for (int i = 0;; ++i) {
                const auto& bundle = i % 2 == 0 ? second : first;
                importBundle(repo, bundle, ImportOptions{{"b.json"}, ImportChoice::Replace, {}});
                importBundle(repo, first, ImportOptions{{"c.json"}, ImportChoice::AsCopy, {}});
                const std::int64_t done = i;
                if (write(fds[1], &done, sizeof done) != sizeof done)
                    _exit(3);
            }
        }
        close(fds[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(50, 600)(random)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the child stopped by itself (status " << status << ")";
        int rounds = 0;
        std::int64_t value = 0;
        while (read(fds[0], &value, sizeof value) == sizeof value)
            ++rounds;
        close(fds[0]);

        SqliteRepository repo(path);
        const auto integrity = repo.database().checkIntegrity();
        EXPECT_TRUE(integrity.ok) << integrity.details;
        ASSERT_TRUE(repo.learningTeam(copy)) << "round " << round << ": the copy is gone";
        const auto texts = sortedTexts(repo, copy, false);
        EXPECT_TRUE(texts == firstTexts || texts == secondTexts)
            << "round " << round << ": the copy holds " << texts.size() << " notes, half of an import";
        const auto all = sortedTexts(repo, copy, true);
        EXPECT_EQ(std::count(all.begin(), all.end(), "The facilitator's own aside"), 1)
            << "round " << round << ": the private note survives every replace";
        for (const auto& lt : repo.learningTeams()) {
            if (lt.id == copy)
                continue;
            EXPECT_EQ(sortedTexts(repo, lt.id, true), firstTexts) << "round " << round << ": a partial copy";
        }
        RecordProperty("import-round" + std::to_string(round), std::to_string(rounds) + " rounds done, " +
                                                                   std::to_string(repo.learningTeams().size() - 1) +
                                                                   " copies");
    }
}

} // namespace
