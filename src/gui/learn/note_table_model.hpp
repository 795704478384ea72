// The notes of one Learning Team as a table (kind, text, told by, phase, tags), kept current by the
// repository's change notifications. The teller shows as a role: names stay in the participant list.
#pragma once

#include "ltw/repository.hpp"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;

class NoteTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, TextColumn, TellerColumn, PhaseColumn, TagsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole, TellerRole, TagsRole, PrivateRole, ThemeRole };

    explicit NoteTableModel(ChangeHub& hub, QObject* parent = nullptr);

    void setLearningTeam(Id learningTeamId); // 0 for none; read-only
    // Shows the document's Learning Team and makes the notes editable: edits become undo commands.
    void setDocument(LearningTeamDocument* document);
    Id learningTeam() const { return m_learningTeamId; }
    QModelIndex indexOf(Id noteId, int column = TextColumn) const;

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    static const QString kNoteIdsMimeType;
    static std::vector<Id> noteIdsFrom(const QMimeData* data);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor kindColor(NoteKind kind);

private:
    void apply(const Change& change);
    int rowOf(Id noteId) const;
    QString tellerOf(const Note& note) const;

    Repository& m_repo;
    LearningTeamDocument* m_document = nullptr;
    Id m_learningTeamId = 0;
    std::vector<Note> m_notes;
    std::map<Id, std::string> m_roles; // participant id → role
};

} // namespace ltw::gui
