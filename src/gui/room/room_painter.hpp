// Paints a RoomPicture for a projector: columns of cards in type as large as the room needs and the
// screen allows, high contrast, calm colours, nothing that scrolls. Also used for the PNG export.
#pragma once

#include "ltw/room_picture.hpp"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

class QPainter;

namespace ltw::gui {

QColor roomColour(RoomTone tone);

struct RoomPaintResult {
    int fontPixels = 0;     // the card text size chosen to fit
    int hiddenCards = 0;    // cards that did not fit even at the smallest size ("+N more")
    QStringList drawnTexts; // every text drawn, for tests that check what the room sees
};

RoomPaintResult paintRoomPicture(QPainter& painter, const QRect& area, const RoomPicture& picture,
                                 const QString& footer = {});

// A prompt card or a message in very large type, centred.
RoomPaintResult paintRoomMessage(QPainter& painter, const QRect& area, const QString& title, const QStringList& lines);

QImage renderRoomPicture(const RoomPicture& picture, QSize size);
// The shared picture of a Learning Team's current phase as PNG bytes (names never drawn).
QByteArray roomPicturePng(const LearningTeamSnapshot& snapshot, QSize size);

} // namespace ltw::gui
