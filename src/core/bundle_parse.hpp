// A bundle read into plain values, every field checked, with the paths of its complaints. Used by the
// import and by the comparison of what each side changed; nothing else.
#pragma once

#include "bundle_reader.hpp"
#include "ltw/domain.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace ltw::detail {

struct ParsedBundle {
    int version = 0;
    bool includesPrivate = false;
    std::int64_t revision = 0; // 0: a bundle before version 3, which does not say
    std::optional<Timestamp> exportedAt;
    std::string exportedBy;  // who made the bundle: its facilitator for a bundle that does not say
    std::string fingerprint; // of its content, computed here (what the file says is not taken on trust)
    Team team;
    LearningTeam lt;
    std::vector<std::pair<std::int64_t, Participant>> participants;
    std::vector<std::pair<std::int64_t, Theme>> themes;
    // with the teller and theme refs
    std::vector<std::tuple<std::int64_t, Note, std::optional<std::int64_t>, std::optional<std::int64_t>>> notes;
    std::vector<std::pair<std::int64_t, WorkStep>> steps;
    std::vector<std::pair<std::int64_t, TimelineMoment>> moments;
    std::vector<std::pair<std::int64_t, Defense>> defenses;
    std::vector<std::tuple<std::int64_t, Action, std::optional<std::int64_t>>> actions; // with defense ref
    std::vector<std::pair<std::int64_t, SharedLearning>> learnings;
    std::vector<std::tuple<ItemType, std::int64_t, ItemType, std::int64_t, LinkKind>> links;
    std::vector<PhaseLogEntry> log;
    std::map<ItemType, RefTable> refs;
    RefTable participantRefs;
    RefTable themeRefs;
};

// Throws BundleError, saying what is wrong and where.
ParsedBundle parseBundle(std::string_view text);

} // namespace ltw::detail
