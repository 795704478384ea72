// The steps of one track (work as imagined, or work as done) of a Learning Team, in order, each with
// the notes attached to it; kept current by the repository's change notifications.
#pragma once

#include "ltw/repository.hpp"

#include <QAbstractListModel>

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;

class WorkStepModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, AttachedRole };

    WorkStepModel(ChangeHub& hub, StepTrack track, QObject* parent = nullptr);
    void setDocument(LearningTeamDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const WorkStep* step(int row) const;
    std::vector<Note> attachedNotes(Id stepId) const;

private:
    void apply(const Change& change);
    void reload();

    Repository& m_repo;
    StepTrack m_track;
    LearningTeamDocument* m_document = nullptr;
    std::vector<WorkStep> m_steps;
};

} // namespace ltw::gui
