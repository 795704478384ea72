// The facilitator's hold on the room: the room view on the projector and the Room menu and toolbar that
// show, freeze, blank, spotlight, zoom, and put a prompt card or the session timer on the wall. It picks
// the projector (the screen chosen in the menu and remembered, else one that is not the window's). In Learn
// the room sees the picture the Learn page shows (the board, the steps, the timeline), or the one the
// facilitator fixed in the menu.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/room_picture.hpp"

#include <QList>

#include <QObject>
#include <optional>

class QAction;
class QMenu;
class QScreen;
class QWidget;

namespace ltw::gui {

class ChangeHub;
class NoteInspector;
class PromptCardsPanel;
class RoomView;
class SessionTimer;

class RoomControl final : public QObject {
    Q_OBJECT
public:
    // `window` keeps the keyboard while the room view shows; the inspector's note is the one to spotlight
    // or zoom to; the prompt card and the timer are the ones the facilitator sees.
    RoomControl(ChangeHub& hub, QWidget* window, const NoteInspector& inspector, const PromptCardsPanel& prompts,
                const SessionTimer& timer);

    RoomView* view() const { return m_room; }
    QMenu* menu() const { return m_menu; }
    // The controls reached for during a session, for a toolbar.
    QList<QAction*> toolBarActions() const { return m_toolBarActions; }

    void setLearningTeam(Id learningTeamId);
    // Shows the room view on the projector, or hides it.
    void setShown(bool shown);
    QScreen* screen() const;

    // The Learn page turned to another picture: the room follows, unless a picture is fixed in the menu.
    void learnPageShows(LearnPicture picture);
    // A picture fixed in the Room menu, or none to follow the Learn page (the default).
    void setFixedPicture(std::optional<LearnPicture> picture);
    std::optional<LearnPicture> fixedPicture() const { return m_fixed; }
    // What the room shows in Learn, and what the picture export draws.
    LearnPicture learnPicture() const { return m_fixed.value_or(m_learnPage); }

private:
    QAction* addAction(const QString& text, const char* objectName, bool checkable);
    void fillScreensMenu(QMenu* screens, QAction* show);
    void addPictureMenu();

    QWidget* m_window;
    const NoteInspector& m_inspector;
    const PromptCardsPanel& m_prompts;
    const SessionTimer& m_timer;
    RoomView* m_room;
    QMenu* m_menu;
    QList<QAction*> m_toolBarActions;
    Id m_learningTeam = 0;
    LearnPicture m_learnPage = LearnPicture::Board;
    std::optional<LearnPicture> m_fixed; // kept for as long as the workbench runs
    QList<QAction*> m_pictureActions;    // follow, board, steps, timeline
};

} // namespace ltw::gui
