// The item models of the learning library, over values the core's Library gives: search results, shared
// learnings with their look-fors, and open actions across Learning Teams. Each offers its rows as HTML
// (escaped user text, matched words in bold) for RichTextDelegate, and the ids to open them by.
#pragma once

#include "ltw/library.hpp"
#include "ltw/repository.hpp"

#include <QAbstractListModel>
#include <QAbstractTableModel>

#include <vector>

namespace ltw::gui {

enum LibraryRole {
    HtmlRole = Qt::UserRole + 1,
    LearningTeamIdRole,
    ItemIdRole,
    ItemTypeRole, // int of ltw::ItemType
    OverdueRole,
};

// "Loading dock › Reversing near miss · 2 Mar 2026 · from charging-bay.json (Amara)": where an item
// belongs and, for an import, where it came from; escaped.
QString placeHtml(const LibraryPlace& place, Timestamp when);

class SearchResultModel final : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;
    void setHits(std::vector<SearchHit> hits);
    const std::vector<SearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    std::vector<SearchHit> m_hits;
};

class LibraryLearningModel final : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;
    void setLearnings(std::vector<LibraryLearning> learnings);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    std::vector<LibraryLearning> m_learnings;
};

// Open actions, one row each: overdue ones in dark red with "overdue" beside the date. Follows changes
// to the actions it holds by itself (a closed action leaves); anything else is for its owner to reload.
class FollowThroughModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, OwnerColumn, DueColumn, StatusColumn, LearningTeamColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setItems(std::vector<FollowThroughItem> items);
    const std::vector<FollowThroughItem>& items() const { return m_items; }
    // True when the change needs a reload (an action added or reopened elsewhere, a rename).
    bool apply(const Change& change);
    // Leaves a row out of the list without changing the action (kept open on review).
    void dismiss(Id actionId);
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int rowOf(Id actionId) const;
    std::vector<FollowThroughItem> m_items;
};

} // namespace ltw::gui
