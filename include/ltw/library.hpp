// The learning library: everything every Learning Team in the database captured, searched and compared
// across teams, and the actions still open. An interface, so that the library can later live on a server.
#pragma once

#include "ltw/domain.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ltw {

// A user's text with the words a search matched marked: each mark is a [begin, end) range of bytes in
// the UTF-8 `text`, in order, never overlapping.
struct MarkedText {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> marks;
    bool operator==(const MarkedText&) const = default;
};

// Narrows what the library lists or finds. Every field left empty lets everything through.
struct LibraryFilter {
    std::optional<Id> teamId;
    std::optional<Use> use;
    std::optional<Timestamp> from;  // made at or after
    std::optional<Timestamp> until; // made before
    // A note carries the tag itself; anything else belongs to a Learning Team with a note that does.
    // Compared without regard to case.
    std::string tag;
};

// The Learning Team an item belongs to, as the library shows it, and where it came from if imported.
struct LibraryPlace {
    Id learningTeamId = 0;
    std::string learningTeamTitle;
    Use use = Use::Work;
    Phase phase = Phase::Learn;
    Id teamId = 0;
    std::string teamName;
    std::optional<ImportOrigin> origin;
};

struct SearchRequest {
    // Whatever the facilitator typed. It is only ever read as words: quotes, operators, brackets and
    // symbols are never syntax. Every word must match; the last letters of each may be missing.
    std::string text;
    std::vector<ItemType> kinds; // empty: notes, defenses, actions, shared learnings and moments
    LibraryFilter filter;
    int limit = 50; // of each kind
};

struct SearchHit {
    ItemType type = ItemType::Note;
    Id id = 0;
    LibraryPlace place;
    std::optional<NoteKind> noteKind; // for a note
    MarkedText title;                 // a note has none; for the rest, their title
    MarkedText snippet;               // the best passage, shortened with "…"
    Timestamp created{};
};

// A note of another Learning Team that says much the same, and the words the two share.
struct SimilarNote {
    Note note;
    LibraryPlace place;
    std::vector<std::string> sharedTerms; // as the index keeps them: lower case, without accents
};

// How widely a tag is used: the pattern across teams.
struct TagUse {
    std::string tag;
    int learningTeams = 0;
    int notes = 0;
    bool operator==(const TagUse&) const = default;
};

struct FollowThroughItem {
    Action action;
    LibraryPlace place;
    bool overdue = false; // due before the day asked about
};

struct LibraryLearning {
    SharedLearning learning;
    LibraryPlace place;
};

class Library {
public:
    virtual ~Library() = default;

    // Notes, then defenses, then actions, then shared learnings; each kind ranked by bm25, closest
    // first (scores of different kinds of item are not comparable). Never throws for what the
    // facilitator typed: text without any word finds nothing.
    virtual std::vector<SearchHit> search(const SearchRequest& request) = 0;

    // The notes of other Learning Teams that share the most telling words with this one, closest first.
    virtual std::vector<SimilarNote> seenElsewhere(Id noteId, int limit = 5) = 0;

    // Every tag in use, the most widely used first.
    virtual std::vector<TagUse> tagUse() = 0;
    // How widely one tag is used; quick enough to ask for each tag of a note as it is shown.
    virtual TagUse tagUse(const std::string& tag) = 0;

    // Open and in-progress actions across Learning Teams, earliest due first (undated last).
    virtual std::vector<FollowThroughItem> followThrough(Date today, const LibraryFilter& filter = {}) = 0;

    // The open actions that earlier Learning Teams of the same team left behind: what a team's next
    // Learning Team should look at when it reaches Solve.
    virtual std::vector<FollowThroughItem> earlierOpenActions(Id learningTeamId, Date today) = 0;

    // Shared learnings (with their look-fors) across Learning Teams, newest first.
    virtual std::vector<LibraryLearning> learnings(const LibraryFilter& filter = {}) = 0;
};

// Today's date in UTC, for overdue marks.
Date today();

} // namespace ltw
