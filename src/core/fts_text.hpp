// What the library needs of FTS5 besides SQL: the index's own tokenizer, so that what a facilitator
// types is read as words exactly as the index reads them, and the marked snippets turned into ranges.
#pragma once

#include "ltw/library.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace ltw::detail {

// FTS5's unicode61 tokenizer with the options of our tables (remove_diacritics 2).
class FtsTokenizer {
public:
    explicit FtsTokenizer(sqlite3* db);
    ~FtsTokenizer();
    FtsTokenizer(const FtsTokenizer&) = delete;
    FtsTokenizer& operator=(const FtsTokenizer&) = delete;

    // The words of `text`, folded as the index keeps them, in order.
    std::vector<std::string> words(std::string_view text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Marks that SQL's snippet() and highlight() put around matched words. Control characters, which a
// facilitator does not type; one that does appear in a text only moves a highlight.
inline constexpr char kMarkOpen = '\x02';
inline constexpr char kMarkClose = '\x03';

// Each word as a quoted string, so nothing in it is FTS5 syntax: "word"* (prefix) or "word".
std::string quotedWord(const std::string& word, bool prefix);

// What a search hands FTS5 for the words of a text: each distinct word as a quoted prefix ("word"*), all
// required, at most the first 16. Empty when there is no word.
std::string allWordsMatch(const std::vector<std::string>& words);

// A snippet with marks, as ranges over the text without them.
MarkedText parseMarked(std::string_view marked);

// A JSON list of texts as stored (tags, look-fors) with marks inside, read as "a · b · c", marks kept.
std::string flattenJsonList(std::string_view json);

// Common English words that say nothing about what a note is about.
bool isStopWord(std::string_view word);

} // namespace ltw::detail
