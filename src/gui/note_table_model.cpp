#include "note_table_model.hpp"

#include "change_hub.hpp"

#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {

NoteTableModel::NoteTableModel(ChangeHub& hub, QObject* parent)
    : QAbstractTableModel(parent), m_repo(hub.repository()) {
    connect(&hub, &ChangeHub::changed, this, &NoteTableModel::apply);
}

void NoteTableModel::setLearningTeam(Id ltId) {
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
    if (role == IdRole)
        return QVariant::fromValue<qint64>(n.id);
    if (role == KindRole)
        return static_cast<int>(n.kind);
    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DisplayRole)
            return QString::fromUtf8(label(n.kind));
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
        if (role == Qt::DisplayRole && n.tellerId) {
            auto it = m_roles.find(*n.tellerId);
            return it == m_roles.end() ? QString() : QString::fromStdString(it->second);
        }
        break;
    case PhaseColumn:
        if (role == Qt::DisplayRole)
            return QString::fromUtf8(label(n.phase));
        break;
    case TagsColumn:
        if (role == Qt::DisplayRole) {
            QStringList tags;
            for (const auto& t : n.tags)
                tags << QString::fromStdString(t);
            return tags.join(u", "_s);
        }
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
