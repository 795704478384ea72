#include "room/room_control.hpp"

#include "app/settings.hpp"
#include "app/shortcuts.hpp"
#include "inspector/note_inspector.hpp"
#include "phase/session_timer.hpp"
#include "room/prompt_cards_panel.hpp"
#include "room/room_view.hpp"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QSignalBlocker>
#include <QTimer>
#include <QWidget>

#include <optional>

using namespace Qt::StringLiterals;

namespace ltw::gui {

RoomControl::RoomControl(ChangeHub& hub, QWidget* window, const NoteInspector& inspector,
                         const PromptCardsPanel& prompts, const SessionTimer& timer)
    : QObject(window), m_window(window), m_inspector(inspector), m_prompts(prompts), m_timer(timer),
      m_room(new RoomView(hub, window)), m_menu(new QMenu(tr("&Room"), window)) {
    m_menu->setObjectName(u"roomMenu"_s);
    auto* show = addAction(tr("Show the &room view"), "roomViewAction", true);
    applyShortcut(show, Shortcut::RoomView);
    connect(show, &QAction::toggled, this, &RoomControl::setShown);
    // Closed from its own window: the menu and the toolbar say so.
    connect(m_room, &RoomView::visibilityChanged, show, [show](bool visible) {
        const QSignalBlocker quiet(show);
        show->setChecked(visible);
    });
    auto* freeze = addAction(tr("&Freeze the room"), "roomFreezeAction", true);
    applyShortcut(freeze, Shortcut::RoomFreeze);
    connect(freeze, &QAction::toggled, m_room, &RoomView::setFrozen);
    auto* blank = addAction(tr("&Blank the room"), "roomBlankAction", true);
    applyShortcut(blank, Shortcut::RoomBlank);
    connect(blank, &QAction::toggled, m_room, &RoomView::setBlank);
    m_menu->addSeparator();
    auto* spotlight = addAction(tr("&Spotlight the selected note"), "roomSpotlightAction", true);
    applyShortcut(spotlight, Shortcut::RoomSpotlight);
    connect(spotlight, &QAction::toggled, this, [this](bool on) { m_room->setSpotlight(on ? m_inspector.note() : 0); });
    auto* zoom = addAction(tr("&Zoom to the selected note's lane or theme"), "roomZoomAction", true);
    applyShortcut(zoom, Shortcut::RoomZoom);
    connect(zoom, &QAction::toggled, this, [this](bool on) { m_room->setZoom(on ? m_inspector.note() : 0); });
    auto* card = addAction(tr("Show the &prompt card"), "roomPromptAction", true);
    applyShortcut(card, Shortcut::RoomPromptCard);
    auto showCard = [this, card] {
        const auto* current = m_prompts.currentCard();
        m_room->setPromptCard(card->isChecked() && current ? std::optional<PromptCard>(*current) : std::nullopt);
    };
    connect(card, &QAction::toggled, this, showCard);
    connect(&m_prompts, &PromptCardsPanel::cardChanged, this, showCard);
    auto* timerShown = addAction(tr("Show the session &timer"), "roomTimerAction", true);
    auto* tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, [this] { m_room->setTimerText(m_timer.text()); });
    connect(timerShown, &QAction::toggled, this, [this, tick](bool on) {
        on ? tick->start() : tick->stop();
        m_room->setTimerText(on ? m_timer.text() : QString());
    });
    m_toolBarActions = {show, freeze, blank, spotlight, card};
    addPictureMenu();

    m_menu->addSeparator();
    auto* screens = m_menu->addMenu(tr("Room view &on"));
    screens->setObjectName(u"roomScreensMenu"_s);
    connect(screens, &QMenu::aboutToShow, this, [this, screens, show] { fillScreensMenu(screens, show); });
}

QAction* RoomControl::addAction(const QString& text, const char* objectName, bool checkable) {
    auto* action = m_menu->addAction(text);
    action->setObjectName(QString::fromUtf8(objectName));
    action->setCheckable(checkable);
    return action;
}

void RoomControl::fillScreensMenu(QMenu* screens, QAction* show) {
    screens->clear();
    auto* group = new QActionGroup(screens);
    for (auto* s : QGuiApplication::screens()) {
        auto* a = screens->addAction(tr("%1 (%2×%3)").arg(s->name()).arg(s->size().width()).arg(s->size().height()));
        a->setCheckable(true);
        a->setChecked(s == screen());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, s, show] {
            Settings().setRoomScreen(s->name()); // remembered for next time
            if (show->isChecked())
                m_room->placeOn(s);
        });
    }
}

// Which of Learn's pictures the room sees: the one the Learn page shows, or one the facilitator fixes (to keep
// the timeline on the wall while they type notes on the board, say).
void RoomControl::addPictureMenu() {
    m_menu->addSeparator();
    auto* pictures = m_menu->addMenu(tr("Room picture in &Learn"));
    pictures->setObjectName(u"roomPictureMenu"_s);
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    const auto add = [&](const QString& text, const char* name, std::optional<LearnPicture> picture) {
        auto* a = pictures->addAction(text);
        a->setObjectName(QString::fromUtf8(name));
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, picture] { setFixedPicture(picture); });
        m_pictureActions << a;
        return a;
    };
    add(tr("&Follow the Learn page"), "roomFollowLearnAction", std::nullopt)->setChecked(true);
    pictures->addSeparator();
    add(tr("The &board of notes"), "roomPictureBoardAction", LearnPicture::Board);
    add(tr("&Work as imagined and as done"), "roomPictureStepsAction", LearnPicture::WorkSteps);
    add(tr("The &timeline of the event"), "roomPictureTimelineAction", LearnPicture::Timeline);
    m_toolBarActions << pictures->menuAction();
}

void RoomControl::learnPageShows(LearnPicture picture) {
    m_learnPage = picture;
    m_room->setLearnPicture(learnPicture());
}

void RoomControl::setFixedPicture(std::optional<LearnPicture> picture) {
    m_fixed = picture;
    const int index = !picture ? 0 : *picture == LearnPicture::Board ? 1 : *picture == LearnPicture::WorkSteps ? 2 : 3;
    m_pictureActions.at(index)->setChecked(true);
    m_room->setLearnPicture(learnPicture());
}

void RoomControl::setLearningTeam(Id learningTeamId) {
    m_learningTeam = learningTeamId;
    m_room->setLearningTeam(learningTeamId);
}

QScreen* RoomControl::screen() const {
    const auto screens = QGuiApplication::screens();
    const auto chosen = Settings().roomScreen();
    for (auto* s : screens)
        if (!chosen.isEmpty() && s->name() == chosen)
            return s;
    // Not the laptop's: the screen the window is not on.
    auto* mine = m_window->screen();
    for (auto* s : screens)
        if (s != mine)
            return s;
    return nullptr; // one screen: a window that can be dragged to a projector later
}

void RoomControl::setShown(bool shown) {
    if (!shown) {
        m_room->hide();
        return;
    }
    m_room->setLearningTeam(m_learningTeam);
    m_room->placeOn(screen());
    m_window->activateWindow(); // the keyboard stays with the facilitator
}

} // namespace ltw::gui
