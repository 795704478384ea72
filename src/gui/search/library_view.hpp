// The Library page beside the phase workspaces: search as you type over everything every Learning Team
// captured, the shared learnings with their look-fors, and the follow-through of open actions, all under
// the same filters (team, use, dates, tag, kind). Opening a row opens its Learning Team.
#pragma once

#include "ltw/library.hpp"
#include "ltw/repository.hpp"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace ltw::gui {
class TeamsDocument;
}

namespace ltw::gui {

class ChangeHub;
class FollowThroughModel;
class LibraryLearningModel;
class SearchResultModel;

class LibraryView final : public QWidget {
    Q_OBJECT
public:
    // Edits made here (an action marked done) go on `undo`.
    LibraryView(ChangeHub& hub, Library& library, TeamsDocument* libraryDoc, QWidget* parent = nullptr);
    ~LibraryView() override;

    // Puts the cursor in the search field, ready to type.
    void focusSearch();
    // Runs what is pending now (the search waits for a pause in typing); for tests and screenshots.
    void refreshNow();
    LibraryFilter filter() const;
    // Another page beside the results, shared learnings and follow-through (the organisation library).
    void addPage(QWidget* page, const QString& title);
    QString searchText() const;

signals:
    void openRequested(ltw::Id learningTeamId, int itemType, ltw::Id itemId);
    void closeRequested();                                                     // Escape: back to the Learning Team
    void searchChanged(const QString& text, const ltw::LibraryFilter& filter); // after each search

protected:
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onChange(const Change& change);
    void scheduleRefresh();
    void runSearch();
    void refreshLists();
    void refillFilters();
    void openIndex(const QModelIndex& index);
    void setSelectedActionStatus(ActionStatus status);
    void updateCounts();
    void enterResults();

    ChangeHub& m_hub;
    Library& m_library;
    TeamsDocument* m_teamsDoc;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_use = nullptr;
    QComboBox* m_tag = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_until = nullptr;
    QTabWidget* m_tabs = nullptr;
    QListView* m_results = nullptr;
    QListView* m_learnings = nullptr;
    QTableView* m_actions = nullptr;
    QLabel* m_resultCount = nullptr;
    QLabel* m_actionCount = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_dropped = nullptr;
    SearchResultModel* m_resultModel;
    LibraryLearningModel* m_learningModel;
    FollowThroughModel* m_actionModel;
    QTimer* m_typing;  // the search runs after a pause in typing
    QTimer* m_changes; // changes arriving together refresh once
    bool m_dirty = true;
    bool m_filling = false;
};

} // namespace ltw::gui
