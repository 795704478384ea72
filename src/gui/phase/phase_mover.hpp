// Moves a Learning Team to another phase when the facilitator asks: the state machine's guard explained,
// its override confirmed, the move stored with its backup, and the outcome said in the status bar.
#pragma once

#include "ltw/domain.hpp"

#include <QObject>

class QWidget;

namespace ltw {
class SqliteRepository;
}

namespace ltw::gui {

class PhaseMover final : public QObject {
    Q_OBJECT
public:
    // `window` parents the questions and warnings.
    PhaseMover(SqliteRepository& repo, QWidget* window);

    void request(Id learningTeamId, Phase target);

signals:
    // What happened, for the status bar, and for how long to show it.
    void said(const QString& message, int milliseconds);

private:
    SqliteRepository& m_repo;
    QWidget* m_window;
};

} // namespace ltw::gui
