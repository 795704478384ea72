// How each domain value maps to a row: its table, its columns (after the id), how to bind them and how
// to read them back. The repository builds its statements from these, so every column is named once.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/repository.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>

#include <array>
#include <string_view>

namespace ltw::detail {

// Binding helpers: every value goes in as a bound parameter.
inline void bindValue(SQLite::Statement& s, int i, const std::string& v) { s.bind(i, v); }
inline void bindValue(SQLite::Statement& s, int i, std::int64_t v) { s.bind(i, static_cast<std::int64_t>(v)); }
inline void bindValue(SQLite::Statement& s, int i, int v) { s.bind(i, v); }
inline void bindValue(SQLite::Statement& s, int i, bool v) { s.bind(i, v ? 1 : 0); }
inline void bindValue(SQLite::Statement& s, int i, double v) { s.bind(i, v); }
inline void bindValue(SQLite::Statement& s, int i, Timestamp v) {
    s.bind(i, static_cast<std::int64_t>(v.time_since_epoch().count()));
}
inline void bindValue(SQLite::Statement& s, int i, Date v) { s.bind(i, toIso(v)); }
template <class E>
requires std::is_enum_v<E>
void bindValue(SQLite::Statement& s, int i, E v) { s.bind(i, std::string(toString(v))); }
inline void bindValue(SQLite::Statement& s, int i, const std::vector<std::string>& v) {
    s.bind(i, nlohmann::json(v).dump());
}
inline void bindValue(SQLite::Statement& s, int i, const std::vector<RedactionTerm>& v) {
    auto list = nlohmann::json::array();
    for (const auto& t : v)
        list.push_back({{"term", t.term}, {"label", t.label}});
    s.bind(i, list.dump());
}
template <class T>
void bindValue(SQLite::Statement& s, int i, const std::optional<T>& v) {
    if (v)
        bindValue(s, i, *v);
    else
        s.bind(i);
}

template <class... V>
void bindAll(SQLite::Statement& s, int first, const V&... values) {
    int i = first;
    (bindValue(s, i++, values), ...);
}

// Reading helpers. Stored enum names were checked by the schema, so an unknown one is corruption.
struct Reader {
    SQLite::Statement& s;
    int i = 0;
    std::int64_t id() { return s.getColumn(i++).getInt64(); }
    std::string text() { return s.getColumn(i++).getString(); }
    int integer() { return s.getColumn(i++).getInt(); }
    bool flag() { return s.getColumn(i++).getInt() != 0; }
    double real() { return s.getColumn(i++).getDouble(); }
    Timestamp time() { return Timestamp{std::chrono::seconds{s.getColumn(i++).getInt64()}}; }
    std::optional<Timestamp> optTime() {
        auto c = s.getColumn(i++);
        if (c.isNull())
            return std::nullopt;
        return Timestamp{std::chrono::seconds{c.getInt64()}};
    }
    std::optional<Id> optId() {
        auto c = s.getColumn(i++);
        if (c.isNull())
            return std::nullopt;
        return c.getInt64();
    }
    std::optional<Date> optDate() {
        auto c = s.getColumn(i++);
        if (c.isNull())
            return std::nullopt;
        return parseIsoDate(c.getString());
    }
    template <class E>
    E en() {
        return fromString<E>(text()).value();
    }
    template <class E>
    std::optional<E> optEn() {
        auto c = s.getColumn(i++);
        if (c.isNull())
            return std::nullopt;
        return fromString<E>(c.getString()).value();
    }
    std::vector<std::string> list() {
        auto parsed = nlohmann::json::parse(text(), nullptr, false);
        std::vector<std::string> out;
        if (parsed.is_array())
            for (const auto& v : parsed)
                if (v.is_string())
                    out.push_back(v.get<std::string>());
        return out;
    }
    std::vector<RedactionTerm> redactions() {
        auto parsed = nlohmann::json::parse(text(), nullptr, false);
        std::vector<RedactionTerm> out;
        if (parsed.is_array())
            for (const auto& v : parsed)
                if (v.is_object() && v.value("term", nlohmann::json()).is_string() &&
                    v.value("label", nlohmann::json()).is_string())
                    out.push_back({v["term"].get<std::string>(), v["label"].get<std::string>()});
        return out;
    }
};

template <class T>
struct Row;

template <>
struct Row<Team> {
    static constexpr EntityType entity = EntityType::Team;
    static constexpr std::string_view table = "team";
    static constexpr auto columns = std::to_array<std::string_view>({"name", "site", "created"});
    static Id scope(const Team&) { return 0; }
    static void bind(SQLite::Statement& s, int first, const Team& t) { bindAll(s, first, t.name, t.site, t.created); }
    static Team read(Reader r) { return Team{r.id(), r.text(), r.text(), r.time()}; }
};

template <>
struct Row<LearningTeam> {
    static constexpr EntityType entity = EntityType::LearningTeam;
    static constexpr std::string_view table = "learning_team";
    static constexpr auto columns = std::to_array<std::string_view>(
        {"uid", "team_id", "title", "use", "scope_question", "sponsor", "facilitator", "phase", "soak_start",
         "soak_planned_end", "summary", "sponsor_response", "redactions", "created", "updated", "revision"});
    static Id scope(const LearningTeam& lt) { return lt.id; }
    static void bind(SQLite::Statement& s, int first, const LearningTeam& lt) {
        bindAll(s, first, lt.uid, lt.teamId, lt.title, lt.use, lt.scopeQuestion, lt.sponsor, lt.facilitator, lt.phase,
                lt.soakStart, lt.soakPlannedEnd, lt.summary, lt.sponsorResponse, lt.redactions, lt.created, lt.updated,
                lt.revision);
    }
    static LearningTeam read(Reader r) {
        LearningTeam lt;
        lt.id = r.id();
        lt.uid = r.text();
        lt.teamId = r.id();
        lt.title = r.text();
        lt.use = r.en<Use>();
        lt.scopeQuestion = r.text();
        lt.sponsor = r.text();
        lt.facilitator = r.text();
        lt.phase = r.en<Phase>();
        lt.soakStart = r.optTime();
        lt.soakPlannedEnd = r.optTime();
        lt.summary = r.text();
        lt.sponsorResponse = r.text();
        lt.redactions = r.redactions();
        lt.created = r.time();
        lt.updated = r.time();
        lt.revision = r.id(); // a 64-bit count
        return lt;
    }
};

template <>
struct Row<Participant> {
    static constexpr EntityType entity = EntityType::Participant;
    static constexpr std::string_view table = "participant";
    static constexpr auto columns = std::to_array<std::string_view>({"learning_team_id", "role", "name"});
    static Id scope(const Participant& p) { return p.learningTeamId; }
    static void bind(SQLite::Statement& s, int first, const Participant& p) {
        bindAll(s, first, p.learningTeamId, p.role, p.name);
    }
    static Participant read(Reader r) { return Participant{r.id(), r.id(), r.text(), r.text()}; }
};

template <>
struct Row<Note> {
    static constexpr EntityType entity = EntityType::Note;
    static constexpr std::string_view table = "note";
    static constexpr auto columns =
        std::to_array<std::string_view>({"learning_team_id", "kind", "text", "teller_id", "theme_id", "phase", "tags",
                                         "pos_x", "pos_y", "facilitator_only", "created", "updated"});
    static Id scope(const Note& n) { return n.learningTeamId; }
    static void bind(SQLite::Statement& s, int first, const Note& n) {
        bindAll(s, first, n.learningTeamId, n.kind, n.text, n.tellerId, n.themeId, n.phase, n.tags, n.position.x,
                n.position.y, n.facilitatorOnly, n.created, n.updated);
    }
    static Note read(Reader r) {
        Note n;
        n.id = r.id();
        n.learningTeamId = r.id();
        n.kind = r.en<NoteKind>();
        n.text = r.text();
        n.tellerId = r.optId();
        n.themeId = r.optId();
        n.phase = r.en<Phase>();
        n.tags = r.list();
        n.position.x = r.real();
        n.position.y = r.real();
        n.facilitatorOnly = r.flag();
        n.created = r.time();
        n.updated = r.time();
        return n;
    }
};

template <>
struct Row<Theme> {
    static constexpr EntityType entity = EntityType::Theme;
    static constexpr std::string_view table = "theme";
    static constexpr auto columns =
        std::to_array<std::string_view>({"learning_team_id", "name", "position", "created", "updated"});
    static Id scope(const Theme& t) { return t.learningTeamId; }
    static void bind(SQLite::Statement& s, int first, const Theme& t) {
        bindAll(s, first, t.learningTeamId, t.name, t.position, t.created, t.updated);
    }
    static Theme read(Reader r) {
        Theme t;
        t.id = r.id();
        t.learningTeamId = r.id();
        t.name = r.text();
        t.position = r.integer();
        t.created = r.time();
        t.updated = r.time();
        return t;
    }
};

template <>
struct Row<WorkStep> {
    static constexpr EntityType entity = EntityType::WorkStep;
    static constexpr std::string_view table = "work_step";
    static constexpr auto columns = std::to_array<std::string_view>({"learning_team_id", "track", "position", "text"});
    static Id scope(const WorkStep& w) { return w.learningTeamId; }
    static void bind(SQLite::Statement& s, int first, const WorkStep& w) {
        bindAll(s, first, w.learningTeamId, w.track, w.position, w.text);
    }
    static WorkStep read(Reader r) {
        WorkStep w;
        w.id = r.id();
        w.learningTeamId = r.id();
        w.track = r.en<StepTrack>();
        w.position = r.integer();
        w.text = r.text();
        return w;
    }
};

template <>
struct Row<TimelineMoment> {
    static constexpr EntityType entity = EntityType::Moment;
    static constexpr std::string_view table = "moment";
    static constexpr auto columns = std::to_array<std::string_view>(
        {"learning_team_id", "position", "day", "minute", "text", "place", "who", "created", "updated"});
    static Id scope(const TimelineMoment& m) { return m.learningTeamId; }
    static void bind(SQLite::Statement& s, int first, const TimelineMoment& m) {
        bindAll(s, first, m.learningTeamId, m.position, m.day, m.minute, m.text, m.place, m.who, m.created, m.updated);
    }
    static TimelineMoment read(Reader r) {
        TimelineMoment m;
        m.id = r.id();
        m.learningTeamId = r.id();
        m.position = r.integer();
        m.day = r.optDate();
        if (auto minute = r.optId())
            m.minute = static_cast<int>(*minute);
        m.text = r.text();
        m.place = r.text();
        m.who = r.text();
        m.created = r.time();
        m.updated = r.time();
        return m;
    }
};

template <>
struct Row<Defense> {
    static constexpr EntityType entity = EntityType::Defense;
    static constexpr std::string_view table = "defense";
    static constexpr auto columns = std::to_array<std::string_view>(
        {"learning_team_id", "kind", "rating", "title", "description", "created", "updated"});
    static Id scope(const Defense& d) { return d.learningTeamId; }
    static void bind(SQLite::Statement& s, int first, const Defense& d) {
        bindAll(s, first, d.learningTeamId, d.kind, d.rating, d.title, d.description, d.created, d.updated);
    }
    static Defense read(Reader r) {
        Defense d;
        d.id = r.id();
        d.learningTeamId = r.id();
        d.kind = r.en<DefenseKind>();
        d.rating = r.optEn<DefenseRating>();
        d.title = r.text();
        d.description = r.text();
        d.created = r.time();
        d.updated = r.time();
        return d;
    }
};

template <>
struct Row<Action> {
    static constexpr EntityType entity = EntityType::Action;
    static constexpr std::string_view table = "action";
    static constexpr auto columns =
        std::to_array<std::string_view>({"learning_team_id", "title", "owner", "due", "status", "success_measure",
                                         "defense_id", "votes", "created", "updated"});
    static Id scope(const Action& a) { return a.learningTeamId; }
    static void bind(SQLite::Statement& s, int first, const Action& a) {
        bindAll(s, first, a.learningTeamId, a.title, a.owner, a.due, a.status, a.successMeasure, a.defenseId, a.votes,
                a.created, a.updated);
    }
    static Action read(Reader r) {
        Action a;
        a.id = r.id();
        a.learningTeamId = r.id();
        a.title = r.text();
        a.owner = r.text();
        a.due = r.optDate();
        a.status = r.en<ActionStatus>();
        a.successMeasure = r.text();
        a.defenseId = r.optId();
        a.votes = r.integer();
        a.created = r.time();
        a.updated = r.time();
        return a;
    }
};

template <>
struct Row<SharedLearning> {
    static constexpr EntityType entity = EntityType::SharedLearning;
    static constexpr std::string_view table = "shared_learning";
    static constexpr auto columns = std::to_array<std::string_view>(
        {"learning_team_id", "title", "summary", "look_fors", "audience", "created", "updated"});
    static Id scope(const SharedLearning& l) { return l.learningTeamId; }
    static void bind(SQLite::Statement& s, int first, const SharedLearning& l) {
        bindAll(s, first, l.learningTeamId, l.title, l.summary, l.lookFors, l.audience, l.created, l.updated);
    }
    static SharedLearning read(Reader r) {
        SharedLearning l;
        l.id = r.id();
        l.learningTeamId = r.id();
        l.title = r.text();
        l.summary = r.text();
        l.lookFors = r.list();
        l.audience = r.text();
        l.created = r.time();
        l.updated = r.time();
        return l;
    }
};

template <>
struct Row<Link> {
    static constexpr EntityType entity = EntityType::Link;
    static constexpr std::string_view table = "link";
    static constexpr auto columns =
        std::to_array<std::string_view>({"learning_team_id", "from_type", "from_id", "to_type", "to_id", "kind"});
    static Id scope(const Link& l) { return l.learningTeamId; }
    static void bind(SQLite::Statement& s, int first, const Link& l) {
        bindAll(s, first, l.learningTeamId, l.from.type, l.from.id, l.to.type, l.to.id, l.kind);
    }
    static Link read(Reader r) {
        Link l;
        l.id = r.id();
        l.learningTeamId = r.id();
        l.from.type = r.en<ItemType>();
        l.from.id = r.id();
        l.to.type = r.en<ItemType>();
        l.to.id = r.id();
        l.kind = r.en<LinkKind>();
        return l;
    }
};

template <>
struct Row<PhaseLogEntry> {
    static constexpr EntityType entity = EntityType::PhaseLogEntry;
    static constexpr std::string_view table = "phase_log";
    static constexpr auto columns =
        std::to_array<std::string_view>({"learning_team_id", "from_phase", "to_phase", "at", "reason"});
    static Id scope(const PhaseLogEntry& e) { return e.learningTeamId; }
    static void bind(SQLite::Statement& s, int first, const PhaseLogEntry& e) {
        bindAll(s, first, e.learningTeamId, e.from, e.to, e.at, e.reason);
    }
    static PhaseLogEntry read(Reader r) {
        PhaseLogEntry e;
        e.id = r.id();
        e.learningTeamId = r.id();
        e.from = r.optEn<Phase>();
        e.to = r.en<Phase>();
        e.at = r.time();
        e.reason = r.text();
        return e;
    }
};

} // namespace ltw::detail
