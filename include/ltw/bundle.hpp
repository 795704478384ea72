// The Learning Team as a JSON bundle that another facilitator can import (format: docs/bundle-format.md).
#pragma once

#include "ltw/domain.hpp"
#include "ltw/repository.hpp"

#include <string>
#include <string_view>

namespace ltw {

inline constexpr std::string_view kBundleFormat = "ltw-bundle";
inline constexpr int kBundleVersion = 2; // 2 added themes; version 1 bundles still import

struct BundleOptions {
    // Participant names and facilitator-only notes travel only when the facilitator says so.
    bool includePrivate = false;
};

// The bundle as JSON text. Ids in a bundle are its own (1, 2, 3 … per kind, in listing order), so the
// same Learning Team always gives the same bundle, whichever database it sits in.
std::string exportBundle(const LearningTeamSnapshot& snapshot, const BundleOptions& options = {});

struct ImportResult {
    Id learningTeamId = 0;
    Id teamId = 0;
    bool teamCreated = false;
    bool updated = false; // the Learning Team was here already and now holds the bundle's content
};

// Where the bundle is read from, kept as the Learning Team's origin.
struct ImportSource {
    std::string fileName; // without its folder
};

// Checks the whole bundle first, then writes it in one transaction: all of it or nothing. Throws
// BundleError with a message that says what is wrong and where. The team is matched by name and site,
// or created. A Learning Team already here (same uid) is updated instead: it keeps its id and team, and
// its content becomes the bundle's.
ImportResult importBundle(Repository& repo, std::string_view json, const ImportSource& source = {});

} // namespace ltw
