// Rows pulled from the organisation's server are checked like a bundle from a stranger: every field, its
// type, its size, before the mirror takes anything. A refusal names the row and the field, never the text.
#include "../bundle_parse.hpp"
#include "ltw/enums.hpp"
#include "ltw/timeline.hpp"
#include "org_detail.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cctype>

namespace ltw::org {

std::string_view toString(Visibility v) { return v == Visibility::Site ? "site" : "organisation"; }

std::optional<Visibility> visibilityFromString(std::string_view text) {
    if (text == "organisation")
        return Visibility::Organisation;
    if (text == "site")
        return Visibility::Site;
    return std::nullopt;
}

std::string_view toString(Applies a) {
    switch (a) {
    case Applies::Applies: return "applies";
    case Applies::Partly: return "partly";
    case Applies::NotHere: return "not_here";
    }
    return "applies";
}

std::optional<Applies> appliesFromString(std::string_view text) {
    for (auto a : {Applies::Applies, Applies::Partly, Applies::NotHere})
        if (toString(a) == text)
            return a;
    return std::nullopt;
}

std::string label(Applies a) {
    switch (a) {
    case Applies::Applies: return "applies";
    case Applies::Partly: return "partly";
    case Applies::NotHere: return "not here";
    }
    return "applies";
}

std::string_view toString(OutboxKind k) {
    switch (k) {
    case OutboxKind::Publication: return "publication";
    case OutboxKind::Withdrawal: return "withdrawal";
    case OutboxKind::Adoption: return "adoption";
    }
    return "publication";
}

namespace detail {

namespace {

[[noreturn]] void refuse(const PulledRow& row, const std::string& what) {
    throw OrgError(OrgError::Reason::Refused, fmt::format("row {} of the server: {}", row.seq, what));
}

void checkText(const PulledRow& row, const std::string& text, std::size_t limit, const char* field) {
    if (text.size() > limit)
        refuse(row, fmt::format("its {} is {} bytes long, more than the {} allowed", field, text.size(), limit));
    for (unsigned char c : text)
        if (c == 0)
            refuse(row, fmt::format("its {} holds a NUL character", field));
}

void checkName(const PulledRow& row, const std::string& text, const char* field) {
    if (text.empty())
        refuse(row, fmt::format("it has no {}", field));
    checkText(row, text, kMaxNameBytes, field);
}

Timestamp checkTime(const PulledRow& row, const std::string& text) {
    const auto t = parseIsoTimestamp(text);
    if (!t)
        refuse(row, "its time is not an ISO 8601 time");
    return *t;
}

void checkSeq(const PulledRow& row) {
    if (row.seq <= 0)
        refuse(row, "its sequence number is not positive");
}

std::string jsonList(const std::vector<std::string>& values) { return nlohmann::json(values).dump(); }

} // namespace

bool isUuid(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    return true;
}

CheckedPublication checkPublication(const PulledRow& row) {
    checkSeq(row);
    CheckedPublication p;
    if (!isUuid(row.uuid))
        refuse(row, "its uuid is not a uuid");
    p.uuid = row.uuid;
    p.seq = row.seq;
    checkName(row, row.learningTeamUid, "Learning Team uid");
    checkName(row, row.site, "site");
    checkName(row, row.by, "publisher");
    checkText(row, row.title, kMaxNameBytes * 4, "title");
    if (row.revision < 0)
        refuse(row, "its revision is negative");
    const auto visibility = visibilityFromString(row.visibility);
    if (!visibility)
        refuse(row, "its visibility is neither organisation nor site");
    if (row.payload.size() > kMaxPayloadBytes)
        refuse(row, fmt::format("its content is {} bytes long, more than the {} allowed", row.payload.size(),
                                kMaxPayloadBytes));
    ltw::detail::ParsedBundle bundle;
    try {
        bundle = ltw::detail::parseBundle(row.payload);
    } catch (const BundleError& e) {
        refuse(row, fmt::format("its content is not a Learning Team bundle ({})", e.what()));
    }
    if (bundle.includesPrivate)
        refuse(row, "its content carries names or facilitator-only notes, which a publication never does");
    if (bundle.lt.uid != row.learningTeamUid)
        refuse(row, "its content is another Learning Team than the row says");
    const auto total = bundle.notes.size() + bundle.defenses.size() + bundle.actions.size() + bundle.learnings.size() +
                       bundle.moments.size();
    if (total > kMaxItems)
        refuse(row, fmt::format("it holds {} items, more than the {} allowed", total, kMaxItems));

    p.learningTeamUid = row.learningTeamUid;
    p.revision = row.revision;
    p.site = row.site;
    p.visibility = *visibility;
    p.by = row.by;
    p.at = checkTime(row, row.at);
    p.title = bundle.lt.title;
    checkText(row, p.title, kMaxNameBytes * 4, "title");
    p.use = bundle.lt.use;
    p.payload = row.payload;

    auto add = [&](MirrorItem item) {
        checkText(row, item.title, kMaxTextBytes, "item title");
        checkText(row, item.body, kMaxTextBytes, "item text");
        checkText(row, item.tags, kMaxTextBytes, "item tags");
        checkText(row, item.audience, kMaxTextBytes, "item audience");
        p.items.push_back(std::move(item));
    };
    for (const auto& [id, note, teller, theme] : bundle.notes) {
        if (note.facilitatorOnly)
            refuse(row, "its content carries a facilitator-only note");
        add({ItemType::Note, note.kind, {}, note.text, jsonList(note.tags), {}, note.created});
    }
    for (const auto& [id, d] : bundle.defenses)
        add({ItemType::Defense, std::nullopt, d.title, d.description, "[]", {}, d.created});
    for (const auto& [id, a, defense] : bundle.actions)
        add({ItemType::Action, std::nullopt, a.title, a.successMeasure, "[]", {}, a.created});
    for (const auto& [id, l] : bundle.learnings)
        add({ItemType::SharedLearning, std::nullopt, l.title, l.summary, jsonList(l.lookFors), l.audience, l.created});
    // A moment of the timeline: its time as the title, where and who (a role) searched as its tags.
    for (const auto& [id, m] : bundle.moments) {
        std::vector<std::string> around;
        for (const auto* part : {&m.place, &m.who})
            if (!part->empty())
                around.push_back(*part);
        add({ItemType::Moment, std::nullopt, momentTimeText(m), m.text, jsonList(around), {}, m.created});
    }
    return p;
}

CheckedWithdrawal checkWithdrawal(const PulledRow& row) {
    checkSeq(row);
    if (!isUuid(row.uuid))
        refuse(row, "the publication it withdraws is not named by a uuid");
    checkName(row, row.by, "author");
    return {row.uuid, row.by, checkTime(row, row.at), row.seq};
}

CheckedAdoption checkAdoption(const PulledRow& row) {
    checkSeq(row);
    CheckedAdoption a;
    if (!isUuid(row.uuid))
        refuse(row, "its uuid is not a uuid");
    checkName(row, row.learningTeamUid, "Learning Team uid");
    checkName(row, row.title, "shared learning");
    checkName(row, row.team, "team");
    checkName(row, row.site, "site");
    checkName(row, row.by, "author");
    checkText(row, row.protects, kMaxTextBytes, "answer");
    const auto applies = appliesFromString(row.applies);
    if (!applies)
        refuse(row, "its answer is none of applies, partly or not here");
    a.uuid = row.uuid;
    a.learningTeamUid = row.learningTeamUid;
    a.learningTitle = row.title;
    a.team = row.team;
    a.site = row.site;
    a.applies = *applies;
    a.protects = row.protects;
    a.by = row.by;
    a.at = checkTime(row, row.at);
    a.seq = row.seq;
    return a;
}

} // namespace detail
} // namespace ltw::org
