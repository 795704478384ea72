// The phase stepper: Learn, Soak, Solve, Share (and Closed) with the current one plain to see. Clicking
// a phase asks to move there; the main window runs the guards and explains them.
#pragma once

#include "ltw/domain.hpp"

#include <QWidget>

#include <array>

class QLabel;
class QToolButton;

namespace ltw::gui {

class PhaseStepper final : public QWidget {
    Q_OBJECT
public:
    explicit PhaseStepper(QWidget* parent = nullptr);

    void setPhase(Phase phase);
    void setLog(const std::vector<PhaseLogEntry>& log);
    Phase phase() const { return m_phase; }
    QToolButton* button(Phase phase) const;

signals:
    void moveRequested(ltw::Phase target);

private:
    Phase m_phase = Phase::Learn;
    std::array<QToolButton*, 5> m_buttons{};
    QToolButton* m_log = nullptr;
};

} // namespace ltw::gui
