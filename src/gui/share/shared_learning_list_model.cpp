#include "share/shared_learning_list_model.hpp"
#include "common/text_util.hpp"

#include "document/change_hub.hpp"

#include <QFont>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {

SharedLearningListModel::SharedLearningListModel(ChangeHub& hub, QObject* parent)
    : QAbstractListModel(parent), m_repo(hub.repository()) {
    connect(&hub, &ChangeHub::changed, this, &SharedLearningListModel::apply);
}

void SharedLearningListModel::setLearningTeam(Id learningTeamId) {
    beginResetModel();
    m_learningTeamId = learningTeamId;
    m_learnings = learningTeamId != 0 ? m_repo.sharedLearnings(learningTeamId) : std::vector<SharedLearning>{};
    endResetModel();
}

int SharedLearningListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_learnings.size());
}

QVariant SharedLearningListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& l = m_learnings[static_cast<std::size_t>(index.row())];
    const auto title = QString::fromStdString(l.title).simplified();
    switch (role) {
    case Qt::DisplayRole: return title.isEmpty() ? tr("(no title yet)") : title;
    case Qt::ToolTipRole: {
        const auto summary = QString::fromStdString(l.summary).simplified();
        const auto looks = tr("%n look-for(s)", "", int(l.lookFors.size()));
        return summary.isEmpty() ? looks : summary + u"\n\n"_s + looks;
    }
    case Qt::FontRole:
        if (title.isEmpty()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case IdRole: return QVariant::fromValue<qint64>(l.id);
    case TitleRole: return QString::fromStdString(l.title);
    case SummaryRole: return QString::fromStdString(l.summary);
    case AudienceRole: return QString::fromStdString(l.audience);
    case LookForsRole: {
        QStringList lines;
        for (const auto& s : l.lookFors)
            lines << QString::fromStdString(s);
        return lines;
    }
    default: return {};
    }
}

QHash<int, QByteArray> SharedLearningListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names[IdRole] = "learningId";
    names[TitleRole] = "title";
    names[SummaryRole] = "summary";
    names[LookForsRole] = "lookFors";
    names[AudienceRole] = "audience";
    return names;
}

int SharedLearningListModel::rowOf(Id learningId) const {
    auto it = std::find_if(m_learnings.begin(), m_learnings.end(),
                           [&](const SharedLearning& l) { return l.id == learningId; });
    return it == m_learnings.end() ? -1 : static_cast<int>(it - m_learnings.begin());
}

QModelIndex SharedLearningListModel::indexOf(Id learningId) const {
    const int row = rowOf(learningId);
    return row < 0 ? QModelIndex() : index(row);
}

std::optional<SharedLearning> SharedLearningListModel::learningAt(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return std::nullopt;
    return m_learnings[static_cast<std::size_t>(index.row())];
}

void SharedLearningListModel::apply(const Change& change) {
    if (m_learningTeamId == 0 || change.learningTeamId != m_learningTeamId)
        return;
    if (change.entity == EntityType::LearningTeam && change.kind == ChangeKind::Removed) {
        setLearningTeam(0);
        return;
    }
    if (change.entity != EntityType::SharedLearning)
        return;
    const int row = rowOf(change.id);
    switch (change.kind) {
    case ChangeKind::Added: {
        if (row >= 0)
            break;
        // An undone removal comes back under its old id: keep the repository's order.
        const auto at = std::lower_bound(m_learnings.begin(), m_learnings.end(), change.id,
                                         [](const SharedLearning& l, Id id) { return l.id < id; });
        const int position = static_cast<int>(at - m_learnings.begin());
        beginInsertRows({}, position, position);
        m_learnings.insert(at, std::get<SharedLearning>(change.item));
        endInsertRows();
        break;
    }
    case ChangeKind::Updated:
        if (row >= 0) {
            m_learnings[static_cast<std::size_t>(row)] = std::get<SharedLearning>(change.item);
            emit dataChanged(index(row), index(row));
        }
        break;
    case ChangeKind::Removed:
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_learnings.erase(m_learnings.begin() + row);
            endRemoveRows();
        }
        break;
    }
}

} // namespace ltw::gui
