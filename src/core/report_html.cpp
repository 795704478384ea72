// The share-out report as one standalone HTML page: inline styles, no scripts, nothing fetched from
// elsewhere, so it can be mailed, archived or printed as it is. Every user text goes through escapeHtml;
// elements that hold user text carry dir="auto" so right-to-left writing lays out the right way round.
#include "ltw/report.hpp"
#include "report_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace ltw {
namespace {

using namespace detail;

constexpr std::string_view kStyle = R"css(
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
       font-size: 16px; line-height: 1.55; color: #1f2a33; background: #fbfaf7;
       max-width: 52rem; margin: 2.5rem auto; padding: 0 1.25rem; }
header { border-bottom: 3px solid #3d6b8f; padding-bottom: 1rem; margin-bottom: 1.5rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: #5b6e7c; margin: 0; }
h1 { font-size: 2rem; line-height: 1.2; margin: .3rem 0 1rem; color: #16324f; }
h2 { font-size: 1.4rem; margin: 2.4rem 0 .7rem; padding-bottom: .25rem; border-bottom: 1px solid #c9d6e0;
     color: #16324f; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; color: #24476b; }
h4 { font-size: .95rem; margin: 1rem 0 .3rem; color: #3f5566; }
.intro { color: #4c5e6b; font-style: italic; margin-top: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.2rem; margin: 0; }
dl.facts dt { font-weight: 600; color: #45596a; }
dl.facts dd { margin: 0; }
.question { font-size: 1.15rem; color: #16324f; border-inline-start: 4px solid #3d6b8f; padding-inline-start: .8rem; }
table { border-collapse: collapse; width: 100%; margin: .7rem 0 1.2rem; }
th, td { border: 1px solid #bfcad3; padding: .5rem .65rem; text-align: start; vertical-align: top; }
thead th { background: #e6edf2; color: #1f3a52; }
table.work td { width: 50%; }
.step-no { display: inline-block; min-width: 1.6rem; font-weight: 600; color: #3d6b8f; }
ul.attached { margin: .4rem 0 0; padding-inline-start: 1.2rem; font-size: .92rem; color: #4c5e6b; }
figure.story { margin: 1rem 0; padding: .7rem 1rem; background: #eef3f6; border-inline-start: 4px solid #7fa6c4;
               border-radius: 0 .4rem .4rem 0; }
figure.story blockquote { margin: 0; font-size: 1.05rem; }
figure.story figcaption { margin-top: .35rem; color: #4c5e6b; }
article { margin: 1rem 0 1.4rem; padding: .2rem 1rem .6rem; background: #ffffff; border: 1px solid #d7dfe5;
          border-radius: .4rem; }
.badge { display: inline-block; padding: .05rem .55rem; border-radius: .8rem; font-size: .85rem; background: #e3e8ec;
         color: #2c3e4c; margin-inline-end: .35rem; }
.rating-working { background: #d9eedd; color: #1e5128; }
.rating-degraded { background: #fbecd0; color: #6b4a0e; }
.rating-hard_to_use { background: #f7e1cc; color: #6e3b12; }
.rating-missing { background: #f5d9d9; color: #732626; }
.kind { font-weight: 600; color: #4c5e6b; }
ol.moments { list-style: none; margin: .8rem 0 1.2rem; padding: 0; border-inline-start: 3px solid #c9d6e0; }
ol.moments > li { padding: .1rem 0 .5rem 1rem; }
ol.moments time { font-weight: 600; font-variant-numeric: tabular-nums; color: #2f4858; margin-inline-end: .5rem; }
ol.moments .gap { margin: 0 0 .3rem; font-style: italic; color: #5b6e7c; font-size: .9rem; }
ol.moments .where { display: block; color: #5b6e7c; font-size: .9rem; }
table.phases { width: auto; font-size: .88rem; color: #45596a; margin: .4rem 0; }
table.phases td { border: none; border-bottom: 1px solid #e1e7ec; padding: .2rem .8rem .2rem 0; }
table.phases time { font-variant-numeric: tabular-nums; }
figure.picture { margin: 1.2rem 0 1.6rem; }
figure.picture svg { max-width: 100%; height: auto; display: block; }
figure.picture figcaption { margin-top: .4rem; color: #4c5e6b; font-size: .9rem; }
footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid #c9d6e0; color: #5b6e7c; font-size: .9rem; }
@media print { body { background: #ffffff; margin: 0 auto; } article, figure, tr { break-inside: avoid; }
               h2, h3, h4 { break-after: avoid; } }
)css";

class HtmlWriter : LineWriter {
public:
    explicit HtmlWriter(const ReportModel& model) : m_model(model) {}
    std::string write();

private:
    template <class Writer>
    friend void ::ltw::detail::writeSections(Writer& w, const ReportModel& m);
    void heading(int level, std::string_view text);
    void paragraphs(std::string_view text, std::string_view cssClass = {});
    void listItem(const ReportNote& note, bool withKind);
    void head();
    void header();
    void work();
    void stepCell(const std::vector<ReportStep>& steps, std::size_t row);
    void noteSection(const ReportNoteSection& section);
    void stories();
    void themes();
    void picture();
    void defense(const ReportDefense& d);
    void defenses();
    void gaps();
    void actions();
    void learnings();
    void eventTimeline();
    void phaseLog();
    void textSection(std::string_view title, std::string_view text, std::string_view style);

    const ReportModel& m_model;
};

std::string esc(std::string_view text) { return escapeHtml(text); }

// Single line breaks inside a paragraph stay line breaks.
std::string escWithBreaks(std::string_view text) { return escapeHtmlKeepingBreaks(text, "<br/>\n"); }

void HtmlWriter::heading(int level, std::string_view text) { line("<h{0} dir=\"auto\">{1}</h{0}>", level, esc(text)); }

void HtmlWriter::paragraphs(std::string_view text, std::string_view cssClass) {
    const std::string attr = cssClass.empty() ? std::string() : fmt::format(" class=\"{}\"", esc(cssClass));
    for (const auto& p : paragraphsOf(text))
        line("<p{} dir=\"auto\">{}</p>", attr, escWithBreaks(p));
}

void HtmlWriter::listItem(const ReportNote& note, bool withKind) {
    if (withKind)
        line("<li dir=\"auto\"><span class=\"kind\">{}:</span> {}</li>", esc(note.kind), escWithBreaks(note.text));
    else
        line("<li dir=\"auto\">{}</li>", escWithBreaks(note.text));
}

void HtmlWriter::head() {
    line("<!DOCTYPE html>");
    line("<html lang=\"{}\">", esc(translate("Report", "en", "the language of the report, as HTML names it")));
    line("<head>");
    // Void elements are closed XML-style, so the page also reads as well-formed XML.
    line("<meta charset=\"utf-8\"/>");
    line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
    line("<title>{}</title>", esc(arg(translate("Report", "%1 — share-out report"), {m_model.title})));
    line("<style>{}</style>", kStyle);
    line("</head>");
}

void HtmlWriter::header() {
    line("<header>");
    line("<p class=\"kicker\">{}</p>", esc(reportSubtitle()));
    heading(1, m_model.title);
    if (!m_model.facts.empty()) {
        line("<dl class=\"facts\">");
        for (const auto& f : m_model.facts)
            line("<dt>{}</dt><dd dir=\"auto\">{}</dd>", esc(f.label), esc(f.value));
        line("</dl>");
    }
    line("</header>");
}

void HtmlWriter::stepCell(const std::vector<ReportStep>& steps, std::size_t row) {
    if (row >= steps.size()) {
        line("<td></td>");
        return;
    }
    const auto& step = steps[row];
    m_out += fmt::format("<td dir=\"auto\"><span class=\"step-no\">{}.</span> {}", row + 1, escWithBreaks(step.text));
    if (!step.attached.empty()) {
        m_out += "<ul class=\"attached\">";
        for (const auto& a : step.attached)
            m_out += fmt::format("<li dir=\"auto\"><span class=\"kind\">{}:</span> {}</li>", esc(a.kind), esc(a.text));
        m_out += "</ul>";
    }
    line("</td>");
}

void HtmlWriter::work() {
    if (m_model.imagined.empty() && m_model.done.empty())
        return;
    line("<section>");
    heading(2, translate("Report", "Work as imagined, work as done"));
    line("<p class=\"intro\">{}</p>",
         esc(translate("Report", "On the left, the work as procedures and plans describe "
                                 "it; on the right, the work as the people who do it told it.")));
    line("<table class=\"work\">");
    line("<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>", esc(label(StepTrack::Imagined)),
         esc(label(StepTrack::Done)));
    line("<tbody>");
    const auto rows = std::max(m_model.imagined.size(), m_model.done.size());
    for (std::size_t row = 0; row < rows; ++row) {
        line("<tr>");
        stepCell(m_model.imagined, row);
        stepCell(m_model.done, row);
        line("</tr>");
    }
    line("</tbody>");
    line("</table>");
    line("</section>");
}

void HtmlWriter::noteSection(const ReportNoteSection& section) {
    line("<section>");
    heading(2, section.heading);
    if (!section.intro.empty())
        line("<p class=\"intro\">{}</p>", esc(section.intro));
    line("<ul>");
    for (const auto& n : section.notes)
        listItem(n, false);
    line("</ul>");
    line("</section>");
}

void HtmlWriter::stories() {
    if (m_model.stories.empty())
        return;
    line("<section>");
    heading(2, translate("Report", "Stories from the work"));
    for (const auto& s : m_model.stories) {
        line("<figure class=\"story\">");
        line("<blockquote dir=\"auto\"><p>{}</p></blockquote>", escWithBreaks(s.text));
        if (!s.teller.empty())
            line("<figcaption dir=\"auto\">\u2014 {}</figcaption>", esc(s.teller));
        line("</figure>");
    }
    line("</section>");
}

void HtmlWriter::themes() {
    if (m_model.themes.empty())
        return;
    line("<section>");
    heading(2, themesHeading());
    line("<p class=\"intro\">{}</p>", esc(themesIntro()));
    for (const auto& t : m_model.themes) {
        line("<article class=\"theme\">");
        heading(3, t.name);
        if (!t.notes.empty()) {
            line("<ul>");
            for (const auto& n : t.notes)
                listItem(n, true);
            line("</ul>");
        }
        line("</article>");
    }
    line("</section>");
}

// The pictures go in as inline SVG: no file beside the page, nothing fetched, nothing that runs.
void HtmlWriter::picture() {
    const auto map = defensesMapSvg(m_model);
    const auto chart = heardChartSvg(m_model);
    if (map.svg.empty() && chart.svg.empty())
        return;
    line("<section>");
    heading(2, pictureHeading());
    line("<p class=\"intro\">{}</p>", esc(pictureIntro()));
    for (const auto* p : {&map, &chart}) {
        if (p->svg.empty())
            continue;
        line("<figure class=\"picture\">");
        // HTML puts an <svg> element in the SVG namespace by itself; the page names no address at all.
        constexpr std::string_view kNamespace = " xmlns=\"http://www.w3.org/2000/svg\"";
        std::string svg = p->svg;
        if (const auto at = svg.find(kNamespace); at != std::string::npos)
            svg.erase(at, kNamespace.size());
        m_out += svg;
        line("<figcaption>{}</figcaption>", esc(p == &map ? mapCaption() : heardCaption()));
        line("</figure>");
    }
    line("</section>");
}

void HtmlWriter::defense(const ReportDefense& d) {
    line("<article class=\"defense\">");
    heading(3, d.title);
    if (d.rating.empty())
        line("<p><span class=\"badge\">{}</span></p>", esc(d.kind));
    else
        line("<p><span class=\"badge\">{}</span><span class=\"badge rating-{}\">{}</span></p>", esc(d.kind),
             esc(d.ratingKey), esc(d.rating));
    paragraphs(d.description);
    if (!d.answers.empty()) {
        line("<h4>{}</h4>", esc(translate("Report", "What it answers")));
        line("<ul>");
        for (const auto& n : d.answers)
            listItem(n, true);
        line("</ul>");
    }
    if (!d.actions.empty()) {
        line("<h4>{}</h4>", esc(translate("Report", "Actions that build or mend it")));
        line("<ul>");
        for (const auto& a : d.actions)
            line("<li dir=\"auto\">{}</li>", esc(a));
        line("</ul>");
    }
    line("</article>");
}

void HtmlWriter::defenses() {
    if (m_model.defenses.empty())
        return;
    line("<section>");
    heading(2, translate("Report", "Defenses"));
    for (const auto& d : m_model.defenses)
        defense(d);
    line("</section>");
}

void HtmlWriter::gaps() {
    if (m_model.gaps.empty())
        return;
    line("<section>");
    heading(2, translate("Report", "Gaps: what no defense answers yet"));
    line("<ul>");
    for (const auto& n : m_model.gaps)
        listItem(n, true);
    line("</ul>");
    line("</section>");
}

void HtmlWriter::actions() {
    if (m_model.actions.empty())
        return;
    line("<section>");
    heading(2, translate("Report", "Actions"));
    line("<table class=\"actions\">");
    line("<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
         "<th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>",
         esc(translate("Report", "Action")), esc(translate("Report", "Owner")), esc(translate("Report", "Due")),
         esc(translate("Report", "Status")), esc(translate("Report", "How we’ll know it worked")));
    line("<tbody>");
    for (const auto& a : m_model.actions)
        line("<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td>{}</td><td>{}</td><td dir=\"auto\">{}</td></tr>",
             esc(a.title), esc(a.owner), esc(a.due), esc(a.status), esc(a.successMeasure));
    line("</tbody>");
    line("</table>");
    line("</section>");
}

void HtmlWriter::learnings() {
    if (m_model.learnings.empty())
        return;
    line("<section>");
    heading(2, translate("Report", "Shared learnings"));
    for (const auto& l : m_model.learnings) {
        line("<article class=\"learning\">");
        heading(3, l.title);
        paragraphs(l.summary);
        if (!l.lookFors.empty()) {
            line("<h4>{}</h4>", esc(translate("Report", "Look-fors: signs you may see in your own work")));
            line("<ul>");
            for (const auto& f : l.lookFors)
                line("<li dir=\"auto\">{}</li>", esc(f));
            line("</ul>");
        }
        if (!l.audience.empty())
            line("<p dir=\"auto\"><strong>{}</strong> {}</p>", esc(translate("Report", "For:")), esc(l.audience));
        if (!l.reach.empty())
            line("<p class=\"reach\"><strong>{}</strong> {}</p>", esc(translate("Report", "Elsewhere:")), esc(l.reach));
        line("</article>");
    }
    line("</section>");
}

// The event's timeline: the drawing, then every moment in words (the drawing shortens long texts).
void HtmlWriter::eventTimeline() {
    if (m_model.moments.empty())
        return;
    line("<section class=\"event-timeline\">");
    heading(2, timelineHeading());
    line("<p class=\"intro\">{}</p>", esc(timelineIntro()));
    line("<figure class=\"picture\">");
    for (const auto& part : timelineSvgs(m_model)) {
        std::string svg = part.svg;
        constexpr std::string_view kNamespace = " xmlns=\"http://www.w3.org/2000/svg\"";
        if (const auto at = svg.find(kNamespace); at != std::string::npos)
            svg.erase(at, kNamespace.size());
        m_out += svg;
    }
    line("<figcaption>{}</figcaption>", esc(timelineCaption()));
    line("</figure>");
    line("<ol class=\"moments\">");
    for (const auto& m : m_model.moments) {
        line("<li dir=\"auto\">");
        if (!m.gapBefore.empty())
            line("<p class=\"gap\">{}</p>", esc(m.gapBefore));
        m_out += m.time.empty() ? std::string() : fmt::format("<time>{}</time>", esc(m.time));
        m_out += escWithBreaks(m.text);
        if (const auto where = momentWhere(m); !where.empty())
            m_out += fmt::format("<span class=\"where\">{}</span>", esc(where));
        m_out += '\n';
        if (!m.notes.empty()) {
            line("<ul class=\"attached\">");
            for (const auto& n : m.notes)
                line("<li dir=\"auto\"><span class=\"kind\">{}:</span> {}</li>", esc(n.kind), escWithBreaks(n.text));
            line("</ul>");
        }
        line("</li>");
    }
    line("</ol>");
    line("</section>");
}

// The phases the Learning Team went through, with their dates: a record, kept small.
void HtmlWriter::phaseLog() {
    if (m_model.phaseLog.empty())
        return;
    line("<section>");
    heading(2, phaseLogHeading());
    line("<table class=\"phases\">");
    for (const auto& t : m_model.phaseLog) {
        const std::string reason = t.reason.empty() ? std::string() : fmt::format(" ({})", esc(t.reason));
        line("<tr><td><time>{}</time></td><td dir=\"auto\">{}{}</td></tr>", esc(t.date), esc(t.change), reason);
    }
    line("</table>");
    line("</section>");
}

void HtmlWriter::textSection(std::string_view title, std::string_view text, std::string_view style) {
    if (text.empty())
        return;
    line("<section>");
    heading(2, title);
    paragraphs(text, style);
    line("</section>");
}

std::string HtmlWriter::write() {
    head();
    line("<body>");
    header();
    line("<main>");
    writeSections(*this, m_model);
    line("</main>");
    if (!m_model.withNames)
        line("<footer><p>{}</p></footer>", esc(noNamesNotice()));
    line("</body>");
    line("</html>");
    return std::move(m_out);
}

} // namespace

std::string reportHtml(const LearningTeamSnapshot& snapshot, const ReportOptions& options) {
    return HtmlWriter(buildReportModel(snapshot, options)).write();
}

} // namespace ltw
