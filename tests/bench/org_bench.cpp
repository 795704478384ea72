// The organisation library at an organisation's size, against a throwaway PostgreSQL: run it as
// `pg_virtualenv -t build/bin/ltw_org_bench` (./dev bench does). Each figure stands beside its bare
// baseline, so the ratio is the figure:
//   BM_Publish / BM_BarePublish: one Learning Team of 200 notes, redacted and delivered, against one bare
//     libpq INSERT of the same JSON into a plain table.
//   BM_PullEverything / BM_BarePull: 5,000 published Learning Teams (500,000 notes) into an empty mirror,
//     checked and indexed, against the same rows fetched by bare libpq and their notes inserted into a bare
//     FTS5 table without checks.
//   BM_IncrementalSync: 50 new publications after that.
//   BM_SearchLocalAndMirror / BM_BareFts5: the Library's search over this laptop and the mirror, against
//     the same MATCH by bare sqlite3 statements on the same FTS5 tables.
#include "ltw/bundle.hpp"
#include "ltw/org/org_store.hpp"
#include "ltw/org/org_sync.hpp"
#include "ltw/org/pg_org_server.hpp"
#include "ltw/sample.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_library.hpp"
#include "ltw/sqlite_repository.hpp"

#include <benchmark/benchmark.h>
#include <libpq-fe.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <stdexcept>

using namespace ltw;

namespace {

constexpr int kPublications = 5000;
constexpr int kNotesEach = 100;
constexpr int kIncrement = 50;

std::string exec(PGconn* c, const std::string& sql) {
    PGresult* r = PQexec(c, sql.c_str());
    const auto status = PQresultStatus(r);
    std::string value = status == PGRES_TUPLES_OK && PQntuples(r) > 0 ? PQgetvalue(r, 0, 0) : "";
    const std::string error = PQresultErrorMessage(r);
    PQclear(r);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        throw std::runtime_error(error);
    return value;
}

// Words drawn with a Zipf-like weight, as words in real notes are: a few everywhere, most rare.
class Words {
public:
    Words() : m_rng(11) {
        const char* syllables[] = {"ka", "lo", "mi", "re", "tu", "sa", "ne", "po", "vi", "da", "gu", "fe", "ro"};
        for (int i = 0; i < 6000; ++i) {
            std::string w;
            for (int k = 0, n = 2 + i % 3; k < n; ++k)
                w += syllables[(i * 7 + k * 5 + i / 13) % 13];
            m_words.push_back(w + std::to_string(i % 97));
        }
        std::vector<double> weights;
        for (std::size_t i = 0; i < m_words.size(); ++i)
            weights.push_back(1.0 / static_cast<double>(i + 1));
        m_pick = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
    }
    std::string sentence(int n) {
        std::string s;
        for (int i = 0; i < n; ++i)
            s += (i ? " " : "") + m_words[m_pick(m_rng)];
        return s;
    }
    const std::string& word(std::size_t rank) const { return m_words[rank]; }

private:
    std::mt19937 m_rng;
    std::vector<std::string> m_words;
    std::discrete_distribution<std::size_t> m_pick;
};

// One Learning Team of `notes` notes as a publication's outbox item.
org::OutboxItem publication(Words& words, int n, int notes) {
    SqliteRepository source(":memory:");
    const auto team = source.addTeam(Team{0, "Team " + std::to_string(n % 40), "Site", {}});
    LearningTeam lt;
    lt.teamId = team.id;
    lt.title = "Learning Team " + std::to_string(n) + ": " + words.sentence(5);
    lt = createLearningTeam(source, lt);
    for (int i = 0; i < notes; ++i) {
        Note note;
        note.learningTeamId = lt.id;
        note.kind = static_cast<NoteKind>(i % 9);
        note.text = words.sentence(14);
        source.addNote(note);
    }
    SharedLearning l;
    l.learningTeamId = lt.id;
    l.title = words.sentence(6);
    l.summary = words.sentence(30);
    source.addSharedLearning(l);
    org::OrgStore store(source);
    store.publish(lt.id, org::Visibility::Organisation, now());
    return store.pending().front();
}

struct Fixture {
    std::filesystem::path dir;
    std::string facilitator;
    Words words;
    std::vector<org::OutboxItem> increment; // published after the first pull
    PGconn* admin = nullptr;

    Fixture() {
        if (!std::getenv("PGHOST"))
            throw std::runtime_error("run under pg_virtualenv -t: it starts the throwaway PostgreSQL");
        spdlog::set_level(spdlog::level::warn);
        dir = std::filesystem::temp_directory_path() / ("ltw-org-bench-" + std::to_string(std::random_device{}()));
        std::filesystem::create_directories(dir);
        PGconn* postgres = PQconnectdb("dbname=postgres");
        exec(postgres, "DROP DATABASE IF EXISTS ltw_bench");
        exec(postgres, "CREATE DATABASE ltw_bench");
        PQfinish(postgres);
        org::initOrganisation(org::PgOptions{"dbname=ltw_bench"});
        org::addFacilitator(org::PgOptions{"dbname=ltw_bench"}, "bench_facilitator", "North plant", true);
        admin = PQconnectdb("dbname=ltw_bench");
        exec(admin, "ALTER ROLE bench_facilitator PASSWORD 'pw'");
        exec(admin, "CREATE TABLE bare_publication (uuid uuid PRIMARY KEY, payload jsonb)");
        exec(admin, "GRANT ALL ON bare_publication TO bench_facilitator");
        facilitator = "dbname=ltw_bench user=bench_facilitator password=pw";
        org::PgOrgServer server(org::PgOptions{facilitator});
        std::fprintf(stderr, "publishing %d Learning Teams of %d notes…\n", kPublications, kNotesEach);
        for (int i = 0; i < kPublications; ++i)
            server.deliver(publication(words, i, kNotesEach));
        for (int i = 0; i < kIncrement; ++i)
            increment.push_back(publication(words, kPublications + i, kNotesEach));
        std::fprintf(stderr, "server holds %s of publications\n",
                     exec(admin, "SELECT pg_size_pretty(pg_total_relation_size('ltw.publication'))").c_str());
    }
    ~Fixture() {
        PQfinish(admin);
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    Fixture(const Fixture&) = delete;
    Fixture& operator=(const Fixture&) = delete;
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

void BM_Publish(benchmark::State& state) {
    auto& f = fixture();
    SqliteRepository repo(f.dir / "publisher.ltw");
    const auto team = repo.addTeam(Team{0, "Dock", "North", {}});
    LearningTeam lt;
    lt.teamId = team.id;
    lt.title = "Two hundred notes";
    lt = createLearningTeam(repo, lt);
    for (int i = 0; i < 200; ++i) {
        Note note;
        note.learningTeamId = lt.id;
        note.text = f.words.sentence(14);
        repo.addNote(note);
    }
    org::OrgStore store(repo);
    org::PgOrgServer server(org::PgOptions{f.facilitator});
    for (auto _ : state) {
        store.publish(lt.id, org::Visibility::Organisation, now());
        for (const auto& item : store.pending()) {
            server.deliver(item);
            store.markDelivered(item.uuid, now());
        }
    }
}
BENCHMARK(BM_Publish)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_BarePublish(benchmark::State& state) {
    auto& f = fixture();
    const auto item = publication(f.words, 99999, 200);
    const auto payload = nlohmann::json::parse(item.payload).at("bundle").dump();
    PGconn* c = PQconnectdb(f.facilitator.c_str());
    for (auto _ : state) {
        const char* values[] = {payload.c_str()};
        PGresult* r = PQexecParams(c, "INSERT INTO bare_publication VALUES (gen_random_uuid(), $1::jsonb)", 1, nullptr,
                                   values, nullptr, nullptr, 0);
        PQclear(r);
    }
    PQfinish(c);
}
BENCHMARK(BM_BarePublish)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_PullEverything(benchmark::State& state) {
    auto& f = fixture();
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove(f.dir / "mirror.ltw");
        auto repo = std::make_unique<SqliteRepository>(f.dir / "mirror.ltw");
        org::OrgStore store(*repo);
        org::PgOrgServer server(org::PgOptions{f.facilitator});
        state.ResumeTiming();
        const auto report = org::sync(store, server);
        benchmark::DoNotOptimize(report.pulled);
        state.counters["rows"] = report.pulled;
    }
}
BENCHMARK(BM_PullEverything)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_BarePull(benchmark::State& state) {
    auto& f = fixture();
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove(f.dir / "bare.db");
        sqlite3* db = nullptr;
        sqlite3_open((f.dir / "bare.db").c_str(), &db);
        sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE item(id INTEGER PRIMARY KEY, "
                     "body TEXT); CREATE VIRTUAL TABLE item_fts USING fts5(body, content='item', content_rowid='id', "
                     "tokenize='unicode61 remove_diacritics 2');",
                     nullptr, nullptr, nullptr);
        PGconn* c = PQconnectdb(f.facilitator.c_str());
        state.ResumeTiming();
        std::int64_t after = 0;
        sqlite3_stmt* item = nullptr;
        sqlite3_stmt* fts = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO item(body) VALUES (?)", -1, &item, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO item_fts(rowid, body) VALUES (last_insert_rowid(), ?)", -1, &fts, nullptr);
        for (;;) {
            const std::string a = std::to_string(after);
            const char* values[] = {a.c_str()};
            PGresult* r = PQexecParams(c,
                                       "SELECT seq, payload::text FROM ltw.publication WHERE seq > $1 ORDER BY seq "
                                       "LIMIT 200",
                                       1, nullptr, values, nullptr, nullptr, 0);
            const int rows = PQntuples(r);
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
            for (int i = 0; i < rows; ++i) {
                after = std::atoll(PQgetvalue(r, i, 0));
                const auto bundle = nlohmann::json::parse(PQgetvalue(r, i, 1));
                for (const auto& note : bundle.at("notes")) {
                    const auto text = note.at("text").get<std::string>();
                    sqlite3_bind_text(item, 1, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
                    sqlite3_step(item);
                    sqlite3_reset(item);
                    sqlite3_bind_text(fts, 1, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
                    sqlite3_step(fts);
                    sqlite3_reset(fts);
                }
            }
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            PQclear(r);
            if (rows < 200)
                break;
        }
        sqlite3_finalize(item);
        sqlite3_finalize(fts);
        PQfinish(c);
        sqlite3_close(db);
    }
}
BENCHMARK(BM_BarePull)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_IncrementalSync(benchmark::State& state) {
    auto& f = fixture();
    SqliteRepository repo(f.dir / "mirror.ltw");
    org::OrgStore store(repo);
    org::PgOrgServer server(org::PgOptions{f.facilitator});
    for (auto _ : state) {
        state.PauseTiming();
        org::sync(store, server); // up to date first
        for (const auto& item : f.increment)
            server.deliver(item);
        state.ResumeTiming();
        const auto report = org::sync(store, server);
        state.counters["rows"] = report.pulled;
    }
}
BENCHMARK(BM_IncrementalSync)->Unit(benchmark::kMillisecond)->Iterations(1);

std::string query() { return fixture().words.word(700) + " " + fixture().words.word(40); }

void BM_SearchLocalAndMirror(benchmark::State& state) {
    auto& f = fixture();
    SqliteRepository repo(f.dir / "mirror.ltw");
    if (repo.learningTeams().empty())
        addSampleLearningTeam(repo);
    SqliteLibrary library(repo);
    org::OrgStore store(repo);
    SearchRequest request;
    request.text = query();
    std::size_t hits = 0;
    for (auto _ : state) {
        hits = library.search(request).size() + store.search(request).size();
        benchmark::DoNotOptimize(hits);
    }
    state.counters["hits"] = static_cast<double>(hits);
}
BENCHMARK(BM_SearchLocalAndMirror)->Unit(benchmark::kMillisecond);

void BM_BareFts5(benchmark::State& state) {
    auto& f = fixture();
    SqliteRepository repo(f.dir / "mirror.ltw");
    SqliteLibrary library(repo);
    const auto match = library.matchExpression(query());
    sqlite3* db = nullptr;
    sqlite3_open_v2((f.dir / "mirror.ltw").c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    const char* tables[][2] = {{"note_fts", "note"},
                               {"defense_fts", "defense"},
                               {"action_fts", "action"},
                               {"shared_learning_fts", "shared_learning"},
                               {"org_item_fts", "org_item"}};
    std::vector<sqlite3_stmt*> statements;
    for (const auto& [fts, table] : tables) {
        sqlite3_stmt* s = nullptr;
        const std::string sql = std::string("SELECT x.id, snippet(") + fts + ", -1, char(2), char(3), '…', 18) FROM " +
                                fts + " JOIN " + table + " x ON x.id = " + fts + ".rowid WHERE " + fts +
                                " MATCH ? ORDER BY " + fts + ".rank LIMIT 50";
        sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr);
        statements.push_back(s);
    }
    std::size_t hits = 0;
    for (auto _ : state) {
        hits = 0;
        for (auto* s : statements) {
            sqlite3_bind_text(s, 1, match.c_str(), -1, SQLITE_TRANSIENT);
            while (sqlite3_step(s) == SQLITE_ROW)
                ++hits;
            sqlite3_reset(s);
        }
        benchmark::DoNotOptimize(hits);
    }
    state.counters["hits"] = static_cast<double>(hits);
    for (auto* s : statements)
        sqlite3_finalize(s);
    sqlite3_close(db);
}
BENCHMARK(BM_BareFts5)->Unit(benchmark::kMillisecond);

} // namespace
