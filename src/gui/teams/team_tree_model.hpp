// The library sidebar's model: the teams, and under each its Learning Teams with phase, date and
// number of notes. Renaming in place is an undo command on the library's own stack.
#pragma once

#include "ltw/repository.hpp"

#include <QAbstractItemModel>
#include <QUndoStack>

namespace ltw::gui {

class TeamsDocument;

class ChangeHub;

class TeamTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, IsTeamRole, PhaseRole, TitleRole, NoteCountRole };

    // Renames go through `library` (none: the tree cannot be edited).
    TeamTreeModel(ChangeHub& hub, TeamsDocument* library, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QModelIndex indexOfLearningTeam(Id learningTeamId) const;
    QModelIndex indexOfTeam(Id teamId) const;
    Id mostRecentLearningTeam() const;
    void reload();

private:
    struct TeamRow {
        Team team;
        std::vector<LearningTeamSummary> learningTeams;
    };
    void apply(const Change& change);
    std::pair<int, int> find(Id learningTeamId) const; // team row, child row; -1 when absent

    Repository& m_repo;
    TeamsDocument* m_teamsDoc;
    std::vector<TeamRow> m_rows;
};

} // namespace ltw::gui
