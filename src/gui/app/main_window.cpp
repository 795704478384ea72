#include "app/main_window.hpp"

#include "app/about_dialog.hpp"
#include "app/learning_team_header.hpp"
#include "app/read_only_banner.hpp"
#include "app/settings.hpp"
#include "app/welcome_pane.hpp"
#include "common/text_util.hpp"
#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/document_manager.hpp"
#include "document/learning_team_document.hpp"
#include "document/teams_document.hpp"
#include "inspector/note_inspector.hpp"
#include "learn/learn_workspace.hpp"
#include "learn/note_table_model.hpp"
#include "learn/quick_capture.hpp"
#include "phase/phase_mover.hpp"
#include "phase/phase_stepper.hpp"
#include "phase/session_timer.hpp"
#include "room/prompt_cards_panel.hpp"
#include "room/room_control.hpp"
#include "room/room_view.hpp"
#include "share/share_workspace.hpp"
#include "soak/soak_workspace.hpp"
#include "solve/action_review_dialog.hpp"
#include "solve/solve_workspace.hpp"
#include "teams/new_learning_team_dialog.hpp"
#include "teams/team_tree_delegate.hpp"
#include "teams/team_tree_model.hpp"
#include "transfer/bundle_importer.hpp"
#include "transfer/export_service.hpp"

#include "ltw/errors.hpp"
#include "ltw/sample.hpp"
#include "ltw/session.hpp"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {

MainWindow::MainWindow(SqliteRepository& repo, QWidget* parent)
    : QMainWindow(parent), m_repo(repo), m_hub(new ChangeHub(repo, this)),
      m_docs(new DocumentManager(repo, *m_hub, this)), m_teamTree(new TeamTreeModel(*m_hub, m_docs->teams(), this)),
      m_notes(new NoteTableModel(*m_hub, this)) {
    setObjectName(u"mainWindow"_s);
    setTitle(tr("Learning Team Workbench"));

    connect(m_docs, &DocumentManager::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("That could not be saved"), message); });
    m_tree = new QTreeView;
    m_tree->setObjectName(u"library"_s);
    m_tree->setModel(m_teamTree);
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new TeamTreeDelegate(m_tree));
    m_tree->setUniformRowHeights(false);
    m_tree->setAccessibleName(tr("Library of Learning Teams"));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->expandAll();
    connect(m_teamTree, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        if (const auto index = m_teamTree->indexOfLearningTeam(m_current); index.isValid()) {
            const bool takeFocus = std::exchange(m_takeFocus, false); // the same one, shown again
            m_tree->setCurrentIndex(index);
            m_takeFocus = takeFocus;
        }
    });

    m_header = new LearningTeamHeader;

    m_stepper = new PhaseStepper;
    m_phases = new PhaseMover(m_repo, this);
    connect(m_stepper, &PhaseStepper::moveRequested, this,
            [this](Phase target) { m_phases->request(m_current, target); });
    connect(m_phases, &PhaseMover::said, this,
            [this](const QString& message, int ms) { statusBar()->showMessage(message, ms); });

    m_learn = new LearnWorkspace(*m_hub, m_notes);
    m_soak = new SoakWorkspace(*m_hub, m_notes);
    m_workspaces = new QStackedWidget;
    m_workspaces->setObjectName(u"workspaces"_s);
    m_solve = new SolveWorkspace(*m_hub);
    m_share = new ShareWorkspace(*m_hub);
    // Bundles come in through one importer, from the File menu and the Share page alike; each import is a
    // step of the library's history, so Edit → Undo right after it takes it back.
    m_importer = new BundleImporter(m_repo, *m_docs->teams(), this);
    m_share->setImporter(m_importer);
    connect(m_importer, &BundleImporter::imported, this, [this](Id id, const QString& message) {
        showLearningTeam(id);
        m_tree->setFocus();
        m_docs->activateTeams();
        statusBar()->showMessage(message, 15000);
    });
    connect(m_importer, &BundleImporter::unchanged, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    // Everything that leaves the laptop goes through one service, from the File menu and the Share page.
    m_exporter = new ExportService(*m_hub, this);
    m_share->setExporter(m_exporter);
    connect(m_exporter, &ExportService::exportFinished, this, [this](bool ok, const QString& message) {
        if (ok)
            statusBar()->showMessage(message, 10000);
    });
    m_workspaces->addWidget(m_learn);
    m_workspaces->addWidget(m_soak);
    m_workspaces->addWidget(m_solve);
    m_workspaces->addWidget(m_share);

    auto* detail = new QWidget;
    detail->setObjectName(u"learningTeamPane"_s);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(2);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_stepper);
    detailLayout->addWidget(m_workspaces, 1);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(u"mainStack"_s);
    m_stack->addWidget(detail); // the welcome pane goes before it once the menus' actions exist

    auto* splitter = new QSplitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 1000});
    splitter->setCollapsible(0, false);
    m_tree->setMinimumWidth(200);
    if (isReadOnly()) {
        // Above everything, for as long as the window is open: every edit will be refused, so say why first.
        m_readOnlyBanner = new ReadOnlyBanner;
        auto* central = new QWidget;
        auto* centralLayout = new QVBoxLayout(central);
        centralLayout->setContentsMargins(0, 0, 0, 0);
        centralLayout->setSpacing(0);
        centralLayout->addWidget(m_readOnlyBanner);
        centralLayout->addWidget(splitter, 1);
        setCentralWidget(central);
    } else {
        setCentralWidget(splitter);
    }

    const auto file = QString::fromStdString(repo.database().path().string());
    auto* saved = new QLabel(isReadOnly() ? tr("Read-only: nothing can be changed in %1").arg(file)
                                          : tr("Everything is saved as you work, in %1").arg(file));
    saved->setObjectName(u"savedLabel"_s);
    statusBar()->addWidget(saved, 1);
    buildOrganisation(); // its line goes before the session timer
    m_timer = new SessionTimer;
    statusBar()->addPermanentWidget(m_timer);

    buildMenus();
    m_empty = new WelcomePane(findChild<QAction*>(u"newLearningTeamAction"_s),
                              findChild<QAction*>(u"addSampleAction"_s), findChild<QAction*>(u"importBundleAction"_s));
    m_stack->insertWidget(0, m_empty);
    buildLibrary();
    buildOrganisationPage();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now) // focus gone nowhere (the window lost it): keep the stack the facilitator was using
            followFocus(now);
    });
    connect(m_hub, &ChangeHub::changed, this, &MainWindow::onChange);

    Settings settings;
    // A size remembered on another set of screens (the office's big monitor) comes back only where it fits
    // the screens of today; otherwise the window takes the screen it opens on, never more.
    if (!restoreGeometry(settings.windowGeometry()) || !fitsTheScreens(frameGeometry()))
        fitToScreen();
    m_layoutRestored = restoreState(settings.windowState());
    splitter->restoreState(settings.splitterState());

    // Open where the facilitator left off: the Learning Team worked on last.
    showLearningTeam(m_teamTree->mostRecentLearningTeam());
}

bool MainWindow::fitsTheScreens(const QRect& frame) {
    for (const auto* s : QGuiApplication::screens())
        if (s->availableGeometry().contains(frame))
            return true;
    return false;
}

void MainWindow::fitToScreen() {
    const auto* here = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect room = here ? here->availableGeometry() : QRect(0, 0, 1400, 860);
    const QSize comfortable(1400, 860);
    if (room.width() >= comfortable.width() + 100 && room.height() >= comfortable.height() + 100) {
        resize(comfortable);
        move(room.center() - rect().center());
        return;
    }
    // A laptop's screen: all of it (a window manager adds its frame to what is left of it).
    setGeometry(room);
    setWindowState(windowState() | Qt::WindowMaximized);
}

RoomView* MainWindow::roomView() const { return m_room->view(); }
void MainWindow::setRoomViewShown(bool shown) { m_room->setShown(shown); }
QScreen* MainWindow::roomScreen() const { return m_room->screen(); }

// Focus moves while the children are destroyed: the window stops following it before it is a MainWindow
// no more (the connection's context would only end it after ~MainWindow, too late).
MainWindow::~MainWindow() { disconnect(m_focusConnection); }

LearningTeamDocument* MainWindow::currentDocument() const { return m_docs->openDocument(m_current); }
TeamsDocument* MainWindow::teamsDocument() const { return m_docs->teams(); }
QUndoStack* MainWindow::teamsUndoStack() const { return m_docs->teams()->undoStack(); }

void MainWindow::showLearningTeam(Id ltId) {
    m_takeFocus = true;
    showLearningTeamHere(ltId);
}

// Shown because of a change the facilitator did not make here (an undo in the library, an import): the
// keyboard stays where it is, and so does the undo history it works on.
void MainWindow::followLearningTeam(Id ltId) {
    m_takeFocus = false;
    showLearningTeamHere(ltId);
    m_takeFocus = true;
}

void MainWindow::showLearningTeamHere(Id ltId) {
    const auto index = m_teamTree->indexOfLearningTeam(ltId);
    if (index.isValid() && m_tree->currentIndex() != index) {
        m_tree->setCurrentIndex(index); // comes back through onSelectionChanged
        return;
    }
    m_current = index.isValid() ? ltId : 0;
    auto* doc = m_current ? m_docs->documentFor(m_current) : nullptr;
    m_notes->setDocument(doc);
    m_learn->setDocument(doc);
    m_soak->setDocument(doc);
    m_solve->setDocument(doc);
    m_share->setDocument(doc);
    m_exporter->setDocument(doc);
    m_inspector->setDocument(doc);
    m_review->setShownDocument(doc);
    m_room->setLearningTeam(m_current);
    m_stack->setCurrentIndex(m_current == 0 ? 0 : 1);
    if (m_current == 0)
        stepDocksAside(true); // the welcome pane needs the room; refreshHeader brings them back with a phase
    refreshHeader();
    if (doc && m_takeFocus)
        m_workspaces->currentWidget()->setFocus(); // ready to capture straight away
    followFocus(QApplication::focusWidget());
}

// The inspector and the prompt cards speak of notes being captured: with no Learning Team shown, and in
// Solve and Share, they step aside for the workspace, and come back in Learn and Soak as the facilitator
// left them.
void MainWindow::stepDocksAside(bool aside) {
    if (aside && m_steppedAside.isEmpty()) {
        for (const auto* name : {"inspectorDock", "promptCardsDock"})
            if (auto* dock = findChild<QDockWidget*>(QString::fromLatin1(name)); dock && !dock->isHidden()) {
                m_steppedAside << dock;
                dock->hide();
            }
    } else if (!aside) {
        for (const auto& dock : std::exchange(m_steppedAside, {}))
            if (dock)
                dock->show();
    }
}

void MainWindow::showWorkspaceOf(Phase phase) {
    stepDocksAside(phase != Phase::Learn && phase != Phase::Soak);
    switch (phase) {
    case Phase::Learn: m_workspaces->setCurrentWidget(m_learn); break;
    case Phase::Soak: m_workspaces->setCurrentWidget(m_soak); break;
    case Phase::Solve: m_workspaces->setCurrentWidget(m_solve); break;
    case Phase::Share:
    case Phase::Closed: m_workspaces->setCurrentWidget(m_share); break;
    }
}

void MainWindow::onSelectionChanged() {
    const auto index = m_tree->currentIndex();
    if (!index.isValid() || index.data(TeamTreeModel::IsTeamRole).toBool())
        return; // a team row: keep showing the Learning Team that was open
    showLearningTeamHere(index.data(TeamTreeModel::IdRole).toLongLong());
}

void MainWindow::refreshHeader() {
    if (m_current == 0) {
        m_header->setLearningTeam(std::nullopt, {});
        setTitle(tr("Learning Team Workbench"));
        return;
    }
    const auto lt = m_repo.learningTeam(m_current);
    if (!lt)
        return;
    m_header->setLearningTeam(lt, m_repo.team(lt->teamId).value_or(Team{}));
    m_stepper->setPhase(lt->phase);
    showWorkspaceOf(lt->phase);
    m_prompts->setUse(lt->use);
    m_stepper->setLog(m_repo.phaseLog(m_current));
    setTitle(tr("%1 — Learning Team Workbench").arg(QString::fromStdString(lt->title)));
}

void MainWindow::setTitle(const QString& title) {
    setWindowTitle(isReadOnly() ? tr("%1 (read-only)").arg(title) : title);
}

void MainWindow::setReadOnlyReason(const QString& why) {
    if (m_readOnlyBanner)
        m_readOnlyBanner->setReason(why);
}

void MainWindow::onChange(const Change& change) {
    if (change.entity == EntityType::LearningTeam) {
        if (change.kind == ChangeKind::Removed) {
            if (change.id == m_current) {
                // An import or its undo removes it and stores it again under the same id, in one go: if it
                // comes back, it is shown again.
                m_returning = change.id;
                followLearningTeam(m_teamTree->mostRecentLearningTeam());
            }
        } else if (change.kind == ChangeKind::Added && change.id == std::exchange(m_returning, 0)) {
            followLearningTeam(change.id);
        } else if (change.id == m_current) {
            refreshHeader();
        } else if (m_current == 0 && change.kind == ChangeKind::Added) {
            followLearningTeam(change.id);
        }
    } else if (change.entity == EntityType::PhaseLogEntry && change.learningTeamId == m_current) {
        m_stepper->setLog(m_repo.phaseLog(m_current));
    } else if (change.entity == EntityType::Participant && change.learningTeamId == m_current) {
        m_learn->refreshParticipants();
        m_soak->refreshParticipants();
    }
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!std::exchange(m_firstShown, true) && !m_layoutRestored) {
        // First run: the workspace gets the room; the side panels keep to a reading width.
        if (auto* dock = findChild<QDockWidget*>(u"inspectorDock"_s))
            resizeDocks({dock}, {300}, Qt::Horizontal);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_room->setShown(false);                                   // the projector goes dark with the workbench
    for (const auto& dock : std::exchange(m_steppedAside, {})) // remembered as the facilitator left them
        if (dock)
            dock->show();
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    if (auto* splitter = findChild<QSplitter*>(u"mainSplitter"_s))
        settings.setSplitterState(splitter->saveState());
    event->accept();
}

} // namespace ltw::gui
