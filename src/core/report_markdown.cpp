// The share-out report as CommonMark (with a GitHub-style table for the actions). Every user text goes
// through escapeMarkdown, which keeps it on its line and turns anything that could be markup or HTML
// into plain characters.
#include "ltw/report.hpp"
#include "report_model.hpp"

#include <fmt/format.h>

#include <iterator>

namespace ltw {
namespace {

using namespace detail;

class MarkdownWriter : LineWriter {
public:
    explicit MarkdownWriter(const ReportModel& model) : m_model(model) {}
    std::string write();

private:
    template <class Writer>
    friend void ::ltw::detail::writeSections(Writer& w, const ReportModel& m);
    void blank() { m_out += '\n'; }
    void heading(int level, std::string_view text);
    void paragraphs(std::string_view text);
    void bullet(const ReportNote& note, bool withKind);
    void header();
    void work();
    void steps(std::string_view caption, const std::vector<ReportStep>& steps);
    void noteSection(const ReportNoteSection& section);
    void stories();
    void themes();
    void picture();
    void defenses();
    void gaps();
    void actions();
    void learnings();
    void eventTimeline();
    void phaseLog();
    void textSection(std::string_view title, std::string_view text, std::string_view style);

    const ReportModel& m_model;
};

std::string esc(std::string_view text) { return escapeMarkdown(text); }

std::string cell(std::string_view text) { return text.empty() ? std::string("\u2014") : esc(text); }

void MarkdownWriter::heading(int level, std::string_view text) {
    line("{} {}", std::string(static_cast<std::size_t>(level), '#'), esc(text));
    blank();
}

void MarkdownWriter::paragraphs(std::string_view text) {
    for (const auto& p : paragraphsOf(text)) {
        line("{}", esc(p));
        blank();
    }
}

void MarkdownWriter::bullet(const ReportNote& note, bool withKind) {
    if (withKind)
        line("- *{}:* {}", esc(note.kind), esc(note.text));
    else
        line("- {}", esc(note.text));
}

void MarkdownWriter::header() {
    heading(1, m_model.title);
    line("*{}*", esc(reportSubtitle()));
    blank();
    for (const auto& f : m_model.facts)
        line("- **{}:** {}", esc(f.label), esc(f.value));
    if (!m_model.facts.empty())
        blank();
}

void MarkdownWriter::steps(std::string_view caption, const std::vector<ReportStep>& steps) {
    if (steps.empty())
        return;
    line("**{}**", esc(caption));
    blank();
    int number = 1;
    for (const auto& s : steps) {
        line("{}. {}", number++, esc(s.text));
        for (const auto& a : s.attached)
            line("   - *{}:* {}", esc(a.kind), esc(a.text));
    }
    blank();
}

void MarkdownWriter::work() {
    if (m_model.imagined.empty() && m_model.done.empty())
        return;
    heading(2, translate("Report", "Work as imagined, work as done"));
    steps(translate("Report", "Work as imagined: the steps as procedures and plans describe them"), m_model.imagined);
    steps(translate("Report", "Work as done: the steps as the people who do them told it"), m_model.done);
}

void MarkdownWriter::noteSection(const ReportNoteSection& section) {
    heading(2, section.heading);
    if (!section.intro.empty()) {
        line("{}", esc(section.intro));
        blank();
    }
    for (const auto& n : section.notes)
        bullet(n, false);
    blank();
}

void MarkdownWriter::stories() {
    if (m_model.stories.empty())
        return;
    heading(2, translate("Report", "Stories from the work"));
    for (const auto& s : m_model.stories) {
        line("> {}", esc(s.text));
        if (!s.teller.empty()) {
            line(">");
            line("> \u2014 {}", esc(s.teller));
        }
        blank();
    }
}

void MarkdownWriter::themes() {
    if (m_model.themes.empty())
        return;
    heading(2, themesHeading());
    line("{}", esc(themesIntro()));
    blank();
    for (const auto& t : m_model.themes) {
        heading(3, t.name);
        for (const auto& n : t.notes)
            bullet(n, true);
        if (!t.notes.empty())
            blank();
    }
}

// Plain text has no pictures: the counts stand in for the chart, and the defenses map is the Defenses
// section that follows, in words.
void MarkdownWriter::picture() {
    if (m_model.heard.empty())
        return;
    heading(2, pictureHeading());
    line("**{}**", esc(heardCaption()));
    blank();
    for (const auto& c : m_model.heard)
        line("- {}: {}", esc(c.label), c.count);
    blank();
}

void MarkdownWriter::defenses() {
    if (m_model.defenses.empty())
        return;
    heading(2, translate("Report", "Defenses"));
    for (const auto& d : m_model.defenses) {
        heading(3, d.title);
        if (d.rating.empty())
            line("*{}*", esc(d.kind));
        else
            line("*{}*, {} **{}**", esc(d.kind), esc(translate("Report", "rated", "a defense, rated Working")),
                 esc(d.rating));
        blank();
        paragraphs(d.description);
        if (!d.answers.empty()) {
            line("{}:", esc(translate("Report", "What it answers")));
            blank();
            for (const auto& n : d.answers)
                bullet(n, true);
            blank();
        }
        if (!d.actions.empty()) {
            line("{}:", esc(translate("Report", "Actions that build or mend it")));
            blank();
            for (const auto& a : d.actions)
                line("- {}", esc(a));
            blank();
        }
    }
}

void MarkdownWriter::gaps() {
    if (m_model.gaps.empty())
        return;
    heading(2, translate("Report", "Gaps: what no defense answers yet"));
    for (const auto& n : m_model.gaps)
        bullet(n, true);
    blank();
}

void MarkdownWriter::actions() {
    if (m_model.actions.empty())
        return;
    heading(2, translate("Report", "Actions"));
    line("| {} | {} | {} | {} | {} |", cell(translate("Report", "Action")), cell(translate("Report", "Owner")),
         cell(translate("Report", "Due")), cell(translate("Report", "Status")),
         cell(translate("Report", "How we’ll know it worked")));
    line("| --- | --- | --- | --- | --- |");
    for (const auto& a : m_model.actions)
        line("| {} | {} | {} | {} | {} |", cell(a.title), cell(a.owner), cell(a.due), cell(a.status),
             cell(a.successMeasure));
    blank();
}

void MarkdownWriter::learnings() {
    if (m_model.learnings.empty())
        return;
    heading(2, translate("Report", "Shared learnings"));
    for (const auto& l : m_model.learnings) {
        heading(3, l.title);
        paragraphs(l.summary);
        if (!l.lookFors.empty()) {
            line("{}", esc(translate("Report", "Look-fors, signs you may see in your own work:")));
            blank();
            for (const auto& f : l.lookFors)
                line("- {}", esc(f));
            blank();
        }
        if (!l.audience.empty()) {
            line("**{}** {}", esc(translate("Report", "For:")), esc(l.audience));
            blank();
        }
        if (!l.reach.empty()) {
            line("**{}** {}", esc(translate("Report", "Elsewhere:")), esc(l.reach));
            blank();
        }
    }
}

// Plain text: the moments as a list, each with its time, where and who, and the notes present then.
void MarkdownWriter::eventTimeline() {
    if (m_model.moments.empty())
        return;
    heading(2, timelineHeading());
    line("{}", esc(timelineIntro()));
    blank();
    for (const auto& m : m_model.moments) {
        if (!m.gapBefore.empty())
            line("- *{}*", esc(m.gapBefore));
        const auto where = momentWhere(m);
        line("- {}{}{}", m.time.empty() ? std::string() : fmt::format("**{}** \u2014 ", esc(m.time)), esc(m.text),
             where.empty() ? std::string() : fmt::format(" ({})", esc(where)));
        for (const auto& n : m.notes)
            line("  - *{}:* {}", esc(n.kind), esc(n.text));
    }
    blank();
}

void MarkdownWriter::phaseLog() {
    if (m_model.phaseLog.empty())
        return;
    heading(2, phaseLogHeading());
    for (const auto& t : m_model.phaseLog) {
        if (t.reason.empty())
            line("- {}: {}", esc(t.date), esc(t.change));
        else
            line("- {}: {} ({})", esc(t.date), esc(t.change), esc(t.reason));
    }
    blank();
}

void MarkdownWriter::textSection(std::string_view title, std::string_view text, std::string_view) {
    if (text.empty())
        return;
    heading(2, title);
    paragraphs(text);
}

std::string MarkdownWriter::write() {
    header();
    writeSections(*this, m_model);
    if (!m_model.withNames) {
        line("---");
        blank();
        line("*{}*", esc(noNamesNotice()));
    }
    return std::move(m_out);
}

} // namespace

std::string reportMarkdown(const LearningTeamSnapshot& snapshot, const ReportOptions& options) {
    return MarkdownWriter(buildReportModel(snapshot, options)).write();
}

} // namespace ltw
