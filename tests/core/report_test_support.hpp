// Shared by the report tests: small snapshots built by hand, the sample's report, and hostile text.
#pragma once

#include "ltw/report.hpp"
#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

namespace ltw::test {

inline Participant person(Id id, std::string role, std::string name) {
    return Participant{id, 1, std::move(role), std::move(name)};
}

inline bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

// A Learning Team with nothing in it but its title, to add to.
inline LearningTeamSnapshot emptySnapshot(std::string title = "Changeover on line 3") {
    LearningTeamSnapshot s;
    s.team = Team{1, "Packaging line 3", "Riverside plant", {}};
    s.learningTeam.id = 1;
    s.learningTeam.teamId = 1;
    s.learningTeam.title = std::move(title);
    return s;
}

inline Note& addNote(LearningTeamSnapshot& s, NoteKind kind, std::string text,
                     std::optional<Id> teller = std::nullopt) {
    Note n;
    n.id = static_cast<Id>(s.notes.size()) + 100;
    n.learningTeamId = 1;
    n.kind = kind;
    n.text = std::move(text);
    n.tellerId = teller;
    s.notes.push_back(n);
    return s.notes.back();
}

inline Defense& addDefense(LearningTeamSnapshot& s, DefenseKind kind, std::optional<DefenseRating> rating,
                           std::string title) {
    s.defenses.push_back(
        Defense{static_cast<Id>(s.defenses.size()) + 200, 1, kind, rating, std::move(title), {}, {}, {}});
    return s.defenses.back();
}

inline void addLink(LearningTeamSnapshot& s, ItemRef from, ItemRef to, LinkKind kind) {
    s.links.push_back(Link{static_cast<Id>(s.links.size()) + 300, 1, from, to, kind});
}

inline ItemRef ref(const Note& n) { return {ItemType::Note, n.id}; }
inline ItemRef ref(const Defense& d) { return {ItemType::Defense, d.id}; }

// The text of one "## heading" section of a Markdown report, up to the next one.
inline std::string markdownSection(const std::string& md, const std::string& heading) {
    const auto start = md.find("\n## " + heading + "\n");
    if (start == std::string::npos)
        return {};
    const auto end = md.find("\n## ", start + 1);
    return md.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

inline std::string htmlSection(const std::string& html, const std::string& heading) {
    const auto start = html.find(">" + heading + "</h2>");
    if (start == std::string::npos)
        return {};
    const auto end = html.find("<h2", start);
    return html.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

class SampleReport : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    LearningTeamSnapshot snap = repo.snapshot(addSampleLearningTeam(repo).id);
    std::string md = reportMarkdown(snap);
    std::string html = reportHtml(snap);
};

inline const std::string kScript = "<script>alert(1)</script>";
inline const std::string kImg = "\"><img src=x onerror=alert(1)>";

inline LearningTeamSnapshot hostileSnapshot() {
    auto s = emptySnapshot(kScript + " title");
    s.team.name = kImg;
    s.team.site = "R&amp;D <b>bold</b>";
    s.learningTeam.scopeQuestion = kScript;
    s.learningTeam.summary = "Fish & chips, 'quoted' & <i>tagged</i>\n# not a heading\n- not a list";
    s.learningTeam.sponsorResponse = kImg;
    s.learningTeam.facilitator = "<svg onload=alert(1)>";
    s.participants.push_back(person(1, "<b>role</b>", "Eve"));
    for (NoteKind kind : allValues<NoteKind>())
        addNote(s, kind, kScript + " " + kImg + " &amp; [link](javascript:alert(1))", Id{1});
    s.steps.push_back(WorkStep{1, 1, StepTrack::Imagined, 0, kScript});
    s.steps.push_back(WorkStep{2, 1, StepTrack::Done, 0, kImg});
    auto& d = addDefense(s, DefenseKind::Existing, DefenseRating::Degraded, kScript);
    d.description = kImg;
    addLink(s, ref(d), ref(s.notes[2]), LinkKind::Answers);
    Action a;
    a.id = 1;
    a.title = kScript;
    a.owner = kImg;
    a.successMeasure = "| a | table | breaker |";
    a.defenseId = d.id;
    s.actions.push_back(a);
    s.learnings.push_back(SharedLearning{1, 1, kScript, kImg, {kScript, kImg, "&amp;"}, kScript, {}, {}});
    s.phaseLog.push_back(PhaseLogEntry{1, 1, std::nullopt, Phase::Learn, {}, kImg});
    return s;
}

} // namespace ltw::test
