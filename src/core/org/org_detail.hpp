// What the organisation library's files share inside the core: time as stored, and a pulled row checked
// and read into what the mirror keeps.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/org/org.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ltw::org::detail {

inline std::int64_t seconds(Timestamp t) { return t.time_since_epoch().count(); }
inline Timestamp timestamp(std::int64_t s) { return Timestamp{std::chrono::seconds{s}}; }

// One searchable item of a publication, as the mirror keeps it.
struct MirrorItem {
    ItemType type = ItemType::Note;
    std::optional<NoteKind> noteKind;
    std::string title;
    std::string body;
    std::string tags = "[]"; // a JSON list: a note's tags, a shared learning's look-fors
    std::string audience;    // a shared learning's
    Timestamp created{};
};

struct CheckedPublication {
    std::string uuid;
    std::string learningTeamUid;
    std::int64_t revision = 0;
    std::string site;
    Visibility visibility = Visibility::Organisation;
    std::string by;
    Timestamp at{};
    std::int64_t seq = 0;
    std::string title;
    Use use = Use::Work;
    std::string payload;
    std::vector<MirrorItem> items;
};

struct CheckedWithdrawal {
    std::string publicationUuid;
    std::string by;
    Timestamp at{};
    std::int64_t seq = 0;
};

struct CheckedAdoption {
    std::string uuid;
    std::string learningTeamUid;
    std::string learningTitle;
    std::string team;
    std::string site;
    Applies applies = Applies::Applies;
    std::string protects;
    std::string by;
    Timestamp at{};
    std::int64_t seq = 0;
};

// The limits a row of the server must keep before the laptop takes it. A publication is a bundle without
// names: a few hundred notes of a few hundred bytes each.
inline constexpr std::size_t kMaxPayloadBytes = 8 * 1024 * 1024;
inline constexpr std::size_t kMaxTextBytes = 64 * 1024;
inline constexpr std::size_t kMaxNameBytes = 400;
inline constexpr std::size_t kMaxItems = 20'000;

// Each throws OrgError(Refused) naming what is wrong with the row (never quoting its texts).
CheckedPublication checkPublication(const PulledRow& row);
CheckedWithdrawal checkWithdrawal(const PulledRow& row);
CheckedAdoption checkAdoption(const PulledRow& row);

bool isUuid(std::string_view text);

} // namespace ltw::org::detail
