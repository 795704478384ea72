// BM_CaptureToBoard: from the Enter key in the capture line to the card in its lane's model, in a
// Learning Team of 2,000 notes. BM_OpenLearningTeam: showing a Learning Team of 2,000 notes in the
// workbench. Each beside its bare baseline: raw sqlite3 plus a QStandardItemModel in a QListView.
#include "app/main_window.hpp"
#include "learn/learn_workspace.hpp"
#include "learn/note_board.hpp"
#include "learn/quick_capture.hpp"

#include "ltw/sqlite_repository.hpp"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QTest>
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <filesystem>
#include <random>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kNotes = 2'000;

struct Fixture {
    std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("ltw-bench-gui-" + std::to_string(std::random_device{}()));
    std::filesystem::path path = dir / "board.ltw";
    Id big = 0;
    Id other = 0;

    Fixture() {
        std::filesystem::create_directories(dir);
        SqliteRepository repo(path);
        const auto team = repo.addTeam(Team{0, "Bench crew", "", {}});
        auto make = [&](const char* title, int notes) {
            LearningTeam lt;
            lt.teamId = team.id;
            lt.title = title;
            const Id id = repo.addLearningTeam(lt).id;
            repo.transaction([&] {
                for (int i = 0; i < notes; ++i) {
                    Note n;
                    n.learningTeamId = id;
                    n.kind = static_cast<NoteKind>(i % 9);
                    n.text =
                        "A note heard in the room, of ordinary length for a quick capture, number " + std::to_string(i);
                    repo.addNote(n);
                }
            });
            return id;
        };
        other = make("Small one", 3);
        big = make("Two thousand notes", kNotes);
    }
    ~Fixture() { std::filesystem::remove_all(dir); }
};

void BM_CaptureToBoard(benchmark::State& state) {
    Fixture f;
    {
        SqliteRepository repo(f.path);
        MainWindow window(repo);
        window.resize(1400, 860);
        window.show();
        window.showLearningTeam(f.big);
        auto* line = window.findChild<LearnWorkspace*>()->capture()->line();
        auto* lane = window.findChild<NoteBoard*>()->lane(NoteKind::Story);
        int expected = lane->model()->rowCount();
        for (auto _ : state) {
            state.PauseTiming();
            line->setText(u"We wedge the guard open when the interlock trips"_s);
            state.ResumeTiming();
            QTest::keyClick(line, Qt::Key_Return);
            if (lane->model()->rowCount() != ++expected) {
                state.SkipWithError("the card is not in the lane's model");
                break;
            }
        }
    }
}
BENCHMARK(BM_CaptureToBoard)->Unit(benchmark::kMillisecond)->Iterations(300);

void check(int rc, sqlite3* db) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(sqlite3_errmsg(db));
}

sqlite3* openRaw(const std::filesystem::path& path) {
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db);
    check(sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", nullptr,
                       nullptr, nullptr),
          db);
    return db;
}

// The bare path a capture stands on: one prepared insert, one row appended to a plain item model.
void BM_CaptureToBoardBaseline(benchmark::State& state) {
    Fixture f;
    sqlite3* db = openRaw(f.path);
    QStandardItemModel model;
    QListView view;
    view.setModel(&model);
    view.show();
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO note (learning_team_id, kind, text, phase, tags, created, updated) "
                             "VALUES (?, 'story', ?, 'learn', '[]', ?, ?)",
                             -1, &insert, nullptr),
          db);
    const std::string text = "We wedge the guard open when the interlock trips";
    for (auto _ : state) {
        const auto t = static_cast<sqlite3_int64>(std::time(nullptr));
        sqlite3_bind_int64(insert, 1, f.big);
        sqlite3_bind_text(insert, 2, text.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert, 3, t);
        sqlite3_bind_int64(insert, 4, t);
        check(sqlite3_step(insert), db);
        sqlite3_reset(insert);
        model.appendRow(new QStandardItem(QString::fromStdString(text)));
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
}
BENCHMARK(BM_CaptureToBoardBaseline)->Unit(benchmark::kMillisecond)->Iterations(300);

void BM_OpenLearningTeam(benchmark::State& state) {
    Fixture f;
    {
        SqliteRepository repo(f.path);
        MainWindow window(repo);
        window.resize(1400, 860);
        window.show();
        for (auto _ : state) {
            state.PauseTiming();
            window.showLearningTeam(f.other);
            QApplication::processEvents();
            state.ResumeTiming();
            window.showLearningTeam(f.big);
            QApplication::processEvents(); // lay out and paint what is shown
        }
    }
}
BENCHMARK(BM_OpenLearningTeam)->Unit(benchmark::kMillisecond)->Iterations(20);

// The bare path: read the notes with one query into a plain model shown in one list.
void BM_OpenLearningTeamBaseline(benchmark::State& state) {
    Fixture f;
    sqlite3* db = openRaw(f.path);
    QStandardItemModel model;
    QListView view;
    view.resize(1400, 860);
    view.setModel(&model);
    view.show();
    sqlite3_stmt* select = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT id, kind, text FROM note WHERE learning_team_id = ? ORDER BY created, id", -1,
                             &select, nullptr),
          db);
    for (auto _ : state) {
        state.PauseTiming();
        model.clear();
        QApplication::processEvents();
        state.ResumeTiming();
        sqlite3_bind_int64(select, 1, f.big);
        while (sqlite3_step(select) == SQLITE_ROW)
            model.appendRow(
                new QStandardItem(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(select, 2)))));
        sqlite3_reset(select);
        QApplication::processEvents();
    }
    sqlite3_finalize(select);
    sqlite3_close(db);
}
BENCHMARK(BM_OpenLearningTeamBaseline)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace
