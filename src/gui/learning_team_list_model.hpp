// The Learning Teams of the database with their team, phase and number of notes, most recently
// updated first; kept current by the repository's change notifications.
#pragma once

#include "ltw/repository.hpp"

#include <QAbstractListModel>

#include <vector>

namespace ltw::gui {

class ChangeHub;

class LearningTeamListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, PhaseRole, TeamRole, NoteCountRole, TitleRole };

    explicit LearningTeamListModel(ChangeHub& hub, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(Id learningTeamId) const;
    void reload();

private:
    void apply(const Change& change);
    int rowOf(Id learningTeamId) const;
    void refreshRow(int row);

    Repository& m_repo;
    std::vector<LearningTeamSummary> m_rows;
};

} // namespace ltw::gui
