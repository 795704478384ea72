#include "phase/session_timer.hpp"

#include <QElapsedTimer>
#include <QInputDialog>
#include <QMenu>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

QString clockText(qint64 seconds) {
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}

SessionTimer::Clock monotonic() {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

SessionTimer::SessionTimer(QWidget* parent, Clock clock)
    : QToolButton(parent), m_clock(clock ? std::move(clock) : monotonic()), m_tick(new QTimer(this)) {
    setObjectName(u"sessionTimer"_s);
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolTip(tr("Session timer: start, pause, or count down to a set length"));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SessionTimer::refresh);

    auto* menu = new QMenu(this);
    auto* startPause = menu->addAction(tr("Start"));
    startPause->setObjectName(u"timerStartPause"_s);
    connect(startPause, &QAction::triggered, this, [this] { m_running ? pause() : start(); });
    connect(menu, &QMenu::aboutToShow, this,
            [this, startPause] { startPause->setText(m_running ? tr("Pause") : tr("Start")); });
    menu->addAction(tr("Reset"), this, &SessionTimer::reset);
    menu->addSeparator();
    menu->addAction(tr("Count up"), this, [this] { setCountdown(0); });
    for (int minutes : {45, 60, 90, 120})
        menu->addAction(tr("Count down from %1 minutes").arg(minutes), this,
                        [this, minutes] { setCountdown(minutes); });
    menu->addAction(tr("Count down from…"), this, [this] {
        bool ok = false;
        const int minutes = QInputDialog::getInt(this, tr("Session length"), tr("Minutes:"),
                                                 m_countdownMinutes > 0 ? m_countdownMinutes : 60, 1, 600, 5, &ok);
        if (ok)
            setCountdown(minutes);
    });
    setMenu(menu);
    refresh();
}

qint64 SessionTimer::elapsedSeconds() const {
    const qint64 ms = m_banked + (m_running ? m_clock() - m_startedAt : 0);
    return ms / 1000;
}

void SessionTimer::start() {
    if (m_running)
        return;
    m_running = true;
    m_startedAt = m_clock();
    m_tick->start();
    refresh();
}

void SessionTimer::pause() {
    if (!m_running)
        return;
    m_banked += m_clock() - m_startedAt;
    m_running = false;
    m_tick->stop();
    refresh();
}

void SessionTimer::reset() {
    m_banked = 0;
    m_startedAt = m_clock();
    refresh();
}

void SessionTimer::setCountdown(int minutes) {
    m_countdownMinutes = std::max(0, minutes);
    refresh();
}

void SessionTimer::refresh() {
    const qint64 elapsed = elapsedSeconds();
    QString text;
    bool over = false;
    if (m_countdownMinutes > 0) {
        const qint64 left = qint64(m_countdownMinutes) * 60 - elapsed;
        over = left <= 0;
        text = over ? tr("Time is up (+%1)").arg(clockText(-left)) : tr("%1 left").arg(clockText(left));
    } else {
        text = tr("Session %1").arg(clockText(elapsed));
    }
    if (!m_running)
        text += tr(" (paused)");
    setText(text);
    setStyleSheet(over ? u"QToolButton { color: #7a4a00; background: #ffe2a8; border-radius: 3px; }"_s : QString());
}

} // namespace ltw::gui
