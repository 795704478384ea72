// MainWindow's Room menu: the room view on the projector and the facilitator's controls over it.
#include "app/main_window.hpp"
#include "app/shortcuts.hpp"

#include "app/settings.hpp"
#include "inspector/note_inspector.hpp"
#include "phase/session_timer.hpp"
#include "room/prompt_cards_panel.hpp"
#include "room/room_view.hpp"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolBar>
#include <optional>

using namespace Qt::StringLiterals;

namespace ltw::gui {

QScreen* MainWindow::roomScreen() const {
    const auto screens = QGuiApplication::screens();
    const auto chosen = Settings().roomScreen();
    for (auto* s : screens)
        if (!chosen.isEmpty() && s->name() == chosen)
            return s;
    // Not the laptop's: the screen this window is not on.
    auto* mine = screen();
    for (auto* s : screens)
        if (s != mine)
            return s;
    return nullptr; // one screen: a window that can be dragged to a projector later
}

void MainWindow::setRoomViewShown(bool shown) {
    if (!shown) {
        m_room->hide();
        return;
    }
    m_room->setLearningTeam(m_current);
    m_room->placeOn(roomScreen());
    activateWindow(); // the keyboard stays with the facilitator
}

void MainWindow::buildRoomMenu() {
    m_room = new RoomView(*m_hub, this);
    auto* menu = menuBar()->addMenu(tr("&Room"));
    auto add = [&](const QString& text, const char* name, std::optional<Shortcut> key, bool checkable) {
        auto* a = menu->addAction(text);
        a->setObjectName(QString::fromUtf8(name));
        if (key)
            applyShortcut(a, *key);
        a->setCheckable(checkable);
        return a;
    };
    auto* show = add(tr("Show the &room view"), "roomViewAction", Shortcut::RoomView, true);
    connect(show, &QAction::toggled, this, &MainWindow::setRoomViewShown);
    // Closed from its own window: the menu and the toolbar say so.
    connect(m_room, &RoomView::visibilityChanged, show, [show](bool visible) {
        const QSignalBlocker quiet(show);
        show->setChecked(visible);
    });
    auto* freeze = add(tr("&Freeze the room"), "roomFreezeAction", Shortcut::RoomFreeze, true);
    connect(freeze, &QAction::toggled, m_room, &RoomView::setFrozen);
    auto* blank = add(tr("&Blank the room"), "roomBlankAction", Shortcut::RoomBlank, true);
    connect(blank, &QAction::toggled, m_room, &RoomView::setBlank);
    menu->addSeparator();
    auto* spotlight = add(tr("&Spotlight the selected note"), "roomSpotlightAction", Shortcut::RoomSpotlight, true);
    connect(spotlight, &QAction::toggled, this,
            [this](bool on) { m_room->setSpotlight(on ? m_inspector->note() : 0); });
    auto* zoom = add(tr("&Zoom to the selected note's lane or theme"), "roomZoomAction", Shortcut::RoomZoom, true);
    connect(zoom, &QAction::toggled, this, [this](bool on) { m_room->setZoom(on ? m_inspector->note() : 0); });
    auto* card = add(tr("Show the &prompt card"), "roomPromptAction", Shortcut::RoomPromptCard, true);
    auto showCard = [this, card] {
        const auto* current = m_prompts->currentCard();
        m_room->setPromptCard(card->isChecked() && current ? std::optional<PromptCard>(*current) : std::nullopt);
    };
    connect(card, &QAction::toggled, this, showCard);
    connect(m_prompts, &PromptCardsPanel::cardChanged, this, showCard);
    auto* timer = add(tr("Show the session &timer"), "roomTimerAction", std::nullopt, true);
    auto* tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, [this] { m_room->setTimerText(m_timer->text()); });
    connect(timer, &QAction::toggled, this, [this, tick](bool on) {
        on ? tick->start() : tick->stop();
        m_room->setTimerText(on ? m_timer->text() : QString());
    });
    // The controls the facilitator reaches for during a session, also on a toolbar.
    auto* bar = addToolBar(tr("Room"));
    bar->setObjectName(u"roomToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({show, freeze, blank, spotlight, card});

    menu->addSeparator();
    auto* screens = menu->addMenu(tr("Room view &on"));
    screens->setObjectName(u"roomScreensMenu"_s);
    connect(screens, &QMenu::aboutToShow, this, [this, screens, show] {
        screens->clear();
        auto* group = new QActionGroup(screens);
        for (auto* s : QGuiApplication::screens()) {
            auto* a =
                screens->addAction(tr("%1 (%2×%3)").arg(s->name()).arg(s->size().width()).arg(s->size().height()));
            a->setCheckable(true);
            a->setChecked(s == roomScreen());
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, s, show] {
                Settings().setRoomScreen(s->name()); // remembered for next time
                if (show->isChecked())
                    m_room->placeOn(s);
            });
        }
    });
}

} // namespace ltw::gui
