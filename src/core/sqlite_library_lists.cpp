// SqliteLibrary's lists across Learning Teams: follow-through of open actions, shared learnings with
// their look-fors, and how widely each tag is used.
#include "ltw/sqlite_library.hpp"

#include "fts_text.hpp"
#include "library_sql.hpp"
#include "sqlite_generic.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

namespace ltw {

using detail::kPlaceColumns;

Date today() { return Date{std::chrono::floor<std::chrono::days>(now())}; }

namespace {

std::vector<FollowThroughItem> readActions(SQLite::Statement& s, Date today) {
    std::vector<FollowThroughItem> out;
    constexpr int actionColumns = detail::columnCount<Action>();
    while (s.executeStep()) {
        FollowThroughItem item;
        item.action = detail::Row<Action>::read(detail::Reader{s, 0});
        item.place = detail::readPlace(s, actionColumns);
        item.overdue = item.action.due && *item.action.due < today;
        out.push_back(std::move(item));
    }
    s.reset();
    return out;
}

} // namespace

std::vector<FollowThroughItem> SqliteLibrary::followThrough(Date today, const LibraryFilter& filter) {
    const std::string sql = fmt::format(
        "SELECT {}, {} FROM action a {} WHERE a.status IN ('open', 'in_progress') {} ORDER BY a.due IS NULL, a.due, "
        "lt.created, a.id",
        detail::columnList<Action>("a"), kPlaceColumns, detail::placeJoins("a"), detail::filterConditions(filter, "a"));
    auto& s = statement(sql);
    detail::bindFilter(s, filter);
    return readActions(s, today);
}

// "Earlier" is by when the Learning Teams were started; on the same second, by the order they were stored.
std::vector<FollowThroughItem> SqliteLibrary::earlierOpenActions(Id ltId, Date today) {
    static const std::string sql =
        fmt::format("SELECT {}, {} FROM action a {} JOIN learning_team cur ON cur.id = ? WHERE a.status IN ('open', "
                    "'in_progress') AND lt.team_id = cur.team_id AND lt.id != cur.id AND (lt.created < cur.created OR "
                    "(lt.created = cur.created AND lt.id < cur.id)) ORDER BY a.due IS NULL, a.due, lt.created, a.id",
                    detail::columnList<Action>("a"), kPlaceColumns, detail::placeJoins("a"));
    auto& s = statement(sql);
    s.bind(1, static_cast<std::int64_t>(ltId));
    return readActions(s, today);
}

std::vector<LibraryLearning> SqliteLibrary::learnings(const LibraryFilter& filter) {
    const std::string sql =
        fmt::format("SELECT {}, {} FROM shared_learning l {} WHERE 1 {} ORDER BY l.created DESC, l.id DESC",
                    detail::columnList<SharedLearning>("l"), kPlaceColumns, detail::placeJoins("l"),
                    detail::filterConditions(filter, "l"));
    auto& s = statement(sql);
    detail::bindFilter(s, filter);
    std::vector<LibraryLearning> out;
    constexpr int columns = detail::columnCount<SharedLearning>();
    while (s.executeStep()) {
        LibraryLearning item;
        item.learning = detail::Row<SharedLearning>::read(detail::Reader{s, 0});
        item.place = detail::readPlace(s, columns);
        out.push_back(std::move(item));
    }
    s.reset();
    return out;
}

// Tags are compared without regard to case (as the tag filter does); the form shown is the one most often
// typed. Counted here rather than in SQL: one pass over the tags, whatever their number.
std::vector<TagUse> SqliteLibrary::tagUse() {
    struct Count {
        std::map<std::string, int> forms;
        std::set<Id> learningTeams;
        int notes = 0;
    };
    std::map<std::string, Count> counts;
    auto& s = statement("SELECT j.value, n.learning_team_id FROM note n, json_each(n.tags) j WHERE j.type = 'text'");
    while (s.executeStep()) {
        const auto tag = s.getColumn(0).getString();
        if (tag.find_first_not_of(" \t") == std::string::npos)
            continue;
        auto key = tag;
        std::transform(key.begin(), key.end(), key.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        auto& count = counts[key];
        ++count.forms[tag];
        count.learningTeams.insert(s.getColumn(1).getInt64());
        ++count.notes;
    }
    s.reset();
    std::vector<TagUse> out;
    for (const auto& [key, count] : counts) {
        const auto shown = std::max_element(count.forms.begin(), count.forms.end(),
                                            [](const auto& a, const auto& b) { return a.second < b.second; });
        out.push_back(TagUse{shown->first, static_cast<int>(count.learningTeams.size()), count.notes});
    }
    std::stable_sort(out.begin(), out.end(), [](const TagUse& a, const TagUse& b) {
        return std::tie(b.learningTeams, b.notes) < std::tie(a.learningTeams, a.notes);
    });
    return out;
}

// The index finds the notes whose tags hold the tag's words; the exact tag is then checked on those alone.
TagUse SqliteLibrary::tagUse(const std::string& tag) {
    TagUse out{tag, 0, 0};
    std::string phrase;
    for (const auto& w : words(tag))
        phrase += (phrase.empty() ? "" : " ") + w;
    if (phrase.empty())
        return out;
    auto& s = statement("SELECT count(DISTINCT n.learning_team_id), count(*) FROM note_fts JOIN note n ON n.id = "
                        "note_fts.rowid WHERE note_fts MATCH ? AND EXISTS (SELECT 1 FROM json_each(n.tags) j WHERE "
                        "lower(j.value) = lower(?))");
    s.bind(1, "tags : " + detail::quotedWord(phrase, false));
    s.bind(2, tag);
    if (s.executeStep()) {
        out.learningTeams = s.getColumn(0).getInt();
        out.notes = s.getColumn(1).getInt();
    }
    s.reset();
    return out;
}

} // namespace ltw
