#include "learn/work_step_model.hpp"
#include "common/conversions.hpp"

#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {

WorkStepModel::WorkStepModel(ChangeHub& hub, StepTrack track, QObject* parent)
    : QAbstractListModel(parent), m_repo(hub.repository()), m_track(track) {
    connect(&hub, &ChangeHub::changed, this, &WorkStepModel::apply);
}

void WorkStepModel::setDocument(LearningTeamDocument* document) {
    m_document = document;
    reload();
}

void WorkStepModel::reload() {
    beginResetModel();
    m_steps = m_document ? m_repo.workSteps(m_document->learningTeamId(), m_track) : std::vector<WorkStep>{};
    endResetModel();
}

int WorkStepModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

const WorkStep* WorkStepModel::step(int row) const {
    return row >= 0 && row < rowCount() ? &m_steps[static_cast<std::size_t>(row)] : nullptr;
}

std::vector<Note> WorkStepModel::attachedNotes(Id stepId) const {
    std::vector<Note> out;
    if (!m_document)
        return out;
    for (const auto& l : m_repo.links(m_document->learningTeamId())) {
        if (l.kind != LinkKind::AttachedTo)
            continue;
        const ItemRef stepRef{ItemType::WorkStep, stepId};
        const auto other = l.to == stepRef ? l.from : l.from == stepRef ? l.to : ItemRef{ItemType::WorkStep, 0};
        if (other.type == ItemType::Note)
            if (auto n = m_repo.note(other.id))
                out.push_back(*n);
    }
    return out;
}

QVariant WorkStepModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& s = m_steps[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = u"%1. %2"_s.arg(index.row() + 1).arg(QString::fromStdString(s.text));
        for (const auto& n : attachedNotes(s.id))
            text += u"\n      ↳ %1: %2"_s.arg(words(n.kind), QString::fromStdString(n.text));
        return text;
    }
    case Qt::EditRole: return QString::fromStdString(s.text);
    case Qt::ToolTipRole: return QString::fromStdString(s.text);
    case IdRole: return QVariant::fromValue<qint64>(s.id);
    case AttachedRole: return static_cast<int>(attachedNotes(s.id).size());
    default: return {};
    }
}

Qt::ItemFlags WorkStepModel::flags(const QModelIndex& index) const {
    auto f = QAbstractListModel::flags(index);
    if (index.isValid() && m_document)
        f |= Qt::ItemIsEditable;
    return f;
}

bool WorkStepModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto& before = m_steps[static_cast<std::size_t>(index.row())];
    auto after = before;
    after.text = value.toString().simplified().toStdString();
    if (after.text.empty() || after.text == before.text)
        return false;
    m_document->editStep(after);
    return true;
}

void WorkStepModel::apply(const Change& change) {
    if (!m_document || change.learningTeamId != m_document->learningTeamId())
        return;
    if (change.entity == EntityType::Link || change.entity == EntityType::Note) {
        if (!m_steps.empty())
            emit dataChanged(index(0), index(rowCount() - 1)); // attached notes are shown on the steps
        return;
    }
    if (change.entity != EntityType::WorkStep)
        return;
    const auto& step = std::get<WorkStep>(change.item);
    auto it = std::find_if(m_steps.begin(), m_steps.end(), [&](const WorkStep& s) { return s.id == change.id; });
    if (it != m_steps.end()) {
        const int row = static_cast<int>(it - m_steps.begin());
        beginRemoveRows({}, row, row);
        m_steps.erase(it);
        endRemoveRows();
    }
    if (change.kind == ChangeKind::Removed || step.track != m_track) {
        if (!m_steps.empty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    // Keep the order: by position, then id.
    auto at = std::find_if(m_steps.begin(), m_steps.end(), [&](const WorkStep& s) {
        return s.position > step.position || (s.position == step.position && s.id > step.id);
    });
    const int row = static_cast<int>(at - m_steps.begin());
    beginInsertRows({}, row, row);
    m_steps.insert(at, step);
    endInsertRows();
    emit dataChanged(index(0), index(rowCount() - 1)); // the numbers of the steps after it
}

} // namespace ltw::gui
