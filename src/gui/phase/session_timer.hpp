// The session timer in the status bar: counts up from the start of the session, or down to a length
// the facilitator sets; turns amber when the time is up. Click it for its menu.
#pragma once

#include <QToolButton>

#include <functional>

class QTimer;

namespace ltw::gui {

class SessionTimer final : public QToolButton {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit SessionTimer(QWidget* parent = nullptr, Clock clock = {});

    void start();
    void pause();
    void reset();
    void setCountdown(int minutes); // 0: count up
    bool running() const { return m_running; }
    int countdownMinutes() const { return m_countdownMinutes; }
    qint64 elapsedSeconds() const;
    void refresh(); // updates the text; called every second while running

private:
    Clock m_clock;
    QTimer* m_tick;
    bool m_running = false;
    qint64 m_startedAt = 0; // clock value when the current run started
    qint64 m_banked = 0;    // milliseconds from earlier runs
    int m_countdownMinutes = 0;
};

} // namespace ltw::gui
