// MainWindow and the learning library: the Library page beside the workspaces, and opening what it (or
// "seen elsewhere" in the inspector) finds.
#include "app/main_window.hpp"
#include "app/shortcuts.hpp"
#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "search/library_view.hpp"
#include "solve/action_review_dialog.hpp"

#include "document/document_manager.hpp"
#include "inspector/note_inspector.hpp"
#include "learn/learn_workspace.hpp"
#include "learn/timeline_panel.hpp"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace ltw::gui {

void MainWindow::buildLibrary() {
    m_learningLibrary = std::make_unique<SqliteLibrary>(m_repo);
    m_libraryView = new LibraryView(*m_hub, *m_learningLibrary, m_docs->teams());
    m_stack->addWidget(m_libraryView);
    connect(m_libraryView, &LibraryView::openRequested, this,
            [this](Id lt, int type, Id id) { openFromLibrary(lt, static_cast<ItemType>(type), id); });
    connect(m_libraryView, &LibraryView::closeRequested, this, [this] { setLibraryShown(false); });
    m_inspector->setLibrary(m_learningLibrary.get());
    connect(m_inspector, &NoteInspector::openNoteRequested, this,
            [this](Id lt, Id note) { openFromLibrary(lt, ItemType::Note, note); });

    m_libraryAction = new QAction(tr("&Library"), this);
    m_libraryAction->setObjectName(u"libraryAction"_s);
    m_libraryAction->setCheckable(true);
    applyShortcut(m_libraryAction, Shortcut::Library);
    m_libraryAction->setToolTip(tr("Every Learning Team's notes, learnings and open actions, searchable"));
    connect(m_libraryAction, &QAction::toggled, this, &MainWindow::setLibraryShown);
    auto* search = new QAction(tr("&Search the library…"), this);
    search->setObjectName(u"searchLibraryAction"_s);
    applyShortcut(search, Shortcut::SearchLibrary);
    connect(search, &QAction::triggered, this, [this] {
        setLibraryShown(true);
        m_libraryView->focusSearch();
    });
    auto* first = m_viewMenu->actions().value(0);
    m_viewMenu->insertAction(first, m_libraryAction);
    m_viewMenu->insertAction(first, search);
    m_viewMenu->insertSeparator(first);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        const QSignalBlocker blocker(m_libraryAction);
        m_libraryAction->setChecked(libraryShown());
    });

    // Reaching Solve brings up the actions the team's earlier Learning Teams left open.
    m_review = new ActionReviewDialog(*m_hub, *m_learningLibrary, this);
    connect(m_review, &ActionReviewDialog::openRequested, this, &MainWindow::showLearningTeam);
}

bool MainWindow::libraryShown() const { return m_stack->currentWidget() == m_libraryView; }

void MainWindow::setLibraryShown(bool shown) {
    if (shown == libraryShown())
        return;
    m_inspector->setFollowsCaptures(!shown);
    if (shown) {
        m_stack->setCurrentWidget(m_libraryView);
        m_docs->activateTeams(); // marking an action done there is an edit of the teams' history
        m_libraryView->focusSearch();
        return;
    }
    m_stack->setCurrentIndex(m_current == 0 ? 0 : 1);
    if (auto* doc = currentDocument()) {
        m_docs->activate(doc);
        m_workspaces->currentWidget()->setFocus();
    }
}

void MainWindow::openFromLibrary(Id learningTeamId, ItemType type, Id itemId) {
    const auto lt = m_repo.learningTeam(learningTeamId);
    if (!lt)
        return;
    showLearningTeam(learningTeamId);
    setLibraryShown(false);
    if (type == ItemType::Note) {
        m_inspector->showNote(itemId);
        if (auto* dock = findChild<QDockWidget*>(u"inspectorDock"_s)) {
            dock->show();
            dock->raise();
        }
        statusBar()->showMessage(
            tr("Opened “%1”; the note is in the inspector.").arg(QString::fromStdString(lt->title)), 10000);
    } else if (type == ItemType::Moment && m_workspaces->currentWidget() == m_learn) {
        m_learn->tabs()->setCurrentWidget(m_learn->timeline());
        m_learn->timeline()->selectMoment(itemId);
        statusBar()->showMessage(
            tr("Opened “%1”; the moment is chosen on its timeline.").arg(QString::fromStdString(lt->title)), 10000);
    } else {
        statusBar()->showMessage(tr("Opened “%1”.").arg(QString::fromStdString(lt->title)), 10000);
    }
}

} // namespace ltw::gui
