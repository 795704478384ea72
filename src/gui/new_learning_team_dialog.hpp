// File → New Learning Team: the team (picked or new), title, use, scope question, sponsor,
// facilitator and participants. On OK everything is stored in one transaction.
#pragma once

#include "ltw/repository.hpp"

#include <QDialog>

#include <memory>

namespace Ui {
class NewLearningTeamDialog;
}

namespace ltw::gui {

class NewLearningTeamDialog final : public QDialog {
    Q_OBJECT
public:
    explicit NewLearningTeamDialog(Repository& repo, QWidget* parent = nullptr);
    ~NewLearningTeamDialog() override;

    Id createdLearningTeam() const { return m_created; }
    void accept() override;

private:
    void addParticipantRow();
    void removeParticipantRow();
    void teamChanged();
    void validate();

    Repository& m_repo;
    std::unique_ptr<Ui::NewLearningTeamDialog> m_ui;
    std::vector<Team> m_teams;
    Id m_created = 0;
};

} // namespace ltw::gui
