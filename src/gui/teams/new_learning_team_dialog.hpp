// File → New Learning Team: the team (picked or new), title, use, scope question, sponsor,
// facilitator and participants. On OK everything is stored in one transaction.
// The same form edits an open Learning Team (File → Learning Team details): then OK is one undo step
// on that Learning Team's stack, participants added, renamed and removed included.
#pragma once

#include "ltw/repository.hpp"

#include <QDialog>

#include <memory>

namespace Ui {
class NewLearningTeamDialog;
}

namespace ltw::gui {

class LearningTeamDocument;
class TeamsDocument;

class NewLearningTeamDialog final : public QDialog {
    Q_OBJECT
public:
    // Creates a Learning Team through the library's document (one step of its history).
    explicit NewLearningTeamDialog(TeamsDocument& library, QWidget* parent = nullptr);
    // Edits the document's Learning Team instead of creating one.
    NewLearningTeamDialog(LearningTeamDocument& document, QWidget* parent = nullptr);
    ~NewLearningTeamDialog() override;

    Id createdLearningTeam() const { return m_created; }
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addParticipantRow();
    void removeParticipantRow();
    void teamChanged();
    void validate();
    void acceptEdit();
    LearningTeam fromForm(LearningTeam lt) const;
    std::vector<Participant> participantsFromForm() const;

    NewLearningTeamDialog(Repository& repo, QWidget* parent);

    Repository& m_repo;
    TeamsDocument* m_teamsDoc = nullptr; // set when creating
    std::unique_ptr<Ui::NewLearningTeamDialog> m_ui;
    std::vector<Team> m_teams;
    Id m_created = 0;
    LearningTeamDocument* m_document = nullptr; // set when editing
};

} // namespace ltw::gui
