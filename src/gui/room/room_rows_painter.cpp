#include "room/room_rows_painter.hpp"
#include "room/room_text.hpp"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

using roomtext::drawText;
using roomtext::fontOf;
using roomtext::kSmallest;
using roomtext::measure;
using roomtext::sizeThatFits;

const QColor kInk(0x1b, 0x20, 0x24);
const QColor kQuiet(0x4a, 0x52, 0x59);
const QColor kEdge(0xd9, 0xd8, 0xd2);
const QColor kRail(0x9a, 0xa4, 0xab);
const QColor kTime(0x2f, 0x48, 0x58);

// A text at the size it is drawn: the size asked for, or smaller when one of its words is wider than the
// width it has.
struct Piece {
    QString text;
    int pixels = 0;
    int height = 0;
    bool bold = false;
};

Piece pieceOf(const QString& text, int pixels, int width, bool bold = false) {
    Piece p{text, 0, 0, bold};
    if (text.isEmpty() || width <= 0)
        return p;
    p.pixels = sizeThatFits(text, pixels, width, bold);
    p.height = measure(text, p.pixels, width, bold).height;
    return p;
}

struct Chip {
    Piece text;
    QString line; // the note in one line, shortened with "…" when it is longer
    RoomTone tone = RoomTone::Story;
    int height = 0;
};

// How much of the notes under a row the wall shows: whole, a line each, or their count.
enum class Notes { Whole, Lines, Count };

// A step row or a moment measured at one size: its parts, and how tall it is with its notes whole, a line
// each, or folded into their count ("3 notes attached").
struct Row {
    Piece number; // steps: "3"
    Piece left;   // steps: the imagined step; timeline: the time
    Piece right;  // steps: the done step; timeline: what happened
    Piece sub;    // timeline: where and who
    Piece gap;    // timeline: "1 h 30 min later"
    Piece day;    // timeline: "20 Nov 2026", over the moment that has a date
    std::vector<Chip> chips;
    Piece folded; // the notes as a count, when they give way
    int chipPixels = 0;
    int chipLine = 0; // the height of a chip of one line
    int leftHeight = 0;
    int rightHeight = 0;       // with the chips whole
    int rightLinesHeight = 0;  // with a line a chip
    int rightFoldedHeight = 0; // with the count instead
    int gapHeight = 0;
    int height(Notes notes) const {
        const int right = chips.empty() || notes == Notes::Whole ? rightHeight
                          : notes == Notes::Lines                ? rightLinesHeight
                                                                 : rightFoldedHeight;
        return gapHeight + std::max(leftHeight, right);
    }
};

// Everything at one size.
struct Plan {
    int pixels = 0;
    int pad = 0;
    int gap = 0;   // between rows
    int lanes = 1; // timeline: moments flow down lanes like a newspaper's columns
    int gapX = 0;
    int laneWidth = 0;
    int gutter = 0;    // steps: between the tracks, where the number stands
    int column = 0;    // steps: a track's width
    int timeWidth = 0; // timeline: the time's column, 0 when no moment has a time
    int rail = 0;      // timeline: the line and its dots
    int header = 0;    // steps: the tracks' headings
    int earlier = 0;   // the "+ N earlier" line
    Piece imaginedHeading, doneHeading;
    std::vector<Row> rows;
    int contentX() const { return timeWidth + rail; }
    int contentWidth() const { return laneWidth - contentX(); }
};

struct Source {
    bool steps = false;
    QString imaginedHeading, doneHeading;
    struct Item {
        QString number, left, right, sub, gap, day;
        std::vector<std::pair<QString, RoomTone>> notes;
    };
    std::vector<Item> items;
    explicit Source(const RoomPicture& p) : steps(p.layout == RoomLayout::Steps) {
        const auto q = [](const std::string& s) { return QString::fromStdString(s); };
        imaginedHeading = q(p.imaginedHeading);
        doneHeading = q(p.doneHeading);
        for (const auto& r : p.steps) {
            Item item{QString::number(r.number), q(r.imagined), q(r.done), {}, {}, {}, {}};
            for (const auto& c : r.pinned)
                item.notes.emplace_back(q(c.text), c.tone);
            items.push_back(std::move(item));
        }
        for (const auto& m : p.moments) {
            // The clock in the time's column; a date over the moment, as a day begins on a calendar.
            Item item{{}, q(m.clock), q(m.text), q(m.where), q(m.gapBefore), q(m.day), {}};
            for (const auto& c : m.notes)
                item.notes.emplace_back(q(c.text), c.tone);
            items.push_back(std::move(item));
        }
    }
};

QString notesCount(int n) { return QCoreApplication::translate("RoomView", "%n note(s) attached", nullptr, n); }

// A note on one line: as many whole words as fit, then "…". A word is never cut on the wall.
QString oneLine(const QString& text, const QFontMetrics& fm, int width) {
    const QString all = text.simplified();
    if (fm.horizontalAdvance(all) <= width)
        return all;
    const QString more = QStringLiteral("…");
    QString out;
    for (const auto& word : all.split(u' ')) {
        const QString next = out.isEmpty() ? word : out + u' ' + word;
        if (fm.horizontalAdvance(next + more) > width)
            break;
        out = next;
    }
    return out + more;
}

// The notes under a step or a moment, each a small card in its kind's colour; or their count.
void measureNotes(Row& row, const Source::Item& item, const Plan& plan, int width, int above) {
    const int chipPx = plan.pixels * 4 / 5;
    const int chipPad = plan.pad / 2 + 2;
    const int chipText = width - 2 * chipPad - 6;
    const QFontMetrics fm(fontOf(chipPx));
    row.chipPixels = chipPx;
    row.chipLine = fm.height() + 2 * chipPad;
    row.rightHeight = above;
    row.rightLinesHeight = above;
    for (const auto& [text, tone] : item.notes) {
        Chip chip{pieceOf(text, chipPx, chipText), oneLine(text, fm, chipText), tone, 0};
        chip.height = chip.text.height + 2 * chipPad;
        row.rightHeight += plan.pad / 2 + chip.height;
        row.rightLinesHeight += plan.pad / 2 + row.chipLine;
        row.chips.push_back(std::move(chip));
    }
    row.folded = pieceOf(notesCount(static_cast<int>(item.notes.size())), plan.pixels * 3 / 4, width);
    row.rightFoldedHeight = above + (item.notes.empty() ? 0 : plan.pad / 2 + row.folded.height);
}

Plan planAt(int px, const Source& source, const QRect& inner) {
    Plan plan;
    plan.pixels = px;
    plan.pad = px / 3 + 3;
    plan.gap = px / 2;
    plan.gapX = std::max(12, inner.height() / 30);
    plan.earlier = QFontMetrics(fontOf(px * 3 / 4)).height() + plan.pad / 2;
    if (source.steps) {
        plan.lanes = 1;
        plan.laneWidth = inner.width();
        plan.gutter = px * 2;
        plan.column = (inner.width() - plan.gutter) / 2;
        const int headingPx = px * 9 / 10;
        plan.imaginedHeading = pieceOf(source.imaginedHeading, headingPx, plan.column, true);
        plan.doneHeading = pieceOf(source.doneHeading, headingPx, plan.column, true);
        plan.header = px / 3 + 6 + std::max(plan.imaginedHeading.height, plan.doneHeading.height) + px / 2;
        const int textWidth = plan.column - 2 * plan.pad - 6;
        for (const auto& item : source.items) {
            Row row;
            row.number = pieceOf(item.number, px * 3 / 4, plan.gutter, true);
            row.left = pieceOf(item.left, px, textWidth);
            row.right = pieceOf(item.right, px, textWidth);
            row.leftHeight = 2 * plan.pad + std::max(row.left.height, QFontMetrics(fontOf(px)).height());
            measureNotes(row, item, plan, textWidth,
                         2 * plan.pad + std::max(row.right.height, QFontMetrics(fontOf(px)).height()));
            plan.rows.push_back(std::move(row));
        }
        return plan;
    }
    // Lanes wide enough for a sentence or two in a line, never the slivers of many columns.
    plan.lanes = std::clamp((inner.width() + plan.gapX) / (px * 22 + plan.gapX), 1, 3);
    plan.laneWidth = (inner.width() - plan.gapX * (plan.lanes - 1)) / plan.lanes;
    int widestTime = 0;
    for (const auto& item : source.items)
        if (!item.left.isEmpty())
            widestTime = std::max(widestTime, measure(item.left, px, 100000, true).widest + 2);
    plan.timeWidth = std::min(widestTime, plan.laneWidth * 3 / 10);
    plan.rail = px * 3 / 2;
    const int width = plan.contentWidth();
    for (const auto& item : source.items) {
        Row row;
        row.left = pieceOf(item.left, px, plan.timeWidth, true);
        row.leftHeight = row.left.height;
        row.right = pieceOf(item.right, px, width);
        row.sub = pieceOf(item.sub, px * 3 / 4, width);
        row.gap = pieceOf(item.gap, px * 3 / 4, width);
        row.day = pieceOf(item.day, px * 3 / 4, plan.laneWidth, true);
        row.gapHeight = (item.gap.isEmpty() ? 0 : row.gap.height + plan.pad) +
                        (item.day.isEmpty() ? 0 : row.day.height + plan.pad / 2);
        measureNotes(row, item, plan, width,
                     std::max(row.right.height, QFontMetrics(fontOf(px)).height()) +
                         (item.sub.isEmpty() ? 0 : plan.pad / 3 + row.sub.height));
        plan.rows.push_back(std::move(row));
    }
    return plan;
}

// Which rows show, and how much of their notes.
struct Choice {
    int first = 0;    // the rows before it gave way
    int linesTo = 0;  // the rows before it show their notes a line each
    int foldedTo = 0; // the rows before it show their notes as a count
    Notes notesOf(int row) const { return row < foldedTo ? Notes::Count : row < linesTo ? Notes::Lines : Notes::Whole; }
};

struct Placed {
    int row = 0;
    int lane = 0;
    int y = 0;
};

// The shown rows down the lanes in order; false when they do not fit in `height`.
bool flow(const Plan& plan, const Choice& choice, int height, std::vector<Placed>* out) {
    int lane = 0;
    int y = plan.header + (choice.first > 0 ? plan.earlier : 0);
    for (int i = choice.first; i < static_cast<int>(plan.rows.size()); ++i) {
        const int h = plan.rows[static_cast<std::size_t>(i)].height(choice.notesOf(i));
        if (y + h > height) {
            if (++lane >= plan.lanes)
                return false;
            y = plan.header;
            if (y + h > height)
                return false;
        }
        if (out)
            out->push_back({i, lane, y});
        y += h + plan.gap;
    }
    return true;
}

void drawCardBox(QPainter& painter, const QRect& box, RoomTone tone, bool parts) {
    painter.setBrush(Qt::white);
    painter.setPen(QPen(parts ? roomColour(RoomTone::Adaptation) : kEdge, parts ? 2 : 1));
    painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter.setBrush(Qt::NoBrush);
    painter.fillRect(QRect(box.x(), box.y() + 4, 6, box.height() - 8), roomColour(tone));
}

// The notes under a step or a moment from `y`, or their count when folded.
void drawNotes(QPainter& painter, const Row& row, Notes notes, const Plan& plan, int x, int y, int width,
               const QRect& container, RoomPaintResult& result) {
    if (row.chips.empty())
        return;
    if (notes == Notes::Count) {
        painter.setPen(kQuiet);
        drawText(painter, row.folded.text, fontOf(row.folded.pixels), QPointF(x, y + plan.pad / 2), width, container,
                 result);
        result.smallestFontPixels = std::min(result.smallestFontPixels, row.folded.pixels);
        return;
    }
    const int chipPad = plan.pad / 2 + 2;
    for (const auto& chip : row.chips) {
        y += plan.pad / 2;
        const bool whole = notes == Notes::Whole;
        const int h = whole ? chip.height : row.chipLine;
        const QRect box(x, y, width, h);
        // A pale wash of the kind's colour, and its colour whole down the edge.
        const QColor tone = roomColour(chip.tone);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor((tone.red() + 6 * 255) / 7, (tone.green() + 6 * 255) / 7, (tone.blue() + 6 * 255) / 7));
        painter.drawRoundedRect(box, 5, 5);
        painter.setBrush(Qt::NoBrush);
        painter.fillRect(QRect(x, y + 2, 5, h - 4), tone);
        painter.setPen(kInk);
        const int pixels = whole ? chip.text.pixels : row.chipPixels;
        drawText(painter, whole ? chip.text.text : chip.line, fontOf(pixels), QPointF(x + chipPad + 6, y + chipPad),
                 width - 2 * chipPad - 6, box, result);
        result.smallestFontPixels = std::min(result.smallestFontPixels, pixels);
        y += h;
    }
}

void drawStepRow(QPainter& painter, const Plan& plan, const RoomStepRow& step, const Row& row, Notes notes, int x,
                 int y, RoomPaintResult& result) {
    const int h = row.height(notes);
    const QRect left(x, y, plan.column, h);
    const QRect right(x + plan.column + plan.gutter, y, plan.column, h);
    const int textWidth = plan.column - 2 * plan.pad - 6;
    const int px = plan.pixels;
    // Where the two tracks part, the line between them is broken and coloured as an adaptation.
    const int lineY = y + plan.pad + QFontMetrics(fontOf(px)).height() / 2;
    const QColor joint = step.parts ? roomColour(RoomTone::Adaptation) : kRail;
    painter.setPen(QPen(joint, 2, step.parts ? Qt::DashLine : Qt::SolidLine));
    painter.drawLine(left.right(), lineY, right.left(), lineY);
    const int diameter = px * 5 / 4;
    const QRect circle(x + plan.column + (plan.gutter - diameter) / 2, lineY - diameter / 2, diameter, diameter);
    painter.setPen(Qt::NoPen);
    painter.setBrush(joint);
    painter.drawEllipse(circle);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(Qt::white);
    const int numberWidth = QFontMetrics(fontOf(row.number.pixels, true)).horizontalAdvance(row.number.text);
    const QRect gutter(x + plan.column, y, plan.gutter, h);
    drawText(painter, row.number.text, fontOf(row.number.pixels, true),
             QPointF(circle.center().x() + 1 - numberWidth / 2.0, circle.center().y() + 1 - row.number.height / 2.0),
             plan.gutter, gutter, result);

    for (const auto& [box, piece, tone] :
         {std::tuple{left, &row.left, RoomTone::Theme}, std::tuple{right, &row.right, RoomTone::Story}}) {
        if (piece->text.isEmpty()) { // this track has no step here
            painter.setPen(QPen(kEdge, 2, Qt::DashLine));
            painter.drawRoundedRect(QRectF(box).adjusted(1, 1, -1, -1), 8, 8);
            continue;
        }
        drawCardBox(painter, box, tone, step.parts && box == right);
        painter.setPen(kInk);
        drawText(painter, piece->text, fontOf(piece->pixels), QPointF(box.x() + plan.pad + 6, box.y() + plan.pad),
                 textWidth, box, result);
        result.smallestFontPixels = std::min(result.smallestFontPixels, piece->pixels);
    }
    const int below = right.y() + plan.pad + std::max(row.right.height, QFontMetrics(fontOf(px)).height());
    drawNotes(painter, row, notes, plan, right.x() + plan.pad + 6, below, textWidth, right, result);
}

void drawMoment(QPainter& painter, const Plan& plan, const Row& row, Notes notes, bool last, int x, int y,
                RoomPaintResult& result) {
    const int h = row.height(notes);
    const QRect block(x, y, plan.laneWidth, h);
    const int railX = x + plan.timeWidth + plan.rail / 2;
    const int contentX = x + plan.contentX();
    const int width = plan.contentWidth();
    const int gapOnly = row.gapHeight - (row.day.text.isEmpty() ? 0 : row.day.height + plan.pad / 2);
    if (gapOnly > 0) { // a stretch of time: the line goes on dotted, and says how long
        painter.setPen(QPen(kRail, 2, Qt::DotLine));
        painter.drawLine(railX, y, railX, y + gapOnly);
        painter.setPen(kQuiet);
        QFont font = fontOf(row.gap.pixels);
        font.setItalic(true);
        drawText(painter, row.gap.text, font, QPointF(contentX, y + plan.pad / 2), width, block, result);
        result.smallestFontPixels = std::min(result.smallestFontPixels, row.gap.pixels);
    }
    if (!row.day.text.isEmpty()) { // the date, across the lane above its first moment
        painter.setPen(kTime);
        drawText(painter, row.day.text, fontOf(row.day.pixels, true), QPointF(x, y + gapOnly), plan.laneWidth, block,
                 result);
        result.smallestFontPixels = std::min(result.smallestFontPixels, row.day.pixels);
    }
    const int top = y + row.gapHeight;
    const int lineHeight = QFontMetrics(fontOf(plan.pixels)).height();
    if (!last) { // the line runs on to the next moment in this lane
        painter.setPen(QPen(kRail, 2));
        painter.drawLine(railX, top + lineHeight / 2, railX, y + h + plan.gap);
    }
    const int dot = std::max(8, plan.pixels * 2 / 3);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(kTime);
    painter.drawEllipse(QRect(railX - dot / 2, top + lineHeight / 2 - dot / 2, dot, dot));
    painter.setBrush(Qt::NoBrush);
    if (!row.left.text.isEmpty()) {
        painter.setPen(kTime);
        drawText(painter, row.left.text, fontOf(row.left.pixels, true), QPointF(x, top), plan.timeWidth, block, result);
        result.smallestFontPixels = std::min(result.smallestFontPixels, row.left.pixels);
    }
    painter.setPen(kInk);
    int below =
        drawText(painter, row.right.text, fontOf(row.right.pixels), QPointF(contentX, top), width, block, result);
    result.smallestFontPixels = std::min(result.smallestFontPixels, row.right.pixels);
    below = std::max(below, lineHeight);
    if (!row.sub.text.isEmpty()) {
        painter.setPen(kQuiet);
        below += plan.pad / 3 + drawText(painter, row.sub.text, fontOf(row.sub.pixels),
                                         QPointF(contentX, top + below + plan.pad / 3), width, block, result);
        result.smallestFontPixels = std::min(result.smallestFontPixels, row.sub.pixels);
    }
    drawNotes(painter, row, notes, plan, contentX, top + below, width, block, result);
}

} // namespace

void paintRoomRows(QPainter& painter, const QRect& inner, const RoomPicture& picture, int readable,
                   RoomPaintResult& result) {
    const Source source(picture);
    const int count = static_cast<int>(source.items.size());
    const int height = inner.height();
    // The largest size at which every row shows whole, with its notes.
    int lo = readable, hi = std::max(readable, std::min(inner.height() / 13, 72)), best = readable;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (flow(planAt(mid, source, inner), {}, height, nullptr)) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    // At the readable size nothing shrinks further: the notes of the oldest rows shrink to a line each, then
    // fold into their count, then the oldest rows give way, so the latest (the moment or step just typed)
    // is always on the wall, with its notes whole when they fit.
    Plan plan = planAt(best, source, inner);
    Choice choice;
    if (!flow(plan, choice, height, nullptr)) {
        while (choice.linesTo < count && !flow(plan, choice, height, nullptr))
            ++choice.linesTo;
        while (choice.foldedTo < count && !flow(plan, choice, height, nullptr))
            ++choice.foldedTo;
        while (choice.first < count - 1 && !flow(plan, choice, height, nullptr))
            ++choice.first;
        // One row taller than the wall on its own: smaller type rather than words off the screen.
        for (int px = best - 1; px >= kSmallest && !flow(plan, choice, height, nullptr); --px)
            plan = planAt(px, source, inner);
    }
    result.fontPixels = plan.pixels;
    result.smallestFontPixels = plan.pixels;
    result.columns = plan.lanes;

    std::vector<Placed> placed;
    flow(plan, choice, height, &placed);
    if (source.steps) {
        for (const auto& [x, heading, tone] :
             {std::tuple{inner.left(), &plan.imaginedHeading, RoomTone::Theme},
              std::tuple{inner.left() + plan.column + plan.gutter, &plan.doneHeading, RoomTone::Story}}) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(roomColour(tone));
            painter.drawRoundedRect(QRect(x, inner.top(), plan.column, plan.pixels / 3 + 3), 2, 2);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(kInk);
            const QRect box(x, inner.top() + plan.pixels / 3 + 6, plan.column, heading->height);
            drawText(painter, heading->text, fontOf(heading->pixels, true), box.topLeft(), plan.column, box, result);
        }
    }
    if (choice.first > 0) {
        const auto earlier =
            source.steps ? QCoreApplication::translate("RoomView", "+ %n earlier step(s)", nullptr, choice.first)
                         : QCoreApplication::translate("RoomView", "+ %n earlier moment(s)", nullptr, choice.first);
        const QRect box(inner.left(), inner.top() + plan.header, plan.laneWidth, plan.earlier);
        painter.setPen(kQuiet);
        drawText(painter, earlier, fontOf(plan.pixels * 3 / 4), box.topLeft(), box.width(), box, result);
    }
    for (std::size_t k = 0; k < placed.size(); ++k) {
        const auto& p = placed[k];
        const bool lastInLane = k + 1 == placed.size() || placed[k + 1].lane != p.lane;
        const auto& row = plan.rows[static_cast<std::size_t>(p.row)];
        const Notes notes = choice.notesOf(p.row);
        const int x = inner.left() + p.lane * (plan.laneWidth + plan.gapX);
        const int y = inner.top() + p.y;
        if (source.steps)
            drawStepRow(painter, plan, picture.steps[static_cast<std::size_t>(p.row)], row, notes, x, y, result);
        else
            drawMoment(painter, plan, row, notes, lastInLane, x, y, result);
        ++result.shownCards;
    }
    result.hiddenCards = choice.first;
}

} // namespace ltw::gui
