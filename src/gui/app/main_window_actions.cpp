// MainWindow's menus and the library's commands (rename, delete, the sample), kept apart from the
// window's layout and its following of the open Learning Team.
#include "app/about_dialog.hpp"
#include "app/language_menu.hpp"
#include "app/main_window.hpp"
#include "app/shortcuts.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"
#include "learn/learn_workspace.hpp"
#include "ltw/errors.hpp"
#include "ltw/sample.hpp"
#include "org/org_sync_service.hpp"
#include "search/library_view.hpp"
#include "teams/team_tree_model.hpp"

#include "document/document_manager.hpp"
#include "document/teams_document.hpp"

#include "common/text_util.hpp"
#include "inspector/note_inspector.hpp"
#include "room/prompt_cards_panel.hpp"
#include "room/room_control.hpp"
#include "share/share_workspace.hpp"
#include "soak/soak_workspace.hpp"
#include "teams/new_learning_team_dialog.hpp"
#include "transfer/bundle_importer.hpp"
#include "transfer/export_service.hpp"
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace ltw::gui {

void MainWindow::buildMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* create = file->addAction(tr("&New Learning Team…"), this, [this] {
        NewLearningTeamDialog dialog(*m_docs->teams(), this);
        if (dialog.exec() == QDialog::Accepted)
            showLearningTeam(dialog.createdLearningTeam());
    });
    create->setObjectName(u"newLearningTeamAction"_s);
    applyShortcut(create, Shortcut::NewLearningTeam);
    auto* details = file->addAction(tr("Learning Team &details…"), this, [this] {
        if (auto* doc = currentDocument()) {
            NewLearningTeamDialog dialog(*doc, this);
            dialog.exec();
        }
    });
    details->setObjectName(u"detailsAction"_s);
    applyShortcut(details, Shortcut::Details);
    auto* sample = file->addAction(tr("Add &sample Learning Team"), this, &MainWindow::addSample);
    sample->setObjectName(u"addSampleAction"_s);
    auto* importBundle = file->addAction(tr("&Import a bundle…"), m_importer, &BundleImporter::chooseAndImport);
    importBundle->setObjectName(u"importBundleAction"_s);
    applyShortcut(importBundle, Shortcut::ImportBundle);
    auto* syncOrg = file->addAction(tr("S&ync with the organisation library"), m_org, &OrgSyncService::syncNow);
    syncOrg->setObjectName(u"syncOrganisationAction"_s);
    syncOrg->setToolTip(tr("Deliver what waits in the outbox and bring in what other sites published"));
    syncOrg->setEnabled(m_org->available());
    applyShortcut(syncOrg, Shortcut::SyncOrganisation);
    file->addSeparator();
    // The report can leave from any phase: a sponsor may want where things stand before Share.
    auto* exportReport = file->addAction(tr("&Export the share-out report…"), m_exporter, &ExportService::exportReport);
    exportReport->setObjectName(u"exportReportAction"_s);
    applyShortcut(exportReport, Shortcut::ExportReport);
    auto* print = file->addAction(tr("&Print the share-out report…"), m_exporter, &ExportService::printReport);
    print->setObjectName(u"printReportAction"_s);
    applyShortcut(print, Shortcut::PrintReport);
    auto* exportBundle =
        file->addAction(tr("Export the Learning Team as a &bundle…"), m_exporter, &ExportService::exportBundle);
    exportBundle->setObjectName(u"exportBundleAction"_s);
    auto* exportPicture = file->addAction(tr("Export the room's pic&ture…"), m_exporter, &ExportService::exportPicture);
    exportPicture->setObjectName(u"exportPictureAction"_s);
    // Nothing to export until a Learning Team is shown, nor while a report is being written.
    for (auto* action : {exportReport, print, exportBundle, exportPicture}) {
        action->setEnabled(m_exporter->canExport());
        connect(m_exporter, &ExportService::canExportChanged, action, &QAction::setEnabled);
    }
    file->addSeparator();
    auto* rename = file->addAction(tr("&Rename"), this, [this] {
        if (m_tree->currentIndex().isValid())
            m_tree->edit(m_tree->currentIndex());
    });
    rename->setObjectName(u"renameAction"_s);
    applyShortcut(rename, Shortcut::Rename);
    m_tree->addAction(rename);
    auto* remove = file->addAction(tr("&Delete…"), this, &MainWindow::deleteSelected);
    remove->setObjectName(u"deleteAction"_s);
    applyShortcut(remove, Shortcut::DeleteInTree);
    m_tree->addAction(remove);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    applyShortcut(quit, Shortcut::Quit);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    auto* undo = m_docs->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    applyShortcut(undo, Shortcut::Undo);
    auto* redo = m_docs->undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    applyShortcut(redo, Shortcut::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    auto* history = new QDockWidget(tr("Undo history"), this);
    history->setObjectName(u"undoHistoryDock"_s);
    auto* view = new QUndoView(m_docs->undoGroup());
    view->setEmptyLabel(tr("Opened"));
    history->setWidget(view);
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();
    auto* inspector = new QDockWidget(tr("Inspector"), this);
    inspector->setObjectName(u"inspectorDock"_s);
    m_inspector = new NoteInspector(*m_hub);
    inspector->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspector);
    connect(m_learn, &LearnWorkspace::noteSelected, m_inspector, &NoteInspector::showNote);
    connect(m_soak, &SoakWorkspace::noteSelected, m_inspector, &NoteInspector::showNote);

    auto* prompts = new QDockWidget(tr("Prompt cards"), this);
    prompts->setObjectName(u"promptCardsDock"_s);
    m_prompts = new PromptCardsPanel;
    prompts->setWidget(m_prompts);
    addDockWidget(Qt::RightDockWidgetArea, prompts);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    auto* toggle = history->toggleViewAction();
    toggle->setText(tr("Undo &history"));
    toggle->setObjectName(u"undoHistoryAction"_s);
    applyShortcut(toggle, Shortcut::UndoHistory);
    viewMenu->addAction(toggle);
    tabifyDockWidget(inspector, prompts);
    inspector->raise();
    auto* toggleInspector = inspector->toggleViewAction();
    toggleInspector->setText(tr("&Inspector"));
    toggleInspector->setObjectName(u"inspectorAction"_s);
    applyShortcut(toggleInspector, Shortcut::Inspector);
    viewMenu->addAction(toggleInspector);
    auto* togglePrompts = prompts->toggleViewAction();
    togglePrompts->setText(tr("&Prompt cards"));
    togglePrompts->setObjectName(u"promptCardsAction"_s);
    applyShortcut(togglePrompts, Shortcut::PromptCards);
    viewMenu->addAction(togglePrompts);
    viewMenu->addSeparator();
    viewMenu->addMenu(new LanguageMenu([this](const QString& text) { statusBar()->showMessage(text, 10000); }, this));

    // The room: its menu, and the controls reached for during a session on a toolbar.
    m_room = new RoomControl(*m_hub, this, *m_inspector, *m_prompts, *m_timer);
    menuBar()->addMenu(m_room->menu());
    auto* roomBar = addToolBar(tr("Room"));
    roomBar->setObjectName(u"roomToolBar"_s);
    roomBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    roomBar->addActions(m_room->toolBarActions());
    // The picture of Learn is a menu on the toolbar too: a click opens it.
    if (auto* pictures = qobject_cast<QToolButton*>(roomBar->widgetForAction(m_room->toolBarActions().last())))
        pictures->setPopupMode(QToolButton::InstantPopup);
    // In Learn the wall follows the page the facilitator turns to, and the picture exported is the one shown.
    connect(m_learn, &LearnWorkspace::pictureChanged, m_room, &RoomControl::learnPageShows);
    m_room->learnPageShows(m_learn->picture());
    m_exporter->setRoomPicture([this] { return m_room->learnPicture(); });

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* about = help->addAction(tr("&About"), this, [this] {
        AboutDialog dialog(QString::fromStdString(m_repo.database().path().string()), this);
        dialog.exec();
    });
    about->setObjectName(u"aboutAction"_s);
}

// Edit → Undo follows the keyboard: in the library it takes back renames and deletions there; in a
// workspace, the edits of the Learning Team shown.
void MainWindow::followFocus(QWidget* now) {
    if (now && now->window() != this)
        return; // focus gone to a dialog: keep the stack the facilitator was using
    const bool inLibrary =
        now && (now == m_tree || m_tree->isAncestorOf(now) || (m_libraryView && m_libraryView->isAncestorOf(now)));
    auto* doc = currentDocument();
    if (inLibrary)
        m_docs->activateTeams();
    else
        m_docs->activate(doc);
}

void MainWindow::deleteSelected() {
    const auto index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    const bool isTeam = index.data(TeamTreeModel::IsTeamRole).toBool();
    const Id id = index.data(TeamTreeModel::IdRole).toLongLong();
    const auto title = index.data(TeamTreeModel::TitleRole).toString();
    if (isTeam && !m_repo.team(id))
        return;
    const auto count = isTeam ? m_repo.learningTeams(id).size() : 1;
    const auto question = isTeam ? tr("Delete the team “%1” and its %n Learning Team(s)?", "", int(count)).arg(title)
                                 : tr("Delete the Learning Team “%1” with everything captured in it?").arg(title);
    QMessageBox box(QMessageBox::Warning, tr("Delete"), question, QMessageBox::NoButton, this);
    box.setObjectName(u"deleteConfirmation"_s);
    box.setInformativeText(tr("You can take this back with Edit → Undo while the library has the keyboard."));
    auto* yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmDeleteButton"_s);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() != yes)
        return;
    if (isTeam)
        m_docs->teams()->removeTeam(id);
    else
        m_docs->teams()->removeLearningTeam(id);
    m_tree->setFocus();
    m_docs->activateTeams();
}

void MainWindow::addSample() {
    if (const Id id = m_docs->teams()->addSample())
        showLearningTeam(id);
}

} // namespace ltw::gui
