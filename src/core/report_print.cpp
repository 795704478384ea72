// The share-out report for paper: HTML in the subset that Qt's rich text lays out (tables with attribute
// borders, element and class rules in one style sheet, page-break properties), which the GUI library
// turns into PDF, ODT and print. A cover page first; then the sections in the order every format uses.
// Stories, defenses and learnings sit in one-cell tables, so that a page break never cuts one in half.
#include "ltw/report.hpp"
#include "report_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace ltw {
namespace {

using namespace detail;

constexpr std::string_view kMapName = "ltw-defenses-map.svg";
constexpr std::string_view kChartName = "ltw-heard-chart.svg";

// Sizes in points, so that the page reads the same on A4 and Letter at any printer resolution.
constexpr std::string_view kStyle = R"css(
body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1f2a33; }
h1 { font-size: 24pt; font-weight: bold; color: #16324f; margin-top: 0px; margin-bottom: 10px; }
h2 { font-size: 15pt; font-weight: bold; color: #16324f; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: 12pt; font-weight: bold; color: #24476b; margin-top: 4px; margin-bottom: 3px; }
h4 { font-size: 10pt; font-weight: bold; color: #3f5566; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 6px; }
li { margin-bottom: 2px; }
.kicker { font-size: 9pt; color: #5b6e7c; font-weight: bold; }
.question { font-size: 13pt; color: #16324f; font-style: italic; }
.intro { color: #4c5e6b; font-style: italic; }
.quiet { color: #5b6e7c; }
.teller { color: #4c5e6b; }
.kind { color: #4c5e6b; font-weight: bold; }
.caption { color: #4c5e6b; font-size: 9pt; }
.label { color: #45596a; font-weight: bold; }
th { background-color: #e6edf2; color: #1f3a52; font-weight: bold; }
)css";

// Tables are ruled between rows only: lighter on paper than a grid, and Qt draws it the same everywhere.
constexpr std::string_view kRule = "border-bottom: 1px solid #c9d3db;";

std::string esc(std::string_view text) { return escapeHtml(text); }

std::string escWithBreaks(std::string_view text) { return escapeHtmlKeepingBreaks(text, "<br>"); }

std::string ratingColour(std::string_view key) {
    if (key == "working")
        return "#d9eedd";
    if (key == "degraded")
        return "#fbecd0";
    if (key == "hard_to_use")
        return "#f7e1cc";
    if (key == "missing")
        return "#f5d9d9";
    return "#e3e8ec";
}

class PrintWriter : LineWriter {
public:
    PrintWriter(const ReportModel& model, PrintStyle style) : m_model(model), m_boxes(style == PrintStyle::Paged) {}
    PrintableReport write();

private:
    template <class Writer>
    friend void ::ltw::detail::writeSections(Writer& w, const ReportModel& m);
    void heading(int level, std::string_view text) { line("<h{0}>{1}</h{0}>", level, esc(text)); }
    void paragraphs(std::string_view text, std::string_view cssClass = {});
    void noteList(const std::vector<ReportNote>& notes, bool withKind);
    // A box that is not split across pages: a one-cell table with a coloured edge.
    void boxStart(std::string_view background, std::string_view edge);
    void boxEnd() {
        if (m_boxes)
            line("</td></tr></table>");
    }
    void cover();
    void work();
    void stepCell(const std::vector<ReportStep>& steps, std::size_t row);
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
    bool m_boxes = true;
    std::vector<ReportPicture> m_pictures;
};

void PrintWriter::paragraphs(std::string_view text, std::string_view cssClass) {
    const std::string attr = cssClass.empty() ? std::string() : fmt::format(" class=\"{}\"", esc(cssClass));
    for (const auto& p : paragraphsOf(text))
        line("<p{}>{}</p>", attr, escWithBreaks(p));
}

void PrintWriter::noteList(const std::vector<ReportNote>& notes, bool withKind) {
    line("<ul>");
    for (const auto& n : notes) {
        if (withKind)
            line("<li><span class=\"kind\">{}:</span> {}</li>", esc(n.kind), escWithBreaks(n.text));
        else
            line("<li>{}</li>", escWithBreaks(n.text));
    }
    line("</ul>");
}

void PrintWriter::boxStart(std::string_view background, std::string_view edge) {
    if (!m_boxes)
        return;
    line("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" style=\"margin-top: 6px; margin-bottom: 8px; "
         "border-collapse: collapse; background-color: {};\"><tr><td style=\"border-left: 4px solid {};\">",
         background, edge);
}

void PrintWriter::cover() {
    line("<p class=\"kicker\">{}</p>", esc(reportSubtitle()));
    heading(1, m_model.title);
    line("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-bottom: 18px; border-collapse: "
         "collapse;\"><tr><td style=\"border-bottom: 3px solid #3d6b8f;\"></td></tr></table>");
    if (!m_model.facts.empty()) {
        line("<table cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 8px;\">");
        for (const auto& f : m_model.facts)
            line("<tr><td class=\"label\" style=\"padding-right: 16px;\">{}</td><td>{}</td></tr>", esc(f.label),
                 escWithBreaks(f.value));
        line("</table>");
    }
    if (!m_model.withNames)
        line("<p class=\"quiet\" style=\"margin-top: 40px;\">{}</p>", esc(noNamesNotice()));
    line("<p style=\"page-break-after: always;\"></p>");
}

void PrintWriter::stepCell(const std::vector<ReportStep>& steps, std::size_t row) {
    if (row >= steps.size()) {
        line("<td style=\"{}\"></td>", kRule);
        return;
    }
    const auto& step = steps[row];
    m_out += fmt::format("<td width=\"50%\" style=\"{}\"><b style=\"color: #3d6b8f;\">{}.</b> {}", kRule, row + 1,
                         escWithBreaks(step.text));
    // What is attached to the step: its own paragraphs on paper, lines of the step's paragraph for editing.
    for (const auto& a : step.attached)
        if (m_boxes)
            m_out += fmt::format("<p class=\"quiet\" style=\"margin-left: 10px; margin-top: 3px;\"><span "
                                 "class=\"kind\">{}:</span> {}</p>",
                                 esc(a.kind), escWithBreaks(a.text));
        else
            m_out += fmt::format("<br/><span class=\"quiet\"><span class=\"kind\">{}:</span> {}</span>", esc(a.kind),
                                 escWithBreaks(a.text));
    line("</td>");
}

void PrintWriter::work() {
    if (m_model.imagined.empty() && m_model.done.empty())
        return;
    heading(2, translate("Report", "Work as imagined, work as done"));
    line("<p class=\"intro\">{}</p>",
         esc(translate("Report", "On the left, the work as procedures and plans describe "
                                 "it; on the right, the work as the people who do it told it.")));
    line("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"border-collapse: collapse; "
         "border-color: #bfcad3;\">");
    line("<thead><tr><th>{}</th><th>{}</th></tr></thead>", esc(label(StepTrack::Imagined)),
         esc(label(StepTrack::Done)));
    const auto rows = std::max(m_model.imagined.size(), m_model.done.size());
    for (std::size_t row = 0; row < rows; ++row) {
        line("<tr>");
        stepCell(m_model.imagined, row);
        stepCell(m_model.done, row);
        line("</tr>");
    }
    line("</table>");
}

void PrintWriter::noteSection(const ReportNoteSection& section) {
    heading(2, section.heading);
    if (!section.intro.empty())
        line("<p class=\"intro\">{}</p>", esc(section.intro));
    noteList(section.notes, false);
}

void PrintWriter::stories() {
    if (m_model.stories.empty())
        return;
    heading(2, translate("Report", "Stories from the work"));
    for (const auto& s : m_model.stories) {
        boxStart("#eef3f6", "#7fa6c4");
        line("<p style=\"margin-bottom: 2px;\">\u201c{}\u201d</p>", escWithBreaks(s.text));
        if (!s.teller.empty())
            line("<p class=\"teller\" style=\"margin-bottom: 0px;\">\u2014 {}</p>", esc(s.teller));
        boxEnd();
    }
}

void PrintWriter::themes() {
    if (m_model.themes.empty())
        return;
    heading(2, themesHeading());
    line("<p class=\"intro\">{}</p>", esc(themesIntro()));
    for (const auto& t : m_model.themes) {
        boxStart("#f6f8fa", "#2f4858");
        heading(3, t.name);
        if (!t.notes.empty())
            noteList(t.notes, true);
        boxEnd();
    }
}

void PrintWriter::picture() {
    const auto map = defensesMapSvg(m_model);
    const auto chart = heardChartSvg(m_model);
    if (map.svg.empty() && chart.svg.empty())
        return;
    heading(2, pictureHeading());
    line("<p class=\"intro\">{}</p>", esc(pictureIntro()));
    auto add = [&](const SvgPicture& p, std::string_view name, std::string_view caption) {
        if (p.svg.empty())
            return;
        line("<p style=\"margin-top: 8px; margin-bottom: 2px;\"><img src=\"{}\" width=\"{}\" height=\"{}\"></p>", name,
             p.width, p.height);
        line("<p class=\"caption\" style=\"margin-bottom: 12px;\">{}</p>", esc(caption));
        m_pictures.push_back({std::string(name), std::string(caption), p.svg, p.width, p.height});
    };
    add(map, kMapName, mapCaption());
    add(chart, kChartName, heardCaption());
}

void PrintWriter::defenses() {
    if (m_model.defenses.empty())
        return;
    heading(2, translate("Report", "Defenses"));
    for (const auto& d : m_model.defenses) {
        boxStart("#ffffff", "#3d6b8f");
        heading(3, d.title);
        if (d.rating.empty())
            line("<p><span style=\"background-color: #e3e8ec;\">&#160;{}&#160;</span></p>", esc(d.kind));
        else
            line("<p><span style=\"background-color: #e3e8ec;\">&#160;{}&#160;</span> <span style=\"background-color: "
                 "{};\">&#160;{}&#160;</span></p>",
                 esc(d.kind), ratingColour(d.ratingKey), esc(d.rating));
        paragraphs(d.description);
        if (!d.answers.empty()) {
            line("<h4>{}</h4>", esc(translate("Report", "What it answers")));
            noteList(d.answers, true);
        }
        if (!d.actions.empty()) {
            line("<h4>{}</h4>", esc(translate("Report", "Actions that build or mend it")));
            line("<ul>");
            for (const auto& a : d.actions)
                line("<li>{}</li>", esc(a));
            line("</ul>");
        }
        boxEnd();
    }
}

void PrintWriter::gaps() {
    if (m_model.gaps.empty())
        return;
    heading(2, translate("Report", "Gaps: what no defense answers yet"));
    noteList(m_model.gaps, true);
}

void PrintWriter::actions() {
    if (m_model.actions.empty())
        return;
    heading(2, translate("Report", "Actions"));
    line("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" style=\"border-collapse: collapse; "
         "border-color: #bfcad3;\">");
    line("<thead><tr><th width=\"30%\">{}</th><th width=\"16%\">{}</th><th width=\"13%\">{}</th>"
         "<th width=\"11%\">{}</th><th width=\"30%\">{}</th></tr></thead>",
         esc(translate("Report", "Action")), esc(translate("Report", "Owner")), esc(translate("Report", "Due")),
         esc(translate("Report", "Status")), esc(translate("Report", "How we’ll know it worked")));
    for (const auto& a : m_model.actions)
        line("<tr><td style=\"{0}\">{1}</td><td style=\"{0}\">{2}</td><td style=\"{0}\">{3}</td><td style=\"{0}\">{4}"
             "</td><td style=\"{0}\">{5}</td></tr>",
             kRule, escWithBreaks(a.title), esc(a.owner), esc(a.due), esc(a.status), escWithBreaks(a.successMeasure));
    line("</table>");
}

void PrintWriter::learnings() {
    if (m_model.learnings.empty())
        return;
    heading(2, translate("Report", "Shared learnings"));
    for (const auto& l : m_model.learnings) {
        boxStart("#f3f7f4", "#3d8d88");
        heading(3, l.title);
        paragraphs(l.summary);
        if (!l.lookFors.empty()) {
            line("<h4>{}</h4>", esc(translate("Report", "Look-fors: signs you may see in your own work")));
            line("<ul>");
            for (const auto& f : l.lookFors)
                line("<li>{}</li>", esc(f));
            line("</ul>");
        }
        if (!l.audience.empty())
            line("<p><b>{}</b> {}</p>", esc(translate("Report", "For:")), esc(l.audience));
        if (!l.reach.empty())
            line("<p><b>{}</b> {}</p>", esc(translate("Report", "Elsewhere:")), esc(l.reach));
        boxEnd();
    }
}

// The event's timeline: its drawing (a part a page), then each moment in words, with the notes present then.
void PrintWriter::eventTimeline() {
    if (m_model.moments.empty())
        return;
    heading(2, timelineHeading());
    line("<p class=\"intro\">{}</p>", esc(timelineIntro()));
    const auto parts = timelineSvgs(m_model);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto& p = parts[i];
        const auto name = fmt::format("ltw-timeline-{}.svg", i + 1);
        line("<p style=\"margin-top: 8px; margin-bottom: 2px;\"><img src=\"{}\" width=\"{}\" height=\"{}\"></p>", name,
             p.width, p.height);
        m_pictures.push_back({name, timelineCaption(), p.svg, p.width, p.height});
    }
    line("<p class=\"caption\" style=\"margin-bottom: 12px;\">{}</p>", esc(timelineCaption()));
    line("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse;\">");
    for (const auto& m : m_model.moments) {
        if (!m.gapBefore.empty())
            line("<tr><td></td><td class=\"quiet\"><i>{}</i></td></tr>", esc(m.gapBefore));
        m_out += fmt::format(
            "<tr><td width=\"18%\" class=\"label\" style=\"{0} color: #2f4858; white-space: nowrap;\">{1}</td>"
            "<td width=\"82%\" style=\"{0}\">{2}",
            kRule, esc(m.time), escWithBreaks(m.text));
        if (const auto where = momentWhere(m); !where.empty())
            m_out += fmt::format("<br><span class=\"quiet\">{}</span>", esc(where));
        for (const auto& n : m.notes)
            m_out += fmt::format("<br><span class=\"teller\">\u2003<span class=\"kind\">{}:</span> {}</span>",
                                 esc(n.kind), escWithBreaks(n.text));
        line("</td></tr>");
    }
    line("</table>");
}

// The phases the Learning Team went through: a record, kept small.
void PrintWriter::phaseLog() {
    if (m_model.phaseLog.empty())
        return;
    heading(2, phaseLogHeading());
    line("<table cellspacing=\"0\" cellpadding=\"2\" style=\"font-size: 9pt;\">");
    for (const auto& t : m_model.phaseLog) {
        const std::string reason =
            t.reason.empty() ? std::string() : fmt::format(" <span class=\"quiet\">({})</span>", esc(t.reason));
        line("<tr><td class=\"quiet\" style=\"padding-right: 12px;\">{}</td><td>{}{}</td></tr>", esc(t.date),
             esc(t.change), reason);
    }
    line("</table>");
}

void PrintWriter::textSection(std::string_view title, std::string_view text, std::string_view style) {
    if (text.empty())
        return;
    heading(2, title);
    paragraphs(text, style);
}

PrintableReport PrintWriter::write() {
    line("<html><head><meta charset=\"utf-8\"><title>{}</title><style>{}</style></head><body>", esc(m_model.title),
         kStyle);
    cover();
    writeSections(*this, m_model);
    line("</body></html>");
    return PrintableReport{m_model.title, std::move(m_out), std::move(m_pictures)};
}

} // namespace

PrintableReport reportPrintable(const LearningTeamSnapshot& snapshot, const ReportOptions& options, PrintStyle style) {
    return PrintWriter(buildReportModel(snapshot, options), style).write();
}

} // namespace ltw
