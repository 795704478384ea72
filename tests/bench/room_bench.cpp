// BM_CaptureToRoom: from a committed note (repository + notification) to the room view's repaint of
// a 1920×1080 picture, in a Learning Team of 500 notes (and of 2,000). BM_BareWindowRepaint: the same repaint of a
// bare Qt window that fills itself and draws one line of text — what any frame costs.
#include "document/change_hub.hpp"
#include "room/room_view.hpp"

#include "ltw/sqlite_repository.hpp"

#include <QPainter>
#include <QWidget>
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

void BM_CaptureToRoom(benchmark::State& state) {
    const auto dir =
        std::filesystem::temp_directory_path() / ("ltw-bench-room-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir);
    {
        SqliteRepository repo(dir / "room.ltw");
        const auto team = repo.addTeam(Team{0, "Bench crew", "", {}});
        LearningTeam lt;
        lt.teamId = team.id;
        lt.title = "A long session";
        const Id id = repo.addLearningTeam(lt).id;
        repo.transaction([&] {
            for (int i = 0; i < state.range(0); ++i) {
                Note n;
                n.learningTeamId = id;
                n.kind = static_cast<NoteKind>(i % 9);
                n.text = "Something heard in the room about the night shift, number " + std::to_string(i);
                repo.addNote(n);
            }
        });
        ChangeHub hub(repo);
        RoomView room(hub);
        room.resize(1920, 1080);
        room.setLearningTeam(id);
        room.show();
        // The room already shows the picture when a note is captured: its first frame, which measures every
        // card once, is not what a capture costs.
        benchmark::DoNotOptimize(room.grab());
        Note n;
        n.learningTeamId = id;
        n.kind = NoteKind::WeakSignal;
        n.text = "The mirror at door 9 is cracked";
        for (auto _ : state) {
            repo.addNote(n);                       // committed; the room hears of it and rebuilds its picture
            benchmark::DoNotOptimize(room.grab()); // the frame the projector shows, drawn
        }
        if (!room.visibleTexts().contains(u"The mirror at door 9 is cracked"_s))
            state.SkipWithError("the note is not in the room's picture");
    }
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_CaptureToRoom)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(100);

class BareWindow final : public QWidget {
protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), QColor(0xf7, 0xf6, 0xf2));
        p.drawText(rect(), Qt::AlignCenter, u"The mirror at door 9 is cracked"_s);
    }
};

void BM_BareWindowRepaint(benchmark::State& state) {
    BareWindow window;
    window.resize(1920, 1080);
    window.show();
    for (auto _ : state)
        benchmark::DoNotOptimize(window.grab());
}
BENCHMARK(BM_BareWindowRepaint)->Unit(benchmark::kMillisecond)->Iterations(100);

} // namespace
