// Reads a bundle into plain values, checking all of it, and only then stores it in one transaction:
// a bundle with any fault imports nothing.
#include "ltw/bundle.hpp"

#include "bundle_reader.hpp"
#include "ltw/errors.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <tuple>

namespace ltw {

using detail::eachObject;
using detail::fail;
using detail::kMaxId;
using detail::Obj;
using detail::optRef;
using detail::RefTable;
using nlohmann::json;

namespace {

struct Parsed {
    Team team;
    LearningTeam lt;
    std::vector<std::pair<std::int64_t, Participant>> participants;
    std::vector<std::pair<std::int64_t, Theme>> themes;
    // with the teller and theme refs
    std::vector<std::tuple<std::int64_t, Note, std::optional<std::int64_t>, std::optional<std::int64_t>>> notes;
    std::vector<std::pair<std::int64_t, WorkStep>> steps;
    std::vector<std::pair<std::int64_t, Defense>> defenses;
    std::vector<std::tuple<std::int64_t, Action, std::optional<std::int64_t>>> actions; // with defense ref
    std::vector<std::pair<std::int64_t, SharedLearning>> learnings;
    std::vector<std::tuple<ItemType, std::int64_t, ItemType, std::int64_t, LinkKind>> links;
    std::vector<PhaseLogEntry> log;
    std::map<ItemType, RefTable> refs;
    RefTable participantRefs;
    RefTable themeRefs;
};

Parsed parse(std::string_view text) {
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        throw BundleError(
            fmt::format("The file is not a readable bundle (not valid JSON: {}). Nothing was imported.", e.what()));
    }
    if (!doc.is_object())
        throw BundleError("The file is not a Learning Team bundle (it holds no JSON object). Nothing was imported.");
    const Obj root(doc, "bundle");
    if (!doc.contains("format") || !doc["format"].is_string() || doc["format"].get<std::string>() != kBundleFormat)
        throw BundleError("The file is not a Learning Team bundle (its \"format\" is not \"ltw-bundle\"). Nothing "
                          "was imported.");
    const auto version = root.integer("version", 1, 1'000'000);
    if (version > kBundleVersion)
        throw BundleError(fmt::format("The bundle was made by a newer version of the workbench (bundle version {}, "
                                      "this version reads up to {}). Update the workbench to import it.",
                                      version, kBundleVersion));

    Parsed p;
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

    // Version 1 had no themes; its notes read as belonging to none.
    const bool hasThemes = version >= 2;

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

} // namespace

namespace {
void writeParsed(Repository& repo, Parsed& p, ImportResult& result, const ImportSource& source);
} // namespace

ImportResult importBundle(Repository& repo, std::string_view text, const ImportSource& source) {
    Parsed p = parse(text);
    ImportResult result;
    try {
        writeParsed(repo, p, result, source);
    } catch (const InvalidRequest& e) {
        throw BundleError(fmt::format("The bundle could not be stored: {} Nothing was imported.", e.what()));
    } catch (const StorageError& e) {
        throw BundleError(fmt::format("The bundle could not be stored. {}", e.what()));
    }
    return result;
}

namespace {

void writeParsed(Repository& repo, Parsed& p, ImportResult& result, const ImportSource& source) {
    repo.transaction([&] {
        const auto stamp = now();
        ImportOrigin origin{0, source.fileName, p.lt.facilitator, stamp, stamp, 1};
        // The same Learning Team again (a newer bundle of it): it is replaced as a whole under its own id
        // and in its own team, so the library and anything pointing at it stay as they were.
        if (const auto existing = repo.learningTeamByUid(p.lt.uid)) {
            if (const auto before = repo.importOrigin(existing->id)) {
                origin.firstImported = before->firstImported;
                origin.imports = before->imports + 1;
            }
            result.teamId = existing->teamId;
            result.updated = true;
            p.lt.id = existing->id;
            p.lt.redactions = existing->redactions; // the facilitator's own list, never in a bundle
            repo.removeLearningTeam(existing->id);
        } else {
            for (const auto& t : repo.teams())
                if (t.name == p.team.name && t.site == p.team.site)
                    result.teamId = t.id;
        }
        if (result.teamId == 0) {
            result.teamId = repo.addTeam(p.team).id;
            result.teamCreated = true;
        }
        p.lt.teamId = result.teamId;
        const Id ltId = repo.addLearningTeam(p.lt).id;
        result.learningTeamId = ltId;
        origin.learningTeamId = ltId;
        repo.setImportOrigin(origin);

        for (auto& [ref, participant] : p.participants) {
            participant.learningTeamId = ltId;
            p.participantRefs.assign(ref, repo.addParticipant(participant).id);
        }
        for (auto& [ref, theme] : p.themes) {
            theme.learningTeamId = ltId;
            p.themeRefs.assign(ref, repo.addTheme(theme).id);
        }
        for (auto& [ref, note, teller, theme] : p.notes) {
            note.learningTeamId = ltId;
            if (teller)
                note.tellerId = p.participantRefs.db(*teller);
            if (theme)
                note.themeId = p.themeRefs.db(*theme);
            p.refs[ItemType::Note].assign(ref, repo.addNote(note).id);
        }
        for (auto& [ref, step] : p.steps) {
            step.learningTeamId = ltId;
            p.refs[ItemType::WorkStep].assign(ref, repo.addWorkStep(step).id);
        }
        for (auto& [ref, defense] : p.defenses) {
            defense.learningTeamId = ltId;
            p.refs[ItemType::Defense].assign(ref, repo.addDefense(defense).id);
        }
        for (auto& [ref, action, defense] : p.actions) {
            action.learningTeamId = ltId;
            if (defense)
                action.defenseId = p.refs[ItemType::Defense].db(*defense);
            p.refs[ItemType::Action].assign(ref, repo.addAction(action).id);
        }
        for (auto& [ref, learning] : p.learnings) {
            learning.learningTeamId = ltId;
            p.refs[ItemType::SharedLearning].assign(ref, repo.addSharedLearning(learning).id);
        }
        for (const auto& [fromType, fromId, toType, toId, kind] : p.links)
            repo.addLink(
                Link{0, ltId, {fromType, p.refs[fromType].db(fromId)}, {toType, p.refs[toType].db(toId)}, kind});
        for (auto entry : p.log) {
            entry.learningTeamId = ltId;
            repo.addPhaseLogEntry(entry);
        }
    });
}

} // namespace

} // namespace ltw
