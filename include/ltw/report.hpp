// The share-out report, built from a snapshot: Markdown, standalone HTML, and HTML for Qt's rich text
// with its pictures (for PDF, ODT and print, drawn by the GUI library). Every user text is escaped;
// participant names appear only when the caller opts in, otherwise the role stands in for them; the
// terms of the Learning Team's redaction list are replaced in every case.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/redaction.hpp"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ltw {

// How teams elsewhere answered a shared learning in the organisation library ("does this apply to us?").
struct LearningReach {
    int teams = 0;
    int sites = 0;
    int applies = 0; // teams that said it applies, or partly
    bool operator==(const LearningReach&) const = default;
};

struct ReportOptions {
    ReportOptions(bool names = false, std::map<std::string, LearningReach> reachOfLearnings = {})
        : withNames(names), reach(std::move(reachOfLearnings)) {}
    bool withNames = false; // participants' names; the redaction list applies either way
    // By a shared learning's title: its reach in the organisation library, said under it when any team
    // answered. Empty for a Learning Team that was never published.
    std::map<std::string, LearningReach> reach;
};

// One place where a participant's name or a term of the redaction list was found in the report's free
// text, for the facilitator to review before anything is exported: what it is found in, the words
// around it, and what replaces it in every format.
struct RedactionFinding {
    std::string where; // "Story", "Action: Fix the scanner", "Summary"
    std::string before;
    std::string found; // as it was typed
    std::string after;
    std::string replacement;
    bool operator==(const RedactionFinding&) const = default;
};

std::vector<RedactionFinding> reviewRedactions(const LearningTeamSnapshot& snapshot, const ReportOptions& options = {});

// A picture of the report as SVG: the defenses map, the chart of what was heard.
struct ReportPicture {
    std::string name; // the source the HTML refers to, e.g. "ltw-defenses-map.svg"
    std::string caption;
    std::string svg;
    int width = 0; // the size it is laid out at, in CSS pixels
    int height = 0;
};

// The report in the subset of HTML that Qt's rich text lays out, for paged output: a cover page, then the
// sections; pictures referred to by name.
struct PrintableReport {
    std::string title;
    std::string html;
    std::vector<ReportPicture> pictures;
};

std::string reportMarkdown(const LearningTeamSnapshot& snapshot, const ReportOptions& options = {});
std::string reportHtml(const LearningTeamSnapshot& snapshot, const ReportOptions& options = {});
// Paged: boxes (one-cell tables) that keep a story or a defense on one page. Editable: for a word processor,
// where every table cell holds a single paragraph (Qt's ODF writer splits a cell of several paragraphs into
// several cells), so boxes become plain sections.
enum class PrintStyle { Paged, Editable };
PrintableReport reportPrintable(const LearningTeamSnapshot& snapshot, const ReportOptions& options = {},
                                PrintStyle style = PrintStyle::Paged);

// & < > " ' as entities, so text can sit in element content and in attribute values.
std::string escapeHtml(std::string_view text);
// Backslash-escapes what CommonMark would read as markup, and turns < and & into entities so that no
// raw HTML survives.
std::string escapeMarkdown(std::string_view text);

} // namespace ltw
