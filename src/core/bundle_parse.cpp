// Reads a bundle into plain values, checking all of it before anything is written.
#include "bundle_parse.hpp"
#include "ltw/translate.hpp"

#include "bundle_fingerprint.hpp"
#include "ltw/bundle.hpp"
#include "ltw/errors.hpp"
#include "ltw/timeline.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ltw::detail {

namespace {
constexpr std::int64_t kMaxRevision = 4'000'000'000'000'000'000;
} // namespace

ParsedBundle parseBundle(std::string_view text) {
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        throw BundleError(
            arg(translate("Bundle", "The file is not a readable bundle (not valid JSON: %1). Nothing was imported."),
                {e.what()}));
    }
    if (!doc.is_object())
        throw BundleError(translate(
            "Bundle", "The file is not a Learning Team bundle (it holds no JSON object). Nothing was imported."));
    const Obj root(doc, "bundle");
    if (!doc.contains("format") || !doc["format"].is_string() || doc["format"].get<std::string>() != kBundleFormat)
        throw BundleError(translate("Bundle", "The file is not a Learning Team bundle (its \"format\" is not "
                                              "\"ltw-bundle\"). Nothing was imported."));
    const auto version = root.integer("version", 1, 1'000'000);
    if (version > kBundleVersion)
        throw BundleError(arg(translate("Bundle", "The bundle was made by a newer version of the workbench (bundle "
                                                  "version %1, this version reads up to %2). Update the workbench to "
                                                  "import it."),
                              {std::to_string(version), std::to_string(kBundleVersion)}));

    ParsedBundle p;
    p.version = static_cast<int>(version);
    p.fingerprint = contentFingerprint(doc);
    if (version >= 3) {
        p.includesPrivate = root.flag("includesPrivate");
        p.revision = root.integer("revision", 0, kMaxRevision);
        p.exportedAt = root.time("exportedAt");
        p.exportedBy = root.text("exportedBy");
    } else if (doc.contains("includesPrivate") && doc["includesPrivate"].is_boolean()) {
        p.includesPrivate = doc["includesPrivate"].get<bool>();
    }
    const auto team = root.object("team");
    p.team.name = team.text("name", true);
    p.team.site = team.text("site");

    const auto lt = root.object("learningTeam");
    p.lt.uid = lt.text("uid", true);
    p.lt.title = lt.text("title", true);
    p.lt.use = lt.en<Use>("use");
    p.lt.scopeQuestion = lt.text("scopeQuestion");
    p.lt.sponsor = lt.text("sponsor");
    p.lt.facilitator = lt.text("facilitator");
    p.lt.phase = lt.en<Phase>("phase");
    p.lt.soakStart = lt.optTime("soakStart");
    p.lt.soakPlannedEnd = lt.optTime("soakPlannedEnd");
    p.lt.summary = lt.text("summary");
    p.lt.sponsorResponse = lt.text("sponsorResponse");
    p.lt.created = lt.time("created");
    if (p.exportedBy.empty())
        p.exportedBy = p.lt.facilitator;

    // Version 1 had no themes; its notes read as belonging to none. Before version 4 there was no timeline.
    const bool hasThemes = version >= 2;
    const bool hasMoments = version >= 4;

    // Declare every id first, so that references can point forwards as well as back.
    eachObject(root, "participants", [&](const Obj& o) { p.participantRefs.declare(o); });
    if (hasThemes)
        eachObject(root, "themes", [&](const Obj& o) { p.themeRefs.declare(o); });
    const std::pair<const char*, ItemType> kinds[] = {{"notes", ItemType::Note},
                                                      {"workSteps", ItemType::WorkStep},
                                                      {"defenses", ItemType::Defense},
                                                      {"actions", ItemType::Action},
                                                      {"sharedLearnings", ItemType::SharedLearning}};
    for (const auto& [key, type] : kinds)
        eachObject(root, key, [&, type = type](const Obj& o) { p.refs[type].declare(o); });
    if (hasMoments)
        eachObject(root, "moments", [&](const Obj& o) { p.refs[ItemType::Moment].declare(o); });

    eachObject(root, "participants", [&](const Obj& o) {
        p.participants.emplace_back(o.integer("id", 1, kMaxId),
                                    Participant{0, 0, o.text("role", true), o.text("name")});
    });
    if (hasThemes)
        eachObject(root, "themes", [&](const Obj& o) {
            Theme t;
            t.name = o.text("name");
            t.position = static_cast<int>(o.integer("position", 0, 1'000'000));
            t.created = o.time("created");
            t.updated = o.time("updated");
            p.themes.emplace_back(o.integer("id", 1, kMaxId), t);
        });
    eachObject(root, "notes", [&](const Obj& o) {
        Note n;
        n.kind = o.en<NoteKind>("kind");
        n.text = o.text("text", true);
        n.phase = o.en<Phase>("phase");
        n.tags = o.texts("tags");
        const auto pos = o.object("position");
        n.position = {pos.number("x"), pos.number("y")};
        n.facilitatorOnly = o.flag("facilitatorOnly");
        n.created = o.time("created");
        n.updated = o.time("updated");
        std::optional<std::int64_t> theme;
        if (hasThemes) {
            o.raw("theme"); // a version 2 note always says, null for none
            theme = optRef(o, "theme", p.themeRefs, "theme");
        }
        p.notes.emplace_back(o.integer("id", 1, kMaxId), n, optRef(o, "teller", p.participantRefs, "participant"),
                             theme);
    });
    eachObject(root, "workSteps", [&](const Obj& o) {
        WorkStep w;
        w.track = o.en<StepTrack>("track");
        w.position = static_cast<int>(o.integer("position", 0, 1'000'000));
        w.text = o.text("text", true);
        p.steps.emplace_back(o.integer("id", 1, kMaxId), w);
    });
    if (hasMoments)
        eachObject(root, "moments", [&](const Obj& o) {
            TimelineMoment m;
            m.position = static_cast<int>(o.integer("position", 0, 1'000'000));
            m.day = o.optDate("day");
            if (!o.raw("time").is_null()) {
                const auto clock = o.text("time", true);
                const auto read = parseMomentLine(clock);
                if (!read.minute || !read.text.empty() || read.day)
                    fail(o.at("time"), "a time must read like \"02:05\" (hours 0–23, minutes 0–59)");
                m.minute = read.minute;
            }
            m.text = o.text("text", true);
            m.place = o.text("place");
            m.who = o.text("who");
            m.created = o.time("created");
            m.updated = o.time("updated");
            p.moments.emplace_back(o.integer("id", 1, kMaxId), m);
        });
    eachObject(root, "defenses", [&](const Obj& o) {
        Defense d;
        d.kind = o.en<DefenseKind>("kind");
        d.rating = o.optEn<DefenseRating>("rating");
        d.title = o.text("title", true);
        d.description = o.text("description");
        d.created = o.time("created");
        d.updated = o.time("updated");
        p.defenses.emplace_back(o.integer("id", 1, kMaxId), d);
    });
    eachObject(root, "actions", [&](const Obj& o) {
        Action a;
        a.title = o.text("title", true);
        a.owner = o.text("owner");
        a.due = o.optDate("due");
        a.status = o.en<ActionStatus>("status");
        a.successMeasure = o.text("successMeasure");
        a.votes = static_cast<int>(o.integer("votes", 0, 1'000'000));
        a.created = o.time("created");
        a.updated = o.time("updated");
        p.actions.emplace_back(o.integer("id", 1, kMaxId), a,
                               optRef(o, "defense", p.refs[ItemType::Defense], "defense"));
    });
    eachObject(root, "sharedLearnings", [&](const Obj& o) {
        SharedLearning l;
        l.title = o.text("title", true);
        l.summary = o.text("summary");
        l.lookFors = o.texts("lookFors");
        l.audience = o.text("audience");
        l.created = o.time("created");
        l.updated = o.time("updated");
        p.learnings.emplace_back(o.integer("id", 1, kMaxId), l);
    });
    eachObject(root, "links", [&](const Obj& o) {
        auto end = [&](const char* key) {
            const auto e = o.object(key);
            const auto type = e.en<ItemType>("type");
            const auto id = e.integer("id", 1, kMaxId);
            if (!p.refs[type].known(id))
                fail(e.at("id"), fmt::format("there is no {} with id {} in the bundle", toString(type), id));
            return std::pair{type, id};
        };
        const auto [fromType, fromId] = end("from");
        const auto [toType, toId] = end("to");
        if (fromType == toType && fromId == toId)
            fail(o.path(), "an item is linked to itself");
        p.links.emplace_back(fromType, fromId, toType, toId, o.en<LinkKind>("kind"));
    });
    eachObject(root, "phaseLog", [&](const Obj& o) {
        PhaseLogEntry e;
        e.from = o.optEn<Phase>("from");
        e.to = o.en<Phase>("to");
        e.at = o.time("at");
        e.reason = o.text("reason");
        p.log.push_back(e);
    });
    if (p.log.empty())
        fail(root.at("phaseLog"), "the phase log must hold at least the opening entry");
    if (p.log.back().to != p.lt.phase)
        fail(root.at("phaseLog"), "the last entry does not end in the Learning Team's phase");
    return p;
}

} // namespace ltw::detail
