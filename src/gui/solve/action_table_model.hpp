// The actions of one Learning Team as a table: what to change, who owns it, by when, where it stands,
// how we'll know it worked, the defense it builds or mends, and the group's votes. Kept current row by
// row from the repository's changes; every edit in the table is pushed as an undo command.
#pragma once

#include "ltw/repository.hpp"

#include <QAbstractTableModel>
#include <QDate>

#include <map>
#include <vector>

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;

class ActionTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        SuccessColumn,
        DefenseColumn,
        VotesColumn,
        ColumnCount
    };
    // SortRole orders a column sensibly (dates by date, votes by number); DefenseIdRole is 0 for none.
    enum Role { IdRole = Qt::UserRole + 1, SortRole, DefenseIdRole, StatusRole, VotesRole };

    explicit ActionTableModel(ChangeHub& hub, QObject* parent = nullptr);

    void setDocument(LearningTeamDocument* document); // nullptr: empty
    QModelIndex indexOf(Id actionId, int column = TitleColumn) const;
    std::optional<Action> actionAt(int row) const;
    // The defenses an action can point at, by id, as the defense column names them.
    const std::map<Id, std::string>& defenseTitles() const { return m_defenseTitles; }

    // Pushes one undo command that changes the votes by `delta` (never below zero).
    void vote(const QModelIndex& index, int delta);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString votesText(int votes);

private:
    void apply(const Change& change);
    int rowOf(Id actionId) const;

    Repository& m_repo;
    LearningTeamDocument* m_document = nullptr;
    Id m_learningTeamId = 0;
    std::vector<Action> m_actions; // in the order they were added
    std::map<Id, std::string> m_defenseTitles;
};

} // namespace ltw::gui
