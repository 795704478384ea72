#include "solve/action_table_model.hpp"
#include "common/conversions.hpp"
#include "common/text_util.hpp"

#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {
ActionTableModel::ActionTableModel(ChangeHub& hub, QObject* parent)
    : QAbstractTableModel(parent), m_repo(hub.repository()) {
    connect(&hub, &ChangeHub::changed, this, &ActionTableModel::apply);
}

void ActionTableModel::setDocument(LearningTeamDocument* document) {
    beginResetModel();
    m_document = document;
    m_learningTeamId = document ? document->learningTeamId() : 0;
    m_actions.clear();
    m_defenseTitles.clear();
    if (m_learningTeamId != 0) {
        m_actions = m_repo.actions(m_learningTeamId);
        for (const auto& d : m_repo.defenses(m_learningTeamId))
            m_defenseTitles[d.id] = d.title;
    }
    endResetModel();
}

// One dot per vote, so the room sees priorities at a glance; a number once dots stop being readable.
QString ActionTableModel::votesText(int votes) {
    if (votes <= 0)
        return {};
    if (votes <= 8)
        return QString(votes, QChar(0x25CF));
    return u"%1 %2"_s.arg(QString(8, QChar(0x25CF))).arg(votes);
}

int ActionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActionTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& a = m_actions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return QVariant::fromValue<qint64>(a.id);
    case DefenseIdRole: return QVariant::fromValue<qint64>(a.defenseId.value_or(0));
    case StatusRole: return static_cast<int>(a.status);
    case VotesRole: return a.votes;
    default: break;
    }
    const auto defenseTitle = [&]() -> QString {
        if (!a.defenseId)
            return {};
        auto it = m_defenseTitles.find(*a.defenseId);
        return it == m_defenseTitles.end() ? QString() : QString::fromStdString(it->second);
    };
    const bool closed = a.status == ActionStatus::Done || a.status == ActionStatus::Dropped;
    if (role == Qt::ForegroundRole && closed && index.column() != StatusColumn)
        return QColor(0x80, 0x80, 0x80);
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole || role == SortRole)
            return QString::fromStdString(a.title);
        if (role == Qt::FontRole && a.status == ActionStatus::Dropped) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return QString::fromStdString(a.owner);
        if (role == Qt::ToolTipRole && a.owner.empty())
            return tr("Nobody owns this yet");
        break;
    case DueColumn:
        if (role == Qt::EditRole)
            return toQDate(a.due);
        if (role == Qt::DisplayRole)
            return a.due ? QLocale().toString(toQDate(a.due), QLocale::ShortFormat) : QString();
        if (role == SortRole)
            return a.due ? toQDate(a.due) : QDate(9999, 12, 31); // no date sorts last
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return words(a.status);
        if (role == Qt::EditRole || role == SortRole)
            return static_cast<int>(a.status);
        if (role == Qt::ForegroundRole && a.status == ActionStatus::Done)
            return QColor(0x2f, 0x7d, 0x3a);
        if (role == Qt::ForegroundRole && a.status == ActionStatus::InProgress)
            return QColor(0x2c, 0x5d, 0x8f);
        if (role == Qt::ForegroundRole && a.status == ActionStatus::Dropped)
            return QColor(0x80, 0x80, 0x80);
        break;
    case SuccessColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole || role == SortRole)
            return QString::fromStdString(a.successMeasure);
        break;
    case DefenseColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return defenseTitle();
        if (role == Qt::EditRole)
            return QVariant::fromValue<qint64>(a.defenseId.value_or(0));
        break;
    case VotesColumn:
        if (role == Qt::DisplayRole)
            return votesText(a.votes);
        if (role == Qt::EditRole || role == SortRole)
            return a.votes;
        if (role == Qt::ToolTipRole)
            return tr("%n vote(s); + and − change them", "", a.votes);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignLeft);
        if (role == Qt::ForegroundRole)
            return QColor(0xc0, 0x5a, 0x1c);
        break;
    default: break;
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("What we'll change");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    case SuccessColumn: return tr("How we'll know it worked");
    case DefenseColumn: return tr("Defense");
    case VotesColumn: return tr("Votes");
    default: return {};
    }
}

Qt::ItemFlags ActionTableModel::flags(const QModelIndex& index) const {
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_document && index.column() != VotesColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

// The model never changes an action itself: each edit is an undo command, and the row changes when
// the repository reports the change.
bool ActionTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto before = m_actions[static_cast<std::size_t>(index.row())];
    auto after = before;
    QString text;
    switch (index.column()) {
    case TitleColumn:
        after.title = value.toString().simplified().toStdString();
        if (after.title.empty())
            return false;
        text = tr("Rename the action “%1”").arg(shortened(after.title));
        break;
    case OwnerColumn:
        after.owner = value.toString().simplified().toStdString();
        text = tr("Set the owner of “%1”").arg(shortened(after.title));
        break;
    case DueColumn:
        after.due = toDate(value.toDate());
        text = tr("Set the due date of “%1”").arg(shortened(after.title));
        break;
    case StatusColumn: {
        const int s = value.toInt();
        if (s < 0 || s > static_cast<int>(ActionStatus::Dropped))
            return false;
        after.status = static_cast<ActionStatus>(s);
        text = tr("Mark “%1” as %2").arg(shortened(after.title), words(after.status).toLower());
        break;
    }
    case SuccessColumn:
        after.successMeasure = value.toString().trimmed().toStdString();
        text = tr("Say how we'll know “%1” worked").arg(shortened(after.title));
        break;
    case DefenseColumn: {
        const Id id = value.toLongLong();
        after.defenseId = id == 0 ? std::nullopt : std::optional<Id>(id);
        text = tr("Link “%1” to a defense").arg(shortened(after.title));
        break;
    }
    case VotesColumn:
        after.votes = std::max(0, value.toInt());
        text = tr("Vote on “%1”").arg(shortened(after.title));
        break;
    default: return false;
    }
    if (after == before)
        return false;
    m_document->editAction(after, text, index.column() == VotesColumn); // a run of votes is one step
    return true;
}

void ActionTableModel::vote(const QModelIndex& index, int delta) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return;
    const int votes = m_actions[static_cast<std::size_t>(index.row())].votes;
    setData(this->index(index.row(), VotesColumn), std::max(0, votes + delta));
}

QModelIndex ActionTableModel::indexOf(Id actionId, int column) const {
    const int row = rowOf(actionId);
    return row < 0 ? QModelIndex() : index(row, column);
}

std::optional<Action> ActionTableModel::actionAt(int row) const {
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_actions[static_cast<std::size_t>(row)];
}

int ActionTableModel::rowOf(Id actionId) const {
    auto it = std::find_if(m_actions.begin(), m_actions.end(), [&](const Action& a) { return a.id == actionId; });
    return it == m_actions.end() ? -1 : static_cast<int>(it - m_actions.begin());
}

void ActionTableModel::apply(const Change& change) {
    if (m_learningTeamId == 0 || change.learningTeamId != m_learningTeamId)
        return;
    if (change.entity == EntityType::LearningTeam) {
        if (change.kind == ChangeKind::Removed)
            setDocument(nullptr);
        return;
    }
    if (change.entity == EntityType::Defense) {
        if (change.kind == ChangeKind::Removed)
            m_defenseTitles.erase(change.id);
        else
            m_defenseTitles[change.id] = std::get<Defense>(change.item).title;
        for (std::size_t row = 0; row < m_actions.size(); ++row) {
            auto& a = m_actions[row];
            if (a.defenseId != change.id)
                continue;
            if (change.kind == ChangeKind::Removed)
                a.defenseId.reset(); // the database lets go of it with the defense
            const auto i = index(static_cast<int>(row), DefenseColumn);
            emit dataChanged(i, i);
        }
        return;
    }
    if (change.entity != EntityType::Action)
        return;
    const int row = rowOf(change.id);
    switch (change.kind) {
    case ChangeKind::Added: {
        // By id, so an action put back by an undo returns to its place.
        const auto& a = std::get<Action>(change.item);
        auto at = std::lower_bound(m_actions.begin(), m_actions.end(), a.id,
                                   [](const Action& x, Id id) { return x.id < id; });
        const int r = static_cast<int>(at - m_actions.begin());
        beginInsertRows({}, r, r);
        m_actions.insert(at, a);
        endInsertRows();
        break;
    }
    case ChangeKind::Updated:
        if (row >= 0) {
            m_actions[static_cast<std::size_t>(row)] = std::get<Action>(change.item);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        break;
    case ChangeKind::Removed:
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_actions.erase(m_actions.begin() + row);
            endRemoveRows();
        }
        break;
    }
}

} // namespace ltw::gui
