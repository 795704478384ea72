// SqliteLibrary: search across every Learning Team and "seen elsewhere". The lists (follow-through,
// shared learnings, tags) are in sqlite_library_lists.cpp.
#include "ltw/sqlite_library.hpp"

#include "fts_text.hpp"
#include "library_sql.hpp"
#include "sqlite_generic.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>
#include <utility>

namespace ltw {

using detail::kPlaceColumns;

struct SqliteLibrary::Tokenizer {
    explicit Tokenizer(sqlite3* db) : fts(db) {}
    detail::FtsTokenizer fts;
};

namespace {

// A search reads at most this many words: enough for any sentence, and a pasted page stays fast.
// Seen elsewhere asks for the notes sharing the rarest words of a note, this many of them.
constexpr std::size_t kMaxSimilarityWords = 6;

// One kind of item as the search reads it: its FTS5 table, its row, and what its hit shows.
struct KindSearch {
    ItemType type;
    const char* fts;
    const char* table;
    const char* noteKind; // the note's kind column, or NULL
    const char* title;    // the title, highlighted, or NULL
    const char* snippet;  // the best passage, shortened
    const char* extra;    // a JSON list (tags, look-fors), highlighted: shown when the passage has no match
    const char* ownTags;  // the item's own tags, for the tag filter
    const char* extraLabel;
};

// Each kind's title and passage come from its own FTS columns (see migration 1 for their order).
const std::vector<KindSearch>& kinds() {
    static const std::vector<KindSearch> all = {
        {ItemType::Note, "note_fts", "note", "x.kind", "NULL", "snippet(note_fts, 0, char(2), char(3), '…', 18)",
         "highlight(note_fts, 1, char(2), char(3))", "x.tags", "Tags: "},
        {ItemType::Defense, "defense_fts", "defense", "NULL", "highlight(defense_fts, 0, char(2), char(3))",
         "snippet(defense_fts, 1, char(2), char(3), '…', 18)", "NULL", "", ""},
        {ItemType::Action, "action_fts", "action", "NULL", "highlight(action_fts, 0, char(2), char(3))",
         "snippet(action_fts, 1, char(2), char(3), '…', 18)", "NULL", "", ""},
        {ItemType::SharedLearning, "shared_learning_fts", "shared_learning", "NULL",
         "highlight(shared_learning_fts, 0, char(2), char(3))",
         "snippet(shared_learning_fts, 1, char(2), char(3), '…', 18)",
         "highlight(shared_learning_fts, 2, char(2), char(3))", "", "Look for: "},
        // A moment of a timeline: its clock time as the title, where and who as the extra line.
        {ItemType::Moment, "moment_fts", "moment", "NULL",
         "CASE WHEN x.minute IS NULL THEN '' ELSE printf('%02d:%02d', x.minute / 60, x.minute % 60) END",
         "snippet(moment_fts, 0, char(2), char(3), '…', 18)",
         "highlight(moment_fts, 1, char(2), char(3)) || char(31) || highlight(moment_fts, 2, char(2), char(3))", "",
         "Where, who: "},
    };
    return all;
}

// FTS5 orders by rank itself when asked for `ORDER BY rank` on its own table, and stops at the limit,
// so snippets are made only for the rows returned. The rank is not read back: that would run bm25 over
// the whole match a second time.
std::string makeSearchSql(const KindSearch& k, const LibraryFilter& filter) {
    return fmt::format("SELECT x.id, {noteKind}, x.created, {title}, {snippet}, {extra}, {place} "
                       "FROM {fts} JOIN {table} x ON x.id = {fts}.rowid {joins}"
                       "WHERE {fts} MATCH :match {filter}ORDER BY {fts}.rank LIMIT :limit",
                       fmt::arg("noteKind", k.noteKind), fmt::arg("fts", k.fts), fmt::arg("title", k.title),
                       fmt::arg("snippet", k.snippet), fmt::arg("extra", k.extra), fmt::arg("place", kPlaceColumns),
                       fmt::arg("table", k.table), fmt::arg("joins", detail::placeJoins("x")),
                       fmt::arg("filter", detail::filterConditions(filter, "x", k.ownTags)));
}

// Built once per kind and combination of filters: the search runs on every keystroke.
const std::string& searchSql(std::size_t kind, const LibraryFilter& filter) {
    static std::vector<std::string> sql(kinds().size() * detail::kFilterCombinations);
    auto& slot = sql[kind * detail::kFilterCombinations + static_cast<std::size_t>(detail::filterMask(filter))];
    if (slot.empty())
        slot = makeSearchSql(kinds()[kind], filter);
    return slot;
}

// A moment's place and who, as the search reads them (separated by a unit separator): "a · b".
std::string placeAndWho(const std::string& both) {
    const auto cut = both.find('\x1f');
    std::string place = both.substr(0, cut);
    std::string who = cut == std::string::npos ? std::string() : both.substr(cut + 1);
    if (place.empty() || who.empty())
        return place + who;
    return place + " · " + who;
}

MarkedText withLabel(const std::string& label, MarkedText text) {
    for (auto& [begin, end] : text.marks) {
        begin += label.size();
        end += label.size();
    }
    text.text = label + text.text;
    return text;
}

} // namespace

SqliteLibrary::SqliteLibrary(SqliteRepository& repo)
    : m_repo(repo), m_tokenizer(std::make_unique<Tokenizer>(repo.database().sql().getHandle())) {}

SqliteLibrary::~SqliteLibrary() = default;

SQLite::Statement& SqliteLibrary::statement(const std::string& sql) {
    auto& slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(m_repo.database().sql(), sql);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

std::vector<std::string> SqliteLibrary::words(std::string_view text) { return m_tokenizer->fts.words(text); }

std::string SqliteLibrary::matchExpression(std::string_view text) { return detail::allWordsMatch(words(text)); }

std::vector<SearchHit> SqliteLibrary::search(const SearchRequest& request) {
    const auto match = matchExpression(request.text);
    if (match.empty() || request.limit <= 0)
        return {};
    std::vector<SearchHit> hits;
    for (std::size_t i = 0; i < kinds().size(); ++i) {
        const auto& k = kinds()[i];
        if (!request.kinds.empty() &&
            std::find(request.kinds.begin(), request.kinds.end(), k.type) == request.kinds.end())
            continue;
        auto& s = statement(searchSql(i, request.filter));
        s.bind(":match", match);
        s.bind(":limit", request.limit);
        detail::bindFilter(s, request.filter);
        while (s.executeStep()) {
            SearchHit hit;
            hit.type = k.type;
            detail::Reader r{s, 0};
            hit.id = r.id();
            hit.noteKind = r.optEn<NoteKind>();
            hit.created = r.time();
            hit.title = detail::parseMarked(s.getColumn(3).getString());
            hit.snippet = detail::parseMarked(s.getColumn(4).getString());
            if (hit.snippet.marks.empty() && !s.getColumn(5).isNull()) {
                auto extra = detail::parseMarked(k.type == ItemType::Moment
                                                     ? placeAndWho(s.getColumn(5).getString())
                                                     : detail::flattenJsonList(s.getColumn(5).getString()));
                if (!extra.marks.empty())
                    hit.snippet = withLabel(k.extraLabel, std::move(extra));
            }
            hit.place = detail::readPlace(s, 6);
            hits.push_back(std::move(hit));
        }
        s.reset();
    }
    return hits;
}

std::vector<SimilarNote> SqliteLibrary::seenElsewhere(Id noteId, int limit) {
    const auto note = m_repo.note(noteId);
    if (!note || limit <= 0)
        return {};
    // The telling words: not common English, longer than two letters, and found in some other note.
    // The rarest of them say most about what the note is about (bm25 weighs them so as well).
    std::set<std::string> own;
    for (const auto& w : words(note->text))
        if (w.size() > 2 && !detail::isStopWord(w))
            own.insert(w);
    for (const auto& tag : note->tags)
        for (const auto& w : words(tag))
            own.insert(w);
    // How many notes hold each word, read from the index itself; a temporary table, so the file is untouched.
    if (!std::exchange(m_vocabulary, true))
        m_repo.database().sql().exec(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ltw_note_vocabulary USING fts5vocab(main, note_fts, row)");
    std::vector<std::pair<std::int64_t, std::string>> byRarity;
    for (const auto& w : own) {
        auto& s = statement("SELECT doc FROM temp.ltw_note_vocabulary WHERE term = ?");
        s.bind(1, w);
        if (s.executeStep() && s.getColumn(0).getInt64() > 1)
            byRarity.emplace_back(s.getColumn(0).getInt64(), w);
        s.reset();
    }
    std::sort(byRarity.begin(), byRarity.end());
    if (byRarity.size() > kMaxSimilarityWords)
        byRarity.resize(kMaxSimilarityWords);
    if (byRarity.empty())
        return {};
    std::string match;
    for (const auto& [doc, w] : byRarity)
        match += (match.empty() ? "" : " OR ") + detail::quotedWord(w, false);

    static const std::string sql =
        fmt::format("SELECT {}, {} FROM note_fts JOIN note x ON x.id = note_fts.rowid {} WHERE note_fts MATCH ? "
                    "AND x.learning_team_id != ? ORDER BY note_fts.rank LIMIT ?",
                    detail::columnList<Note>("x"), kPlaceColumns, detail::placeJoins("x"));
    auto& s = statement(sql);
    s.bind(1, match);
    s.bind(2, static_cast<std::int64_t>(note->learningTeamId));
    s.bind(3, limit);
    std::vector<SimilarNote> out;
    constexpr int noteColumns = detail::columnCount<Note>();
    while (s.executeStep()) {
        SimilarNote similar;
        similar.note = detail::Row<Note>::read(detail::Reader{s, 0});
        similar.place = detail::readPlace(s, noteColumns);
        out.push_back(std::move(similar));
    }
    s.reset();
    for (auto& similar : out) {
        std::set<std::string> theirs;
        for (const auto& w : words(similar.note.text))
            theirs.insert(w);
        for (const auto& tag : similar.note.tags)
            for (const auto& w : words(tag))
                theirs.insert(w);
        std::set_intersection(own.begin(), own.end(), theirs.begin(), theirs.end(),
                              std::back_inserter(similar.sharedTerms));
    }
    return out;
}

} // namespace ltw
