#include "room/room_view.hpp"

#include "document/change_hub.hpp"

#include <QGuiApplication>

#include <QPainter>
#include <QScreen>
#include <QTimer>
#include <QWindow>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {

RoomView::RoomView(ChangeHub& hub, QWidget* parent) : QWidget(parent, Qt::Window), m_repo(hub.repository()) {
    setObjectName(u"roomView"_s);
    setWindowTitle(tr("Room view — Learning Team Workbench"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::BlankCursor); // nothing on the projector needs a mouse
    resize(1280, 720);
    connect(&hub, &ChangeHub::changed, this, &RoomView::onChange);
}

void RoomView::setLearningTeam(Id ltId) {
    m_learningTeamId = ltId;
    m_spotlight = 0;
    m_zoom = 0;
    rebuild();
}

void RoomView::setFrozen(bool frozen) {
    if (frozen)
        catchUp(); // what was typed before the freeze is in the picture it holds
    m_frozen = frozen;
    if (!frozen)
        rebuild(); // catch up with what happened while frozen
}

void RoomView::setBlank(bool blank) {
    m_blank = blank;
    update();
}

void RoomView::setSpotlight(Id noteId) {
    m_spotlight = noteId;
    rebuild();
}

void RoomView::setZoom(Id noteId) {
    m_zoom = noteId;
    rebuild();
}

void RoomView::setLearnPicture(LearnPicture picture) {
    if (picture == m_learnPicture)
        return;
    m_learnPicture = picture;
    rebuild();
}

void RoomView::setPromptCard(std::optional<PromptCard> card) {
    m_card = std::move(card);
    update();
}

void RoomView::setTimerText(const QString& text) {
    if (text == m_timer)
        return;
    m_timer = text;
    update();
}

void RoomView::placeOn(QScreen* screen) {
    if (!screen) {
        showNormal();
        return;
    }
    if (!windowHandle())
        create();
    windowHandle()->setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
}

void RoomView::onChange(const Change& change) {
    if (m_learningTeamId == 0 || change.learningTeamId != m_learningTeamId)
        return;
    if (change.entity == EntityType::LearningTeam && change.kind == ChangeKind::Removed) {
        setLearningTeam(0);
        return;
    }
    if (std::exchange(m_behind, true))
        return;
    QTimer::singleShot(0, this, &RoomView::catchUp);
}

void RoomView::catchUp() {
    if (std::exchange(m_behind, false))
        rebuild();
}

const RoomPicture& RoomView::picture() const {
    const_cast<RoomView*>(this)->catchUp(); // a picture is never read older than what was heard
    return m_picture;
}

// The picture is rebuilt from the repository after the changes heard (once for a burst of them), never
// polled; a frozen room keeps the picture it has.
void RoomView::rebuild() {
    buildPicture();
    update();
}

void RoomView::buildPicture() {
    m_behind = false;
    if (m_frozen)
        return;
    if (!isVisible()) {
        m_stale = true; // nobody is looking: the capture path does not pay for a picture
        return;
    }
    m_stale = false;
    m_picture = {};
    if (m_learningTeamId != 0 && m_repo.learningTeam(m_learningTeamId)) {
        const auto snapshot = m_repo.snapshot(m_learningTeamId);
        if (m_spotlight != 0)
            if (auto spot = spotlightPicture(snapshot, m_spotlight))
                m_picture = std::move(*spot);
        if (m_picture.columns.empty()) {
            m_picture = buildRoomPicture(snapshot, snapshot.learningTeam.phase, m_learnPicture);
            // Zoom: the one lane or theme that holds the chosen note.
            auto holds = [&](const RoomColumn& c) {
                return std::any_of(c.cards.begin(), c.cards.end(),
                                   [&](const RoomCard& card) { return card.noteId == m_zoom; });
            };
            auto it = m_zoom ? std::find_if(m_picture.columns.begin(), m_picture.columns.end(), holds)
                             : m_picture.columns.end();
            if (it != m_picture.columns.end())
                m_picture.columns = {*it};
        }
    }
}

void RoomView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
    emit visibilityChanged(true);
}

void RoomView::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    emit visibilityChanged(false);
}

void RoomView::paintEvent(QPaintEvent*) {
    if (std::exchange(m_behind, false))
        buildPicture(); // the frame shows what was heard, even before the event loop came round
    QPainter painter(this);
    if (m_blank) {
        painter.fillRect(rect(), QColor(0x20, 0x26, 0x2b)); // a calm, empty screen
        m_lastPaint = {};
        return;
    }
    if (m_card) {
        QStringList lines;
        for (const auto& l : m_card->lines)
            lines << QString::fromStdString(l);
        m_lastPaint = paintRoomMessage(painter, rect(), QString::fromStdString(m_card->title), lines);
        return;
    }
    m_lastPaint = paintRoomPicture(painter, rect(), m_picture, m_timer);
}

} // namespace ltw::gui
