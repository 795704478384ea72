// Writes a Learning Team as a bundle (docs/bundle-format.md). Ids are the bundle's own, so the same
// Learning Team gives the same text whichever database it sits in.
#include "ltw/bundle.hpp"
#include "ltw/redaction.hpp"
#include "ltw/timeline.hpp"

#include "bundle_fingerprint.hpp"
#include "ltw/report.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <map>

namespace ltw {

using nlohmann::ordered_json;

namespace {

// Bundle ids are positions in the bundle's own lists, so a bundle does not depend on database ids.
class IdMap {
public:
    int add(Id dbId) {
        const int bundleId = static_cast<int>(m_ids.size()) + 1;
        m_ids[dbId] = bundleId;
        return bundleId;
    }
    std::optional<int> find(Id dbId) const {
        auto it = m_ids.find(dbId);
        if (it == m_ids.end())
            return std::nullopt;
        return it->second;
    }

private:
    std::map<Id, int> m_ids;
};

template <class T>
ordered_json optional(const std::optional<T>& v) {
    if (!v)
        return nullptr;
    if constexpr (std::is_enum_v<T>)
        return std::string(toString(*v));
    else
        return toIso(*v);
}

ordered_json optionalRef(const IdMap& map, std::optional<Id> id) {
    if (!id)
        return nullptr;
    if (auto b = map.find(*id))
        return *b;
    return nullptr;
}

// What a bundle carries of a Learning Team, without the fields that describe the file. Private content
// (names, facilitator-only notes) only with `includePrivate`; without it, texts pass through `redact`
// unless that is off (for the fingerprint of what the Learning Team itself holds).
ordered_json bundleContent(const LearningTeamSnapshot& s, bool includePrivate, bool redact) {
    const BundleOptions options{includePrivate, {}, {}};
    std::map<ItemType, IdMap> maps;
    const auto& lt = s.learningTeam;
    // Without private content, a participant's name typed into any free text gives way to their role, and
    // each term of the redaction list to its label. The list itself stays with the facilitator who made it.
    const Redactor redactor(s.participants, s.learningTeam.redactions);
    auto t = [&](const std::string& text) { return options.includePrivate || !redact ? text : redactor.apply(text); };
    auto ts = [&](const std::vector<std::string>& texts) {
        std::vector<std::string> out;
        for (const auto& text : texts)
            out.push_back(t(text));
        return out;
    };
    ordered_json out;
    out["team"] = {{"name", s.team.name}, {"site", s.team.site}};
    out["learningTeam"] = {{"uid", lt.uid},
                           {"title", t(lt.title)},
                           {"use", toString(lt.use)},
                           {"scopeQuestion", t(lt.scopeQuestion)},
                           {"sponsor", lt.sponsor},
                           {"facilitator", lt.facilitator},
                           {"phase", toString(lt.phase)},
                           {"soakStart", optional(lt.soakStart)},
                           {"soakPlannedEnd", optional(lt.soakPlannedEnd)},
                           {"summary", t(lt.summary)},
                           {"sponsorResponse", t(lt.sponsorResponse)},
                           {"created", toIso(lt.created)}};

    IdMap participants;
    out["participants"] = ordered_json::array();
    for (const auto& p : s.participants)
        out["participants"].push_back({{"id", participants.add(p.id)},
                                       {"role", p.role},
                                       {"name", options.includePrivate ? p.name : std::string()}});

    IdMap themes;
    out["themes"] = ordered_json::array();
    for (const auto& theme : s.themes)
        out["themes"].push_back({{"id", themes.add(theme.id)},
                                 {"name", t(theme.name)},
                                 {"position", theme.position},
                                 {"created", toIso(theme.created)},
                                 {"updated", toIso(theme.updated)}});

    auto& notes = maps[ItemType::Note];
    out["notes"] = ordered_json::array();
    for (const auto& n : s.notes) {
        if (n.facilitatorOnly && !options.includePrivate)
            continue;
        out["notes"].push_back({{"id", notes.add(n.id)},
                                {"kind", toString(n.kind)},
                                {"text", t(n.text)},
                                {"teller", optionalRef(participants, n.tellerId)},
                                {"theme", optionalRef(themes, n.themeId)},
                                {"phase", toString(n.phase)},
                                {"tags", ts(n.tags)},
                                {"position", {{"x", n.position.x}, {"y", n.position.y}}},
                                {"facilitatorOnly", n.facilitatorOnly},
                                {"created", toIso(n.created)},
                                {"updated", toIso(n.updated)}});
    }

    auto& steps = maps[ItemType::WorkStep];
    out["workSteps"] = ordered_json::array();
    for (const auto& w : s.steps)
        out["workSteps"].push_back(
            {{"id", steps.add(w.id)}, {"track", toString(w.track)}, {"position", w.position}, {"text", t(w.text)}});

    auto& moments = maps[ItemType::Moment];
    out["moments"] = ordered_json::array();
    for (const auto& m : s.moments)
        out["moments"].push_back({{"id", moments.add(m.id)},
                                  {"position", m.position},
                                  {"day", m.day ? ordered_json(toIso(*m.day)) : ordered_json(nullptr)},
                                  {"time", m.minute ? ordered_json(clockText(m.minute)) : ordered_json(nullptr)},
                                  {"text", t(m.text)},
                                  {"place", t(m.place)},
                                  {"who", t(m.who)},
                                  {"created", toIso(m.created)},
                                  {"updated", toIso(m.updated)}});

    auto& defenses = maps[ItemType::Defense];
    out["defenses"] = ordered_json::array();
    for (const auto& d : s.defenses)
        out["defenses"].push_back({{"id", defenses.add(d.id)},
                                   {"kind", toString(d.kind)},
                                   {"rating", optional(d.rating)},
                                   {"title", t(d.title)},
                                   {"description", t(d.description)},
                                   {"created", toIso(d.created)},
                                   {"updated", toIso(d.updated)}});

    auto& actions = maps[ItemType::Action];
    out["actions"] = ordered_json::array();
    for (const auto& a : s.actions)
        out["actions"].push_back({{"id", actions.add(a.id)},
                                  {"title", t(a.title)},
                                  {"owner", t(a.owner)},
                                  {"due", a.due ? ordered_json(toIso(*a.due)) : ordered_json(nullptr)},
                                  {"status", toString(a.status)},
                                  {"successMeasure", t(a.successMeasure)},
                                  {"defense", optionalRef(defenses, a.defenseId)},
                                  {"votes", a.votes},
                                  {"created", toIso(a.created)},
                                  {"updated", toIso(a.updated)}});

    auto& learnings = maps[ItemType::SharedLearning];
    out["sharedLearnings"] = ordered_json::array();
    for (const auto& l : s.learnings)
        out["sharedLearnings"].push_back({{"id", learnings.add(l.id)},
                                          {"title", t(l.title)},
                                          {"summary", t(l.summary)},
                                          {"lookFors", ts(l.lookFors)},
                                          {"audience", t(l.audience)},
                                          {"created", toIso(l.created)},
                                          {"updated", toIso(l.updated)}});

    out["links"] = ordered_json::array();
    for (const auto& l : s.links) {
        const auto from = maps[l.from.type].find(l.from.id);
        const auto to = maps[l.to.type].find(l.to.id);
        if (!from || !to)
            continue; // an end that stays private
        out["links"].push_back({{"from", {{"type", toString(l.from.type)}, {"id", *from}}},
                                {"to", {{"type", toString(l.to.type)}, {"id", *to}}},
                                {"kind", toString(l.kind)}});
    }

    out["phaseLog"] = ordered_json::array();
    for (const auto& e : s.phaseLog)
        out["phaseLog"].push_back(
            {{"from", optional(e.from)}, {"to", toString(e.to)}, {"at", toIso(e.at)}, {"reason", t(e.reason)}});
    return out;
}

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const unsigned char c : bytes) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

namespace detail {

std::string contentFingerprint(const nlohmann::json& bundle) {
    nlohmann::json content = bundle; // an object of the unordered kind sorts its keys: one canonical text
    for (const char* key :
         {"format", "version", "includesPrivate", "revision", "fingerprint", "exportedAt", "exportedBy"})
        content.erase(key);
    // A Learning Team without a timeline keeps the fingerprint it had before bundles could carry one, so a
    // copy imported by an earlier release is not taken for one changed here.
    if (content.contains("moments") && content["moments"].is_array() && content["moments"].empty())
        content.erase("moments");
    return fmt::format("fnv1a64:{:016x}",
                       fnv1a(content.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
}

} // namespace detail

std::string exportBundle(const LearningTeamSnapshot& s, const BundleOptions& options) {
    const auto content = bundleContent(s, options.includePrivate, true);
    ordered_json out;
    out["format"] = kBundleFormat;
    out["version"] = kBundleVersion;
    out["includesPrivate"] = options.includePrivate;
    out["revision"] = s.learningTeam.revision;
    out["exportedAt"] = toIso(options.exportedAt.value_or(now()));
    out["exportedBy"] = options.exportedBy.empty() ? s.learningTeam.facilitator : options.exportedBy;
    out["fingerprint"] = detail::contentFingerprint(nlohmann::json::parse(content.dump()));
    for (const auto& [key, value] : content.items())
        out[key] = value;
    return out.dump(2) + "\n";
}

std::string shareableFingerprint(const LearningTeamSnapshot& s) {
    return detail::contentFingerprint(nlohmann::json::parse(bundleContent(s, false, false).dump()));
}

} // namespace ltw
