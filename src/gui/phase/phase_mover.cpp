#include "phase/phase_mover.hpp"
#include "common/conversions.hpp"

#include "ltw/errors.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ltw::gui {

PhaseMover::PhaseMover(SqliteRepository& repo, QWidget* window) : QObject(window), m_repo(repo), m_window(window) {}

void PhaseMover::request(Id learningTeamId, Phase target) {
    if (learningTeamId == 0)
        return;
    Session session(m_repo);
    const auto check = session.check(learningTeamId, target);
    const auto where = words(target);
    bool override = false;
    switch (check.verdict) {
    case TransitionCheck::Verdict::Refused:
        QMessageBox::information(m_window, tr("Not yet"), QString::fromStdString(check.explanation));
        return;
    case TransitionCheck::Verdict::NeedsOverride: {
        QMessageBox box(QMessageBox::Question, tr("Move to %1?").arg(where), QString::fromStdString(check.explanation),
                        QMessageBox::NoButton, m_window);
        box.setObjectName(u"phaseGuardBox"_s);
        auto* go = box.addButton(tr("Move to %1 anyway").arg(where), QMessageBox::AcceptRole);
        go->setObjectName(u"overrideButton"_s);
        auto* stay = box.addButton(tr("Stay"), QMessageBox::RejectRole);
        box.setDefaultButton(stay);
        box.exec();
        if (box.clickedButton() != go)
            return;
        override = true;
        break;
    }
    case TransitionCheck::Verdict::Allowed: break;
    }
    try {
        const auto result = session.moveTo(learningTeamId, target, override);
        if (!result.backupError.empty())
            emit said(QString::fromStdString(result.backupError), 15000);
        else if (result.backup)
            emit said(tr("Moved to %1. A backup copy was saved in %2")
                          .arg(where, QString::fromStdString(result.backup->parent_path().string())),
                      10000);
    } catch (const Error& e) {
        QMessageBox::warning(m_window, tr("The phase could not be changed"), QString::fromUtf8(e.what()));
    }
}

} // namespace ltw::gui
