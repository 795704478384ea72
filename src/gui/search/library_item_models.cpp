#include "search/library_item_models.hpp"
#include "common/conversions.hpp"

#include "search/marked_text.hpp"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString kindLabel(const SearchHit& hit) {
    if (hit.noteKind)
        return words(*hit.noteKind);
    switch (hit.type) {
    case ItemType::Defense: return QObject::tr("Defense");
    case ItemType::Action: return QObject::tr("Action");
    case ItemType::SharedLearning: return QObject::tr("Shared learning");
    case ItemType::Moment: return QObject::tr("Moment of the timeline");
    default: return QObject::tr("Note");
    }
}

bool isOpen(ActionStatus s) { return s == ActionStatus::Open || s == ActionStatus::InProgress; }

} // namespace

QString placeHtml(const LibraryPlace& place, Timestamp when) {
    auto html = u"%1 › %2 · %3 · %4"_s.arg(esc(place.teamName), esc(place.learningTeamTitle),
                                           words(place.use).toHtmlEscaped(), shownDate(when));
    if (place.origin) {
        const auto& o = *place.origin;
        auto from = QObject::tr("imported from %1").arg(o.fileName.empty() ? QObject::tr("a bundle") : esc(o.fileName));
        if (!o.facilitator.empty())
            from += QObject::tr(" (facilitator %1)").arg(esc(o.facilitator));
        from += QObject::tr(", %1").arg(shownDate(o.lastImported));
        if (o.imports > 1)
            from += QObject::tr(", updated %n time(s)", "", o.imports - 1);
        html += u" · "_s + from;
    }
    return html;
}

// --- search results ---------------------------------------------------------------------------------

void SearchResultModel::setHits(std::vector<SearchHit> hits) {
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& hit = m_hits[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = kindLabel(hit) + u": "_s;
        if (!hit.title.text.empty())
            text += QString::fromStdString(hit.title.text) + u" — "_s;
        return text + QString::fromStdString(hit.snippet.text);
    }
    case Qt::ToolTipRole: return tr("Enter or double-click opens its Learning Team");
    case HtmlRole: {
        QString html = u"<div style='color:#5f6368'><b>%1</b> · %2</div>"_s.arg(kindLabel(hit).toHtmlEscaped(),
                                                                                placeHtml(hit.place, hit.created));
        if (!hit.title.text.empty())
            html += u"<div style='font-weight:600'>%1</div>"_s.arg(markedToHtml(hit.title));
        if (!hit.snippet.text.empty())
            html += u"<div>%1</div>"_s.arg(markedToHtml(hit.snippet));
        return html;
    }
    case LearningTeamIdRole: return QVariant::fromValue<qint64>(hit.place.learningTeamId);
    case ItemIdRole: return QVariant::fromValue<qint64>(hit.id);
    case ItemTypeRole: return static_cast<int>(hit.type);
    default: return {};
    }
}

// --- shared learnings -------------------------------------------------------------------------------

void LibraryLearningModel::setLearnings(std::vector<LibraryLearning> learnings) {
    beginResetModel();
    m_learnings = std::move(learnings);
    endResetModel();
}

int LibraryLearningModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_learnings.size());
}

QVariant LibraryLearningModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& item = m_learnings[static_cast<std::size_t>(index.row())];
    const auto& l = item.learning;
    switch (role) {
    case Qt::DisplayRole: return QString::fromStdString(l.title);
    case Qt::ToolTipRole: return tr("Enter or double-click opens its Learning Team");
    case HtmlRole: {
        QString html = u"<div style='font-size:large'><b>%1</b></div><div style='color:#5f6368'>%2</div>"_s.arg(
            esc(l.title), placeHtml(item.place, l.created));
        if (!l.summary.empty())
            html += u"<div>%1</div>"_s.arg(esc(l.summary));
        if (!l.lookFors.empty()) {
            html += u"<div style='margin-top:3px'><i>%1</i></div><ul style='margin:0'>"_s.arg(tr("Look for:"));
            for (const auto& f : l.lookFors)
                html += u"<li>%1</li>"_s.arg(esc(f));
            html += u"</ul>"_s;
        }
        if (!l.audience.empty())
            html += u"<div style='color:#5f6368'>%1</div>"_s.arg(tr("For: %1").arg(esc(l.audience)));
        return html;
    }
    case LearningTeamIdRole: return QVariant::fromValue<qint64>(item.place.learningTeamId);
    case ItemIdRole: return QVariant::fromValue<qint64>(l.id);
    case ItemTypeRole: return static_cast<int>(ItemType::SharedLearning);
    default: return {};
    }
}

// --- follow-through ---------------------------------------------------------------------------------

void FollowThroughModel::setItems(std::vector<FollowThroughItem> items) {
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int FollowThroughModel::rowOf(Id actionId) const {
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].action.id == actionId)
            return static_cast<int>(i);
    return -1;
}

void FollowThroughModel::dismiss(Id actionId) {
    const int row = rowOf(actionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.erase(m_items.begin() + row);
    endRemoveRows();
}

bool FollowThroughModel::apply(const Change& change) {
    if (change.entity == EntityType::Team || change.entity == EntityType::LearningTeam)
        return true; // names shown in every row, or rows gone with their Learning Team
    if (change.entity != EntityType::Action)
        return false;
    const int row = rowOf(change.id);
    const auto* action = std::get_if<Action>(&change.item);
    if (change.kind == ChangeKind::Removed || (action && !isOpen(action->status))) {
        if (row >= 0)
            dismiss(change.id);
        return false;
    }
    if (row < 0 || !action)
        return change.kind == ChangeKind::Added || (action && isOpen(action->status));
    if (action->due != m_items[static_cast<std::size_t>(row)].action.due)
        return true; // its place in the order changes
    m_items[static_cast<std::size_t>(row)].action = *action;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return false;
}

int FollowThroughModel::overdueCount() const {
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(), [](const auto& i) { return i.overdue; }));
}

int FollowThroughModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int FollowThroughModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FollowThroughModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Action");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    case LearningTeamColumn: return tr("Learning Team");
    default: return {};
    }
}

QVariant FollowThroughModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto& item = m_items[static_cast<std::size_t>(index.row())];
    const auto& a = item.action;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return QString::fromStdString(a.title);
        case OwnerColumn: return a.owner.empty() ? tr("no owner yet") : QString::fromStdString(a.owner);
        case DueColumn:
            if (!a.due)
                return tr("no date");
            return item.overdue ? tr("%1 — overdue").arg(shownDate(*a.due)) : shownDate(*a.due);
        case StatusColumn: return words(a.status);
        case LearningTeamColumn:
            return u"%1 › %2"_s.arg(QString::fromStdString(item.place.teamName),
                                    QString::fromStdString(item.place.learningTeamTitle));
        }
        return {};
    case Qt::ForegroundRole:
        if (item.overdue)
            return QBrush(QColor(0x8a, 0x1f, 0x1f));
        if (index.column() == OwnerColumn && a.owner.empty())
            return QBrush(QColor(0x5f, 0x63, 0x68));
        return {};
    case Qt::FontRole:
        if (item.overdue && (index.column() == DueColumn || index.column() == TitleColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return a.successMeasure.empty()
                   ? QVariant()
                   : tr("How we'll know it worked: %1").arg(QString::fromStdString(a.successMeasure));
    case OverdueRole: return item.overdue;
    case LearningTeamIdRole: return QVariant::fromValue<qint64>(item.place.learningTeamId);
    case ItemIdRole: return QVariant::fromValue<qint64>(a.id);
    case ItemTypeRole: return static_cast<int>(ItemType::Action);
    default: return {};
    }
}

} // namespace ltw::gui
