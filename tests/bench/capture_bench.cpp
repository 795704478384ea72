// BM_CaptureNote: one note through the core's public write path (repository, committed, listeners
// told) into a Learning Team of 10,000 notes. BM_RawInsert: the same row by a bare sqlite3 prepared
// statement into the same schema with the same pragmas. The figure is their ratio.
#include "ltw/sqlite_repository.hpp"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <filesystem>
#include <random>

using namespace ltw;

namespace {

constexpr int kExisting = 10'000;
const std::string kText = "We wedge the guard open during changeover because the interlock trips on vibration";

std::filesystem::path freshPath(const char* name) {
    const auto dir = std::filesystem::temp_directory_path() / ("ltw-bench-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir);
    return dir / name;
}

// A database with one Learning Team that already holds kExisting notes.
Id prepare(SqliteRepository& repo) {
    const auto team = repo.addTeam(Team{0, "Bench crew", "Bench site", {}});
    LearningTeam lt;
    lt.teamId = team.id;
    lt.title = "Benchmark";
    const Id id = repo.addLearningTeam(lt).id;
    repo.transaction([&] {
        for (int i = 0; i < kExisting; ++i) {
            Note n;
            n.learningTeamId = id;
            n.kind = static_cast<NoteKind>(i % 9);
            n.text = kText + " " + std::to_string(i);
            repo.addNote(n);
        }
    });
    return id;
}

void BM_CaptureNote(benchmark::State& state) {
    const auto path = freshPath("capture.ltw");
    {
        SqliteRepository repo(path);
        const Id ltId = prepare(repo);
        std::int64_t heard = 0;
        repo.subscribe([&](const Change&) { ++heard; });
        Note n;
        n.learningTeamId = ltId;
        n.kind = NoteKind::Adaptation;
        n.text = kText;
        for (auto _ : state)
            benchmark::DoNotOptimize(repo.addNote(n).id);
        if (heard != static_cast<std::int64_t>(state.iterations()))
            state.SkipWithError("a capture was not notified");
    }
    std::filesystem::remove_all(path.parent_path());
}
BENCHMARK(BM_CaptureNote)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

void check(int rc, sqlite3* db) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(sqlite3_errmsg(db));
}

void BM_RawInsert(benchmark::State& state) {
    const auto path = freshPath("raw.ltw");
    Id ltId = 0;
    {
        SqliteRepository repo(path); // the same schema, created the same way
        ltId = prepare(repo);
    }
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db);
    sqlite3_busy_timeout(db, 5000);
    check(sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", nullptr,
                       nullptr, nullptr),
          db);
    sqlite3_stmt* insert = nullptr;
    check(
        sqlite3_prepare_v2(db,
                           "INSERT INTO note (id, learning_team_id, kind, text, teller_id, phase, tags, pos_x, pos_y, "
                           "facilitator_only, created, updated) VALUES (NULL, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &insert, nullptr),
        db);
    for (auto _ : state) {
        const auto t = static_cast<sqlite3_int64>(std::time(nullptr));
        sqlite3_bind_int64(insert, 1, ltId);
        sqlite3_bind_text(insert, 2, "adaptation", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, kText.c_str(), static_cast<int>(kText.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, "learn", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 5, "[]", -1, SQLITE_STATIC);
        sqlite3_bind_double(insert, 6, 0);
        sqlite3_bind_double(insert, 7, 0);
        sqlite3_bind_int(insert, 8, 0);
        sqlite3_bind_int64(insert, 9, t);
        sqlite3_bind_int64(insert, 10, t);
        check(sqlite3_step(insert), db);
        sqlite3_reset(insert);
        benchmark::DoNotOptimize(sqlite3_last_insert_rowid(db));
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    std::filesystem::remove_all(path.parent_path());
}
BENCHMARK(BM_RawInsert)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

} // namespace
