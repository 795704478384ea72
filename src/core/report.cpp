// Escaping for the share-out report. The report writers live in report_markdown.cpp, report_html.cpp
// and report_print.cpp; what goes into the report is decided in report_model.cpp; names are taken out
// in redaction.cpp.
#include "ltw/report.hpp"

#include <string_view>

namespace ltw {

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// Line breaks and tabs become single spaces and the ends are trimmed, so the text stays on the line
// the writer put it on and cannot start a block of its own (a heading, a list, an indented code block).
std::string escapeMarkdown(std::string_view text) {
    static constexpr std::string_view kPunctuation = "\\`*_{}[]()#+-.!|~";
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f';
        if (space) {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '>' && out.empty()) {
            out += "\\>";
        } else {
            if (kPunctuation.find(c) != std::string_view::npos)
                out += '\\';
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

} // namespace ltw
