// The two pictures of Learn that read as rows rather than as columns of cards: work as imagined beside
// work as done, step against step, and the timeline of an event, moment after moment. Same rules as the
// board: type as large as fits and never below the readable size, lines broken only between words, and
// when the wall is full the oldest give way in steps the room can see ("+ 3 earlier moments").
#pragma once

#include "room/room_painter.hpp"

class QPainter;

namespace ltw::gui {

// Draws `picture` (layout Steps or Timeline, not empty) into `inner`, below the title line.
void paintRoomRows(QPainter& painter, const QRect& inner, const RoomPicture& picture, int readable,
                   RoomPaintResult& result);

} // namespace ltw::gui
