#include "learning_team_list_model.hpp"

#include "change_hub.hpp"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

QString notesText(int count) {
    return count == 1 ? LearningTeamListModel::tr("1 note") : LearningTeamListModel::tr("%1 notes").arg(count);
}

} // namespace

LearningTeamListModel::LearningTeamListModel(ChangeHub& hub, QObject* parent)
    : QAbstractListModel(parent), m_repo(hub.repository()) {
    connect(&hub, &ChangeHub::changed, this, &LearningTeamListModel::apply);
    reload();
}

void LearningTeamListModel::reload() {
    beginResetModel();
    m_rows = m_repo.learningTeamSummaries();
    endResetModel();
}

int LearningTeamListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant LearningTeamListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto title = QString::fromStdString(row.learningTeam.title);
    const auto team = QString::fromStdString(row.team.name);
    const auto phase = QString::fromUtf8(label(row.learningTeam.phase));
    switch (role) {
    case Qt::DisplayRole: return tr("%1\n%2 · %3 · %4").arg(title, team, phase, notesText(row.noteCount));
    case Qt::ToolTipRole:
        return tr("%1 — %2, %3")
            .arg(title, QString::fromStdString(row.team.site), QString::fromUtf8(label(row.learningTeam.use)));
    case Qt::AccessibleTextRole: return tr("%1, team %2, phase %3").arg(title, team, phase);
    case IdRole: return QVariant::fromValue<qint64>(row.learningTeam.id);
    case PhaseRole: return phase;
    case TeamRole: return team;
    case NoteCountRole: return row.noteCount;
    case TitleRole: return title;
    default: return {};
    }
}

QHash<int, QByteArray> LearningTeamListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names[IdRole] = "learningTeamId";
    names[PhaseRole] = "phase";
    names[TeamRole] = "team";
    names[NoteCountRole] = "noteCount";
    names[TitleRole] = "title";
    return names;
}

int LearningTeamListModel::rowOf(Id ltId) const {
    auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const auto& r) { return r.learningTeam.id == ltId; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

QModelIndex LearningTeamListModel::indexOf(Id ltId) const {
    const int row = rowOf(ltId);
    return row < 0 ? QModelIndex() : index(row);
}

void LearningTeamListModel::refreshRow(int row) {
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

void LearningTeamListModel::apply(const Change& change) {
    switch (change.entity) {
    case EntityType::LearningTeam: {
        const int row = rowOf(change.id);
        if (change.kind == ChangeKind::Removed) {
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_rows.erase(m_rows.begin() + row);
                endRemoveRows();
            }
            return;
        }
        const auto& lt = std::get<LearningTeam>(change.item);
        if (row >= 0) {
            m_rows[static_cast<std::size_t>(row)].learningTeam = lt;
            refreshRow(row);
            return;
        }
        LearningTeamSummary summary{lt, m_repo.team(lt.teamId).value_or(Team{}), 0};
        beginInsertRows({}, 0, 0); // the newest is the most recently updated
        m_rows.insert(m_rows.begin(), std::move(summary));
        endInsertRows();
        return;
    }
    case EntityType::Team: {
        for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
            auto& r = m_rows[static_cast<std::size_t>(row)];
            if (r.team.id != change.id)
                continue;
            if (change.kind == ChangeKind::Removed) {
                beginRemoveRows({}, row, row);
                m_rows.erase(m_rows.begin() + row);
                endRemoveRows();
            } else {
                r.team = std::get<Team>(change.item);
                refreshRow(row);
            }
        }
        return;
    }
    case EntityType::Note: {
        if (change.kind == ChangeKind::Updated)
            return;
        const int row = rowOf(change.learningTeamId);
        if (row >= 0) {
            m_rows[static_cast<std::size_t>(row)].noteCount += change.kind == ChangeKind::Added ? 1 : -1;
            refreshRow(row);
        }
        return;
    }
    default: return;
    }
}

} // namespace ltw::gui
