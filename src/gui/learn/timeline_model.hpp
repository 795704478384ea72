// The moments of an event's timeline in their order, each with its time, the gap since the moment
// before, what happened, where, who by role, and the notes present then. Edits go to the Learning Team's
// document; the rows follow the repository's change notifications.
#pragma once

#include "ltw/repository.hpp"

#include <QAbstractTableModel>

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;

class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, GapColumn, TextColumn, PlaceColumn, WhoColumn, NotesColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, NotableGapRole };

    explicit TimelineModel(ChangeHub& hub, QObject* parent = nullptr);
    void setDocument(LearningTeamDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const TimelineMoment* moment(int row) const;
    int rowOf(Id momentId) const;
    const std::vector<TimelineMoment>& moments() const { return m_moments; }
    std::vector<Note> attachedNotes(Id momentId) const;
    std::vector<WorkStep> linkedSteps(Id momentId) const;

signals:
    // A time typed in place that does not read as one; the moment kept its time.
    void refused(const QString& message);

private:
    void apply(const Change& change);
    void reload();
    void refreshLinks();

    Repository& m_repo;
    LearningTeamDocument* m_document = nullptr;
    std::vector<TimelineMoment> m_moments;
    std::vector<std::optional<std::int64_t>> m_gaps;
    std::vector<Link> m_links; // of the Learning Team, to show what is attached
};

// "02:05", "20 Nov 2026 02:05", "20 Nov 2026" or "" — the time of a moment as the window shows it.
QString shownMomentTime(const TimelineMoment& moment);

} // namespace ltw::gui
