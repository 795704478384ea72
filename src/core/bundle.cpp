#include "ltw/bundle.hpp"

#include "ltw/errors.hpp"
#include "ltw/report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace ltw {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// --- export --------------------------------------------------------------------------------------

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

} // namespace

std::string exportBundle(const LearningTeamSnapshot& s, const BundleOptions& options) {
    std::map<ItemType, IdMap> maps;
    const auto& lt = s.learningTeam;
    // Without private content, a participant's name typed into any free text gives way to their role.
    auto t = [&](const std::string& text) { return options.includePrivate ? text : redactNames(text, s.participants); };
    auto ts = [&](const std::vector<std::string>& texts) {
        std::vector<std::string> out;
        for (const auto& text : texts)
            out.push_back(t(text));
        return out;
    };
    ordered_json out;
    out["format"] = kBundleFormat;
    out["version"] = kBundleVersion;
    out["includesPrivate"] = options.includePrivate;
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

    auto& notes = maps[ItemType::Note];
    out["notes"] = ordered_json::array();
    for (const auto& n : s.notes) {
        if (n.facilitatorOnly && !options.includePrivate)
            continue;
        out["notes"].push_back({{"id", notes.add(n.id)},
                                {"kind", toString(n.kind)},
                                {"text", t(n.text)},
                                {"teller", optionalRef(participants, n.tellerId)},
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
    return out.dump(2) + "\n";
}

// --- import --------------------------------------------------------------------------------------

namespace {

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw BundleError(fmt::format("The bundle is not valid at {}: {}. Nothing was imported.", where, what));
}

// A JSON object with the path that leads to it, so every complaint says where it is.
class Obj {
public:
    Obj(const json& value, std::string path) : m_v(value), m_path(std::move(path)) {
        if (!m_v.is_object())
            fail(m_path, "an object was expected");
    }

    const json& raw(const std::string& key) const {
        auto it = m_v.find(key);
        if (it == m_v.end())
            fail(at(key), "this field is missing");
        return *it;
    }
    bool has(const std::string& key) const { return m_v.contains(key) && !m_v.at(key).is_null(); }
    std::string at(const std::string& key) const { return m_path + "." + key; }

    std::string text(const std::string& key, bool required = false) const {
        const auto& v = raw(key);
        if (!v.is_string())
            fail(at(key), "text was expected");
        auto s = v.get<std::string>();
        if (required && s.empty())
            fail(at(key), "this must not be empty");
        return s;
    }
    Obj object(const std::string& key) const { return Obj(raw(key), at(key)); }
    const json& array(const std::string& key) const {
        const auto& v = raw(key);
        if (!v.is_array())
            fail(at(key), "a list was expected");
        return v;
    }
    std::vector<std::string> texts(const std::string& key) const {
        std::vector<std::string> out;
        const auto& list = array(key);
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!list[i].is_string())
                fail(fmt::format("{}[{}]", at(key), i), "text was expected");
            out.push_back(list[i].get<std::string>());
        }
        return out;
    }
    std::int64_t integer(const std::string& key, std::int64_t min, std::int64_t max) const {
        const auto& v = raw(key);
        if (!v.is_number_integer())
            fail(at(key), "a whole number was expected");
        const auto n = v.get<std::int64_t>();
        if (n < min || n > max)
            fail(at(key), fmt::format("{} is out of range ({} to {})", n, min, max));
        return n;
    }
    double number(const std::string& key) const {
        const auto& v = raw(key);
        if (!v.is_number())
            fail(at(key), "a number was expected");
        return v.get<double>();
    }
    bool flag(const std::string& key) const {
        const auto& v = raw(key);
        if (!v.is_boolean())
            fail(at(key), "true or false was expected");
        return v.get<bool>();
    }
    template <class E>
    E en(const std::string& key) const {
        const auto name = text(key);
        auto value = fromString<E>(name);
        if (!value) {
            std::string known;
            for (auto e : allValues<E>())
                known += (known.empty() ? "" : ", ") + std::string(toString(e));
            fail(at(key), fmt::format("\"{}\" is not one of {}", name, known));
        }
        return *value;
    }
    template <class E>
    std::optional<E> optEn(const std::string& key) const {
        if (!has(key))
            return std::nullopt;
        return en<E>(key);
    }
    Timestamp time(const std::string& key) const {
        auto t = parseIsoTimestamp(text(key));
        if (!t)
            fail(at(key), "a UTC time like 2026-11-23T09:30:00Z was expected");
        return *t;
    }
    std::optional<Timestamp> optTime(const std::string& key) const {
        if (!has(key))
            return std::nullopt;
        return time(key);
    }
    std::optional<Date> optDate(const std::string& key) const {
        if (!has(key))
            return std::nullopt;
        auto d = parseIsoDate(text(key));
        if (!d)
            fail(at(key), "a date like 2026-11-23 was expected");
        return d;
    }
    const std::string& path() const { return m_path; }

private:
    const json& m_v;
    std::string m_path;
};

constexpr std::int64_t kMaxId = 1'000'000'000;

// Bundle ids of one kind of item, and the database ids they get.
class RefTable {
public:
    void declare(const Obj& o) {
        const auto id = o.integer("id", 1, kMaxId);
        if (!m_known.insert(id).second)
            fail(o.at("id"), fmt::format("the id {} is used twice", id));
    }
    bool known(std::int64_t id) const { return m_known.contains(id); }
    void assign(std::int64_t bundleId, Id dbId) { m_db[bundleId] = dbId; }
    Id db(std::int64_t bundleId) const { return m_db.at(bundleId); }

private:
    std::set<std::int64_t> m_known;
    std::map<std::int64_t, Id> m_db;
};

struct Parsed {
    Team team;
    LearningTeam lt;
    std::vector<std::pair<std::int64_t, Participant>> participants;
    std::vector<std::tuple<std::int64_t, Note, std::optional<std::int64_t>>> notes; // with teller ref
    std::vector<std::pair<std::int64_t, WorkStep>> steps;
    std::vector<std::pair<std::int64_t, Defense>> defenses;
    std::vector<std::tuple<std::int64_t, Action, std::optional<std::int64_t>>> actions; // with defense ref
    std::vector<std::pair<std::int64_t, SharedLearning>> learnings;
    std::vector<std::tuple<ItemType, std::int64_t, ItemType, std::int64_t, LinkKind>> links;
    std::vector<PhaseLogEntry> log;
    std::map<ItemType, RefTable> refs;
    RefTable participantRefs;
};

std::optional<std::int64_t> optRef(const Obj& o, const std::string& key, const RefTable& table, const char* what) {
    if (!o.has(key))
        return std::nullopt;
    const auto id = o.integer(key, 1, kMaxId);
    if (!table.known(id))
        fail(o.at(key), fmt::format("there is no {} with id {} in the bundle", what, id));
    return id;
}

template <class F>
void eachObject(const Obj& root, const std::string& key, F&& f) {
    const auto& list = root.array(key);
    for (std::size_t i = 0; i < list.size(); ++i)
        f(Obj(list[i], fmt::format("{}[{}]", root.at(key), i)));
}

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

    // Declare every id first, so that references can point forwards as well as back.
    eachObject(root, "participants", [&](const Obj& o) { p.participantRefs.declare(o); });
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
        p.notes.emplace_back(o.integer("id", 1, kMaxId), n, optRef(o, "teller", p.participantRefs, "participant"));
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
void writeParsed(Repository& repo, Parsed& p, ImportResult& result);
} // namespace

ImportResult importBundle(Repository& repo, std::string_view text) {
    Parsed p = parse(text);
    if (repo.learningTeamByUid(p.lt.uid))
        throw BundleError(fmt::format("The Learning Team \"{}\" from this bundle is already in this database; "
                                      "importing it again would make a second copy. Nothing was imported.",
                                      p.lt.title));
    ImportResult result;
    try {
        writeParsed(repo, p, result);
    } catch (const InvalidRequest& e) {
        throw BundleError(fmt::format("The bundle could not be stored: {} Nothing was imported.", e.what()));
    } catch (const StorageError& e) {
        throw BundleError(fmt::format("The bundle could not be stored. {}", e.what()));
    }
    return result;
}

namespace {

void writeParsed(Repository& repo, Parsed& p, ImportResult& result) {
    repo.transaction([&] {
        for (const auto& t : repo.teams())
            if (t.name == p.team.name && t.site == p.team.site)
                result.teamId = t.id;
        if (result.teamId == 0) {
            result.teamId = repo.addTeam(p.team).id;
            result.teamCreated = true;
        }
        p.lt.teamId = result.teamId;
        const Id ltId = repo.addLearningTeam(p.lt).id;
        result.learningTeamId = ltId;

        for (auto& [ref, participant] : p.participants) {
            participant.learningTeamId = ltId;
            p.participantRefs.assign(ref, repo.addParticipant(participant).id);
        }
        for (auto& [ref, note, teller] : p.notes) {
            note.learningTeamId = ltId;
            if (teller)
                note.tellerId = p.participantRefs.db(*teller);
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
