// The defenses of one Learning Team as a list (existing ones first, then new ones to build), each with
// how many notes it answers, kept current row by row from the repository's change notifications.
// Renaming in place pushes an undo command; the list itself never changes a defense.
#pragma once

#include "document/learning_team_document.hpp" // defenseAndNoteOf
#include "ltw/repository.hpp"

#include <QAbstractListModel>
#include <QColor>

#include <map>
#include <utility>
#include <vector>

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;

class DefenseListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, RatingRole, RatingTextRole, DescriptionRole, AnswerCountRole };

    explicit DefenseListModel(ChangeHub& hub, QObject* parent = nullptr);

    void setDocument(LearningTeamDocument* document); // nullptr: empty
    QModelIndex indexOf(Id defenseId) const;
    std::optional<Defense> defenseAt(const QModelIndex& index) const;
    const std::vector<Defense>& defenses() const { return m_defenses; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // What the chip of a defense says and its colour: the rating of an existing one, "new" for one to build.
    static QString ratingText(DefenseKind kind, std::optional<DefenseRating> rating);
    static QColor ratingColor(DefenseKind kind, std::optional<DefenseRating> rating);

private:
    void apply(const Change& change);
    int rowOf(Id defenseId) const;
    static int insertionRow(const std::vector<Defense>& list, const Defense& d);
    void recount(Id defenseId);
    void dropLinksTouching(ItemRef end);

    Repository& m_repo;
    LearningTeamDocument* m_document = nullptr;
    Id m_learningTeamId = 0;
    std::vector<Defense> m_defenses;           // ordered as the repository lists them: kind, then id
    std::map<Id, std::pair<Id, Id>> m_answers; // Answers link id → (defense id, note id)
};

} // namespace ltw::gui
