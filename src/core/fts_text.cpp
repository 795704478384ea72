#include "fts_text.hpp"

#include "ltw/errors.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>

namespace ltw::detail {

struct FtsTokenizer::Impl {
    fts5_tokenizer api{};
    Fts5Tokenizer* tokenizer = nullptr;
};

namespace {

// The documented way to reach FTS5's C interface: a SELECT that hands back a pointer to it.
fts5_api* fts5Api(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

int collect(void* context, int /*flags*/, const char* token, int size, int /*start*/, int /*end*/) {
    if (size > 0)
        static_cast<std::vector<std::string>*>(context)->emplace_back(token, static_cast<std::size_t>(size));
    return SQLITE_OK;
}

} // namespace

FtsTokenizer::FtsTokenizer(sqlite3* db) : m_impl(std::make_unique<Impl>()) {
    auto* api = fts5Api(db);
    void* userData = nullptr;
    if (!api || api->xFindTokenizer(api, "unicode61", &userData, &m_impl->api) != SQLITE_OK)
        throw StorageError("This SQLite library has no full-text search (FTS5); search cannot work.");
    const char* args[] = {"remove_diacritics", "2"};
    if (m_impl->api.xCreate(userData, args, 2, &m_impl->tokenizer) != SQLITE_OK)
        throw StorageError("The full-text search tokenizer could not be started.");
}

FtsTokenizer::~FtsTokenizer() {
    if (m_impl->tokenizer)
        m_impl->api.xDelete(m_impl->tokenizer);
}

std::vector<std::string> FtsTokenizer::words(std::string_view text) const {
    std::vector<std::string> out;
    // FTS5 takes the length as an int; a text longer than that is not a search anyone typed.
    const auto size = static_cast<int>(std::min<std::size_t>(text.size(), 1u << 24));
    m_impl->api.xTokenize(m_impl->tokenizer, &out, FTS5_TOKENIZE_DOCUMENT, text.data(), size, &collect);
    return out;
}

std::string quotedWord(const std::string& word, bool prefix) {
    std::string out = "\"";
    for (char c : word)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
    if (prefix)
        out += '*';
    return out;
}

std::string allWordsMatch(const std::vector<std::string>& words) {
    constexpr std::size_t kMaxSearchWords = 16;
    std::string out;
    std::set<std::string> seen;
    for (const auto& word : words) {
        if (seen.size() == kMaxSearchWords)
            break;
        if (!seen.insert(word).second)
            continue;
        if (!out.empty())
            out += ' ';
        out += quotedWord(word, true);
    }
    return out;
}

MarkedText parseMarked(std::string_view marked) {
    MarkedText out;
    out.text.reserve(marked.size());
    constexpr auto none = std::string::npos;
    std::size_t open = none;
    for (char c : marked) {
        if (c == kMarkOpen) {
            open = out.text.size();
        } else if (c == kMarkClose) {
            if (open != none && open < out.text.size())
                out.marks.emplace_back(open, out.text.size());
            open = none;
        } else {
            out.text += c;
        }
    }
    return out;
}

std::string flattenJsonList(std::string_view json) {
    std::string out;
    bool inString = false;
    bool first = true;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (!inString) {
            if (c == '"') {
                inString = true;
                if (!first)
                    out += " · ";
                first = false;
            } else if (c == kMarkOpen || c == kMarkClose) {
                out += c;
            }
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '\\' && i + 1 < json.size()) {
            const char next = json[++i];
            switch (next) {
            case 'n':
            case 't':
            case 'r': out += ' '; break;
            default: out += next; break;
            }
        } else {
            out += c;
        }
    }
    return out;
}

bool isStopWord(std::string_view word) {
    static constexpr auto words = std::to_array<std::string_view>(
        {"about", "after", "again", "all",    "also",  "and",  "any",   "are",   "because", "been",  "before", "being",
         "both",  "but",   "can",   "could",  "did",   "does", "doing", "down",  "each",    "for",   "from",   "get",
         "got",   "had",   "has",   "have",   "her",   "here", "him",   "his",   "how",     "into",  "its",    "just",
         "more",  "most",  "not",   "now",    "off",   "once", "one",   "only",  "other",   "our",   "out",    "over",
         "own",   "same",  "she",   "should", "some",  "such", "than",  "that",  "the",     "their", "them",   "then",
         "there", "these", "they",  "this",   "those", "too",  "under", "until", "very",    "was",   "were",   "what",
         "when",  "where", "which", "while",  "who",   "why",  "will",  "with",  "would",   "you",   "your"});
    return std::find(words.begin(), words.end(), word) != words.end();
}

} // namespace ltw::detail
