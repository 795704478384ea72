// The facilitator's hold on the room: the room view on the projector and the Room menu and toolbar that
// show, freeze, blank, spotlight, zoom, and put a prompt card or the session timer on the wall. It picks
// the projector (the screen chosen in the menu and remembered, else one that is not the window's).
#pragma once

#include "ltw/domain.hpp"

#include <QList>
#include <QObject>

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

private:
    QAction* addAction(const QString& text, const char* objectName, bool checkable);
    void fillScreensMenu(QMenu* screens, QAction* show);

    QWidget* m_window;
    const NoteInspector& m_inspector;
    const PromptCardsPanel& m_prompts;
    const SessionTimer& m_timer;
    RoomView* m_room;
    QMenu* m_menu;
    QList<QAction*> m_toolBarActions;
    Id m_learningTeam = 0;
};

} // namespace ltw::gui
