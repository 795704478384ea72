#include "room/room_painter.hpp"
#include "room/room_rows_painter.hpp"
#include "room/room_text.hpp"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

using roomtext::drawText;
using roomtext::fontOf;
using roomtext::headingText;
using roomtext::kSmallest;
using roomtext::measure;
using roomtext::sizeThatFits;

const QColor kBackground(0xf7, 0xf6, 0xf2);
const QColor kInk(0x1b, 0x20, 0x24);
const QColor kQuiet(0x4a, 0x52, 0x59);

// A group of cards (a kind, a theme, a defense) at one size and width: its heading and each card measured.
struct CardPlan {
    const RoomCard* card = nullptr;
    QString text;
    QString detail;
    QStringList lines; // "– " and a note a defense answers
    int pixels = 0;    // smaller than the group's when a word would not fit otherwise
    int height = 0;
};

struct GroupPlan {
    const RoomColumn* column = nullptr;
    QString heading;
    int headingPixels = 0;
    int headingHeight = 0;
    std::vector<CardPlan> cards;
    int hidden = 0; // from the oldest end (keepLast) or the last ones
    int shown() const { return static_cast<int>(cards.size()) - hidden; }
    const CardPlan& shownCard(int k) const {
        return cards[static_cast<std::size_t>(column->keepLast ? hidden + k : k)];
    }
};

// One thing placed on the wall: a group's heading (or its heading again at the top of the next column), the
// "+ N earlier" line, or a card.
struct Placed {
    enum Kind { Heading, Continued, More, Card } kind = Card;
    int group = 0;
    int card = 0; // for a card: its index among the group's shown cards
    int lane = 0;
    int y = 0; // from the top of the lanes
};

struct Plan {
    int pixels = 0;
    int lanes = 1;
    int width = 0;
    int pad = 0;
    int gap = 0;
    int moreHeight = 0;
    int continuedHeight = 0;
    bool complete = true; // every card measured: false when the oldest were left out as surely hidden
    std::vector<GroupPlan> groups;
};

// The picture's texts as Qt strings, converted once a frame rather than once a size tried.
struct Texts {
    struct Card {
        QString text;
        QString detail;
        QStringList lines;
    };
    std::vector<std::vector<Card>> groups;
    explicit Texts(const RoomPicture& picture) {
        for (const auto& column : picture.columns) {
            auto& cards = groups.emplace_back();
            cards.reserve(column.cards.size());
            for (const auto& card : column.cards) {
                Card c{QString::fromStdString(card.text), QString::fromStdString(card.detail), {}};
                for (const auto& line : card.lines)
                    c.lines << u"– "_s + QString::fromStdString(line);
                cards.push_back(std::move(c));
            }
        }
    }
};

// Lanes of equal width, as many as the type leaves room for: every group's cards measured at that width.
Plan planAt(int pixels, const RoomPicture& picture, const Texts& texts, const QRect& inner, int gapX) {
    Plan plan;
    plan.pixels = pixels;
    const int narrowest = pixels * 8; // a dozen words in a line or two, never the slivers of nine columns
    plan.lanes = std::max(1, (inner.width() + gapX) / (narrowest + gapX));
    plan.width = (inner.width() - gapX * (plan.lanes - 1)) / plan.lanes;
    plan.pad = pixels / 3 + 3;
    plan.gap = pixels / 3 + 2;
    plan.moreHeight = QFontMetrics(fontOf(pixels * 3 / 4)).height() + 2;
    const int textWidth = plan.width - 2 * plan.pad - 6;
    const int headingPx = pixels * 9 / 10;
    plan.continuedHeight = pixels / 3 + 6 + QFontMetrics(fontOf(headingPx, true)).height() + pixels / 3;
    for (const auto& column : picture.columns) {
        GroupPlan g;
        g.column = &column;
        const auto heading = QString::fromStdString(column.heading);
        g.headingPixels = sizeThatFits(heading, headingPx, plan.width, true);
        g.heading = headingText(heading, g.headingPixels, plan.width);
        g.headingHeight = pixels / 3 + 6 + measure(g.heading, g.headingPixels, plan.width, true).height + pixels / 3;
        // No group can show more cards than the lanes hold at their smallest: older ones are not measured.
        const int smallestCard = 2 * plan.pad + QFontMetrics(fontOf(pixels)).height() + plan.gap;
        const int most = plan.lanes * std::max(1, inner.height() / std::max(1, smallestCard)) + 1;
        const int total = static_cast<int>(column.cards.size());
        g.hidden = std::max(0, total - most);
        plan.complete = plan.complete && g.hidden == 0;
        const auto& groupTexts = texts.groups[plan.groups.size()];
        g.cards.resize(column.cards.size());
        for (int k = 0; k < total; ++k) {
            const bool leftOut = column.keepLast ? k < g.hidden : k >= total - g.hidden;
            auto& c = g.cards[static_cast<std::size_t>(k)];
            const auto& card = column.cards[static_cast<std::size_t>(k)];
            c.card = &card;
            if (leftOut)
                continue;
            const auto& t = groupTexts[static_cast<std::size_t>(k)];
            c.text = t.text;
            c.detail = t.detail;
            c.lines = t.lines;
            c.pixels = sizeThatFits(c.text, pixels, textWidth);
            if (!c.detail.isEmpty())
                c.pixels = std::min(c.pixels, sizeThatFits(c.detail, pixels * 3 / 4, textWidth) * 4 / 3);
            for (const auto& line : c.lines)
                c.pixels = std::min(c.pixels, sizeThatFits(line, pixels * 3 / 4, textWidth) * 4 / 3);
            c.height = 2 * plan.pad + measure(c.text, c.pixels, textWidth).height;
            for (const auto& line : c.lines)
                c.height += plan.pad / 3 + measure(line, c.pixels * 3 / 4, textWidth).height;
            if (!c.detail.isEmpty())
                c.height += plan.pad / 2 + measure(c.detail, c.pixels * 3 / 4, textWidth).height;
        }
        plan.groups.push_back(std::move(g));
    }
    return plan;
}

// The groups flow down the lanes in their order, like a newspaper's columns: a group that does not end in
// one lane goes on at the top of the next under its heading again; a heading never stands alone at the foot
// of a lane. False when the lanes are not enough.
bool flow(const Plan& plan, int height, std::vector<Placed>* out) {
    int lane = 0;
    int y = 0;
    const auto next = [&] {
        ++lane;
        y = 0;
        return lane < plan.lanes;
    };
    for (int gi = 0; gi < static_cast<int>(plan.groups.size()); ++gi) {
        const auto& g = plan.groups[static_cast<std::size_t>(gi)];
        const bool moreFirst = g.hidden > 0 && g.column->keepLast;
        const int firstThing = g.shown() > 0 ? g.shownCard(0).height + plan.gap : plan.moreHeight;
        if (y > 0 && y + g.headingHeight + (moreFirst ? plan.moreHeight : 0) + firstThing > height && !next())
            return false;
        if (out)
            out->push_back({Placed::Heading, gi, 0, lane, y});
        y += g.headingHeight;
        if (moreFirst) {
            if (out)
                out->push_back({Placed::More, gi, 0, lane, y});
            y += plan.moreHeight;
        }
        for (int k = 0; k < g.shown(); ++k) {
            const int h = g.shownCard(k).height;
            if (y + h > height) {
                if (y == 0 || !next())
                    return false; // a card taller than a lane, or no lane left
                if (out)
                    out->push_back({Placed::Continued, gi, 0, lane, y});
                y += plan.continuedHeight;
                if (y + h > height)
                    return false;
            }
            if (out)
                out->push_back({Placed::Card, gi, k, lane, y});
            y += h + plan.gap;
        }
        if (g.hidden > 0 && !g.column->keepLast) {
            if (y + plan.moreHeight > height && !next())
                return false;
            if (out)
                out->push_back({Placed::More, gi, 0, lane, y});
            y += plan.moreHeight;
        }
    }
    return true;
}

// At the readable size nothing shrinks further: the oldest cards of the fullest group give way, one at a time.
void makeRoom(Plan& plan, int height) {
    const auto fullest = [&]() -> GroupPlan* {
        GroupPlan* found = nullptr;
        for (auto& g : plan.groups)
            if (g.shown() > 0 && (!found || g.shown() > found->shown()))
                found = &g;
        return found;
    };
    const auto drop = [](GroupPlan& g) { // the card that gives way next
        return g.column->keepLast ? g.hidden : static_cast<int>(g.cards.size()) - 1 - g.hidden;
    };
    // First without laying out: while everything together is taller than all the lanes, it cannot fit.
    long long total = 0;
    for (const auto& g : plan.groups) {
        total += g.headingHeight + (g.hidden > 0 ? plan.moreHeight : 0);
        for (int k = 0; k < g.shown(); ++k)
            total += g.shownCard(k).height + plan.gap;
    }
    const long long room = static_cast<long long>(plan.lanes) * height;
    while (total > room) {
        auto* g = fullest();
        if (!g)
            return;
        total -=
            g->cards[static_cast<std::size_t>(drop(*g))].height + plan.gap - (g->hidden == 0 ? plan.moreHeight : 0);
        ++g->hidden;
    }
    // Then as laid out: lanes end where a card no longer fits, not at the last pixel.
    while (!flow(plan, height, nullptr)) {
        auto* g = fullest();
        if (!g)
            return;
        ++g->hidden;
    }
}

} // namespace

QColor roomColour(RoomTone tone) {
    switch (tone) {
    case RoomTone::Story: return QColor(0x3b, 0x6a, 0x9a);
    case RoomTone::Easy: return QColor(0x3f, 0x8a, 0x3a);
    case RoomTone::Hard: return QColor(0xc2, 0x41, 0x43);
    case RoomTone::Adaptation: return QColor(0xd6, 0x74, 0x14);
    case RoomTone::Tradeoff: return QColor(0x8e, 0x5a, 0x86);
    case RoomTone::WeakSignal: return QColor(0xc9, 0x9a, 0x00);
    case RoomTone::Question: return QColor(0x3d, 0x8d, 0x88);
    case RoomTone::ParkingLot: return QColor(0x84, 0x5f, 0x4c);
    case RoomTone::Reflection: return QColor(0x7a, 0x74, 0x70);
    case RoomTone::Theme: return QColor(0x2f, 0x48, 0x58);
    case RoomTone::Defense: return QColor(0x2f, 0x6d, 0x4f);
    case RoomTone::Gap: return QColor(0xc2, 0x41, 0x43);
    case RoomTone::Action: return QColor(0x3b, 0x5b, 0x9a);
    case RoomTone::Learning: return QColor(0x2f, 0x48, 0x58);
    case RoomTone::LookFor: return QColor(0x3d, 0x8d, 0x88);
    }
    return kInk;
}

RoomPaintResult paintRoomPicture(QPainter& painter, const QRect& area, const RoomPicture& picture,
                                 const QString& footer) {
    RoomPaintResult result;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(area, kBackground);
    const int margin = std::max(12, area.height() / 40);
    QRect inner = area.adjusted(margin, margin, -margin, -margin);

    // Title line: the Learning Team and the phase, quiet, so the cards have the room.
    const int titlePx = std::max(14, area.height() / 36);
    painter.setFont(fontOf(titlePx, true));
    painter.setPen(kQuiet);
    const auto title = QString::fromStdString(picture.title) + u"  ·  "_s + QString::fromStdString(picture.subtitle);
    const QFontMetrics titleFm(painter.font());
    painter.drawText(QRect(inner.left(), inner.top(), inner.width(), titleFm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, titleFm.elidedText(title, Qt::ElideRight, inner.width()));
    result.drawnTexts << title;
    inner.setTop(inner.top() + titleFm.height() + margin / 2);
    if (!footer.isEmpty()) {
        painter.drawText(QRect(inner.left(), inner.bottom() - titleFm.height(), inner.width(), titleFm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, footer);
        result.drawnTexts << footer;
        inner.setBottom(inner.bottom() - titleFm.height() - margin / 2);
    }

    if (picture.layout == RoomLayout::Columns ? picture.columns.empty() : picture.empty()) {
        painter.setFont(fontOf(area.height() / 24));
        painter.setPen(kQuiet);
        const auto waiting =
            picture.layout == RoomLayout::Steps
                ? QCoreApplication::translate("RoomView", "The steps of the work appear here as they are written down.")
            : picture.layout == RoomLayout::Timeline
                ? QCoreApplication::translate("RoomView",
                                              "The moments of the event appear here as the room recalls them.")
                : QCoreApplication::translate("RoomView", "The shared picture grows here as the room talks.");
        drawText(painter, waiting, painter.font(), inner.topLeft(), inner.width(), inner, result);
        painter.restore();
        return result;
    }

    // The largest size at which everything fits, but never smaller than can be read from the back of a room
    // (a fortieth of the screen's height): below that, the oldest cards give way.
    const int gapX = margin;
    const int readable = std::max(12, area.height() / 40);
    if (picture.layout != RoomLayout::Columns) {
        paintRoomRows(painter, inner, picture, readable, result);
        painter.restore();
        return result;
    }
    int lo = readable, hi = std::max(readable, std::min(area.height() / 14, 72)), best = readable;
    // A frame is mostly the last one with a card more: the size it had is tried first, and one size larger.
    thread_local int lastBest = 0;
    thread_local std::size_t lastCards = 0; // and how many cards there were, when some of them gave way
    thread_local QString lastPicture;       // of which picture (phase, groups, screen)
    std::size_t cards = 0;
    for (const auto& column : picture.columns)
        cards += column.cards.size();
    const QString thisPicture = u"%1|%2|%3x%4"_s.arg(QString::fromStdString(picture.subtitle))
                                    .arg(picture.columns.size())
                                    .arg(area.width())
                                    .arg(area.height());
    if (thisPicture != lastPicture) {
        lastCards = 0;
        lastPicture = thisPicture;
    }
    const Texts texts(picture);
    const auto fitsAt = [&](int px) {
        const auto plan = planAt(px, picture, texts, inner, gapX);
        return plan.complete && flow(plan, inner.height(), nullptr);
    };
    if (lastBest >= lo && lastBest <= hi) {
        if (lastBest == lo || fitsAt(lastBest)) { // the floor is taken whether it fits or not
            best = lastBest;
            // Cards gave way at the floor last time and none has gone since: a larger size cannot fit.
            const bool stillFull = lastBest == lo && lastCards > 0 && cards >= lastCards;
            if (lastBest == hi || stillFull || !fitsAt(lastBest + 1))
                lo = hi + 1; // still the largest: no search
            else
                lo = lastBest + 1;
        } else {
            hi = lastBest - 1;
        }
    }
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (fitsAt(mid)) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    lastBest = best;
    Plan plan = planAt(best, picture, texts, inner, gapX);
    makeRoom(plan, inner.height());
    lastCards =
        std::any_of(plan.groups.begin(), plan.groups.end(), [](const auto& g) { return g.hidden > 0; }) ? cards : 0;
    result.fontPixels = best;
    result.smallestFontPixels = best;
    result.columns = plan.lanes;

    std::vector<Placed> placed;
    flow(plan, inner.height(), &placed); // makeRoom made it fit, unless a single card is taller than the wall
    const int textWidth = plan.width - 2 * plan.pad - 6;
    const QFontMetrics headingFm(fontOf(best * 9 / 10, true));
    for (const auto& p : placed) {
        const auto& g = plan.groups[static_cast<std::size_t>(p.group)];
        const int x = inner.left() + p.lane * (plan.width + gapX);
        const int y = inner.top() + p.y;
        switch (p.kind) {
        case Placed::Heading:
        case Placed::Continued: {
            painter.setPen(Qt::NoPen);
            painter.setBrush(roomColour(g.column->tone));
            painter.drawRoundedRect(QRect(x, y, plan.width, best / 3 + 3), 2, 2);
            painter.setPen(kInk);
            const int top = y + best / 3 + 6;
            if (p.kind == Placed::Heading) {
                const QRect box(x, top, plan.width, g.headingHeight - best / 3 - 6);
                drawText(painter, g.heading, fontOf(g.headingPixels, true), box.topLeft(), plan.width, box, result);
            } else { // one line: the heading, shortened with "…" when it must be
                const auto again = headingFm.elidedText(g.heading.simplified(), Qt::ElideRight, plan.width);
                const QRect box(x, top, plan.width, headingFm.height());
                drawText(painter, again, fontOf(best * 9 / 10, true), box.topLeft(), plan.width, box, result);
            }
            break;
        }
        case Placed::More: {
            const auto more = g.column->keepLast ? QCoreApplication::translate("RoomView", "+ %1 earlier").arg(g.hidden)
                                                 : QCoreApplication::translate("RoomView", "+ %1 more").arg(g.hidden);
            painter.setFont(fontOf(best * 3 / 4));
            painter.setPen(kQuiet);
            painter.drawText(QRect(x, y, plan.width, plan.moreHeight), Qt::AlignLeft | Qt::AlignVCenter, more);
            result.drawnTexts << more;
            break;
        }
        case Placed::Card: {
            const auto& c = g.shownCard(p.card);
            const QRect box(x, y, plan.width, c.height);
            painter.setBrush(c.card->newest ? QColor(0xff, 0xf4, 0xc2) : QColor(Qt::white));
            painter.setPen(
                QPen(c.card->newest ? QColor(0xc9, 0x9a, 0x00) : QColor(0xd9, 0xd8, 0xd2), c.card->newest ? 3 : 1));
            painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8); // filled and outlined at once
            painter.setBrush(Qt::NoBrush);
            painter.fillRect(QRect(x, y + 4, 6, c.height - 8), roomColour(c.card->tone));
            painter.setPen(kInk);
            const QPointF origin(x + plan.pad + 6, y + plan.pad);
            qreal below = drawText(painter, c.text, fontOf(c.pixels), origin, textWidth, box, result);
            for (const auto& line : c.lines)
                below += plan.pad / 3 + drawText(painter, line, fontOf(c.pixels * 3 / 4),
                                                 origin + QPointF(0, below + plan.pad / 3), textWidth, box, result);
            if (!c.detail.isEmpty()) { // a rating, a status: in the card's colour, so it reads as a word and a colour
                painter.setPen(roomColour(c.card->tone).darker(125));
                drawText(painter, c.detail, fontOf(c.pixels * 3 / 4), origin + QPointF(0, below + plan.pad / 2),
                         textWidth, box, result);
            }
            result.smallestFontPixels = std::min(result.smallestFontPixels, c.pixels);
            ++result.shownCards;
            break;
        }
        }
    }
    for (const auto& g : plan.groups)
        result.hiddenCards += g.hidden;
    painter.restore();
    return result;
}

RoomPaintResult paintRoomMessage(QPainter& painter, const QRect& area, const QString& title, const QStringList& lines) {
    RoomPaintResult result;
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(area, kBackground);
    const int margin = area.height() / 12;
    const QRect inner = area.adjusted(margin, margin, -margin, -margin);
    QStringList bullets;
    for (const auto& l : lines)
        bullets << u"•  "_s + l;
    // The largest type at which the title and every line fit, and no word is wider than the screen allows.
    const auto height = [&](int px) {
        int h = measure(title, px * 5 / 4, inner.width(), true).height + px;
        for (const auto& b : bullets)
            h += measure(b, px, inner.width()).height + px / 3;
        return h;
    };
    const auto wordsFit = [&](int px) {
        bool ok = measure(title, px * 5 / 4, inner.width(), true).widest <= inner.width();
        for (const auto& b : bullets)
            ok = ok && measure(b, px, inner.width()).widest <= inner.width();
        return ok;
    };
    int px = std::max(12, area.height() / 10);
    while (px > kSmallest && (height(px) > inner.height() || !wordsFit(px)))
        --px;
    result.fontPixels = px;
    result.smallestFontPixels = px;
    qreal y = inner.top() + std::max(0, (inner.height() - height(px)) / 2);
    painter.setPen(kInk);
    y += drawText(painter, title, fontOf(px * 5 / 4, true), QPointF(inner.left(), y), inner.width(), area, result) + px;
    for (const auto& b : bullets)
        y += drawText(painter, b, fontOf(px), QPointF(inner.left(), y), inner.width(), area, result) + px / 3;
    // The lines as they were given (the tests look for them without the bullet).
    for (const auto& l : lines)
        result.drawnTexts << l;
    painter.restore();
    return result;
}

QImage renderRoomPicture(const RoomPicture& picture, QSize size) {
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    paintRoomPicture(painter, QRect(QPoint(0, 0), size), picture);
    return image;
}

QByteArray roomPicturePng(const LearningTeamSnapshot& snapshot, QSize size, LearnPicture learn) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    renderRoomPicture(buildRoomPicture(snapshot, snapshot.learningTeam.phase, learn), size).save(&buffer, "PNG");
    return bytes;
}

} // namespace ltw::gui
