#include "teams/team_tree_model.hpp"
#include "common/conversions.hpp"

#include "document/change_hub.hpp"
#include "document/teams_document.hpp"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

// Internal ids: 0 for a team row; team row + 1 for a Learning Team row (its parent).
constexpr quintptr kTeamLevel = 0;

QString notesText(int count) { return TeamTreeModel::tr("%n note(s)", "", count); }

} // namespace

TeamTreeModel::TeamTreeModel(ChangeHub& hub, TeamsDocument* library, QObject* parent)
    : QAbstractItemModel(parent), m_repo(hub.repository()), m_teamsDoc(library) {
    connect(&hub, &ChangeHub::changed, this, &TeamTreeModel::apply);
    reload();
}

void TeamTreeModel::reload() {
    beginResetModel();
    m_rows.clear();
    for (const auto& t : m_repo.teams())
        m_rows.push_back({t, {}});
    for (auto& s : m_repo.learningTeamSummaries()) // most recently updated first
        for (auto& row : m_rows)
            if (row.team.id == s.team.id)
                row.learningTeams.push_back(s);
    endResetModel();
}

QModelIndex TeamTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTeamLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TeamTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTeamLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTeamLevel);
}

int TeamTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.internalId() == kTeamLevel && parent.column() == 0)
        return static_cast<int>(m_rows[static_cast<std::size_t>(parent.row())].learningTeams.size());
    return 0;
}

int TeamTreeModel::columnCount(const QModelIndex&) const { return 1; }

QVariant TeamTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTeamLevel) {
        const auto& t = m_rows[static_cast<std::size_t>(index.row())].team;
        switch (role) {
        case Qt::DisplayRole:
            return t.site.empty() ? QString::fromStdString(t.name)
                                  : u"%1 — %2"_s.arg(QString::fromStdString(t.name), QString::fromStdString(t.site));
        case Qt::EditRole: return QString::fromStdString(t.name);
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case IdRole: return QVariant::fromValue<qint64>(t.id);
        case IsTeamRole: return true;
        case TitleRole: return QString::fromStdString(t.name);
        default: return {};
        }
    }
    const auto& s = m_rows[index.internalId() - 1].learningTeams[static_cast<std::size_t>(index.row())];
    const auto phase = words(s.learningTeam.phase);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2 · %3 · %4")
            .arg(QString::fromStdString(s.learningTeam.title), phase, shownDate(s.learningTeam.updated),
                 notesText(s.noteCount));
    case Qt::EditRole: return QString::fromStdString(s.learningTeam.title);
    case Qt::ToolTipRole: {
        auto tip =
            tr("%1 — %2, in %3").arg(QString::fromStdString(s.learningTeam.title), words(s.learningTeam.use), phase);
        // Where it came from, for one another facilitator shared.
        if (const auto origin = m_repo.importOrigin(s.learningTeam.id))
            tip += u"\n"_s +
                   tr("Imported from %1 (facilitator %2), last on %3")
                       .arg(origin->fileName.empty() ? tr("a bundle") : QString::fromStdString(origin->fileName),
                            origin->facilitator.empty() ? tr("not named") : QString::fromStdString(origin->facilitator),
                            shownDate(origin->lastImported));
        return tip;
    }
    case Qt::AccessibleTextRole: return tr("%1, phase %2").arg(QString::fromStdString(s.learningTeam.title), phase);
    case IdRole: return QVariant::fromValue<qint64>(s.learningTeam.id);
    case IsTeamRole: return false;
    case PhaseRole: return phase;
    case TitleRole: return QString::fromStdString(s.learningTeam.title);
    case NoteCountRole: return s.noteCount;
    default: return {};
    }
}

Qt::ItemFlags TeamTreeModel::flags(const QModelIndex& index) const {
    auto f = QAbstractItemModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

// Renaming is an edit like any other: the library's document makes it an undo step, and the model follows
// the repository's change.
bool TeamTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_teamsDoc)
        return false;
    const auto name = value.toString().simplified().toStdString();
    if (name.empty())
        return false;
    if (index.internalId() == kTeamLevel)
        m_teamsDoc->renameTeam(m_rows[static_cast<std::size_t>(index.row())].team.id, name);
    else
        m_teamsDoc->renameLearningTeam(
            m_rows[index.internalId() - 1].learningTeams[static_cast<std::size_t>(index.row())].learningTeam.id, name);
    return true;
}

std::pair<int, int> TeamTreeModel::find(Id ltId) const {
    for (std::size_t t = 0; t < m_rows.size(); ++t)
        for (std::size_t c = 0; c < m_rows[t].learningTeams.size(); ++c)
            if (m_rows[t].learningTeams[c].learningTeam.id == ltId)
                return {static_cast<int>(t), static_cast<int>(c)};
    return {-1, -1};
}

QModelIndex TeamTreeModel::indexOfLearningTeam(Id ltId) const {
    const auto [t, c] = find(ltId);
    return t < 0 ? QModelIndex() : index(c, 0, index(t, 0));
}

QModelIndex TeamTreeModel::indexOfTeam(Id teamId) const {
    for (std::size_t t = 0; t < m_rows.size(); ++t)
        if (m_rows[t].team.id == teamId)
            return index(static_cast<int>(t), 0);
    return {};
}

Id TeamTreeModel::mostRecentLearningTeam() const {
    const LearningTeamSummary* best = nullptr;
    for (const auto& row : m_rows)
        for (const auto& s : row.learningTeams)
            if (!best || s.learningTeam.updated > best->learningTeam.updated ||
                (s.learningTeam.updated == best->learningTeam.updated && s.learningTeam.id > best->learningTeam.id))
                best = &s;
    return best ? best->learningTeam.id : 0;
}

void TeamTreeModel::apply(const Change& change) {
    switch (change.entity) {
    case EntityType::Team:
    case EntityType::LearningTeam: {
        // Teams and Learning Teams come and go rarely; re-reading the library then is simplest. An
        // update only repaints its row.
        if (change.kind != ChangeKind::Updated) {
            reload();
            return;
        }
        if (change.entity == EntityType::Team) {
            if (auto i = indexOfTeam(change.id); i.isValid()) {
                m_rows[static_cast<std::size_t>(i.row())].team = std::get<Team>(change.item);
                emit dataChanged(i, i);
            }
            return;
        }
        const auto [t, c] = find(change.id);
        if (t < 0)
            return;
        const auto& lt = std::get<LearningTeam>(change.item);
        if (m_rows[static_cast<std::size_t>(t)].team.id != lt.teamId) {
            reload(); // moved to another team
            return;
        }
        m_rows[static_cast<std::size_t>(t)].learningTeams[static_cast<std::size_t>(c)].learningTeam = lt;
        const auto i = index(c, 0, index(t, 0));
        emit dataChanged(i, i);
        return;
    }
    case EntityType::Note: {
        if (change.kind == ChangeKind::Updated)
            return;
        const auto [t, c] = find(change.learningTeamId);
        if (t < 0)
            return;
        // Read, not counted: a change may belong to a batch the library has already re-read.
        m_rows[static_cast<std::size_t>(t)].learningTeams[static_cast<std::size_t>(c)].noteCount =
            m_repo.noteCount(change.learningTeamId);
        const auto i = index(c, 0, index(t, 0));
        emit dataChanged(i, i);
        return;
    }
    default: return;
    }
}

} // namespace ltw::gui
