#include "phase/phase_stepper.hpp"
#include "common/conversions.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

int order(Phase p) { return static_cast<int>(p); }

} // namespace

PhaseStepper::PhaseStepper(QWidget* parent) : QWidget(parent) {
    setObjectName(u"phaseStepper"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(4);
    for (auto phase : allValues<Phase>()) {
        auto* b = new QToolButton;
        b->setObjectName(u"phase_"_s + QString::fromUtf8(toString(phase)));
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setMinimumWidth(phase == Phase::Closed ? 80 : 110);
        b->setAccessibleName(tr("Phase %1").arg(words(phase)));
        connect(b, &QToolButton::clicked, this, [this, phase, b] {
            b->setChecked(phase == m_phase); // the window decides; the button shows the truth
            if (phase != m_phase)
                emit moveRequested(phase);
        });
        m_buttons[static_cast<std::size_t>(phase)] = b;
        if (phase != Phase::Learn) {
            auto* arrow = new QLabel(u"→"_s);
            arrow->setStyleSheet(u"color: #9aa0a6;"_s);
            layout->addWidget(arrow);
        }
        layout->addWidget(b);
    }
    layout->addStretch();
    m_log = new QToolButton;
    m_log->setObjectName(u"phaseLogButton"_s);
    m_log->setText(tr("Phase log"));
    m_log->setPopupMode(QToolButton::InstantPopup);
    m_log->setMenu(new QMenu(m_log));
    layout->addWidget(m_log);
    setPhase(Phase::Learn);
}

QToolButton* PhaseStepper::button(Phase phase) const { return m_buttons[static_cast<std::size_t>(phase)]; }

void PhaseStepper::setPhase(Phase phase) {
    m_phase = phase;
    for (auto p : allValues<Phase>()) {
        auto* b = button(p);
        const bool current = p == phase;
        const bool done = order(p) < order(phase);
        b->setChecked(current);
        b->setText(done ? u"✓ "_s + words(p) : words(p));
        b->setStyleSheet(current ? u"QToolButton { background: #2f4858; color: white; font-weight: bold; "
                                   u"border-radius: 4px; padding: 5px 12px; }"_s
                         : done ? u"QToolButton { color: #2f4858; padding: 5px 12px; }"_s
                                : u"QToolButton { color: #5f6368; padding: 5px 12px; }"_s);
        b->setToolTip(current ? tr("The current phase") : tr("Move to %1").arg(words(p)));
    }
}

void PhaseStepper::setLog(const std::vector<PhaseLogEntry>& log) {
    auto* menu = m_log->menu();
    menu->clear();
    for (const auto& e : log) {
        const auto when = shownDate(e.at);
        const auto move = e.from ? tr("%1 → %2").arg(words(*e.from), words(e.to)) : tr("Opened in %1").arg(words(e.to));
        auto text = u"%1   %2"_s.arg(when, move);
        if (!e.reason.empty())
            text += u"  — "_s + QString::fromStdString(e.reason);
        menu->addAction(text);
    }
    m_log->setEnabled(!log.empty());
}

} // namespace ltw::gui
