#include "ltw/report.hpp"
#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"
#include "report_test_support.hpp"

#include <gtest/gtest.h>

#include <regex>

#include <algorithm>

using namespace ltw;

using namespace ltw::test;

TEST(ReportHtml, EscapesHostileText) {
    const auto html = reportHtml(hostileSnapshot());
    EXPECT_FALSE(contains(html, "<script"));
    EXPECT_FALSE(contains(html, "<img"));
    EXPECT_FALSE(contains(html, "<svg onload"));
    // The only SVG is the report's own pictures, which say nothing a script could act on.
    for (auto at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1))
        EXPECT_TRUE(std::string_view(html).substr(at).starts_with("<svg version=\"1.1\"")) << html.substr(at, 60);
    EXPECT_FALSE(std::regex_search(html, std::regex(R"(<[^>]*\son[a-z]+\s*=)", std::regex::icase)));
    EXPECT_TRUE(contains(html, "&lt;svg onload=alert(1)&gt;"));
    EXPECT_FALSE(contains(html, "<b>"));
    EXPECT_FALSE(contains(html, "<i>"));
    EXPECT_TRUE(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_TRUE(contains(html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    EXPECT_TRUE(contains(html, "R&amp;amp;D &lt;b&gt;bold&lt;/b&gt;"));
    EXPECT_TRUE(contains(html, "&#39;quoted&#39;"));
    EXPECT_TRUE(contains(html, "<title>&lt;script&gt;"));
}

TEST(ReportMarkdown, EscapesHostileText) {
    const auto md = reportMarkdown(hostileSnapshot());
    EXPECT_EQ(md.find('<'), std::string::npos) << md;
    EXPECT_TRUE(contains(md, "&lt;script>alert\\(1\\)&lt;/script>"));
    EXPECT_TRUE(contains(md, "&amp;amp;"));
    EXPECT_TRUE(contains(md, "\\[link\\]\\(javascript:alert\\(1\\)\\)"));
    EXPECT_FALSE(contains(md, "](javascript"));
    EXPECT_FALSE(contains(md, "\n# not a heading"));
    EXPECT_FALSE(contains(md, "\n- not a list"));
    EXPECT_TRUE(contains(md, "\\| a \\| table \\| breaker \\|"));
}

TEST_F(SampleReport, HtmlIsOneStandaloneDocument) {
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_TRUE(contains(html, "<meta charset=\"utf-8\"/>"));
    EXPECT_TRUE(contains(html, "<title>" + snap.learningTeam.title));
    EXPECT_TRUE(contains(html, "<style>"));
    EXPECT_TRUE(contains(html, "sans-serif"));
    EXPECT_TRUE(contains(html, "</html>"));
    for (const char* external : {"<script", "<link", "<img", "<iframe", "src=", "href=", "@import", "url(", "http"})
        EXPECT_FALSE(contains(html, external)) << external;
}

TEST_F(SampleReport, HasEverySectionTheSampleFills) {
    for (const char* heading :
         {"The question we set out to understand", "In short", "Work as imagined, work as done",
          "What makes the work easy", "What makes the work hard", "Stories from the work", "Adaptations", "Tradeoffs",
          "Weak signals", "Open questions", "Reflections after the soak", "Themes from the soak", "Defenses",
          "Gaps: what no defense answers yet", "Actions", "Shared learnings", "The sponsor\u2019s response",
          "Timeline of the event", "How the Learning Team ran"}) {
        EXPECT_TRUE(contains(md, std::string("\n## ") + heading + "\n")) << heading;
        EXPECT_TRUE(contains(html, std::string(">") + heading + "</h2>")) << heading;
    }
    EXPECT_EQ(md.rfind("# " + escapeMarkdown(snap.learningTeam.title) + "\n", 0), 0u);
    EXPECT_TRUE(contains(html, "<table class=\"work\">"));
    EXPECT_TRUE(contains(html, "<th scope=\"col\">Work as imagined</th><th scope=\"col\">Work as done</th>"));
    EXPECT_TRUE(contains(md, "| Action | Owner | Due | Status |"));
    EXPECT_TRUE(contains(md, "Learn \u2192 Soak"));
    EXPECT_TRUE(contains(html, "Solve \u2192 Share"));
    EXPECT_TRUE(contains(html, humanDate(snap.phaseLog.front().at)));
    EXPECT_TRUE(contains(html, "Learning from an event"));
    for (const auto& l : snap.learnings)
        for (const auto& lookFor : l.lookFors)
            EXPECT_TRUE(contains(html, escapeHtml(lookFor))) << lookFor;
}

TEST_F(SampleReport, LeavesOutParticipantNames) {
    for (const auto& p : snap.participants) {
        std::size_t start = 0;
        while (start < p.name.size()) {
            const auto end = std::min(p.name.find(' ', start), p.name.size());
            const auto word = p.name.substr(start, end - start);
            EXPECT_FALSE(contains(md, word)) << word;
            EXPECT_FALSE(contains(html, word)) << word;
            start = end + 1;
        }
    }
}

TEST_F(SampleReport, ShowsStoryTellersByRole) {
    for (const auto& n : snap.notes) {
        if (n.kind != NoteKind::Story || !n.tellerId)
            continue;
        const auto& role = std::find_if(snap.participants.begin(), snap.participants.end(), [&](const auto& p) {
                               return p.id == *n.tellerId;
                           })->role;
        EXPECT_TRUE(contains(html, "\u2014 " + escapeHtml(role) + "</figcaption>")) << role;
        EXPECT_TRUE(contains(md, "> \u2014 " + escapeMarkdown(role) + "\n")) << role;
    }
}

TEST_F(SampleReport, RedactsANameTypedIntoANote) {
    // The sample has a reflection that names the dock lead by first name.
    EXPECT_TRUE(contains(html, "[night-shift dock lead] walked the dock"));
    EXPECT_TRUE(contains(md, "\\[night\\-shift dock lead\\] walked the dock"));
}

TEST_F(SampleReport, ShowsNamesWhenAskedTo) {
    const auto namedHtml = reportHtml(snap, ReportOptions{true});
    const auto namedMd = reportMarkdown(snap, ReportOptions{true});
    EXPECT_TRUE(contains(namedHtml, "\u2014 Marta Kowalski (night-shift forklift driver)</figcaption>"));
    EXPECT_TRUE(contains(namedMd, "Marta Kowalski \\(night\\-shift forklift driver\\)"));
    EXPECT_TRUE(contains(namedHtml, "Daniel walked the dock"));
    EXPECT_TRUE(contains(namedMd, "Daniel walked the dock"));
    EXPECT_TRUE(contains(namedHtml, "<td dir=\"auto\">Daniel Osei</td>"));
    EXPECT_FALSE(
        contains(namedHtml, escapeHtml(std::string("Participants are shown by the role they play in the work"))));
}

TEST_F(SampleReport, LeavesOutFacilitatorOnlyNotes) {
    const auto privateNote =
        std::find_if(snap.notes.begin(), snap.notes.end(), [](const Note& n) { return n.facilitatorOnly; });
    ASSERT_NE(privateNote, snap.notes.end());
    const auto fragment = privateNote->text.substr(0, 20);
    EXPECT_FALSE(contains(html, escapeHtml(fragment)));
    EXPECT_FALSE(contains(md, escapeMarkdown(fragment)));
    EXPECT_FALSE(contains(reportHtml(snap, ReportOptions{true}), escapeHtml(fragment)));
}

TEST_F(SampleReport, ListsUnansweredConditionsAsGaps) {
    const auto gaps = htmlSection(html, "Gaps: what no defense answers yet");
    EXPECT_TRUE(contains(gaps, "One of the two lamps over door 7"));
    EXPECT_FALSE(contains(gaps, "Empty pallet returns are stacked")) << "answered by the walkway and the cage";
}

TEST(Report, NamesTypedIntoAnyTextAreRedacted) {
    auto s = emptySnapshot("What Ana Lee saw");
    s.participants.push_back(person(1, "crane operator", "Ana Lee"));
    auto& lt = s.learningTeam;
    lt.scopeQuestion = lt.summary = lt.sponsorResponse = lt.sponsor = lt.facilitator = "Ask Ana Lee.";
    s.team.name = "Ana's crew";
    for (NoteKind kind : allValues<NoteKind>())
        addNote(s, kind, "ana lee said so", Id{1});
    s.steps.push_back(WorkStep{1, 1, StepTrack::Imagined, 0, "Ana checks the rigging"});
    s.steps.push_back(WorkStep{2, 1, StepTrack::Done, 0, "Lee checks the rigging"});
    auto& d = addDefense(s, DefenseKind::New, std::nullopt, "Ana's checklist");
    d.description = "Ana Lee wrote it";
    addLink(s, ref(s.notes[1]), ref(d), LinkKind::Answers);
    addLink(s, ref(s.notes[3]), {ItemType::WorkStep, 2}, LinkKind::AttachedTo);
    s.actions.push_back(
        Action{1, 1, "Ana to update it", "Ana Lee", {}, ActionStatus::Open, "Ana says so", d.id, 0, {}, {}});
    s.learnings.push_back(SharedLearning{1, 1, "Ana", "Ana Lee", {"Ana", "Lee"}, "Ana's team", {}, {}});
    s.phaseLog.push_back(PhaseLogEntry{1, 1, Phase::Learn, Phase::Soak, {}, "Ana asked for time"});
    for (const auto& out : {reportHtml(s), reportMarkdown(s)}) {
        EXPECT_FALSE(contains(out, "Ana")) << out;
        EXPECT_FALSE(contains(out, "ana")) << out;
        EXPECT_FALSE(contains(out, "Lee")) << out;
        EXPECT_TRUE(contains(out, "crane operator")) << out;
    }
}

TEST(Report, FacilitatorOnlyNotesStayOutEverywhere) {
    auto s = emptySnapshot();
    s.participants.push_back(person(1, "operator", "Sam"));
    auto& secret = addNote(s, NoteKind::HardCondition, "PRIVATE-REMARK", Id{1});
    secret.facilitatorOnly = true;
    addNote(s, NoteKind::Story, "PRIVATE-STORY", Id{1}).facilitatorOnly = true;
    s.steps.push_back(WorkStep{1, 1, StepTrack::Done, 0, "Open the valve"});
    const auto& d = addDefense(s, DefenseKind::Existing, DefenseRating::Working, "Interlock");
    addLink(s, ref(d), ref(s.notes[0]), LinkKind::Answers);
    addLink(s, ref(s.notes[0]), {ItemType::WorkStep, 1}, LinkKind::AttachedTo);
    for (const auto& out : {reportHtml(s), reportMarkdown(s), reportHtml(s, ReportOptions{true})}) {
        EXPECT_FALSE(contains(out, "PRIVATE")) << out;
        EXPECT_FALSE(contains(out, "Stories from the work"));
        EXPECT_FALSE(contains(out, "What makes the work hard"));
        EXPECT_FALSE(contains(out, "Gaps"));
    }
}

TEST(Report, LeavesOutEmptySections) {
    auto s = emptySnapshot();
    addNote(s, NoteKind::Story, "   \n  ");
    const auto md = reportMarkdown(s);
    const auto html = reportHtml(s);
    EXPECT_TRUE(contains(md, "# Changeover on line 3"));
    EXPECT_EQ(std::count(md.begin(), md.end(), '#'), 1) << md;
    EXPECT_FALSE(contains(html, "<h2")) << html;
    EXPECT_FALSE(contains(html, "<table"));

    s.actions.push_back(Action{1, 1, "Label the valves", "", {}, ActionStatus::Open, "", std::nullopt, 0, {}, {}});
    EXPECT_TRUE(contains(reportMarkdown(s), "\n## Actions\n"));
    EXPECT_TRUE(contains(reportHtml(s), ">Actions</h2>"));
    EXPECT_FALSE(contains(reportMarkdown(s), "## Defenses"));
}

TEST(Report, ShowsWhatEachDefenseAnswersWhicheverWayTheLinkRuns) {
    auto s = emptySnapshot();
    const auto n1 = addNote(s, NoteKind::HardCondition, "Valve tags fade").id;
    const auto n2 = addNote(s, NoteKind::WeakSignal, "Two valves look alike").id;
    const auto n3 = addNote(s, NoteKind::Adaptation, "Operators chalk the valve").id;
    addNote(s, NoteKind::Tradeoff, "Speed against checking");
    const auto d1 = addDefense(s, DefenseKind::Existing, DefenseRating::Degraded, "Valve tags").id;
    const auto d2 = addDefense(s, DefenseKind::New, std::nullopt, "Colour-coded handles").id;
    addLink(s, {ItemType::Defense, d1}, {ItemType::Note, n1}, LinkKind::Answers);
    addLink(s, {ItemType::Note, n2}, {ItemType::Defense, d2}, LinkKind::Answers);
    addLink(s, {ItemType::Defense, d2}, {ItemType::Note, n3}, LinkKind::LeadsTo); // not an answer
    s.actions.push_back(Action{1,
                               1,
                               "Order new tags",
                               "Stores",
                               std::chrono::year{2031} / 3 / 14,
                               ActionStatus::InProgress,
                               "Every tag readable",
                               d1,
                               2,
                               {},
                               {}});

    const auto html = reportHtml(s);
    const auto defenses = htmlSection(html, "Defenses");
    EXPECT_TRUE(contains(defenses, "Valve tags fade"));
    EXPECT_TRUE(contains(defenses, "Two valves look alike"));
    EXPECT_FALSE(contains(defenses, "Operators chalk the valve"));
    EXPECT_TRUE(contains(defenses, "Order new tags"));
    EXPECT_TRUE(contains(defenses, ">Degraded</span>"));
    EXPECT_TRUE(contains(defenses, ">New defense</span>"));
    const auto gaps = htmlSection(html, "Gaps: what no defense answers yet");
    EXPECT_TRUE(contains(gaps, "Operators chalk the valve"));
    EXPECT_FALSE(contains(gaps, "Valve tags fade"));
    EXPECT_FALSE(contains(gaps, "Speed against checking")) << "a tradeoff is not a gap";

    const auto md = reportMarkdown(s);
    EXPECT_TRUE(contains(markdownSection(md, "Gaps: what no defense answers yet"), "Operators chalk the valve"));
    EXPECT_TRUE(contains(markdownSection(md, "Actions"), "| Order new tags | Stores | 14 Mar 2031 | In progress |"));
    EXPECT_TRUE(contains(markdownSection(md, "Defenses"), "*Existing defense*, rated **Degraded**"));
}

TEST(Report, KeepsUnicodeText) {
    auto s = emptySnapshot("Ночная смена 🚜");
    const std::vector<std::string> texts{"Forklift 🚜 near miss 🙂", "الوردية الليلية كانت هادئة",
                                         "המשמרת הייתה עמוסה", "夜班叉车倒车时没有声音", "야간 교대"};
    for (const auto& t : texts)
        addNote(s, NoteKind::Story, t);
    const auto html = reportHtml(s);
    const auto md = reportMarkdown(s);
    for (const auto& t : texts) {
        EXPECT_TRUE(contains(html, t)) << t;
        EXPECT_TRUE(contains(md, t)) << t;
    }
    EXPECT_TRUE(contains(html, "<title>Ночная смена 🚜"));
    EXPECT_TRUE(contains(md, "# Ночная смена 🚜"));
    EXPECT_TRUE(contains(html, "<blockquote dir=\"auto\"><p>המשמרת הייתה עמוסה</p>"));
}

TEST(Report, KeepsParagraphsOfLongerTexts) {
    auto s = emptySnapshot();
    s.learningTeam.summary = "First paragraph,\nstill first.\n\n\nSecond paragraph.";
    const auto html = reportHtml(s);
    EXPECT_TRUE(contains(html, "<p dir=\"auto\">First paragraph,<br/>\nstill first.</p>"));
    EXPECT_TRUE(contains(html, "<p dir=\"auto\">Second paragraph.</p>"));
    EXPECT_TRUE(contains(reportMarkdown(s), "First paragraph, still first\\.\n\nSecond paragraph\\.\n"));
}

TEST(Report, BlankTitlesGetAStandIn) {
    auto s = emptySnapshot("  ");
    addDefense(s, DefenseKind::New, std::nullopt, "\n");
    const auto md = reportMarkdown(s);
    EXPECT_EQ(md.rfind("# Untitled Learning Team\n", 0), 0u) << md;
    EXPECT_TRUE(contains(md, "### Untitled defense\n"));
    EXPECT_TRUE(contains(reportHtml(s), "<title>Untitled Learning Team"));
}

namespace {

// --- themes --------------------------------------------------------------------------------------

Theme& addTheme(LearningTeamSnapshot& s, std::string name, int position) {
    s.themes.push_back(Theme{static_cast<Id>(s.themes.size()) + 400, 1, std::move(name), position, {}, {}});
    return s.themes.back();
}

TEST(Report, ShowsEachThemeWithTheNotesInIt) {
    auto s = emptySnapshot();
    s.participants.push_back(person(1, "crane operator", "Ana Lee"));
    const Id hostile = addTheme(s, "Glare <b>hides</b> [alarms] & Ana", 1).id;
    const Id unnamed = addTheme(s, " ", 0).id;
    const Id empty = addTheme(s, "Nothing here yet", 2).id;
    (void)empty;
    addNote(s, NoteKind::HardCondition, "Screens face the east windows").themeId = hostile;
    addNote(s, NoteKind::WeakSignal, "Ana acknowledges alarms in bulk").themeId = hostile;
    auto& secret = addNote(s, NoteKind::Reflection, "Facilitator only: follow up with the crane crew");
    secret.themeId = hostile;
    secret.facilitatorOnly = true;
    addNote(s, NoteKind::Adaptation, "Operators tilt the screens at dawn").themeId = unnamed;
    addNote(s, NoteKind::Story, "Not in any theme");

    const auto md = markdownSection(reportMarkdown(s), "Themes from the soak");
    ASSERT_FALSE(md.empty());
    EXPECT_TRUE(contains(md, "### Glare &lt;b>hides&lt;/b> \\[alarms\\] &amp; \\[crane operator\\]\n")) << md;
    EXPECT_TRUE(contains(md, "- *Makes it hard:* Screens face the east windows\n"));
    EXPECT_TRUE(contains(md, "\\[crane operator\\] acknowledges alarms in bulk"));
    EXPECT_TRUE(contains(md, "### Untitled theme\n"));
    EXPECT_TRUE(contains(md, "### Nothing here yet\n"));
    EXPECT_FALSE(contains(md, "Ana"));
    EXPECT_FALSE(contains(md, "Facilitator only"));
    EXPECT_FALSE(contains(md, "Not in any theme"));
    // In the facilitator's order.
    EXPECT_LT(md.find("Untitled theme"), md.find("Glare"));
    EXPECT_LT(md.find("Glare"), md.find("Nothing here yet"));
    EXPECT_LT(md.find("Operators tilt"), md.find("Glare"));

    const auto html = htmlSection(reportHtml(s), "Themes from the soak");
    ASSERT_FALSE(html.empty());
    EXPECT_TRUE(contains(html, "<h3 dir=\"auto\">Glare &lt;b&gt;hides&lt;/b&gt; [alarms] &amp; [crane operator]</h3>"))
        << html;
    EXPECT_TRUE(contains(html, "<span class=\"kind\">Weak signal:</span> [crane operator] acknowledges"));
    EXPECT_TRUE(contains(html, ">Untitled theme</h3>"));
    EXPECT_FALSE(contains(html, "<b>"));
    EXPECT_FALSE(contains(html, "Ana"));
    EXPECT_FALSE(contains(html, "Facilitator only"));
    EXPECT_FALSE(contains(html, "Not in any theme"));
    EXPECT_LT(html.find("Untitled theme"), html.find("Glare"));
}

TEST(Report, ShowsNamesInThemesWhenAskedTo) {
    auto s = emptySnapshot();
    s.participants.push_back(person(1, "crane operator", "Ana Lee"));
    const Id t = addTheme(s, "What Ana noticed", 0).id;
    addNote(s, NoteKind::WeakSignal, "Ana acknowledges alarms in bulk").themeId = t;
    const auto md = markdownSection(reportMarkdown(s, ReportOptions{true}), "Themes from the soak");
    EXPECT_TRUE(contains(md, "### What Ana noticed\n"));
    EXPECT_TRUE(contains(md, "Ana acknowledges alarms"));
}

TEST(Report, HasNoThemeSectionWithoutThemes) {
    auto s = emptySnapshot();
    addNote(s, NoteKind::Reflection, "It settled over the weekend");
    EXPECT_FALSE(contains(reportMarkdown(s), "Themes from the soak"));
    EXPECT_FALSE(contains(reportHtml(s), "Themes from the soak"));
}

TEST_F(SampleReport, ListsTheThemesFromTheSoak) {
    ASSERT_FALSE(snap.themes.empty());
    const auto mdThemes = markdownSection(md, "Themes from the soak");
    const auto htmlThemes = htmlSection(html, "Themes from the soak");
    for (const auto& t : snap.themes) {
        EXPECT_TRUE(contains(mdThemes, "### " + escapeMarkdown(t.name) + "\n")) << t.name;
        EXPECT_TRUE(contains(htmlThemes, ">" + escapeHtml(t.name) + "</h3>")) << t.name;
    }
    EXPECT_TRUE(contains(htmlThemes, "[night-shift dock lead] walked the dock"));
    EXPECT_FALSE(contains(htmlThemes, "Daniel"));
}

} // namespace

namespace {

// Two moments of a night shift, one with a name typed as who and markup in its text, each with a note present.
LearningTeamSnapshot nightSnapshot() {
    auto s = emptySnapshot("A night on the dock");
    s.participants.push_back(person(1, "forklift driver", "Tomasz Wójcik"));
    auto moment = [&](Id id, int position, std::optional<int> minute, std::string text, std::string place,
                      std::string who) {
        TimelineMoment m;
        m.id = id;
        m.learningTeamId = 1;
        m.position = position;
        m.minute = minute;
        m.text = std::move(text);
        m.place = std::move(place);
        m.who = std::move(who);
        s.moments.push_back(m);
    };
    moment(400, 0, 22 * 60, "The shift starts", "Dock", "Dock lead");
    moment(401, 1, 1 * 60 + 35, "Door 7 opens <b>&\"fast\"</b> for Tomasz", "Door 7", "Tomasz Wójcik");
    moment(402, 2, 1 * 60 + 50, "The printer jams", "", "Loader");
    const auto& adaptation = addNote(s, NoteKind::Adaptation, "Loaders walk to door 5 for labels");
    addLink(s, ref(adaptation), {ItemType::Moment, 402}, LinkKind::AttachedTo);
    auto& secret = addNote(s, NoteKind::WeakSignal, "Private: Tomasz was tired");
    secret.facilitatorOnly = true;
    addLink(s, ref(secret), {ItemType::Moment, 401}, LinkKind::AttachedTo);
    return s;
}

} // namespace

TEST(ReportTimelineOfTheEvent, OnlyWhenThereAreMoments) {
    const auto none = emptySnapshot();
    EXPECT_FALSE(contains(reportMarkdown(none), "Timeline of the event"));
    EXPECT_FALSE(contains(reportHtml(none), "Timeline of the event"));
    EXPECT_FALSE(contains(reportPrintable(none).html, "Timeline of the event"));
    EXPECT_TRUE(contains(reportMarkdown(nightSnapshot()), "\n## Timeline of the event\n"));
}

TEST(ReportTimelineOfTheEvent, MarkdownListsTheMomentsInOrderWithTimesGapsAndNotes) {
    const auto md = markdownSection(reportMarkdown(nightSnapshot()), "Timeline of the event");
    const auto first = md.find("- **22:00** \u2014 The shift starts (Dock \u00b7 Dock lead)");
    const auto gap = md.find("- *3 h 35 min later*");
    const auto second = md.find("**01:35**");
    const auto third = md.find("- **01:50** \u2014 The printer jams (Loader)");
    const auto note = md.find("  - *Adaptation:* Loaders walk to door 5 for labels");
    ASSERT_NE(first, std::string::npos) << md;
    EXPECT_LT(first, gap);
    EXPECT_LT(gap, second);
    EXPECT_LT(second, third);
    EXPECT_LT(third, note);
    EXPECT_EQ(md.find("min later", second), std::string::npos) << "a quarter of an hour is not a notable gap";
    EXPECT_TRUE(contains(md, "Door 7 opens &lt;b>&amp;\"fast\"&lt;/b> for \\[forklift driver\\]")) << md;
    EXPECT_TRUE(contains(md, "(Door 7 \u00b7 \\[forklift driver\\])"));
    EXPECT_FALSE(contains(md, "Tomasz"));
    EXPECT_FALSE(contains(md, "Private"));
}

TEST(ReportTimelineOfTheEvent, HtmlAndPrintEscapeRedactAndDrawIt) {
    const auto snap = nightSnapshot();
    const auto html = htmlSection(reportHtml(snap), "Timeline of the event");
    const auto printable = reportPrintable(snap);
    for (const auto& [format, text] : {std::pair{"html", html}, std::pair{"print", printable.html}}) {
        EXPECT_TRUE(contains(text, "Door 7 opens &lt;b&gt;&amp;&quot;fast&quot;&lt;/b&gt; for [forklift driver]"))
            << format;
        EXPECT_FALSE(contains(text, "<b>&")) << format;
        EXPECT_FALSE(contains(text, "Tomasz")) << format;
        EXPECT_FALSE(contains(text, "Wójcik")) << format;
        EXPECT_FALSE(contains(text, "Private")) << format;
        EXPECT_TRUE(contains(text, "Loaders walk to door 5 for labels")) << format;
        EXPECT_TRUE(contains(text, "3 h 35 min later")) << format;
    }
    EXPECT_TRUE(contains(html, "<svg version=\"1.1\""));
    EXPECT_TRUE(contains(html, ">01:50</text>"));
    // On paper the drawing is a picture of the document, a page at most each.
    const auto part = std::find_if(printable.pictures.begin(), printable.pictures.end(),
                                   [](const ReportPicture& p) { return p.name == "ltw-timeline-1.svg"; });
    ASSERT_NE(part, printable.pictures.end());
    EXPECT_TRUE(contains(printable.html, "<img src=\"ltw-timeline-1.svg\""));
    EXPECT_FALSE(contains(part->svg, "Tomasz"));
    EXPECT_TRUE(contains(part->svg, "&lt;b&gt;&amp;&quot;fast&quot;")) << "escaped in the SVG too";
    EXPECT_TRUE(contains(part->svg, ">Adaptation</text>")) << "the note's kind on its tab";
    // With names, who says the name as typed; the private note still never.
    const auto named = reportMarkdown(snap, ReportOptions{true, {}});
    EXPECT_TRUE(contains(named, "Tomasz Wójcik"));
    EXPECT_FALSE(contains(named, "Private"));
}

TEST(ReportTimelineOfTheEvent, ALongTimelineIsDrawnInPartsOfAPageEach) {
    auto s = emptySnapshot();
    for (int i = 0; i < 60; ++i) {
        TimelineMoment m;
        m.id = 500 + i;
        m.position = i;
        m.minute = i * 5;
        m.text =
            "A moment of the night, told at some length so that it takes two lines in the drawing " + std::to_string(i);
        m.place = "Dock";
        s.moments.push_back(m);
    }
    const auto printable = reportPrintable(s);
    int parts = 0;
    for (const auto& p : printable.pictures)
        if (p.name.starts_with("ltw-timeline-")) {
            ++parts;
            EXPECT_LE(p.height, 900);
        }
    EXPECT_GE(parts, 3);
    const auto md = reportMarkdown(s);
    EXPECT_TRUE(contains(md, "takes two lines in the drawing 59"));
}

TEST_F(SampleReport, ThePhaseLogIsSmallAndNamedForWhatItIs) {
    const auto section = htmlSection(html, "How the Learning Team ran");
    EXPECT_TRUE(contains(section, "<table class=\"phases\">"));
    EXPECT_TRUE(contains(section, "Learn \u2192 Soak"));
    EXPECT_FALSE(contains(html, ">Timeline</h2>"));
}
