// Text on the room's wall: measured and drawn with lines that break only between words, at a size small
// enough that no word is wider than its box, with where every word landed recorded for the tests. What a
// frame measures and lays out is kept for the next one, since from frame to frame almost all is the same.
#pragma once

#include "room/room_painter.hpp"

#include <QFont>
#include <QPointF>
#include <QRect>
#include <QString>

class QPainter;

namespace ltw::gui::roomtext {

constexpr int kSmallest = 8; // pixels: a card's type never goes below this, whatever its longest word

QFont fontOf(int pixels, bool bold = false);

// `text` in lines of `width` at `pixels`: its height, and its widest line (wider than `width` when a word is).
struct Measured {
    int height = 0;
    int widest = 0;
    int lines = 0;
};
Measured measure(const QString& text, int pixels, int width, bool bold = false);

// The largest size up to `pixels` at which no word of `text` is wider than `width`.
int sizeThatFits(const QString& text, int pixels, int width, bool bold = false);

// Draws `text` at `origin` in lines of `width`; records its words (inside `container`) and the text in
// `result`. Returns the height drawn.
int drawText(QPainter& painter, const QString& text, const QFont& font, QPointF origin, int width,
             const QRect& container, RoomPaintResult& result);

// A heading of at most three lines; a longer one ends its third line with "…".
QString headingText(const QString& heading, int pixels, int width);

} // namespace ltw::gui::roomtext
