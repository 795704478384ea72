// Decides what the share-out report says: which notes are shown (never facilitator-only ones), who
// is credited and how (a role, or a name only when the facilitator opts in), which defenses answer
// which notes, and what is left unanswered.
#include "report_model.hpp"

#include "ltw/time.hpp"
#include "ltw/timeline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace ltw::detail {
namespace {

constexpr std::string_view kWhiteSpace = " \t\r\n\v\f";

bool isBlank(std::string_view text) { return text.find_first_not_of(kWhiteSpace) == std::string_view::npos; }

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(kWhiteSpace);
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(kWhiteSpace);
    return s.substr(first, last - first + 1);
}

// The words around a match, cut at a word where it can be, so the review shows the name in its sentence.
RedactionFinding findingOf(std::string_view text, const RedactionMatch& m, std::string_view where) {
    constexpr std::size_t kContext = 48;
    auto isContinuation = [&](std::size_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
    std::size_t from = m.begin > kContext ? m.begin - kContext : 0;
    while (from > 0 && from < m.begin && isContinuation(from))
        --from;
    if (from > 0) {
        const auto space = text.find(' ', from);
        if (space != std::string_view::npos && space < m.begin)
            from = space + 1;
    }
    std::size_t to = std::min(text.size(), m.end + kContext);
    while (to < text.size() && isContinuation(to))
        ++to;
    if (to < text.size()) {
        const auto space = text.rfind(' ', to);
        if (space != std::string_view::npos && space > m.end)
            to = space;
    }
    auto flat = [](std::string_view part) {
        std::string out(part);
        std::replace_if(
            out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
        return out;
    };
    return RedactionFinding{std::string(where), (from > 0 ? "\u2026" : "") + flat(text.substr(from, m.begin - from)),
                            std::string(text.substr(m.begin, m.end - m.begin)),
                            flat(text.substr(m.end, to - m.end)) + (to < text.size() ? "\u2026" : ""), m.replacement};
}

class ModelBuilder {
public:
    ModelBuilder(const LearningTeamSnapshot& snapshot, const ReportOptions& options,
                 std::vector<RedactionFinding>* findings = nullptr);
    ReportModel build() const;

private:
    std::string text(std::string_view raw, std::string_view where) const;
    const Note* visibleNote(Id id) const;
    std::vector<const Note*> visibleNotes(NoteKind kind) const;
    ReportNote noteOf(const Note& note) const;
    std::string tellerOf(const Note& note) const;
    std::string personOf(const Participant& p) const;
    void addSection(std::vector<ReportNoteSection>& into, NoteKind kind, std::string heading, std::string intro) const;
    std::vector<ReportFact> facts() const;
    std::vector<ReportStep> steps(StepTrack track) const;
    std::vector<ReportNote> stories() const;
    std::vector<ReportTheme> themes() const;
    std::vector<ReportDefense> defenses() const;
    std::vector<ReportNote> gaps() const;
    std::vector<ReportAction> actions() const;
    std::vector<ReportLearning> learnings() const;
    std::vector<ReportMoment> moments() const;
    std::vector<ReportPhaseChange> phaseLog() const;
    std::vector<ReportCount> heard() const;

    const LearningTeamSnapshot& m_s;
    bool m_withNames = false;
    std::map<std::string, LearningReach> m_reach;
    Redactor m_redactor;
    std::vector<RedactionFinding>* m_findings = nullptr;
    std::vector<std::pair<Id, Id>> m_answers;  // defense id, note id
    std::vector<std::pair<Id, Id>> m_attached; // work step id, note id
    std::vector<std::pair<Id, Id>> m_present;  // moment id, note id
};

// The other end of a link of `kind` between an item of type `a` and one of type `b`, either way round.
std::optional<std::pair<Id, Id>> endsOf(const Link& link, LinkKind kind, ItemType a, ItemType b) {
    if (link.kind != kind)
        return std::nullopt;
    if (link.from.type == a && link.to.type == b)
        return std::pair{link.from.id, link.to.id};
    if (link.from.type == b && link.to.type == a)
        return std::pair{link.to.id, link.from.id};
    return std::nullopt;
}

// A heading needs words; a blank title gets a plain stand-in rather than an empty heading.
std::string orUntitled(std::string title, std::string_view fallback) {
    return isBlank(title) ? std::string(fallback) : title;
}

ModelBuilder::ModelBuilder(const LearningTeamSnapshot& snapshot, const ReportOptions& options,
                           std::vector<RedactionFinding>* findings)
    : m_s(snapshot), m_withNames(options.withNames), m_reach(options.reach),
      m_redactor(options.withNames ? std::vector<Participant>{} : snapshot.participants,
                 snapshot.learningTeam.redactions),
      m_findings(findings) {
    for (const auto& link : m_s.links) {
        if (auto ends = endsOf(link, LinkKind::Answers, ItemType::Defense, ItemType::Note))
            m_answers.push_back(*ends);
        if (auto ends = endsOf(link, LinkKind::AttachedTo, ItemType::WorkStep, ItemType::Note))
            m_attached.push_back(*ends);
        if (auto ends = endsOf(link, LinkKind::AttachedTo, ItemType::Moment, ItemType::Note))
            m_present.push_back(*ends);
    }
}

// Every free text passes here: without names, any participant's name typed into it becomes their role,
// and the terms of the redaction list become their labels. `where` names the text for the review.
std::string ModelBuilder::text(std::string_view raw, std::string_view where) const {
    const auto found = m_redactor.matches(raw);
    if (m_findings)
        for (const auto& m : found)
            m_findings->push_back(findingOf(raw, m, where));
    return replaceMatches(raw, found);
}

const Note* ModelBuilder::visibleNote(Id id) const {
    auto it = std::find_if(m_s.notes.begin(), m_s.notes.end(), [id](const Note& n) { return n.id == id; });
    return it == m_s.notes.end() || it->facilitatorOnly || isBlank(it->text) ? nullptr : &*it;
}

std::vector<const Note*> ModelBuilder::visibleNotes(NoteKind kind) const {
    std::vector<const Note*> out;
    for (const auto& n : m_s.notes)
        if (n.kind == kind && !n.facilitatorOnly && !isBlank(n.text))
            out.push_back(&n);
    return out;
}

std::string ModelBuilder::tellerOf(const Note& note) const {
    if (!note.tellerId)
        return {};
    auto it = std::find_if(m_s.participants.begin(), m_s.participants.end(),
                           [&](const Participant& p) { return p.id == *note.tellerId; });
    if (it == m_s.participants.end())
        return {};
    return personOf(*it);
}

// A participant as the report shows them: the role, or "Name (role)" when names were asked for.
std::string ModelBuilder::personOf(const Participant& p) const {
    const std::string role = p.role.empty() ? translate("Report", "participant") : p.role;
    if (!m_withNames || p.name.empty())
        return role;
    return p.role.empty() ? p.name : fmt::format("{} ({})", p.name, p.role);
}

ReportNote ModelBuilder::noteOf(const Note& note) const {
    const std::string kind(label(note.kind));
    return ReportNote{text(note.text, kind), kind, std::string(toString(note.kind)), tellerOf(note)};
}

void ModelBuilder::addSection(std::vector<ReportNoteSection>& into, NoteKind kind, std::string heading,
                              std::string intro) const {
    ReportNoteSection section{std::move(heading), std::move(intro), {}};
    for (const Note* n : visibleNotes(kind))
        section.notes.push_back(noteOf(*n));
    if (!section.notes.empty())
        into.push_back(std::move(section));
}

std::vector<ReportFact> ModelBuilder::facts() const {
    const auto& lt = m_s.learningTeam;
    std::vector<ReportFact> out;
    auto add = [&](std::string labelText, std::string value) {
        if (!value.empty())
            out.push_back({std::move(labelText), std::move(value)});
    };
    add(translate("Report", "Team"), text(m_s.team.name, translate("Report", "Team")));
    add(translate("Report", "Site or department"), text(m_s.team.site, translate("Report", "Site or department")));
    add(translate("Report", "Kind of learning"), label(lt.use));
    add(translate("Report", "Facilitator"), text(lt.facilitator, translate("Report", "Facilitator")));
    add(translate("Report", "Sponsor"), text(lt.sponsor, translate("Report", "Sponsor")));
    std::string room;
    for (const auto& p : m_s.participants)
        room += (room.empty() ? "" : ", ") + personOf(p);
    add(translate("Report", "In the room"), room);
    add(translate("Report", "Started"), lt.created == Timestamp{} ? std::string() : humanDate(lt.created));
    if (lt.soakStart && lt.soakPlannedEnd)
        add(translate("Report", "Soak period"),
            arg(translate("Report", "%1 to %2"), {humanDate(*lt.soakStart), humanDate(*lt.soakPlannedEnd)}));
    else if (lt.soakStart)
        add(translate("Report", "Soak period"), arg(translate("Report", "from %1"), {humanDate(*lt.soakStart)}));
    add(translate("Report", "Phase"), label(lt.phase));
    return out;
}

std::vector<ReportStep> ModelBuilder::steps(StepTrack track) const {
    std::vector<const WorkStep*> sorted;
    for (const auto& s : m_s.steps)
        if (s.track == track)
            sorted.push_back(&s);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const WorkStep* a, const WorkStep* b) { return a->position < b->position; });
    std::vector<ReportStep> out;
    for (const WorkStep* s : sorted) {
        ReportStep step{text(s->text, track == StepTrack::Imagined ? translate("Report", "Step of work as imagined")
                                                                   : translate("Report", "Step of work as done")),
                        {}};
        for (const auto& [stepId, noteId] : m_attached)
            if (stepId == s->id)
                if (const Note* n = visibleNote(noteId))
                    step.attached.push_back(noteOf(*n));
        out.push_back(std::move(step));
    }
    return out;
}

std::vector<ReportNote> ModelBuilder::stories() const {
    std::vector<ReportNote> out;
    for (const Note* n : visibleNotes(NoteKind::Story))
        out.push_back(noteOf(*n));
    return out;
}

// Every theme the facilitator made, in their order, even one whose notes are all private: its name is
// the group's finding. A note shows under its theme as it would anywhere else in the report.
std::vector<ReportTheme> ModelBuilder::themes() const {
    std::vector<const Theme*> ordered;
    for (const auto& t : m_s.themes)
        ordered.push_back(&t);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Theme* a, const Theme* b) { return a->position < b->position; });
    std::vector<ReportTheme> out;
    for (const Theme* t : ordered) {
        ReportTheme entry{
            orUntitled(text(t->name, translate("Report", "Theme")), translate("Report", "Untitled theme")), {}};
        for (const auto& n : m_s.notes)
            if (n.themeId == t->id && !n.facilitatorOnly && !isBlank(n.text))
                entry.notes.push_back(noteOf(n));
        out.push_back(std::move(entry));
    }
    return out;
}

std::vector<ReportDefense> ModelBuilder::defenses() const {
    std::vector<const Defense*> ordered;
    for (const auto& d : m_s.defenses)
        ordered.push_back(&d);
    // What is already there first, then what is still to build.
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const Defense* d) { return d->kind == DefenseKind::Existing; });
    std::vector<ReportDefense> out;
    for (const Defense* d : ordered) {
        const std::string where = arg(translate("Report", "Defense: %1"), {d->title});
        ReportDefense entry{
            orUntitled(text(d->title, translate("Report", "Defense")), translate("Report", "Untitled defense")),
            text(d->description, where),
            std::string(label(d->kind)),
            {},
            {},
            {},
            {},
            d->kind == DefenseKind::New};
        if (d->rating) {
            entry.rating = label(*d->rating);
            entry.ratingKey = toString(*d->rating);
        }
        std::set<Id> seen;
        for (const auto& [defenseId, noteId] : m_answers)
            if (defenseId == d->id && seen.insert(noteId).second)
                if (const Note* n = visibleNote(noteId))
                    entry.answers.push_back(noteOf(*n));
        for (const auto& a : m_s.actions)
            if (a.defenseId == d->id)
                entry.actions.push_back(text(a.title, translate("Report", "Action")));
        out.push_back(std::move(entry));
    }
    return out;
}

// Hard conditions, weak signals and adaptations that no defense answers yet.
std::vector<ReportNote> ModelBuilder::gaps() const {
    std::set<Id> answered;
    for (const auto& [defenseId, noteId] : m_answers) {
        const bool defenseExists = std::any_of(m_s.defenses.begin(), m_s.defenses.end(),
                                               [id = defenseId](const Defense& d) { return d.id == id; });
        if (defenseExists)
            answered.insert(noteId);
    }
    std::vector<ReportNote> out;
    for (NoteKind kind : {NoteKind::HardCondition, NoteKind::WeakSignal, NoteKind::Adaptation})
        for (const Note* n : visibleNotes(kind))
            if (!answered.contains(n->id))
                out.push_back(noteOf(*n));
    return out;
}

std::vector<ReportAction> ModelBuilder::actions() const {
    std::vector<ReportAction> out;
    for (const auto& a : m_s.actions) {
        const std::string where = arg(translate("Report", "Action: %1"), {a.title});
        out.push_back({text(a.title, translate("Report", "Action")),
                       text(a.owner, arg(translate("Report", "%1 (owner)"), {where})),
                       a.due ? humanDate(*a.due) : std::string(), std::string(label(a.status)),
                       text(a.successMeasure, arg(translate("Report", "%1 (how we’ll know)"), {where}))});
    }
    return out;
}

std::vector<ReportLearning> ModelBuilder::learnings() const {
    std::vector<ReportLearning> out;
    for (const auto& l : m_s.learnings) {
        const std::string where = arg(translate("Report", "Shared learning: %1"), {l.title});
        ReportLearning entry{
            orUntitled(text(l.title, translate("Report", "Shared learning")), translate("Report", "Untitled learning")),
            text(l.summary, where),
            {},
            text(l.audience, arg(translate("Report", "%1 (audience)"), {where})),
            {}};
        for (const auto& lookFor : l.lookFors)
            if (!lookFor.empty())
                entry.lookFors.push_back(text(lookFor, arg(translate("Report", "%1 (look-for)"), {where})));
        if (const auto it = m_reach.find(l.title); it != m_reach.end() && it->second.teams > 0) {
            const auto& r = it->second;
            entry.reach = arg(translate("Report", "Reviewed by %1 at %2 of the organisation; it applies at %3."),
                              {translate("Report", "%n team(s)", nullptr, r.teams),
                               translate("Report", "%n site(s)", nullptr, r.sites), std::to_string(r.applies)});
        }
        out.push_back(std::move(entry));
    }
    return out;
}

// The moments in their order on the timeline; each text redacted as any other, private notes left out.
std::vector<ReportMoment> ModelBuilder::moments() const {
    auto ordered = m_s.moments;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const TimelineMoment& a, const TimelineMoment& b) { return a.position < b.position; });
    const auto gaps = gapsBefore(ordered);
    std::vector<ReportMoment> out;
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        const auto& m = ordered[i];
        const std::string where = translate("Report", "Moment of the timeline");
        ReportMoment entry{momentTimeText(m),
                           text(m.text, where),
                           text(m.place, arg(translate("Report", "%1 (where)"), {where})),
                           text(m.who, arg(translate("Report", "%1 (who)"), {where})),
                           {},
                           {}};
        if (gaps[i] && *gaps[i] >= notableGapMinutes)
            entry.gapBefore = arg(translate("Report", "%1 later"), {gapText(*gaps[i])});
        std::set<Id> seen;
        for (const auto& [momentId, noteId] : m_present)
            if (momentId == m.id && seen.insert(noteId).second)
                if (const Note* n = visibleNote(noteId))
                    entry.notes.push_back(noteOf(*n));
        out.push_back(std::move(entry));
    }
    return out;
}

std::vector<ReportPhaseChange> ModelBuilder::phaseLog() const {
    std::vector<ReportPhaseChange> out;
    for (const auto& e : m_s.phaseLog) {
        std::string change = e.from ? fmt::format("{} \u2192 {}", label(*e.from), label(e.to))
                                    : arg(translate("Report", "Opened in %1"), {label(e.to)});
        out.push_back(
            {humanDate(e.at), std::move(change), text(e.reason, translate("Report", "Reason for a phase change"))});
    }
    return out;
}

// How many notes of each kind the report draws on, in the order of the kinds; private notes left out.
std::vector<ReportCount> ModelBuilder::heard() const {
    std::vector<ReportCount> out;
    for (NoteKind kind : allValues<NoteKind>()) {
        const auto count = static_cast<int>(visibleNotes(kind).size());
        if (count > 0)
            out.push_back({std::string(label(kind)), std::string(toString(kind)), count});
    }
    return out;
}

ReportModel ModelBuilder::build() const {
    const auto& lt = m_s.learningTeam;
    ReportModel m;
    m.title = orUntitled(text(lt.title, translate("Report", "Title")), translate("Report", "Untitled Learning Team"));
    m.facts = facts();
    m.scopeQuestion = text(lt.scopeQuestion, translate("Report", "The question"));
    m.summary = text(lt.summary, translate("Report", "Summary"));
    m.imagined = steps(StepTrack::Imagined);
    m.done = steps(StepTrack::Done);
    addSection(m.conditions, NoteKind::EasyCondition, translate("Report", "What makes the work easy"), "");
    addSection(m.conditions, NoteKind::HardCondition, translate("Report", "What makes the work hard"), "");
    m.stories = stories();
    addSection(m.noteSections, NoteKind::Adaptation, translate("Report", "Adaptations"),
               translate("Report", "How people adjust so that the work gets done."));
    addSection(m.noteSections, NoteKind::Tradeoff, translate("Report", "Tradeoffs"),
               translate("Report", "Where one goal gives way to another."));
    addSection(m.noteSections, NoteKind::WeakSignal, translate("Report", "Weak signals"),
               translate("Report", "Small things that do not ask for attention yet, but matter over time."));
    addSection(m.noteSections, NoteKind::OpenQuestion, translate("Report", "Open questions"), "");
    addSection(m.noteSections, NoteKind::Reflection, translate("Report", "Reflections after the soak"),
               translate("Report", "What settled once people had time to think and to talk it over."));
    // Parking-lot ideas are raw fixes jotted down while people talked; what came of them is in the defenses
    // and actions, but the ideas themselves are part of what was heard.
    addSection(
        m.noteSections, NoteKind::ParkingLot, translate("Report", "Ideas parked along the way"),
        translate(
            "Report",
            "Fixes people suggested while the stories were told; what came of them is in the defenses and actions."));
    m.themes = themes();
    m.defenses = defenses();
    m.gaps = gaps();
    m.actions = actions();
    m.learnings = learnings();
    m.sponsorResponse = text(lt.sponsorResponse, translate("Report", "The sponsor’s response"));
    m.heard = heard();
    m.moments = moments();
    m.phaseLog = phaseLog();
    m.withNames = m_withNames;
    return m;
}

} // namespace

ReportModel buildReportModel(const LearningTeamSnapshot& snapshot, const ReportOptions& options) {
    return ModelBuilder(snapshot, options).build();
}

} // namespace ltw::detail

namespace ltw {

// The review lists each place once, even where the report shows a note twice (in its section and
// under a defense).
std::vector<RedactionFinding> reviewRedactions(const LearningTeamSnapshot& snapshot, const ReportOptions& options) {
    std::vector<RedactionFinding> all;
    detail::ModelBuilder(snapshot, options, &all).build();
    std::vector<RedactionFinding> out;
    for (auto& f : all)
        if (std::find(out.begin(), out.end(), f) == out.end())
            out.push_back(std::move(f));
    return out;
}

} // namespace ltw

namespace ltw::detail {

std::string escapeHtmlKeepingBreaks(std::string_view text, std::string_view lineBreak) {
    std::string out = escapeHtml(text);
    for (auto pos = out.find('\n'); pos != std::string::npos; pos = out.find('\n', pos + lineBreak.size()))
        out.replace(pos, 1, lineBreak);
    return out;
}

std::vector<std::string> paragraphsOf(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        const auto t = trimmed(current);
        if (!t.empty())
            out.emplace_back(t);
        current.clear();
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        const auto line = text.substr(start, end - start);
        if (isBlank(line))
            flush();
        else
            current.append(current.empty() ? "" : "\n").append(trimmed(line));
        start = end + 1;
    }
    flush();
    return out;
}

} // namespace ltw::detail
