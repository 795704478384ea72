// Puts the sample Learning Team (its words are in sample_content.cpp) into a repository, dated as if the
// first session was held eleven days ago, so it looks like recent work whenever it is added.
#include "ltw/sample.hpp"
#include "ltw/timeline.hpp"

#include "sample_content.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <string_view>

namespace ltw {
namespace {

namespace content = detail::sample;
using content::When;

class SampleBuilder {
public:
    explicit SampleBuilder(Repository& repo)
        : m_repo(repo), m_day0(std::chrono::floor<std::chrono::days>(now()) - std::chrono::days{11}) {}

    Id build() {
        addLearningTeam();
        addParticipants();
        addThemes();
        addNotes();
        addSteps();
        addMoments();
        addDefenses();
        addActions();
        addLearnings();
        addPhaseLog();
        return m_lt.id;
    }

private:
    Timestamp at(When w) const {
        return Timestamp{m_day0 + std::chrono::days{w.day} + std::chrono::hours{w.hour} +
                         std::chrono::minutes{w.minute}};
    }

    Id teamId();
    void addLearningTeam();
    void addParticipants();
    void addThemes();
    void addNotes();
    void addSteps();
    void addMoments();
    void addDefenses();
    void addActions();
    void addLearnings();
    void addPhaseLog();
    void link(ItemRef from, ItemRef to, LinkKind kind) { m_repo.addLink(Link{0, m_lt.id, from, to, kind}); }

    Repository& m_repo;
    std::chrono::sys_days m_day0;
    LearningTeam m_lt;
    std::vector<Id> m_people;
    std::map<std::string_view, std::pair<Id, Timestamp>> m_themeOf; // note key: its theme and when it joined
    std::map<std::string_view, Id> m_notes;
    std::map<std::string_view, Id> m_defenses;
    std::vector<Id> m_doneSteps;
};

// A second sample joins the team of the first rather than adding a twin of it.
Id SampleBuilder::teamId() {
    const auto& seed = content::learningTeam();
    for (const auto& t : m_repo.teams())
        if (t.name == seed.teamName && t.site == seed.site)
            return t.id;
    return m_repo.addTeam(Team{0, std::string(seed.teamName), std::string(seed.site), at(seed.created)}).id;
}

void SampleBuilder::addLearningTeam() {
    const auto& seed = content::learningTeam();
    LearningTeam lt;
    lt.teamId = teamId();
    lt.title = seed.title;
    lt.use = Use::Event;
    lt.scopeQuestion = seed.scopeQuestion;
    lt.sponsor = seed.sponsor;
    lt.facilitator = seed.facilitator;
    lt.phase = Phase::Share;
    lt.soakStart = at(seed.soakStart);
    lt.soakPlannedEnd = at(seed.soakPlannedEnd);
    lt.summary = seed.summary;
    lt.sponsorResponse = seed.sponsorResponse;
    lt.created = at(seed.created);
    lt.updated = lt.created;
    m_lt = m_repo.addLearningTeam(lt);
}

void SampleBuilder::addParticipants() {
    for (const auto& p : content::people())
        m_people.push_back(m_repo.addParticipant(Participant{0, m_lt.id, std::string(p.role), std::string(p.name)}).id);
}

void SampleBuilder::addThemes() {
    int position = 0;
    for (const auto& seed : content::themes()) {
        Theme t;
        t.learningTeamId = m_lt.id;
        t.name = seed.name;
        t.position = position++;
        t.created = at(seed.at);
        t.updated = t.created;
        const Id id = m_repo.addTheme(t).id;
        for (const auto& noteKey : seed.notes)
            m_themeOf[noteKey] = {id, t.created};
    }
}

void SampleBuilder::addNotes() {
    std::map<NoteKind, int> rows; // the board: one column per kind, notes stacked down it
    for (const auto& seed : content::notes()) {
        Note n;
        n.learningTeamId = m_lt.id;
        n.kind = seed.kind;
        n.text = seed.text;
        if (seed.teller != content::kNobody)
            n.tellerId = m_people.at(static_cast<std::size_t>(seed.teller));
        n.phase = seed.phase;
        n.tags = seed.tags;
        n.position = BoardPosition{40.0 + 240.0 * static_cast<int>(seed.kind), 60.0 + 150.0 * rows[seed.kind]++};
        n.facilitatorOnly = seed.facilitatorOnly;
        n.created = at(seed.at);
        n.updated = n.created;
        if (auto it = m_themeOf.find(seed.key); it != m_themeOf.end()) {
            n.themeId = it->second.first;
            n.updated = std::max(n.created, it->second.second); // dragged into its theme in Soak
        }
        m_notes[seed.key] = m_repo.addNote(n).id;
    }
}

void SampleBuilder::addSteps() {
    std::map<StepTrack, int> next;
    for (const auto& seed : content::steps()) {
        const WorkStep step{0, m_lt.id, seed.track, next[seed.track]++, std::string(seed.text)};
        const Id id = m_repo.addWorkStep(step).id;
        if (seed.track == StepTrack::Done)
            m_doneSteps.push_back(id);
        if (!seed.attachedNote.empty())
            link({ItemType::Note, m_notes.at(seed.attachedNote)}, {ItemType::WorkStep, id}, LinkKind::AttachedTo);
    }
}

// Rebuilt at the start of the first session, before the stories were told in full.
void SampleBuilder::addMoments() {
    int position = 0;
    for (const auto& seed : content::moments()) {
        TimelineMoment m;
        m.learningTeamId = m_lt.id;
        m.position = position;
        if (seed.day)
            m.day = Date{m_day0 + std::chrono::days{*seed.day}};
        if (!seed.clock.empty())
            m.minute = parseMomentLine(seed.clock).minute;
        m.text = seed.text;
        m.place = seed.place;
        m.who = seed.who;
        m.created = at({0, 19, 5 + 2 * position});
        m.updated = m.created;
        ++position;
        const Id id = m_repo.addMoment(m).id;
        for (const auto key : seed.notes)
            link({ItemType::Note, m_notes.at(key)}, {ItemType::Moment, id}, LinkKind::AttachedTo);
        if (seed.doneStep >= 0)
            link({ItemType::Moment, id}, {ItemType::WorkStep, m_doneSteps.at(static_cast<std::size_t>(seed.doneStep))},
                 LinkKind::AttachedTo);
    }
}

void SampleBuilder::addDefenses() {
    for (const auto& seed : content::defenses()) {
        Defense d;
        d.learningTeamId = m_lt.id;
        d.kind = seed.kind;
        d.rating = seed.rating;
        d.title = seed.title;
        d.description = seed.description;
        d.created = at(seed.at);
        d.updated = d.created;
        const ItemRef defense{ItemType::Defense, m_repo.addDefense(d).id};
        m_defenses[seed.key] = defense.id;
        for (const auto& noteKey : seed.answers) {
            const ItemRef note{ItemType::Note, m_notes.at(noteKey)};
            // On the board a link is drawn from whichever end the facilitator started at; both mean the same.
            if (seed.kind == DefenseKind::New)
                link(note, defense, LinkKind::Answers);
            else
                link(defense, note, LinkKind::Answers);
        }
    }
}

void SampleBuilder::addActions() {
    const auto today = std::chrono::floor<std::chrono::days>(now());
    for (const auto& seed : content::actions()) {
        Action a;
        a.learningTeamId = m_lt.id;
        a.title = seed.title;
        a.owner = seed.owner;
        a.due = Date{today + std::chrono::days{seed.dueInDays}};
        a.status = seed.status;
        a.successMeasure = seed.successMeasure;
        if (!seed.defense.empty())
            a.defenseId = m_defenses.at(seed.defense);
        a.votes = seed.votes;
        a.created = at(seed.at);
        a.updated = seed.status == ActionStatus::Open ? a.created : at({8, 9, 30}); // progress reported later
        m_repo.addAction(a);
    }
}

void SampleBuilder::addLearnings() {
    for (const auto& seed : content::learnings()) {
        SharedLearning l;
        l.learningTeamId = m_lt.id;
        l.title = seed.title;
        l.summary = seed.summary;
        l.lookFors = seed.lookFors;
        l.audience = seed.audience;
        l.created = at(seed.at);
        l.updated = l.created;
        m_repo.addSharedLearning(l);
    }
}

void SampleBuilder::addPhaseLog() {
    for (const auto& seed : content::phaseLog())
        m_repo.addPhaseLogEntry(PhaseLogEntry{0, m_lt.id, seed.from, seed.to, at(seed.at), {}});
}

} // namespace

LearningTeam addSampleLearningTeam(Repository& repo) {
    Id id = 0;
    repo.transaction([&] { id = SampleBuilder(repo).build(); });
    return repo.learningTeam(id).value();
}

} // namespace ltw
