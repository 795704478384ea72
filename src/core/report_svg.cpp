// The report's pictures as SVG, laid out here without a font engine: text is wrapped by an estimate of
// its width in DejaVu Sans (the font the PDF embeds), generous enough that a real font never overflows a
// box. Only presentation attributes are used, so Qt's SVG renderer, browsers and word processors agree.
#include "ltw/report.hpp"
#include "report_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>

namespace ltw::detail {
namespace {

constexpr std::string_view kFont = "DejaVu Sans, Arial, sans-serif";
constexpr std::string_view kInk = "#1f2a33";
constexpr std::string_view kQuiet = "#5b6e7c";
constexpr std::string_view kGapRed = "#b53a3c";

// The colour of each kind of note, as on the projector.
std::string_view kindColour(std::string_view key) {
    static const std::map<std::string_view, std::string_view> colours = {
        {"story", "#3b6a9a"},         {"easy_condition", "#3f8a3a"}, {"hard_condition", "#c24143"},
        {"adaptation", "#d67414"},    {"tradeoff", "#8e5a86"},       {"weak_signal", "#c99a00"},
        {"open_question", "#3d8d88"}, {"parking_lot", "#845f4c"},    {"reflection", "#7a7470"},
    };
    const auto it = colours.find(key);
    return it == colours.end() ? kQuiet : it->second;
}

struct RatingStyle {
    std::string_view fill;
    std::string_view stroke;
};

RatingStyle ratingStyle(std::string_view key) {
    if (key == "working")
        return {"#e3f1e5", "#3f8a3a"};
    if (key == "degraded")
        return {"#fbefd6", "#b7860b"};
    if (key == "hard_to_use")
        return {"#f9e4d2", "#c0631a"};
    if (key == "missing")
        return {"#f7dede", "#b53a3c"};
    return {"#e8eef4", "#3d6b8f"}; // not rated yet: a new defense to build
}

// Display width of a code point in "average characters": wide for CJK and emoji.
double glyphWidth(char32_t cp) {
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF))
        return 1.9;
    if (cp == 'i' || cp == 'l' || cp == 'j' || cp == '.' || cp == ',' || cp == '\'' || cp == ' ' || cp == '!')
        return 0.55;
    if ((cp >= 'A' && cp <= 'Z') || cp == 'm' || cp == 'w')
        return 1.25;
    return 1.0;
}

// Splits UTF-8 into code points with their byte ranges (invalid bytes pass through as themselves).
std::vector<std::pair<char32_t, std::string_view>> codePoints(std::string_view text) {
    std::vector<std::pair<char32_t, std::string_view>> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t len = lead < 0x80           ? 1
                          : (lead >> 5) == 0x6  ? 2
                          : (lead >> 4) == 0xE  ? 3
                          : (lead >> 3) == 0x1E ? 4
                                                : 1;
        if (i + len > text.size())
            len = 1;
        char32_t cp = len == 1 ? lead : len == 2 ? (lead & 0x1F) : len == 3 ? (lead & 0x0F) : (lead & 0x07);
        for (std::size_t k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        out.emplace_back(cp, text.substr(i, len));
        i += len;
    }
    return out;
}

// Wraps `text` into at most `maxLines` lines of about `width` average characters; the last line ends
// with an ellipsis when the text goes on.
std::vector<std::string> wrap(std::string_view text, double width, std::size_t maxLines) {
    std::vector<std::string> lines(1);
    double used = 0;
    std::string word;
    double wordWidth = 0;
    bool cut = false;
    auto flushWord = [&] {
        if (word.empty())
            return;
        if (used > 0 && used + 0.55 + wordWidth > width) {
            if (lines.size() == maxLines) {
                cut = true;
                return;
            }
            lines.emplace_back();
            used = 0;
        }
        if (used > 0) {
            lines.back() += ' ';
            used += 0.55;
        }
        lines.back() += word;
        used += wordWidth;
        word.clear();
        wordWidth = 0;
    };
    for (const auto& [cp, bytes] : codePoints(text)) {
        if (cut)
            break;
        if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r') {
            flushWord();
            continue;
        }
        const double w = glyphWidth(cp);
        if (wordWidth + w > width) { // a word longer than the line is broken where it must be
            flushWord();
            if (cut)
                break;
        }
        word.append(bytes);
        wordWidth += w;
    }
    flushWord();
    if (cut) {
        auto& last = lines.back();
        // Make room for the ellipsis, cutting whole code points.
        auto points = codePoints(last);
        double w = 0;
        for (const auto& [cp, bytes] : points)
            w += glyphWidth(cp);
        while (!points.empty() && w + 1.0 > width) {
            w -= glyphWidth(points.back().first);
            points.pop_back();
        }
        std::string shortened;
        for (const auto& [cp, bytes] : points)
            shortened.append(bytes);
        while (!shortened.empty() && shortened.back() == ' ')
            shortened.pop_back();
        last = shortened + "\u2026";
    }
    return lines;
}

// The elements of one picture, written a line each, then wrapped in their <svg> element.
class Svg : LineWriter {
public:
    using LineWriter::line;
    void text(double x, double y, std::string_view content, double size, std::string_view colour,
              std::string_view weight = "normal", std::string_view anchor = "start") {
        line(
            R"(<text x="{:.1f}" y="{:.1f}" font-family="{}" font-size="{}" font-weight="{}" fill="{}" text-anchor="{}">{}</text>)",
            x, y, kFont, size, weight, colour, anchor, escapeHtml(content));
    }
    SvgPicture finish(int width, int height) const {
        SvgPicture p;
        p.width = width;
        p.height = height;
        p.svg = fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{0}" height="{1}" )"
                            R"(viewBox="0 0 {0} {1}">)"
                            "\n<rect x=\"0\" y=\"0\" width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n{2}</svg>\n",
                            width, height, m_out);
        return p;
    }
};

// --- the defenses map --------------------------------------------------------------------------------

// Laid out to be shown 640 px wide (a printed page's width at 96 px to the inch), at most about a
// page high: what does not fit is counted, and the lists of the report hold all of it.
constexpr double kMapWidth = 640;
constexpr double kMaxHeight = 880;
constexpr double kNoteX = 0, kNoteW = 228;
constexpr double kDefenseX = 262, kDefenseW = 172;
constexpr double kActionX = 468, kActionW = 172;
constexpr double kFontSize = 11;
constexpr double kLine = 14;
constexpr double kPad = 6;
constexpr double kGap = 7;
constexpr double kCharWidth = 6.4; // an average character of DejaVu Sans at kFontSize, rounded up
constexpr std::size_t kNotesPerDefense = 5;
constexpr std::size_t kGapsShown = 10;

struct Box {
    double x = 0, y = 0, w = 0, h = 0;
    std::vector<std::string> lines;
    double midY() const { return y + h / 2; }
};

Box makeBox(double x, double w, std::string_view text, std::size_t maxLines, double extraTop = 0, bool bold = false) {
    Box b;
    b.x = x;
    b.w = w;
    b.lines = wrap(text, (w - 2 * kPad - 4) / (kCharWidth * (bold ? 1.12 : 1.0)), maxLines);
    b.h = 2 * kPad + extraTop + static_cast<double>(b.lines.size()) * kLine;
    return b;
}

void drawLines(Svg& svg, const Box& b, double textX, double firstBaseline, std::string_view colour,
               std::string_view weight = "normal") {
    for (std::size_t i = 0; i < b.lines.size(); ++i)
        svg.text(textX, firstBaseline + static_cast<double>(i) * kLine, b.lines[i], kFontSize, colour, weight);
}

void curve(Svg& svg, double x1, double y1, double x2, double y2, std::string_view colour) {
    const double mid = (x1 + x2) / 2;
    svg.line(
        R"(<path d="M {:.1f} {:.1f} C {:.1f} {:.1f} {:.1f} {:.1f} {:.1f} {:.1f}" fill="none" stroke="{}" stroke-width="1.3"/>)",
        x1, y1, mid, y1, mid, y2, x2, y2, colour);
}

} // namespace

SvgPicture defensesMapSvg(const ReportModel& m) {
    if (m.defenses.empty() && m.gaps.empty())
        return {};
    Svg svg;
    const double top = 30;
    double noteY = top, defenseY = top, actionY = top;

    struct PlacedNote {
        std::string text;
        Box box;
    };
    std::vector<PlacedNote> placed; // each answered note once, however many defenses answer it
    auto placeNote = [&](const ReportNote& n) -> const Box& {
        for (const auto& p : placed)
            if (p.text == n.text)
                return p.box;
        Box b = makeBox(kNoteX, kNoteW, n.text, 3);
        b.y = noteY;
        noteY += b.h + kGap;
        svg.line(
            R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" rx="4" fill="#ffffff" stroke="#c9d3db"/>)",
            b.x, b.y, b.w, b.h);
        svg.line(R"(<rect x="{:.1f}" y="{:.1f}" width="4" height="{:.1f}" fill="{}"/>)", b.x, b.y, b.h,
                 kindColour(n.kindKey));
        drawLines(svg, b, b.x + kPad + 4, b.y + kPad + kFontSize, kInk);
        placed.push_back({n.text, b});
        return placed.back().box;
    };

    std::size_t drawn = 0;
    for (const auto& d : m.defenses) {
        // A row needs room for its notes, and leave some for the gaps below.
        const double budget = kMaxHeight - (m.gaps.empty() ? 30 : 130);
        if (drawn > 0 && std::max({noteY, defenseY, actionY}) +
                                 static_cast<double>(std::min(d.answers.size(), kNotesPerDefense) + 1) * 44 >
                             budget)
            break;
        ++drawn;
        // Each defense starts a row of its own: its notes on the left, its actions on the right. A note
        // that an earlier defense answers too is drawn once, and the line goes back up to it.
        const double rowTop = std::max({noteY, defenseY, actionY});
        noteY = defenseY = actionY = rowTop;
        std::vector<Box> answers;
        for (std::size_t i = 0; i < d.answers.size() && i < kNotesPerDefense; ++i)
            answers.push_back(placeNote(d.answers[i]));
        if (d.answers.size() > kNotesPerDefense) {
            svg.text(kNoteX + kPad, noteY + kFontSize,
                     translate("Report", "+ %n more it answers", nullptr, asCount(d.answers.size() - kNotesPerDefense)),
                     kFontSize, kQuiet, "normal");
            noteY += kLine + kGap;
        }
        const std::string subtitle = d.rating.empty() ? d.kind : fmt::format("{} \u00b7 {}", d.kind, d.rating);
        Box b = makeBox(kDefenseX, kDefenseW, d.title, 3, kLine, true);
        b.y = rowTop;
        defenseY = b.y + b.h + kGap;
        const auto style = ratingStyle(d.ratingKey);
        const bool isNew = d.isNew;
        svg.line(
            R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" rx="6" fill="{}" stroke="{}" stroke-width="1.6"{}/>)",
            b.x, b.y, b.w, b.h, style.fill, style.stroke, isNew ? R"( stroke-dasharray="5 3")" : "");
        drawLines(svg, b, b.x + kPad, b.y + kPad + kFontSize, kInk, "bold");
        svg.text(b.x + kPad, b.y + kPad + kFontSize + static_cast<double>(b.lines.size()) * kLine, subtitle,
                 kFontSize - 1, style.stroke);
        for (const auto& a : answers)
            curve(svg, a.x + a.w, a.midY(), b.x, b.midY(), "#8aa1b4");

        double actionTop = rowTop;
        for (const auto& title : d.actions) {
            Box a = makeBox(kActionX, kActionW, title, 3);
            a.y = actionTop;
            actionTop += a.h + kGap;
            svg.line(
                R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" rx="4" fill="#eef1f8" stroke="#3b5b9a"/>)",
                a.x, a.y, a.w, a.h);
            drawLines(svg, a, a.x + kPad, a.y + kPad + kFontSize, kInk);
            curve(svg, b.x + b.w, b.midY(), a.x, a.midY(), "#3b5b9a");
        }
        actionY = actionTop;
    }

    if (drawn < m.defenses.size()) {
        const double y = std::max({noteY, defenseY, actionY});
        svg.text(kDefenseX, y + kFontSize,
                 translate("Report", "+ %n more defense(s), listed in the report", nullptr,
                           asCount(m.defenses.size() - drawn)),
                 kFontSize, kQuiet);
        noteY = defenseY = actionY = y + kLine + kGap;
    }

    // Gaps: what no defense answers yet, below the rest, marked in red.
    if (!m.gaps.empty()) {
        double y = std::max({noteY, defenseY, actionY}) + 10;
        svg.text(kNoteX, y + kFontSize, translate("Report", "Gaps: no defense answers these yet"), kFontSize + 0.5,
                 kGapRed, "bold");
        y += kLine + 6;
        double colY[2] = {y, y};
        std::size_t shown = 0;
        for (; shown < m.gaps.size() && shown < kGapsShown; ++shown) {
            const std::size_t i = shown;
            const int col = colY[0] <= colY[1] ? 0 : 1;
            if (colY[col] + 3 * kLine + 2 * kPad > kMaxHeight - kLine)
                break;
            constexpr double kHalf = (kMapWidth - 12) / 2;
            Box b = makeBox(col == 0 ? 0 : kHalf + 12, kHalf, m.gaps[i].text, 3);
            b.y = colY[col];
            colY[col] += b.h + kGap;
            svg.line(
                R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" rx="4" fill="#fdf3f3" stroke="{}" stroke-width="1.4" stroke-dasharray="4 3"/>)",
                b.x, b.y, b.w, b.h, kGapRed);
            svg.line(R"(<rect x="{:.1f}" y="{:.1f}" width="4" height="{:.1f}" fill="{}"/>)", b.x, b.y, b.h,
                     kindColour(m.gaps[i].kindKey));
            drawLines(svg, b, b.x + kPad + 4, b.y + kPad + kFontSize, kInk);
        }
        y = std::max(colY[0], colY[1]);
        if (m.gaps.size() > shown) {
            svg.text(
                kNoteX, y + kFontSize,
                translate("Report", "+ %n more gap(s), listed in the report", nullptr, asCount(m.gaps.size() - shown)),
                kFontSize, kQuiet);
            y += kLine + kGap;
        }
        noteY = y;
    }

    // Column headings last, so they are drawn over nothing.
    svg.text(kNoteX, 16, translate("Report", "What was heard"), 12, kQuiet, "bold");
    svg.text(kDefenseX, 16, translate("Report", "Defenses"), 12, kQuiet, "bold");
    svg.text(kActionX, 16, translate("Report", "Actions"), 12, kQuiet, "bold");
    const double height = std::max({noteY, defenseY, actionY}) + 4;
    return svg.finish(static_cast<int>(kMapWidth), static_cast<int>(height + 0.5));
}

SvgPicture heardChartSvg(const ReportModel& m) {
    if (m.heard.empty())
        return {};
    constexpr double kLabelW = 150, kBarMax = 400, kRow = 22, kBar = 14;
    int most = 1;
    for (const auto& c : m.heard)
        most = std::max(most, c.count);
    Svg svg;
    double y = 4;
    for (const auto& c : m.heard) {
        const double w = std::max(2.0, kBarMax * c.count / most);
        svg.text(kLabelW - 8, y + kBar - 3, c.label, 11, kInk, "normal", "end");
        svg.line(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" rx="2" fill="{}"/>)", kLabelW, y, w,
                 kBar, kindColour(c.key));
        svg.text(kLabelW + w + 6, y + kBar - 3, std::to_string(c.count), 11, kInk, "bold");
        y += kRow;
    }
    return svg.finish(static_cast<int>(kLabelW + kBarMax + 50), static_cast<int>(y + 2));
}

} // namespace ltw::detail

namespace ltw::detail {
namespace {

// --- the timeline of the event ----------------------------------------------------------------------

constexpr double kTimeW = 96;  // the time's column
constexpr double kRailX = 108; // the line the moments hang on
constexpr double kTextX = 124; // what happened
constexpr double kTextW = kMapWidth - kTextX;
constexpr double kChipH = 16;

// A moment drawn at `y`: the time, a dot on the line, what happened (two lines at most: the list below the
// picture has it whole), where and who, and a small tab for each note present then, in its kind's colour.
struct MomentRows {
    std::vector<std::string> time;
    std::vector<std::string> text;
    std::string where;
    double gap = 0; // height of the stretch of time before it
    double height = 0;
};

MomentRows measureMoment(const ReportMoment& m) {
    MomentRows r;
    if (!m.time.empty())
        r.time = wrap(m.time, (kTimeW - 8) / (kCharWidth * 1.12), 2);
    r.text = wrap(m.text.empty() ? std::string("\u2014") : m.text, (kTextW - 4) / kCharWidth, 2);
    const auto where = momentWhere(m);
    if (!where.empty())
        r.where = wrap(where, (kTextW - 4) / (kCharWidth * 0.9), 1).front();
    r.gap = m.gapBefore.empty() ? 0 : 22;
    // The time beside what happened, where and who, and the notes' tabs, whichever is the taller.
    const double beside =
        static_cast<double>(r.text.size()) * kLine + (r.where.empty() ? 0 : 13) + (m.notes.empty() ? 0 : kChipH + 6);
    r.height = r.gap + 4 + std::max(static_cast<double>(r.time.size()) * kLine, beside) + 10;
    return r;
}

void drawMoment(Svg& svg, const ReportMoment& m, const MomentRows& r, double y, bool first, bool last) {
    if (r.gap > 0) { // the time that passed, dotted, and how long it was
        svg.line(
            R"(<line x1="{0:.1f}" y1="{1:.1f}" x2="{0:.1f}" y2="{2:.1f}" stroke="#9aa4ab" stroke-width="2" stroke-dasharray="2 4"/>)",
            kRailX, y, y + r.gap);
        svg.line(
            R"(<text x="{:.1f}" y="{:.1f}" font-family="{}" font-size="10" font-style="italic" fill="{}">{}</text>)",
            kTextX, y + 15, kFont, kQuiet, escapeHtml(m.gapBefore));
        y += r.gap;
    }
    const double dotY = y + 4 + kFontSize - 4;
    if (!last)
        svg.line(R"(<line x1="{0:.1f}" y1="{1:.1f}" x2="{0:.1f}" y2="{2:.1f}" stroke="#9aa4ab" stroke-width="2"/>)",
                 kRailX, dotY, y + r.height - r.gap);
    if (!first) // from the moment before (or the stretch of time after it) to this one
        svg.line(R"(<line x1="{0:.1f}" y1="{1:.1f}" x2="{0:.1f}" y2="{2:.1f}" stroke="#9aa4ab" stroke-width="2"/>)",
                 kRailX, y, dotY);
    svg.line(R"(<circle cx="{:.1f}" cy="{:.1f}" r="5" fill="#2f4858" stroke="#ffffff" stroke-width="2"/>)", kRailX,
             dotY);
    double line = y + 4 + kFontSize;
    for (const auto& t : r.time) {
        svg.text(kTimeW, line, t, kFontSize, "#2f4858", "bold", "end");
        line += kLine;
    }
    line = y + 4 + kFontSize;
    for (const auto& t : r.text) {
        svg.text(kTextX, line, t, kFontSize, kInk);
        line += kLine;
    }
    line = y + 4 + kFontSize + static_cast<double>(r.text.size() - 1) * kLine;
    if (!r.where.empty()) {
        line += 13;
        svg.text(kTextX, line, r.where, kFontSize - 1.5, kQuiet);
    }
    if (!m.notes.empty()) {
        double x = kTextX;
        const double top = line + 6;
        for (const auto& n : m.notes) {
            const double w = static_cast<double>(codePoints(n.kind).size()) * 5.6 + 16;
            if (x + w > kMapWidth) { // no room for another tab: the count of the rest
                svg.text(x, top + 12,
                         fmt::format("+{}", m.notes.size() - static_cast<std::size_t>(&n - m.notes.data())), 9, kQuiet);
                break;
            }
            svg.line(
                R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" rx="3" fill="#f4f6f8" stroke="{}"/>)", x,
                top, w, kChipH, kindColour(n.kindKey));
            svg.line(R"(<rect x="{:.1f}" y="{:.1f}" width="4" height="{:.1f}" fill="{}"/>)", x, top, kChipH,
                     kindColour(n.kindKey));
            svg.text(x + 9, top + 12, n.kind, 9, kInk);
            x += w + 6;
        }
    }
}

} // namespace

std::vector<SvgPicture> timelineSvgs(const ReportModel& m) {
    std::vector<SvgPicture> parts;
    if (m.moments.empty())
        return parts;
    Svg svg;
    double y = 4;
    bool firstInPart = true;
    for (std::size_t i = 0; i < m.moments.size(); ++i) {
        const auto r = measureMoment(m.moments[i]);
        if (!firstInPart && y + r.height > kMaxHeight) { // the rest on the next part, a page further on
            parts.push_back(svg.finish(static_cast<int>(kMapWidth), static_cast<int>(y + 2)));
            svg = Svg();
            y = 4;
            firstInPart = true;
        }
        drawMoment(svg, m.moments[i], r, y, i == 0, i + 1 == m.moments.size());
        y += r.height;
        firstInPart = false;
    }
    parts.push_back(svg.finish(static_cast<int>(kMapWidth), static_cast<int>(y + 2)));
    return parts;
}

} // namespace ltw::detail
