// The lines above the stepper that say which Learning Team is open: its title, team, kind of learning
// and the question it set out to understand. Escaped: every text in it is the facilitator's.
#pragma once

#include "ltw/domain.hpp"

#include <QLabel>

#include <optional>

namespace ltw::gui {

class LearningTeamHeader final : public QLabel {
    Q_OBJECT
public:
    explicit LearningTeamHeader(QWidget* parent = nullptr);
    // None: nothing is open.
    void setLearningTeam(const std::optional<LearningTeam>& learningTeam, const Team& team);
};

} // namespace ltw::gui
