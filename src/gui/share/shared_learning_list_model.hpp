// The shared learnings of one Learning Team as a list, in the order the repository keeps them (by id),
// kept current row by row from the repository's change notifications. Read-only: edits are undo
// commands pushed elsewhere, and come back here as changes.
#pragma once

#include "ltw/repository.hpp"

#include <QAbstractListModel>

#include <vector>

namespace ltw::gui {

class ChangeHub;

class SharedLearningListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, SummaryRole, LookForsRole, AudienceRole };

    explicit SharedLearningListModel(ChangeHub& hub, QObject* parent = nullptr);

    void setLearningTeam(Id learningTeamId); // 0 for none
    Id learningTeam() const { return m_learningTeamId; }
    QModelIndex indexOf(Id learningId) const;
    // The learning at a row, as stored; nothing for an invalid index.
    std::optional<SharedLearning> learningAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void apply(const Change& change);
    int rowOf(Id learningId) const;

    Repository& m_repo;
    Id m_learningTeamId = 0;
    std::vector<SharedLearning> m_learnings; // ordered by id, as the repository lists them
};

} // namespace ltw::gui
