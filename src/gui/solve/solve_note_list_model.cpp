#include "solve/solve_note_list_model.hpp"
#include "common/conversions.hpp"

#include "document/change_hub.hpp"
#include "learn/note_table_model.hpp"
#include "solve/defense_list_model.hpp"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

std::optional<Id> ideaOf(const Link& l) {
    if (l.from.type == ItemType::Note && l.to.type == ItemType::Action)
        return l.from.id;
    return std::nullopt;
}

} // namespace

SolveNoteListModel::SolveNoteListModel(ChangeHub& hub, Mode mode, QObject* parent)
    : QAbstractListModel(parent), m_repo(hub.repository()), m_mode(mode) {
    connect(&hub, &ChangeHub::changed, this, &SolveNoteListModel::apply);
}

bool SolveNoteListModel::canBeAGap(NoteKind kind) {
    return kind == NoteKind::HardCondition || kind == NoteKind::WeakSignal || kind == NoteKind::Adaptation;
}

void SolveNoteListModel::setLearningTeam(Id learningTeamId) {
    beginResetModel();
    m_learningTeamId = learningTeamId;
    m_notes.clear();
    m_answers.clear();
    m_ideaToAction.clear();
    m_rows.clear();
    if (learningTeamId != 0) {
        for (auto& n : m_repo.notes(learningTeamId))
            m_notes.emplace(n.id, std::move(n));
        for (const auto& l : m_repo.links(learningTeamId)) {
            if (auto ends = defenseAndNoteOf(l))
                m_answers[l.id] = *ends;
            if (auto idea = ideaOf(l))
                m_ideaToAction[l.id] = *idea;
        }
        for (const auto& [id, note] : m_notes)
            if (wanted(note))
                m_rows.push_back(id);
    }
    endResetModel();
}

void SolveNoteListModel::setDefense(Id defenseId) {
    if (defenseId == m_defenseId)
        return;
    m_defenseId = defenseId;
    sync();
}

bool SolveNoteListModel::wanted(const Note& note) const {
    switch (m_mode) {
    case Mode::ParkingLot: return note.kind == NoteKind::ParkingLot;
    case Mode::Gaps:
        return canBeAGap(note.kind) && std::none_of(m_answers.begin(), m_answers.end(),
                                                    [&](const auto& entry) { return entry.second.second == note.id; });
    case Mode::AnswersOfDefense:
        return m_defenseId != 0 && std::any_of(m_answers.begin(), m_answers.end(), [&](const auto& entry) {
                   return entry.second == std::pair{m_defenseId, note.id};
               });
    }
    return false;
}

void SolveNoteListModel::sync() {
    // Out first, from the end, then in, each where it belongs in id order.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        auto it = m_notes.find(m_rows[static_cast<std::size_t>(row)]);
        if (it == m_notes.end() || !wanted(it->second)) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    for (const auto& [id, note] : m_notes) {
        if (!wanted(note))
            continue;
        auto at = std::lower_bound(m_rows.begin(), m_rows.end(), id);
        if (at != m_rows.end() && *at == id)
            continue;
        const int row = static_cast<int>(at - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(m_rows.begin() + row, id);
        endInsertRows();
    }
}

int SolveNoteListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SolveNoteListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto it = m_notes.find(m_rows[static_cast<std::size_t>(index.row())]);
    if (it == m_notes.end())
        return {};
    const auto& n = it->second;
    const auto text = QString::fromStdString(n.text);
    const bool turned = std::any_of(m_ideaToAction.begin(), m_ideaToAction.end(),
                                    [&](const auto& entry) { return entry.second == n.id; });
    switch (role) {
    case Qt::DisplayRole:
        if (m_mode == Mode::ParkingLot)
            return turned ? tr("%1  ✓ now an action").arg(text) : text;
        return text;
    case Qt::ToolTipRole: return u"%1: %2"_s.arg(words(n.kind), text);
    case Qt::DecorationRole: return NoteTableModel::kindColor(n.kind);
    case Qt::AccessibleDescriptionRole:
    case KindTextRole: return words(n.kind);
    case IdRole: return QVariant::fromValue<qint64>(n.id);
    case KindRole: return static_cast<int>(n.kind);
    case TextRole: return text;
    case TurnedIntoActionRole: return turned;
    default: return {};
    }
}

QModelIndex SolveNoteListModel::indexOf(Id noteId) const {
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), noteId);
    return it != m_rows.end() && *it == noteId ? index(static_cast<int>(it - m_rows.begin())) : QModelIndex();
}

Id SolveNoteListModel::noteIdAt(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)] : 0;
}

// The database removes an item's links with it, without a change for each link.
void SolveNoteListModel::dropLinksTouching(ItemRef end) {
    std::erase_if(m_answers, [&](const auto& entry) {
        return (end.type == ItemType::Defense && entry.second.first == end.id) ||
               (end.type == ItemType::Note && entry.second.second == end.id);
    });
    if (end.type == ItemType::Note)
        std::erase_if(m_ideaToAction, [&](const auto& entry) { return entry.second == end.id; });
}

void SolveNoteListModel::apply(const Change& change) {
    if (m_learningTeamId == 0 || change.learningTeamId != m_learningTeamId)
        return;
    switch (change.entity) {
    case EntityType::LearningTeam:
        if (change.kind == ChangeKind::Removed)
            setLearningTeam(0);
        return;
    case EntityType::Note:
        if (change.kind == ChangeKind::Removed) {
            m_notes.erase(change.id);
            dropLinksTouching({ItemType::Note, change.id});
        } else {
            m_notes[change.id] = std::get<Note>(change.item);
        }
        sync();
        if (change.kind == ChangeKind::Updated)
            if (auto i = indexOf(change.id); i.isValid())
                emit dataChanged(i, i);
        return;
    case EntityType::Defense:
        if (change.kind == ChangeKind::Removed) {
            dropLinksTouching({ItemType::Defense, change.id});
            sync();
        }
        return;
    case EntityType::Action:
        if (change.kind == ChangeKind::Removed) {
            // Its links went with it: the ideas it came from are ideas again.
            std::vector<Id> ideas;
            for (const auto& l : m_repo.links(m_learningTeamId))
                if (auto idea = ideaOf(l))
                    ideas.push_back(l.id);
            std::vector<Id> touched;
            std::erase_if(m_ideaToAction, [&](const auto& entry) {
                const bool gone = std::find(ideas.begin(), ideas.end(), entry.first) == ideas.end();
                if (gone)
                    touched.push_back(entry.second);
                return gone;
            });
            for (Id noteId : touched)
                if (auto i = indexOf(noteId); i.isValid())
                    emit dataChanged(i, i);
        }
        return;
    case EntityType::Link: {
        Id ideaTouched = 0;
        if (auto it = m_ideaToAction.find(change.id); it != m_ideaToAction.end()) {
            ideaTouched = it->second;
            m_ideaToAction.erase(it);
        }
        m_answers.erase(change.id);
        if (change.kind != ChangeKind::Removed) {
            const auto& link = std::get<Link>(change.item);
            if (auto ends = defenseAndNoteOf(link))
                m_answers[change.id] = *ends;
            if (auto idea = ideaOf(link)) {
                m_ideaToAction[change.id] = *idea;
                ideaTouched = *idea;
            }
        }
        sync();
        if (ideaTouched != 0)
            if (auto i = indexOf(ideaTouched); i.isValid())
                emit dataChanged(i, i);
        return;
    }
    default: return;
    }
}

} // namespace ltw::gui
