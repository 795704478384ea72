// The notes Solve works from, as one list per question: the gaps (hard conditions, weak signals and
// adaptations no defense answers yet), the notes one defense answers, and the parking-lot ideas. The
// list follows the repository's changes and moves only the rows whose answer changed, so a note leaves
// the gaps the moment a defense is linked to it.
#pragma once

#include "ltw/repository.hpp"

#include <QAbstractListModel>

#include <map>
#include <set>
#include <utility>
#include <vector>

namespace ltw::gui {

class ChangeHub;

class SolveNoteListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Mode { Gaps, AnswersOfDefense, ParkingLot };
    enum Role { IdRole = Qt::UserRole + 1, KindRole, TextRole, KindTextRole, TurnedIntoActionRole };

    SolveNoteListModel(ChangeHub& hub, Mode mode, QObject* parent = nullptr);

    void setLearningTeam(Id learningTeamId); // 0: empty
    void setDefense(Id defenseId);           // for AnswersOfDefense; 0 shows nothing
    Id defense() const { return m_defenseId; }
    QModelIndex indexOf(Id noteId) const;
    Id noteIdAt(int row) const;

    // The notes a defense can answer, and the words for a kind of note.
    static bool canBeAGap(NoteKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void apply(const Change& change);
    bool wanted(const Note& note) const;
    void sync(); // moves the rows to what `wanted` says now, one insert or remove at a time
    void dropLinksTouching(ItemRef end);

    Repository& m_repo;
    Mode m_mode;
    Id m_learningTeamId = 0;
    Id m_defenseId = 0;
    std::map<Id, Note> m_notes;                // every note of the Learning Team, by id
    std::map<Id, std::pair<Id, Id>> m_answers; // Answers link id → (defense id, note id)
    std::map<Id, Id> m_ideaToAction;           // link id → note id, for links from a note to an action
    std::vector<Id> m_rows;                    // note ids shown, ascending (the order they were heard)
};

} // namespace ltw::gui
