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

// The LibraryFilter as conditions on an item aliased `item` with a `created` column. `ownTags` names
// the item's own tags column (notes) or is empty (the tag is then looked for in its Learning Team).
inline std::string filterConditions(const std::string& item, const std::string& ownTags = {}) {
    std::string sql = " AND (:team IS NULL OR lt.team_id = :team) AND (:use IS NULL OR lt.use = :use)"
                      " AND (:from IS NULL OR " +
                      item + ".created >= :from) AND (:until IS NULL OR " + item + ".created < :until)";
    if (!ownTags.empty())
        sql += " AND (:tag IS NULL OR EXISTS (SELECT 1 FROM json_each(" + ownTags +
               ") j WHERE lower(j.value) = lower(:tag)))";
    else
        sql += " AND (:tag IS NULL OR EXISTS (SELECT 1 FROM note tn, json_each(tn.tags) j WHERE tn.learning_team_id "
               "= lt.id AND lower(j.value) = lower(:tag)))";
    return sql + " ";
}

inline void bindFilter(SQLite::Statement& s, const LibraryFilter& f) {
    auto bindOpt = [&](const char* name, const auto& value) {
        if (value)
            bindValue(s, s.getIndex(name), *value);
        else
            s.bind(name);
    };
    bindOpt(":team", f.teamId);
    bindOpt(":use", f.use);
    bindOpt(":from", f.from);
    bindOpt(":until", f.until);
    if (f.tag.empty())
        s.bind(":tag");
    else
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
