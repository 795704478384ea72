// The SQL the library's two files share: where an item belongs (its Learning Team, team and origin),
// and the filters, every value a named parameter.
#pragma once

#include "ltw/library.hpp"
#include "row_mapping.hpp"

#include <SQLiteCpp/Statement.h>

#include <string>

namespace ltw::detail {

// Columns of a LibraryPlace, read by readPlace; `learning_team lt`, `team t`, `import_origin o`.
inline constexpr const char* kPlaceColumns = "lt.id, lt.title, lt.use, lt.phase, t.id, t.name, o.learning_team_id, "
                                             "o.file_name, o.facilitator, o.first_imported, o.last_imported, o.imports";
inline constexpr int kPlaceColumnCount = 12;

// Joins from an item aliased `item` to its place.
inline std::string placeJoins(const std::string& item) {
    return " JOIN learning_team lt ON lt.id = " + item +
           ".learning_team_id JOIN team t ON t.id = lt.team_id LEFT JOIN import_origin o ON o.learning_team_id = "
           "lt.id ";
}

// The conditions a LibraryFilter sets, on an item aliased `item` with a `created` column; only those set,
// so an unfiltered search pays for none. `ownTags` names the item's own tags column (notes), or is empty
// (the tag is then looked for in the notes of its Learning Team). Values are named parameters.
inline std::string filterConditions(const LibraryFilter& f, const std::string& item, const std::string& ownTags = {}) {
    std::string sql;
    if (f.teamId)
        sql += " AND lt.team_id = :team";
    if (f.use)
        sql += " AND lt.use = :use";
    if (f.from)
        sql += " AND " + item + ".created >= :from";
    if (f.until)
        sql += " AND " + item + ".created < :until";
    if (!f.tag.empty() && !ownTags.empty())
        sql += " AND EXISTS (SELECT 1 FROM json_each(" + ownTags + ") j WHERE lower(j.value) = lower(:tag))";
    else if (!f.tag.empty())
        sql += " AND EXISTS (SELECT 1 FROM note tn, json_each(tn.tags) j WHERE tn.learning_team_id = lt.id AND "
               "lower(j.value) = lower(:tag))";
    return sql + " ";
}

// Which conditions are set, as a small number: statements are kept per combination.
inline int filterMask(const LibraryFilter& f) {
    return (f.teamId ? 1 : 0) | (f.use ? 2 : 0) | (f.from ? 4 : 0) | (f.until ? 8 : 0) | (f.tag.empty() ? 0 : 16);
}
inline constexpr int kFilterCombinations = 32;

inline void bindFilter(SQLite::Statement& s, const LibraryFilter& f) {
    if (f.teamId)
        bindValue(s, s.getIndex(":team"), *f.teamId);
    if (f.use)
        bindValue(s, s.getIndex(":use"), *f.use);
    if (f.from)
        bindValue(s, s.getIndex(":from"), *f.from);
    if (f.until)
        bindValue(s, s.getIndex(":until"), *f.until);
    if (!f.tag.empty())
        s.bind(":tag", f.tag);
}

inline LibraryPlace readPlace(SQLite::Statement& s, int first) {
    Reader r{s, first};
    LibraryPlace p;
    p.learningTeamId = r.id();
    p.learningTeamTitle = r.text();
    p.use = r.en<Use>();
    p.phase = r.en<Phase>();
    p.teamId = r.id();
    p.teamName = r.text();
    if (const auto originLt = r.optId()) {
        ImportOrigin o;
        o.learningTeamId = *originLt;
        o.fileName = r.text();
        o.facilitator = r.text();
        o.firstImported = r.time();
        o.lastImported = r.time();
        o.imports = r.integer();
        p.origin = o;
    }
    return p;
}

} // namespace ltw::detail
