#include "room/room_painter.hpp"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

const QColor kBackground(0xf7, 0xf6, 0xf2);
const QColor kInk(0x1b, 0x20, 0x24);
const QColor kQuiet(0x4a, 0x52, 0x59);

QFont fontOf(int pixels, bool bold = false) {
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(std::max(8, pixels));
    f.setBold(bold);
    return f;
}

struct Metrics {
    int font = 0;
    int pad = 0;
    int gap = 0;
    int heading = 0;
};

QFont headingFont(int font) { return fontOf(font * 9 / 10, true); }

// Headings wrap (up to three lines): the tallest one sets where every column's cards begin.
Metrics metricsFor(int font, const RoomPicture& picture, int width) {
    const QFontMetrics fm(headingFont(font));
    int lines = 1;
    for (const auto& c : picture.columns)
        lines = std::max(
            lines,
            fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, QString::fromStdString(c.heading)).height() /
                std::max(1, fm.lineSpacing()));
    lines = std::min(lines, 3);
    return {font, font / 2 + 2, font / 2 + 2, font / 3 + 8 + lines * fm.lineSpacing() + font / 3};
}

int cardHeight(const RoomCard& card, int width, const Metrics& m) {
    const QFontMetrics fm(fontOf(m.font));
    int h =
        fm.boundingRect(QRect(0, 0, width - 2 * m.pad - 6, 100000), Qt::TextWordWrap, QString::fromStdString(card.text))
            .height();
    if (!card.detail.empty())
        h += QFontMetrics(fontOf(m.font * 3 / 4))
                 .boundingRect(QRect(0, 0, width - 2 * m.pad - 6, 100000), Qt::TextWordWrap,
                               QString::fromStdString(card.detail))
                 .height();
    return h + 2 * m.pad;
}

// How many cards of each column fit under the heading at this size.
int columnHeight(const RoomColumn& c, int width, const Metrics& m) {
    int h = m.heading;
    for (const auto& card : c.cards)
        h += cardHeight(card, width, m) + m.gap;
    return h;
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

    const int n = std::max<int>(1, static_cast<int>(picture.columns.size()));
    const int gapX = margin;
    const int width = (inner.width() - gapX * (n - 1)) / n;

    // The largest size at which every column fits, but never smaller than can be read from the back
    // of a room (a fortieth of the screen's height): below that, the oldest cards give way.
    const int readable = std::max(12, area.height() / 40);
    int lo = readable, hi = std::max(readable, std::min(area.height() / 14, 72)), best = readable;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const auto m = metricsFor(mid, picture, width);
        bool fits = true;
        for (const auto& c : picture.columns)
            fits = fits && columnHeight(c, width, m) <= inner.height();
        if (fits) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    const auto m = metricsFor(best, picture, width);
    result.fontPixels = best;

    int x = inner.left();
    for (const auto& column : picture.columns) {
        const QColor colour = roomColour(column.tone);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRect(x, inner.top(), width, m.font / 3 + 3), 2, 2);
        painter.setFont(headingFont(m.font));
        painter.setPen(kInk);
        const QFontMetrics headFm(painter.font());
        const auto heading = QString::fromStdString(column.heading);
        const QRect headingBox(x, inner.top() + m.font / 3 + 6, width, m.heading - m.font / 3 - 6 - m.font / 3);
        painter.save();
        painter.setClipRect(headingBox); // a heading longer than three lines is cut, not run into the cards
        painter.drawText(headingBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, heading);
        painter.restore();
        result.drawnTexts << heading;
        int y = inner.top() + m.heading;
        // If not all cards fit, keep the newest (or the first, as the column says) and count the rest.
        std::vector<const RoomCard*> shown;
        int used = 0;
        const int total = static_cast<int>(column.cards.size());
        for (int k = 0; k < total; ++k) {
            const auto& card = column.cards[static_cast<std::size_t>(column.keepLast ? total - 1 - k : k)];
            const int h = cardHeight(card, width, m) + m.gap;
            if (m.heading + used + h > inner.height() - (k + 1 < total ? headFm.height() : 0))
                break;
            used += h;
            if (column.keepLast)
                shown.insert(shown.begin(), &card);
            else
                shown.push_back(&card);
        }
        const int hidden = total - static_cast<int>(shown.size());
        result.hiddenCards += hidden;
        const auto more = column.keepLast ? u"+ %1 earlier"_s.arg(hidden) : u"+ %1 more"_s.arg(hidden);
        if (hidden > 0 && column.keepLast) {
            painter.setFont(fontOf(m.font * 3 / 4));
            painter.setPen(kQuiet);
            painter.drawText(QRect(x, y, width, headFm.height()), Qt::AlignLeft | Qt::AlignVCenter, more);
            result.drawnTexts << more;
            y += headFm.height();
        }
        for (const auto* card : shown) {
            const int h = cardHeight(*card, width, m);
            const QRect box(x, y, width, h);
            QPainterPath path;
            path.addRoundedRect(box, 8, 8);
            painter.fillPath(path, card->newest ? QColor(0xff, 0xf4, 0xc2) : QColor(Qt::white));
            painter.setBrush(Qt::NoBrush);
            painter.setPen(
                QPen(card->newest ? QColor(0xc9, 0x9a, 0x00) : QColor(0xd9, 0xd8, 0xd2), card->newest ? 3 : 1));
            painter.drawPath(path);
            painter.fillRect(QRect(x, y + 4, 6, h - 8), roomColour(card->tone));
            painter.setPen(kInk);
            painter.setFont(fontOf(m.font));
            const auto text = QString::fromStdString(card->text);
            painter.drawText(box.adjusted(m.pad + 6, m.pad, -m.pad, -m.pad), Qt::TextWordWrap | Qt::AlignTop, text);
            result.drawnTexts << text;
            if (!card->detail.empty()) {
                painter.setFont(fontOf(m.font * 3 / 4));
                painter.setPen(kQuiet);
                const auto detail = QString::fromStdString(card->detail);
                painter.drawText(box.adjusted(m.pad + 6, m.pad, -m.pad, -m.pad),
                                 Qt::AlignBottom | Qt::AlignLeft | Qt::TextWordWrap, detail);
                result.drawnTexts << detail;
            }
            y += h + m.gap;
        }
        if (hidden > 0 && !column.keepLast) {
            painter.setFont(fontOf(m.font * 3 / 4));
            painter.setPen(kQuiet);
            painter.drawText(QRect(x, y, width, headFm.height()), Qt::AlignLeft | Qt::AlignVCenter, more);
            result.drawnTexts << more;
        }
        x += width + gapX;
    }
    if (picture.columns.empty()) {
        painter.setFont(fontOf(area.height() / 24));
        painter.setPen(kQuiet);
        const auto waiting =
            QCoreApplication::translate("RoomView", "The shared picture grows here as the room talks.");
        painter.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap, waiting);
        result.drawnTexts << waiting;
    }
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
    // The largest type at which the title and every line fit.
    int px = std::max(12, area.height() / 10);
    auto height = [&](int size) {
        int h = QFontMetrics(fontOf(size * 5 / 4, true)).boundingRect(inner, Qt::TextWordWrap, title).height() + size;
        for (const auto& l : lines)
            h += QFontMetrics(fontOf(size)).boundingRect(inner, Qt::TextWordWrap, u"•  "_s + l).height() + size / 3;
        return h;
    };
    while (px > 12 && height(px) > inner.height())
        --px;
    result.fontPixels = px;
    int y = inner.top() + std::max(0, (inner.height() - height(px)) / 2);
    painter.setPen(kInk);
    painter.setFont(fontOf(px * 5 / 4, true));
    const auto titleRect = QFontMetrics(painter.font()).boundingRect(inner, Qt::TextWordWrap, title);
    painter.drawText(QRect(inner.left(), y, inner.width(), titleRect.height()), Qt::TextWordWrap, title);
    result.drawnTexts << title;
    y += titleRect.height() + px;
    painter.setFont(fontOf(px));
    for (const auto& l : lines) {
        const auto text = u"•  "_s + l;
        const auto r = QFontMetrics(painter.font()).boundingRect(inner, Qt::TextWordWrap, text);
        painter.drawText(QRect(inner.left(), y, inner.width(), r.height()), Qt::TextWordWrap, text);
        result.drawnTexts << l;
        y += r.height() + px / 3;
    }
    painter.restore();
    return result;
}

QImage renderRoomPicture(const RoomPicture& picture, QSize size) {
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    paintRoomPicture(painter, QRect(QPoint(0, 0), size), picture);
    return image;
}

QByteArray roomPicturePng(const LearningTeamSnapshot& snapshot, QSize size) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    renderRoomPicture(buildRoomPicture(snapshot), size).save(&buffer, "PNG");
    return bytes;
}

} // namespace ltw::gui
