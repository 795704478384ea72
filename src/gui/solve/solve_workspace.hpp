// The Solve workspace (session 2): defenses rated as they really work and new ones to build, each linked
// to the notes it answers; the gaps no defense answers yet; the actions with owner, due date, status,
// "how we'll know it worked" and votes; the parking-lot ideas from Learn to turn into actions; and the
// sponsor's response. Every edit is one undo step on the Learning Team's stack.
#pragma once

#include "ltw/repository.hpp"

#include <QWidget>

class QGroupBox;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace ltw::gui {

class ActionTableModel;
class ChangeHub;
class DeferredTextEdit;
class DefenseListModel;
class DefensePanel;
class LearningTeamDocument;
class SolveNoteListModel;

class SolveWorkspace final : public QWidget {
    Q_OBJECT
public:
    SolveWorkspace(ChangeHub& hub, QWidget* parent = nullptr);
    void setDocument(LearningTeamDocument* document); // nullptr: nothing shown

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onChange(const Change& change);
    Id addAction(const QString& title);
    void removeSelectedActions();
    void voteSelected(int delta);
    void turnIdeaIntoAction();
    void answerGapWithSelectedDefense();
    void commitSponsorResponse(const QString& text);
    void selectAction(Id actionId);
    void updateCounts();
    void updateButtons();
    void fitActionColumns();

    LearningTeamDocument* m_document = nullptr;
    DefenseListModel* m_defenses;
    SolveNoteListModel* m_gaps;
    SolveNoteListModel* m_parking;
    ActionTableModel* m_actions;
    QSortFilterProxyModel* m_sortedActions;

    DefensePanel* m_defensePanel;
    QGroupBox* m_gapBox;
    QListView* m_gapList;
    QPushButton* m_answerGap;
    QGroupBox* m_parkingBox;
    QListView* m_parkingList;
    QPushButton* m_parkingToAction;
    QLineEdit* m_newAction;
    QTableView* m_actionTable;
    QPushButton* m_voteUp;
    QPushButton* m_voteDown;
    QPushButton* m_sortByVotes;
    QPushButton* m_removeAction;
    DeferredTextEdit* m_sponsor;
    QTabWidget* m_pages = nullptr; // defenses and gaps | actions and the sponsor
};

} // namespace ltw::gui
