// MainWindow and the learning library: the Library page beside the workspaces, opening what it finds,
// "seen elsewhere" in the inspector, and the review of earlier open actions when a Learning Team
// reaches Solve.
#include "app/main_window.hpp"
#include "app/shortcuts.hpp"
#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "search/library_view.hpp"
#include "solve/action_review_dialog.hpp"

#include "document/document_manager.hpp"
#include "inspector/note_inspector.hpp"

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

    // A note just captured is the one to compare: the inspector follows it and shows where else it was seen.
    connect(m_hub, &ChangeHub::changed, this, [this](const Change& c) {
        if (c.entity == EntityType::Note && c.kind == ChangeKind::Added && c.learningTeamId == m_current &&
            m_inspector->isVisible() && !libraryShown())
            m_inspector->showNote(c.id);
    });

    m_review = new ActionReviewDialog(*m_hub, *m_learningLibrary, this);
    connect(m_review, &ActionReviewDialog::openRequested, this, &MainWindow::showLearningTeam);
    // Reaching Solve is the moment: the phase log says the shown Learning Team just came from Soak.
    connect(m_hub, &ChangeHub::changed, this, [this](const Change& c) {
        const auto* entry = std::get_if<PhaseLogEntry>(&c.item);
        if (c.entity == EntityType::PhaseLogEntry && c.kind == ChangeKind::Added && c.learningTeamId == m_current &&
            entry && entry->from == Phase::Soak && entry->to == Phase::Solve &&
            entry->at >= now() - std::chrono::minutes(1))
            reviewEarlierActions(m_current);
    });
}

bool MainWindow::libraryShown() const { return m_stack->currentWidget() == m_libraryView; }

void MainWindow::setLibraryShown(bool shown) {
    if (shown == libraryShown())
        return;
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
    } else {
        statusBar()->showMessage(tr("Opened “%1”.").arg(QString::fromStdString(lt->title)), 10000);
    }
}

void MainWindow::reviewEarlierActions(Id learningTeamId) {
    const auto lt = m_repo.learningTeam(learningTeamId);
    if (!lt)
        return;
    const auto team = m_repo.team(lt->teamId);
    m_review->review(m_docs->documentFor(learningTeamId), QString::fromStdString(team ? team->name : std::string()));
}

} // namespace ltw::gui
