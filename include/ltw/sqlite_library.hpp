// The library over the workbench's own SQLite file, on the repository's connection: FTS5 search with
// bm25 ranking and highlighted snippets, and the lists across Learning Teams.
#pragma once

#include "ltw/library.hpp"
#include "ltw/sqlite_repository.hpp"

#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace ltw {

class SqliteLibrary final : public Library {
public:
    explicit SqliteLibrary(SqliteRepository& repo);
    ~SqliteLibrary() override;

    std::vector<SearchHit> search(const SearchRequest& request) override;
    std::vector<SimilarNote> seenElsewhere(Id noteId, int limit = 5) override;
    std::vector<TagUse> tagUse() override;
    TagUse tagUse(const std::string& tag) override;
    std::vector<FollowThroughItem> followThrough(Date today, const LibraryFilter& filter = {}) override;
    std::vector<FollowThroughItem> earlierOpenActions(Id learningTeamId, Date today) override;
    std::vector<LibraryLearning> learnings(const LibraryFilter& filter = {}) override;

    // The words of a text as the search index reads them (folded to lower case, accents removed),
    // in order, repeats kept.
    std::vector<std::string> words(std::string_view text);

    // What `search` hands FTS5 for a text: each word as a quoted prefix ("word"*), all required. Empty
    // when the text has no word. Exposed for the benchmark's bare baseline and for tests.
    std::string matchExpression(std::string_view text);

private:
    SQLite::Statement& statement(const std::string& sql);

    SqliteRepository& m_repo;
    std::map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
    struct Tokenizer;
    std::unique_ptr<Tokenizer> m_tokenizer;
    bool m_vocabulary = false;
};

} // namespace ltw
