#include "learn/note_table_model.hpp"
#include "common/conversions.hpp"

#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"

#include <QMimeData>

#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {

NoteTableModel::NoteTableModel(ChangeHub& hub, QObject* parent)
    : QAbstractTableModel(parent), m_repo(hub.repository()) {
    connect(&hub, &ChangeHub::changed, this, &NoteTableModel::apply);
}

const QString NoteTableModel::kNoteIdsMimeType = u"application/x-ltw-note-ids"_s;

void NoteTableModel::setDocument(LearningTeamDocument* document) {
    m_document = nullptr;
    setLearningTeam(document ? document->learningTeamId() : 0);
    m_document = document;
}

void NoteTableModel::setLearningTeam(Id ltId) {
    m_document = nullptr;
    beginResetModel();
    m_learningTeamId = ltId;
    m_notes.clear();
    m_roles.clear();
    if (ltId != 0) {
        m_notes = m_repo.notes(ltId);
        for (const auto& p : m_repo.participants(ltId))
            m_roles[p.id] = p.role;
    }
    endResetModel();
}

int NoteTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_notes.size());
}

int NoteTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

// Calm, distinguishable colours, one per kind; the same family the room view will use.
QColor NoteTableModel::kindColor(NoteKind kind) {
    switch (kind) {
    case NoteKind::Story: return QColor(0x4e, 0x79, 0xa7);
    case NoteKind::EasyCondition: return QColor(0x59, 0xa1, 0x4f);
    case NoteKind::HardCondition: return QColor(0xe1, 0x57, 0x59);
    case NoteKind::Adaptation: return QColor(0xf2, 0x8e, 0x2b);
    case NoteKind::Tradeoff: return QColor(0xb0, 0x7a, 0xa1);
    case NoteKind::WeakSignal: return QColor(0xed, 0xc9, 0x48);
    case NoteKind::OpenQuestion: return QColor(0x76, 0xb7, 0xb2);
    case NoteKind::ParkingLot: return QColor(0x9c, 0x75, 0x5f);
    case NoteKind::Reflection: return QColor(0xba, 0xb0, 0xac);
    }
    return {};
}

QVariant NoteTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& n = m_notes[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return QVariant::fromValue<qint64>(n.id);
    case KindRole: return static_cast<int>(n.kind);
    case TellerRole: return tellerOf(n);
    case PrivateRole: return n.facilitatorOnly;
    case ThemeRole: return QVariant::fromValue<qint64>(n.themeId.value_or(0));
    case TagsRole: {
        QStringList tags;
        for (const auto& t : n.tags)
            tags << QString::fromStdString(t);
        return tags;
    }
    case Qt::EditRole:
        if (index.column() == TextColumn)
            return QString::fromStdString(n.text);
        break;
    default: break;
    }
    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DisplayRole)
            return words(n.kind);
        if (role == Qt::DecorationRole)
            return kindColor(n.kind);
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return n.facilitatorOnly ? tr("%1 (only for you)").arg(QString::fromStdString(n.text))
                                     : QString::fromStdString(n.text);
        if (role == Qt::FontRole && n.facilitatorOnly) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case TellerColumn:
        if (role == Qt::DisplayRole)
            return tellerOf(n);
        break;
    case PhaseColumn:
        if (role == Qt::DisplayRole)
            return words(n.phase);
        break;
    case TagsColumn:
        if (role == Qt::DisplayRole)
            return data(index, TagsRole).toStringList().join(u", "_s);
        break;
    default: break;
    }
    return {};
}

QVariant NoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("What was heard");
    case TellerColumn: return tr("Told by");
    case PhaseColumn: return tr("Phase");
    case TagsColumn: return tr("Tags");
    default: return {};
    }
}

QString NoteTableModel::tellerOf(const Note& n) const {
    if (!n.tellerId)
        return {};
    auto it = m_roles.find(*n.tellerId);
    return it == m_roles.end() ? QString() : QString::fromStdString(it->second);
}

QModelIndex NoteTableModel::indexOf(Id noteId, int column) const {
    const int row = rowOf(noteId);
    return row < 0 ? QModelIndex() : index(row, column);
}

Qt::ItemFlags NoteTableModel::flags(const QModelIndex& index) const {
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_document) {
        f |= Qt::ItemIsDragEnabled;
        if (index.column() == TextColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

// The model never changes a note itself: an edit becomes an undo command, and the change comes
// back through the repository's notification.
bool NoteTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    auto note = m_notes[static_cast<std::size_t>(index.row())];
    if (index.column() == TextColumn) {
        const auto text = value.toString().trimmed().toStdString();
        if (text.empty() || text == note.text)
            return false;
        note.text = text;
        m_document->editNote(note);
        return true;
    }
    return false;
}

QStringList NoteTableModel::mimeTypes() const { return {kNoteIdsMimeType}; }

QMimeData* NoteTableModel::mimeData(const QModelIndexList& indexes) const {
    QStringList ids;
    for (const auto& i : indexes) {
        const auto id = QString::number(i.data(IdRole).toLongLong());
        if (i.isValid() && !ids.contains(id))
            ids << id;
    }
    auto* data = new QMimeData;
    data->setData(kNoteIdsMimeType, ids.join(u',').toUtf8());
    return data;
}

std::vector<Id> NoteTableModel::noteIdsFrom(const QMimeData* data) {
    std::vector<Id> ids;
    if (!data)
        return ids;
    for (const auto& part : QString::fromUtf8(data->data(kNoteIdsMimeType)).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const auto id = part.toLongLong(&ok);
        if (ok)
            ids.push_back(id);
    }
    return ids;
}

int NoteTableModel::rowOf(Id noteId) const {
    auto it = std::find_if(m_notes.begin(), m_notes.end(), [&](const Note& n) { return n.id == noteId; });
    return it == m_notes.end() ? -1 : static_cast<int>(it - m_notes.begin());
}

void NoteTableModel::apply(const Change& change) {
    if (m_learningTeamId == 0 || change.learningTeamId != m_learningTeamId)
        return;
    if (change.entity == EntityType::LearningTeam && change.kind == ChangeKind::Removed) {
        setLearningTeam(0);
        return;
    }
    if (change.entity == EntityType::Participant) {
        if (change.kind == ChangeKind::Removed)
            m_roles.erase(change.id);
        else
            m_roles[change.id] = std::get<Participant>(change.item).role;
        if (!m_notes.empty())
            emit dataChanged(index(0, TellerColumn), index(rowCount() - 1, TellerColumn));
        return;
    }
    if (change.entity != EntityType::Note)
        return;
    const int row = rowOf(change.id);
    switch (change.kind) {
    case ChangeKind::Added: {
        const int at = rowCount();
        beginInsertRows({}, at, at);
        m_notes.push_back(std::get<Note>(change.item));
        endInsertRows();
        break;
    }
    case ChangeKind::Updated:
        if (row >= 0) {
            m_notes[static_cast<std::size_t>(row)] = std::get<Note>(change.item);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        break;
    case ChangeKind::Removed:
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_notes.erase(m_notes.begin() + row);
            endRemoveRows();
        }
        break;
    }
}

} // namespace ltw::gui
