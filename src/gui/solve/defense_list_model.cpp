#include "solve/defense_list_model.hpp"
#include "common/conversions.hpp"

#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {

DefenseListModel::DefenseListModel(ChangeHub& hub, QObject* parent)
    : QAbstractListModel(parent), m_repo(hub.repository()) {
    connect(&hub, &ChangeHub::changed, this, &DefenseListModel::apply);
}

void DefenseListModel::setDocument(LearningTeamDocument* document) {
    beginResetModel();
    m_document = document;
    m_learningTeamId = document ? document->learningTeamId() : 0;
    m_defenses.clear();
    m_answers.clear();
    if (m_learningTeamId != 0) {
        m_defenses = m_repo.defenses(m_learningTeamId);
        for (const auto& l : m_repo.links(m_learningTeamId))
            if (auto ends = defenseAndNoteOf(l))
                m_answers[l.id] = *ends;
    }
    endResetModel();
}

QString DefenseListModel::ratingText(DefenseKind kind, std::optional<DefenseRating> rating) {
    if (kind == DefenseKind::New)
        return tr("To build");
    return rating ? words(*rating) : tr("Not rated");
}

QColor DefenseListModel::ratingColor(DefenseKind kind, std::optional<DefenseRating> rating) {
    if (kind == DefenseKind::New)
        return QColor(0x4e, 0x79, 0xa7); // blue
    if (!rating)
        return QColor(0xa8, 0xa3, 0x9e); // grey: not rated yet
    switch (*rating) {
    case DefenseRating::Working: return QColor(0x3f, 0x9a, 0x4a);
    case DefenseRating::Degraded: return QColor(0xe0, 0xa8, 0x00);
    case DefenseRating::HardToUse: return QColor(0xef, 0x7d, 0x22);
    case DefenseRating::Missing: return QColor(0xd6, 0x45, 0x45);
    }
    return {};
}

int DefenseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_defenses.size());
}

QVariant DefenseListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& d = m_defenses[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return QString::fromStdString(d.title);
    case Qt::ToolTipRole:
        return d.description.empty() ? QString::fromStdString(d.title) : QString::fromStdString(d.description);
    case Qt::DecorationRole: return ratingColor(d.kind, d.rating);
    case Qt::AccessibleDescriptionRole:
    case RatingTextRole: return ratingText(d.kind, d.rating);
    case IdRole: return QVariant::fromValue<qint64>(d.id);
    case KindRole: return static_cast<int>(d.kind);
    case RatingRole: return d.rating ? static_cast<int>(*d.rating) : -1;
    case DescriptionRole: return QString::fromStdString(d.description);
    case AnswerCountRole:
        return static_cast<int>(std::count_if(m_answers.begin(), m_answers.end(),
                                              [&](const auto& entry) { return entry.second.first == d.id; }));
    default: return {};
    }
}

Qt::ItemFlags DefenseListModel::flags(const QModelIndex& index) const {
    auto f = QAbstractListModel::flags(index);
    if (index.isValid() && m_document)
        f |= Qt::ItemIsEditable;
    return f;
}

// Renaming in place: an undo command; the row changes when the repository says it did.
bool DefenseListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto before = m_defenses[static_cast<std::size_t>(index.row())];
    auto after = before;
    after.title = value.toString().simplified().toStdString();
    if (after.title.empty() || after.title == before.title)
        return false;
    m_document->editDefense(after, tr("Rename the defense “%1”").arg(QString::fromStdString(after.title)), true);
    return true;
}

QModelIndex DefenseListModel::indexOf(Id defenseId) const {
    const int row = rowOf(defenseId);
    return row < 0 ? QModelIndex() : index(row);
}

std::optional<Defense> DefenseListModel::defenseAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return std::nullopt;
    return m_defenses[static_cast<std::size_t>(index.row())];
}

int DefenseListModel::rowOf(Id defenseId) const {
    auto it = std::find_if(m_defenses.begin(), m_defenses.end(), [&](const Defense& d) { return d.id == defenseId; });
    return it == m_defenses.end() ? -1 : static_cast<int>(it - m_defenses.begin());
}

// Existing defenses first, then new ones, each in the order they were named: as the repository lists them.
int DefenseListModel::insertionRow(const std::vector<Defense>& list, const Defense& d) {
    auto before = [](const Defense& a, const Defense& b) {
        return std::pair{static_cast<int>(a.kind), a.id} < std::pair{static_cast<int>(b.kind), b.id};
    };
    return static_cast<int>(std::lower_bound(list.begin(), list.end(), d, before) - list.begin());
}

void DefenseListModel::recount(Id defenseId) {
    if (const int row = rowOf(defenseId); row >= 0)
        emit dataChanged(index(row), index(row), {AnswerCountRole});
}

// The database removes an item's links with it, without a change for each link.
void DefenseListModel::dropLinksTouching(ItemRef end) {
    std::vector<Id> touched;
    std::erase_if(m_answers, [&](const auto& entry) {
        const auto [defenseId, noteId] = entry.second;
        const bool hit =
            (end.type == ItemType::Defense && defenseId == end.id) || (end.type == ItemType::Note && noteId == end.id);
        if (hit)
            touched.push_back(defenseId);
        return hit;
    });
    for (Id d : touched)
        recount(d);
}

void DefenseListModel::apply(const Change& change) {
    if (m_learningTeamId == 0 || change.learningTeamId != m_learningTeamId)
        return;
    switch (change.entity) {
    case EntityType::LearningTeam:
        if (change.kind == ChangeKind::Removed)
            setDocument(nullptr);
        return;
    case EntityType::Note:
        if (change.kind == ChangeKind::Removed)
            dropLinksTouching({ItemType::Note, change.id});
        return;
    case EntityType::Link: {
        if (change.kind == ChangeKind::Removed) {
            if (auto it = m_answers.find(change.id); it != m_answers.end()) {
                const Id defenseId = it->second.first;
                m_answers.erase(it);
                recount(defenseId);
            }
            return;
        }
        const auto& link = std::get<Link>(change.item);
        const auto old = m_answers.find(change.id);
        const Id oldDefense = old == m_answers.end() ? 0 : old->second.first;
        if (old != m_answers.end())
            m_answers.erase(old);
        if (auto ends = defenseAndNoteOf(link)) {
            m_answers[change.id] = *ends;
            recount(ends->first);
        }
        if (oldDefense != 0)
            recount(oldDefense);
        return;
    }
    case EntityType::Defense: break;
    default: return;
    }
    const int row = rowOf(change.id);
    switch (change.kind) {
    case ChangeKind::Added: {
        const auto& d = std::get<Defense>(change.item);
        const int at = insertionRow(m_defenses, d);
        beginInsertRows({}, at, at);
        m_defenses.insert(m_defenses.begin() + at, d);
        endInsertRows();
        break;
    }
    case ChangeKind::Updated: {
        if (row < 0)
            break;
        const auto& d = std::get<Defense>(change.item);
        if (d.kind == m_defenses[static_cast<std::size_t>(row)].kind) {
            m_defenses[static_cast<std::size_t>(row)] = d;
            emit dataChanged(index(row), index(row));
            break;
        }
        // A change of kind moves it to the other group, keeping its selection.
        auto others = m_defenses;
        others.erase(others.begin() + row);
        const int at = insertionRow(others, d);
        const bool moves = at != row && beginMoveRows({}, row, row, {}, at > row ? at + 1 : at);
        others.insert(others.begin() + at, d);
        m_defenses = std::move(others);
        if (moves)
            endMoveRows();
        emit dataChanged(index(at), index(at));
        break;
    }
    case ChangeKind::Removed:
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_defenses.erase(m_defenses.begin() + row);
            endRemoveRows();
        }
        dropLinksTouching({ItemType::Defense, change.id});
        break;
    }
}

} // namespace ltw::gui
