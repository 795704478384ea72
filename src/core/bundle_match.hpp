// Which item of one side stands for which item of the other: a bundle's ids are its own, so items are
// paired by what does not change when they are edited (their creation time, a step's track and place),
// and among several with the same key, the one that reads the same comes first. Used by the import
// (to keep what a bundle cannot carry) and by the comparison of what each side changed.
#pragma once

#include "bundle_parse.hpp"
#include "ltw/bundle.hpp"

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ltw::detail {

// For each item of `theirs`, the index of the item of `mine` it stands for, if any; each item of `mine`
// is paired at most once.
template <class T, class KeyFn, class SameFn>
std::vector<std::optional<std::size_t>> matchItems(const std::vector<T>& mine, const std::vector<T>& theirs, KeyFn key,
                                                   SameFn same) {
    using Key = decltype(key(mine.front()));
    std::map<Key, std::vector<std::size_t>> byKey;
    for (std::size_t i = 0; i < mine.size(); ++i)
        byKey[key(mine[i])].push_back(i);
    std::vector<bool> used(mine.size(), false);
    std::vector<std::optional<std::size_t>> out(theirs.size());
    // Two passes: first the pairs that read the same, then the rest in order.
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t t = 0; t < theirs.size(); ++t) {
            if (out[t])
                continue;
            auto it = byKey.find(key(theirs[t]));
            if (it == byKey.end())
                continue;
            for (const std::size_t m : it->second)
                if (!used[m] && (pass == 1 || same(mine[m], theirs[t]))) {
                    used[m] = true;
                    out[t] = m;
                    break;
                }
        }
    return out;
}

// Whether `text` here and `other` in a bundle say the same: equal, or `other` is `text` with names and
// listed terms replaced (a bundle made without private content).
using SameText = std::function<bool(const std::string& here, const std::string& other)>;

// The shareable items of one side, as plain values to compare.
struct Side {
    LearningTeam lt;
    std::vector<Note> notes; // without facilitator-only notes
    std::vector<Defense> defenses;
    std::vector<Action> actions;
    std::vector<SharedLearning> learnings;
    std::vector<TimelineMoment> moments;
};
Side sideOf(const ParsedBundle& bundle);
Side sideOf(const LearningTeamSnapshot& snapshot);

// What `after` changed against `before`. `sameText(a, b)` says whether a text of `after` (a) reads as the
// text of `before` (b).
SideChanges compareSides(const Side& before, const Side& after, const SameText& sameText);

} // namespace ltw::detail
