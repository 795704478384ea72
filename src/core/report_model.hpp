// The share-out report as a format-neutral outline: what goes in which section, already filtered
// (no facilitator-only notes) and redacted (no participant names unless asked for), but not yet escaped.
// The Markdown and HTML writers only lay it out and escape it, so both formats say the same things.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/report.hpp"
#include "ltw/translate.hpp"

#include <fmt/format.h>

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace ltw::detail {

struct ReportFact {
    std::string label; // fixed wording
    std::string value; // user text
};

struct ReportNote {
    std::string text;
    std::string kind;    // "Makes it hard", for lists that mix kinds
    std::string kindKey; // stored name ("hard_condition"), for colour
    std::string teller;  // "night-shift operator", "Name (role)" with names, or empty
};

struct ReportStep {
    std::string text;
    std::vector<ReportNote> attached; // notes linked to this step (an adaptation that happens here)
};

struct ReportNoteSection {
    std::string heading;
    std::string intro; // one line that says what the list is, may be empty
    std::vector<ReportNote> notes;
};

// A theme drawn out in Soak, with the notes grouped under it that the report may show.
struct ReportTheme {
    std::string name;
    std::vector<ReportNote> notes;
};

struct ReportDefense {
    std::string title;
    std::string description;
    std::string kind;      // "Existing defense" / "New defense"
    std::string rating;    // label, empty when not rated
    std::string ratingKey; // stored name ("hard_to_use"), for styling
    std::vector<ReportNote> answers;
    std::vector<std::string> actions;
    bool isNew = false; // still to build: the map draws it dashed
};

struct ReportAction {
    std::string title;
    std::string owner;
    std::string due;
    std::string status;
    std::string successMeasure;
};

struct ReportLearning {
    std::string title;
    std::string summary;
    std::vector<std::string> lookFors;
    std::string audience;
    std::string reach; // "Reviewed by 3 teams at 2 sites of the organisation; it applies at 2."; empty: none
};

struct ReportCount {
    std::string label; // "Weak signal"
    std::string key;   // stored name ("weak_signal"), for colour
    int count = 0;
};

struct ReportPhaseChange {
    std::string date;
    std::string change; // "Learn → Soak", or "Opened in Learn"
    std::string reason;
};

// A moment of the event, as the report shows it: the notes that were present then under it, and the time
// since the moment before when it is notable.
struct ReportMoment {
    std::string time;      // "20 Nov 2026 02:05", "02:05" or empty
    std::string text;      // what happened
    std::string place;     // where, may be empty
    std::string who;       // who, by role (a name typed here is replaced like any other)
    std::string gapBefore; // "1 h 30 min later" when notable, else empty
    std::vector<ReportNote> notes;
};

struct ReportModel {
    std::string title;
    std::vector<ReportFact> facts;
    std::string scopeQuestion;
    std::string summary;
    std::vector<ReportStep> imagined;
    std::vector<ReportStep> done;
    std::vector<ReportNoteSection> conditions; // easy, hard
    std::vector<ReportNote> stories;
    std::vector<ReportNoteSection> noteSections; // adaptations, tradeoffs, weak signals, questions, reflections
    std::vector<ReportTheme> themes;
    std::vector<ReportDefense> defenses;
    std::vector<ReportNote> gaps;
    std::vector<ReportAction> actions;
    std::vector<ReportLearning> learnings;
    std::string sponsorResponse;
    std::vector<ReportMoment> moments;       // the timeline of the event
    std::vector<ReportPhaseChange> phaseLog; // how the Learning Team ran, phase by phase
    std::vector<ReportCount> heard;          // notes by kind, for the chart
    bool withNames = false;
};

ReportModel buildReportModel(const LearningTeamSnapshot& snapshot, const ReportOptions& options);

// Text escaped for HTML with each of its line breaks written as `lineBreak` ("<br/>\n", "<br>").
std::string escapeHtmlKeepingBreaks(std::string_view text, std::string_view lineBreak);

// What every format's writer writes into: its text, a line at a time.
class LineWriter {
protected:
    template <class... Args>
    void line(fmt::format_string<Args...> format, Args&&... args) {
        fmt::format_to(std::back_inserter(m_out), format, std::forward<Args>(args)...);
        m_out += '\n';
    }
    std::string m_out;
};

// A block of free text as paragraphs: split at blank lines, each trimmed, empty ones dropped.
std::vector<std::string> paragraphsOf(std::string_view text);

// The report's two pictures as standalone SVG (presentation attributes only, no scripts, no styles, no
// external references), with the size they are meant to be shown at. Empty when there is nothing to draw.
struct SvgPicture {
    std::string svg;
    int width = 0;
    int height = 0;
};
// What was heard → the defenses that answer it → the actions that build or mend them; gaps marked.
SvgPicture defensesMapSvg(const ReportModel& model);
// A bar per kind of note.
SvgPicture heardChartSvg(const ReportModel& model);
// The timeline of the event, drawn down the page; cut between moments into parts of at most a page each.
std::vector<SvgPicture> timelineSvgs(const ReportModel& model);

// Fixed wording shared by every format, in the reader's language.
inline std::string reportSubtitle() { return translate("Report", "Share-out report of a Learning Team"); }
inline std::string themesHeading() { return translate("Report", "Themes from the soak"); }
inline std::string themesIntro() {
    return translate("Report", "Patterns the group saw once the stories had settled, with the notes that led to each.");
}
inline std::string pictureHeading() { return translate("Report", "The shared picture"); }
inline std::string pictureIntro() {
    return translate("Report", "What was heard, the defenses that answer it and the actions that build or mend them. "
                               "Notes that no defense answers yet are marked as gaps.");
}
inline std::string mapCaption() { return translate("Report", "The defenses map"); }
inline std::string heardCaption() { return translate("Report", "What was heard, by kind of note"); }
inline std::string timelineHeading() { return translate("Report", "Timeline of the event"); }
inline std::string timelineIntro() {
    return translate("Report", "What happened, moment by moment, as the people who were there recalled it, with what "
                               "they noticed at each moment. A time is shown where someone knew it.");
}
inline std::string timelineCaption() { return translate("Report", "The timeline of the event"); }
inline std::string phaseLogHeading() { return translate("Report", "How the Learning Team ran"); }
inline std::string momentWhere(const ReportMoment& m) {
    if (m.place.empty() || m.who.empty())
        return m.place + m.who;
    return m.place + " \u00b7 " + m.who;
}
inline std::string noNamesNotice() {
    return translate("Report", "Participants are shown by the role they play in the work; their names are left out.");
}

// The order of the report's sections, written once for every format. A writer provides
// `textSection(heading, text, style)` and one function per kind of section; each leaves out a section
// with nothing in it.
template <class Writer>
void writeSections(Writer& w, const ReportModel& m) {
    w.textSection(translate("Report", "The question we set out to understand"), m.scopeQuestion, "question");
    w.textSection(translate("Report", "In short"), m.summary, "");
    w.eventTimeline();
    w.work();
    for (const auto& s : m.conditions)
        w.noteSection(s);
    w.stories();
    for (const auto& s : m.noteSections)
        w.noteSection(s);
    w.themes();
    w.picture();
    w.defenses();
    w.gaps();
    w.actions();
    w.learnings();
    w.textSection(translate("Report", "The sponsor\u2019s response"), m.sponsorResponse, "");
    w.phaseLog();
}

} // namespace ltw::detail
