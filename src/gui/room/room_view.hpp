// The room view: a second top-level window for the projector with the shared picture of the current
// phase, live. It never draws a name or a private note (the picture is built without them). The
// facilitator can freeze it, blank it, spotlight one note, zoom to one lane or theme, and show a
// prompt card or the session timer.
#pragma once

#include "room/room_painter.hpp"

#include "ltw/prompts.hpp"
#include "ltw/repository.hpp"

#include <QWidget>

namespace ltw::gui {

class ChangeHub;

class RoomView final : public QWidget {
    Q_OBJECT
public:
    explicit RoomView(ChangeHub& hub, QWidget* parent = nullptr);

    void setLearningTeam(Id learningTeamId);
    Id learningTeam() const { return m_learningTeamId; }

    void setFrozen(bool frozen);
    bool frozen() const { return m_frozen; }
    void setBlank(bool blank);
    bool blank() const { return m_blank; }
    void setSpotlight(Id noteId); // 0: none
    Id spotlight() const { return m_spotlight; }
    void setZoom(Id noteId); // the lane or theme holding this note alone; 0: everything
    // Which of Learn's pictures the room sees while the Learning Team is in Learn.
    void setLearnPicture(LearnPicture picture);
    LearnPicture learnPicture() const { return m_learnPicture; }
    void setPromptCard(std::optional<PromptCard> card);
    void setTimerText(const QString& text); // empty: no timer shown

    // Full screen on `screen`, or a normal window when it is null (one screen: drag it later).
    void placeOn(QScreen* screen);

    // The picture as the room sees it now (changes heard since the last one are taken in first).
    const RoomPicture& picture() const;
    const RoomPaintResult& lastPaint() const { return m_lastPaint; }
    QStringList visibleTexts() const { return m_lastPaint.drawnTexts; }

signals:
    void visibilityChanged(bool visible); // also when the window manager closes it

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onChange(const Change& change);
    void rebuild();      // the picture built anew, and a frame asked for
    void buildPicture(); // the picture built anew from the repository, nothing drawn
    void catchUp(); // builds the picture once for every change heard since the last one

    Repository& m_repo;
    Id m_learningTeamId = 0;
    RoomPicture m_picture;
    RoomPaintResult m_lastPaint;
    bool m_frozen = false;
    bool m_blank = false;
    Id m_spotlight = 0;
    Id m_zoom = 0;
    LearnPicture m_learnPicture = LearnPicture::Board;
    std::optional<PromptCard> m_card;
    QString m_timer;
    bool m_stale = false; // changed while hidden: rebuilt when shown
    // Changes heard and not yet in the picture: one compound edit (a moment that moves twenty others) is
    // one picture, built on the next turn of the event loop or before the next frame, whichever is first.
    bool m_behind = false;
};

} // namespace ltw::gui
