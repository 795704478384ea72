// The library at the size of a large site's history: 100,000 notes in 500 Learning Teams of 50 teams,
// with actions, defenses and shared learnings beside them, built once per run in a temporary file.
// BM_Search: the library's search for what a facilitator types (places, marked snippets, tokenizing).
// BM_RawFts5: the same MATCH by bare sqlite3 statements on the same FTS5 tables, ranked, with the same
// snippets. The figure is their ratio. Argument 0 searches every kind of item (four FTS5 tables, as the
// Library view does), 1 the notes alone (one table). BM_SeenElsewhere: the most similar notes of other
// Learning Teams for a note.
#include "ltw/sqlite_library.hpp"
#include "ltw/sqlite_repository.hpp"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <stdexcept>

using namespace ltw;

namespace {

constexpr int kTeams = 50;
constexpr int kLearningTeams = 500;
constexpr int kNotesPerLearningTeam = 200;

// A few everyday words, then the words of the work spread among made-up ones, drawn with a Zipf-like
// weight as words in real notes are: "the" is everywhere, "compressor" in about one note in fifty.
std::vector<std::string> vocabulary() {
    const std::vector<std::string> work = {
        "the",         "and",       "night",       "shift",      "guard",      "alarm",        "compressor", "forklift",
        "reversing",   "ladder",    "aisle",       "pallet",     "interlock",  "changeover",   "vibration",  "noise",
        "driver",      "mirror",    "spotter",     "lockout",    "permit",     "handover",     "radio",      "glare",
        "dawn",        "label",     "printer",     "jam",        "supplier",   "roll",         "conveyor",   "belt",
        "sensor",      "override",  "wedge",       "door",       "dock",       "trailer",      "chock",      "ramp",
        "wet",         "floor",     "spill",       "mop",        "cone",       "sign",         "rushed",     "late",
        "overtime",    "fatigue",   "break",       "canteen",    "training",   "new",          "starter",    "buddy",
        "procedure",   "checklist", "skipped",     "workaround", "tool",       "missing",      "borrowed",   "spanner",
        "valve",       "pressure",  "gauge",       "leak",       "steam",      "hose",         "pump",       "filter",
        "battery",     "charger",   "socket",      "kettle",     "cable",      "trip",         "hazard",     "blind",
        "corner",      "horn",      "beacon",      "light",      "dark",       "rain",         "wind",       "cold",
        "heat",        "glove",     "helmet",      "visor",      "boots",      "ear",          "plugs",      "dust",
        "mask",        "fumes",     "ventilation", "fan",        "crane",      "hook",         "sling",      "load",
        "weight",      "scale",     "tablet",      "scanner",    "signal",     "weak",         "near",       "miss",
        "maintenance", "engineer",  "operator",    "supervisor", "contractor", "visitor",      "escort",     "gate",
        "barrier",     "yard",      "shunter",     "reverse",    "camera",     "screen",       "software",   "update",
        "rota",        "cover",     "absence",     "agency",     "language",   "instructions", "pictogram",  "storage",
        "racking",     "beam",      "damage",      "report",     "form",       "paper",        "queue",      "waiting"};
    const char* syllables[] = {"ka", "lo", "mi", "re", "tu", "sa", "ne", "po", "vi", "da", "gu", "fe"};
    std::mt19937 rng(7);
    std::vector<std::string> words = {"we", "it", "was", "on", "at", "to", "with", "when", "a", "of"};
    for (const auto& w : work) {
        words.push_back(w);
        for (int k = 0; k < 30; ++k) {
            std::string made;
            const int n = 2 + static_cast<int>(rng() % 3);
            for (int i = 0; i < n; ++i)
                made += syllables[rng() % 12];
            words.push_back(made);
        }
    }
    return words;
}

// One database for every benchmark of the run; removed when the program ends.
class LibraryFixture {
public:
    static LibraryFixture& get() {
        static LibraryFixture fixture;
        return fixture;
    }
    const std::filesystem::path& path() const { return m_path; }
    const std::vector<Id>& sampleNotes() const { return m_sampleNotes; }
    ~LibraryFixture() {
        if (!m_keep)
            std::filesystem::remove_all(m_path.parent_path());
    }

private:
    // LTW_BENCH_LIBRARY_DB names a file to build and keep, to look into with sqlite3 or the workbench.
    LibraryFixture() {
        if (const char* keep = std::getenv("LTW_BENCH_LIBRARY_DB"); keep && *keep) {
            m_keep = true;
            m_path = keep;
            std::filesystem::remove(m_path);
        } else {
            m_path = std::filesystem::temp_directory_path() /
                     ("ltw-bench-library-" + std::to_string(std::random_device{}())) / "library.ltw";
        }
        std::filesystem::create_directories(m_path.parent_path());
        SqliteRepository repo(m_path);
        const auto words = vocabulary();
        std::vector<double> weights;
        for (std::size_t i = 0; i < words.size(); ++i)
            weights.push_back(1.0 / static_cast<double>(i + 1));
        std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
        std::mt19937 rng(42);
        auto sentence = [&](int n) {
            std::string s;
            for (int i = 0; i < n; ++i)
                s += (s.empty() ? "" : " ") + words[pick(rng)];
            return s;
        };
        repo.transaction([&] {
            std::vector<Id> teams;
            for (int t = 0; t < kTeams; ++t)
                teams.push_back(
                    repo.addTeam(Team{0, "Team " + std::to_string(t), "Site " + std::to_string(t % 7), {}}).id);
            for (int l = 0; l < kLearningTeams; ++l) {
                LearningTeam lt;
                lt.teamId = teams[static_cast<std::size_t>(l % kTeams)];
                lt.title = "Learning Team " + std::to_string(l) + ": " + sentence(3);
                lt.use = static_cast<Use>(l % 3);
                const Id ltId = repo.addLearningTeam(lt).id;
                for (int i = 0; i < kNotesPerLearningTeam; ++i) {
                    Note n;
                    n.learningTeamId = ltId;
                    n.kind = static_cast<NoteKind>(i % 9);
                    n.text = sentence(10 + static_cast<int>(rng() % 15));
                    if (i % 10 == 0)
                        n.tags = {words[10 + 31 * (rng() % 40)]};
                    const Id id = repo.addNote(n).id;
                    if (l % 25 == 0 && i == 0)
                        m_sampleNotes.push_back(id);
                }
                for (int i = 0; i < 5; ++i) {
                    Action a;
                    a.learningTeamId = ltId;
                    a.title = sentence(6);
                    a.successMeasure = sentence(8);
                    repo.addAction(a);
                }
                for (int i = 0; i < 3; ++i)
                    repo.addDefense(Defense{
                        0, ltId, DefenseKind::Existing, DefenseRating::Degraded, sentence(4), sentence(12), {}, {}});
                SharedLearning s;
                s.learningTeamId = ltId;
                s.title = sentence(5);
                s.summary = sentence(20);
                s.lookFors = {sentence(6), sentence(6)};
                repo.addSharedLearning(s);
            }
        });
    }

    std::filesystem::path m_path;
    bool m_keep = false;
    std::vector<Id> m_sampleNotes;
};

// What facilitators type: a word, two words, a word being typed, a rarer pair.
const std::array<const char*, 5> kQueries = {"compressor", "night alarm", "forkl", "ladder aisle", "glare dawn"};

void BM_Search(benchmark::State& state) {
    SqliteRepository repo(LibraryFixture::get().path());
    SqliteLibrary library(repo);
    std::size_t i = 0;
    std::size_t found = 0;
    for (auto _ : state) {
        SearchRequest request;
        request.text = kQueries[i++ % kQueries.size()];
        if (state.range(0) == 1)
            request.kinds = {ItemType::Note};
        const auto hits = library.search(request);
        found += hits.size();
        benchmark::DoNotOptimize(hits.data());
    }
    if (found == 0)
        state.SkipWithError("the search found nothing");
    state.counters["hits/query"] = static_cast<double>(found) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Search)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void check(int rc, sqlite3* db) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(sqlite3_errmsg(db));
}

// The FTS5 part of each kind's query, as a bare statement: the best 50 by rank, with the same snippet
// and highlight calls, and nothing else.
const std::array<const char*, 4> kRawQueries = {
    "SELECT rowid, snippet(note_fts, 0, char(2), char(3), '…', 18), highlight(note_fts, 1, char(2), char(3)) FROM "
    "note_fts WHERE note_fts MATCH ?1 ORDER BY rank LIMIT 50",
    "SELECT rowid, highlight(defense_fts, 0, char(2), char(3)), snippet(defense_fts, 1, char(2), char(3), '…', 18) "
    "FROM defense_fts WHERE defense_fts MATCH ?1 ORDER BY rank LIMIT 50",
    "SELECT rowid, highlight(action_fts, 0, char(2), char(3)), snippet(action_fts, 1, char(2), char(3), '…', 18) "
    "FROM action_fts WHERE action_fts MATCH ?1 ORDER BY rank LIMIT 50",
    "SELECT rowid, highlight(shared_learning_fts, 0, char(2), char(3)), snippet(shared_learning_fts, 1, char(2), "
    "char(3), '…', 18), highlight(shared_learning_fts, 2, char(2), char(3)) FROM shared_learning_fts WHERE "
    "shared_learning_fts MATCH ?1 ORDER BY rank LIMIT 50"};

void BM_RawFts5(benchmark::State& state) {
    std::vector<std::string> matches;
    {
        SqliteRepository repo(LibraryFixture::get().path());
        SqliteLibrary library(repo);
        for (const auto* q : kQueries)
            matches.push_back(library.matchExpression(q)); // the same MATCH text the library runs
    }
    sqlite3* db = nullptr;
    check(sqlite3_open(LibraryFixture::get().path().c_str(), &db), db);
    std::vector<sqlite3_stmt*> statements;
    const std::size_t tables = state.range(0) == 1 ? 1 : kRawQueries.size();
    for (std::size_t t = 0; t < tables; ++t) {
        sqlite3_stmt* stmt = nullptr;
        check(sqlite3_prepare_v2(db, kRawQueries[t], -1, &stmt, nullptr), db);
        statements.push_back(stmt);
    }
    std::size_t i = 0;
    std::size_t found = 0;
    for (auto _ : state) {
        const auto& match = matches[i++ % matches.size()];
        for (auto* stmt : statements) {
            sqlite3_reset(stmt);
            sqlite3_bind_text(stmt, 1, match.c_str(), static_cast<int>(match.size()), SQLITE_STATIC);
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                for (int c = 1; c < sqlite3_column_count(stmt); ++c)
                    benchmark::DoNotOptimize(sqlite3_column_text(stmt, c));
                ++found;
            }
        }
    }
    for (auto* stmt : statements)
        sqlite3_finalize(stmt);
    sqlite3_close(db);
    state.counters["hits/query"] = static_cast<double>(found) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_RawFts5)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_SeenElsewhere(benchmark::State& state) {
    SqliteRepository repo(LibraryFixture::get().path());
    SqliteLibrary library(repo);
    const auto& notes = LibraryFixture::get().sampleNotes();
    std::size_t i = 0;
    std::size_t found = 0;
    for (auto _ : state) {
        const auto similar = library.seenElsewhere(notes[i++ % notes.size()], 5);
        found += similar.size();
        benchmark::DoNotOptimize(similar.data());
    }
    if (found == 0)
        state.SkipWithError("nothing similar was found");
}
BENCHMARK(BM_SeenElsewhere)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace
