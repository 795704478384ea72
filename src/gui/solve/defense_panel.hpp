// The defenses of Solve: the list with its rating chips, a line to name a new one, the selected one's
// fields (title, existing or new, rating, description) and the notes it answers, linked through a
// picker. Every change is one undo step on the Learning Team's stack.
#pragma once

#include "ltw/repository.hpp"

#include <QWidget>

#include <set>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QListView;
class QPushButton;

namespace ltw::gui {

class ChangeHub;
class DeferredTextEdit;
class DefenseListModel;
class LearningTeamDocument;
class SolveNoteListModel;

class DefensePanel final : public QWidget {
    Q_OBJECT
public:
    DefensePanel(ChangeHub& hub, DefenseListModel* defenses, QWidget* parent = nullptr);

    void setDocument(LearningTeamDocument* document);
    Id selectedDefense() const { return m_selected; }
    void selectDefense(Id defenseId);

    // The edits, each one undo step.
    Id addDefense(const QString& title, DefenseKind kind);
    void removeSelectedDefense();
    void setLinkedNotes(Id defenseId, const std::set<Id>& noteIds);
    void linkNote(Id defenseId, Id noteId);
    void chooseLinkedNotes(); // opens the picker for the selected defense

signals:
    void defenseSelected(ltw::Id defenseId); // 0 when none

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onChange(const Change& change);
    void onCurrentChanged();
    void showSelected();
    void editSelected(const std::function<void(Defense&)>& change, const QString& text, bool merges);
    std::set<Id> linkedNotes(Id defenseId) const;
    void unlinkSelectedNotes();

    DefenseListModel* m_defenses;
    SolveNoteListModel* m_answers;
    LearningTeamDocument* m_document = nullptr;
    Id m_selected = 0;

    QLineEdit* m_newTitle;
    QComboBox* m_newKind;
    QListView* m_list;
    QGroupBox* m_details;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_rating;
    DeferredTextEdit* m_description;
    QListView* m_linked;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QPushButton* m_remove;
};

} // namespace ltw::gui
