// BM_CaptureToRoom: from a committed note (repository + notification) to the room view's repaint of
// a 1920×1080 picture, in a Learning Team of 500 notes (and of 2,000). BM_BareWindowRepaint: the same repaint of a
// bare Qt window that fills itself and draws one line of text — what any frame costs.
#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "room/room_view.hpp"

#include "ltw/sqlite_repository.hpp"

#include <QPainter>
#include <QWidget>
#include <benchmark/benchmark.h>

#include <algorithm>
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

// BM_MomentToRoom: a moment typed on the timeline (the document's compound edit: the moments after it move
// down, all in one transaction) to the room's repaint of the timeline picture at 1920×1080, in a timeline of
// 30 moments (an ordinary event) and 120 (a long one), each with two notes attached. Against the same bare
// window repaint as BM_CaptureToRoom.
void BM_MomentToRoom(benchmark::State& state) {
    const auto dir =
        std::filesystem::temp_directory_path() / ("ltw-bench-moment-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir);
    {
        SqliteRepository repo(dir / "timeline.ltw");
        const auto team = repo.addTeam(Team{0, "Bench crew", "", {}});
        LearningTeam lt;
        lt.teamId = team.id;
        lt.title = "A long night";
        lt.use = Use::Event;
        const Id id = repo.addLearningTeam(lt).id;
        repo.transaction([&] {
            for (int i = 0; i < state.range(0); ++i) {
                TimelineMoment m;
                m.learningTeamId = id;
                m.position = i;
                m.minute = (22 * 60 + 5 * i) % (24 * 60);
                m.text = "Something happened on the dock, moment number " + std::to_string(i);
                m.place = "Door " + std::to_string(i % 9);
                m.who = "loader";
                const Id moment = repo.addMoment(m).id;
                for (int k = 0; k < 2; ++k) {
                    Note n;
                    n.learningTeamId = id;
                    n.kind = static_cast<NoteKind>((i + k) % 7);
                    n.text = "A condition present then, number " + std::to_string(i * 2 + k);
                    const Id note = repo.addNote(n).id;
                    repo.addLink(Link{0, id, {ItemType::Note, note}, {ItemType::Moment, moment}, LinkKind::AttachedTo});
                }
            }
        });
        ChangeHub hub(repo);
        LearningTeamDocument doc(repo, id);
        RoomView room(hub);
        room.resize(1920, 1080);
        room.setLearningTeam(id);
        room.setLearnPicture(LearnPicture::Timeline);
        room.show();
        benchmark::DoNotOptimize(room.grab());
        TimelineMoment m;
        m.minute = (22 * 60 + 5 * static_cast<int>(state.range(0)) / 2 + 2) % (24 * 60); // mid-night: half move down
        m.text = "The mirror at door 9 is cracked";
        for (auto _ : state) {
            benchmark::DoNotOptimize(doc.addMoment(m)); // one undo step, one transaction; the room rebuilds
            benchmark::DoNotOptimize(room.grab());
        }
        const auto& shown = room.picture().moments;
        if (std::none_of(shown.begin(), shown.end(),
                         [](const auto& m) { return m.text == "The mirror at door 9 is cracked"; }))
            state.SkipWithError("the moment is not in the room's picture");
    }
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_MomentToRoom)->Arg(30)->Arg(120)->Unit(benchmark::kMillisecond)->Iterations(50);

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
