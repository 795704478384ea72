// Paints a RoomPicture for a projector: groups of cards (a kind, a theme, a defense) flowing into as
// many columns as the type allows, in type as large as the room needs and the screen allows, high
// contrast, calm colours, nothing that scrolls. Lines break only between words: a word too wide for
// its card makes that card's type smaller, never cut. Also used for the PNG export.
#pragma once

#include "ltw/room_picture.hpp"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

#include <vector>

class QPainter;

namespace ltw::gui {

QColor roomColour(RoomTone tone);

// One word as the room sees it: where it was drawn, and the box (card or heading) it belongs in.
struct RoomWord {
    QString text;
    QRectF box;
    QRect container;
};

struct RoomPaintResult {
    int fontPixels = 0;          // the card text size chosen to fit
    int smallestFontPixels = 0;  // the smallest size any card was drawn in (a long word shrinks its card)
    int hiddenCards = 0;         // cards that did not fit even at the smallest size ("+N more")
    int shownCards = 0;          // cards drawn
    int columns = 0;             // columns the groups of cards flowed into
    QStringList drawnTexts;      // every text drawn, for tests that check what the room sees
    std::vector<RoomWord> words; // every word drawn with its place: none leaves its box, none is cut
};

RoomPaintResult paintRoomPicture(QPainter& painter, const QRect& area, const RoomPicture& picture,
                                 const QString& footer = {});

// A prompt card or a message in very large type, centred.
RoomPaintResult paintRoomMessage(QPainter& painter, const QRect& area, const QString& title, const QStringList& lines);

QImage renderRoomPicture(const RoomPicture& picture, QSize size);
// The shared picture of a Learning Team's current phase as PNG bytes (names never drawn); in Learn, the
// picture `learn` names.
QByteArray roomPicturePng(const LearningTeamSnapshot& snapshot, QSize size, LearnPicture learn = LearnPicture::Board);

} // namespace ltw::gui
