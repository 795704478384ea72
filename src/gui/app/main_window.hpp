// The workbench window: the library of Learning Teams on the left; on the right the selected one
// with its phase stepper and the workspace of its phase. Edit → Undo/Redo act on the Learning Team
// shown; every Learning Team keeps its own undo stack while the window is open.
#pragma once

#include "ltw/sqlite_library.hpp"
#include "ltw/sqlite_repository.hpp"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <map>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTreeView;
class QUndoGroup;
class QUndoStack;
class QMenu;
class QScreen;

namespace ltw::gui {

class ActionReviewDialog;
class BundleImporter;
class TeamsDocument;
class ChangeHub;
class ExportService;
class LearningTeamHeader;
class PhaseMover;
class DocumentManager;
class LearnWorkspace;
class LearningTeamDocument;
class TeamTreeModel;
class LibraryView;
class NoteInspector;
class NoteTableModel;
class OrgSyncService;
class PhaseStepper;
class PromptCardsPanel;
class ReadOnlyBanner;
class RoomControl;
class RoomView;
class SessionTimer;
class ShareWorkspace;
class SoakWorkspace;
class SolveWorkspace;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // On a repository opened read-only the window says so, in a banner across its top and in its title.
    explicit MainWindow(SqliteRepository& repo, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isReadOnly() const { return m_repo.isReadOnly(); }
    // Why the database is read-only and what to do, for the banner (`DatabaseLock::problem`).
    void setReadOnlyReason(const QString& why);

    // Shows a Learning Team (selects it in the list); 0 clears the selection.
    void showLearningTeam(Id learningTeamId);
    Id currentLearningTeam() const { return m_current; }
    LearningTeamDocument* currentDocument() const;

    QUndoStack* teamsUndoStack() const;
    TeamsDocument* teamsDocument() const;
    BundleImporter* importer() const { return m_importer; }
    ExportService* exporter() const { return m_exporter; }
    OrgSyncService* organisation() const { return m_org; }

    // The Library page beside the workspaces (View → Library): search, shared learnings, follow-through.
    void setLibraryShown(bool shown);
    bool libraryShown() const;
    LibraryView* libraryView() const { return m_libraryView; }
    ActionReviewDialog* actionReview() const { return m_review; }

    RoomView* roomView() const;
    // Shows the room view on the projector (the screen chosen, else one that is not this window's),
    // or hides it.
    void setRoomViewShown(bool shown);
    QScreen* roomScreen() const;

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    static bool fitsTheScreens(const QRect& frame);
    void fitToScreen();
    void onSelectionChanged();
    void deleteSelected();
    void followFocus(QWidget* now);
    void refreshHeader();
    void showLearningTeamHere(Id learningTeamId);
    void followLearningTeam(Id learningTeamId);
    void addSample();
    void onChange(const Change& change);
    void showWorkspaceOf(Phase phase);
    void stepDocksAside(bool aside);
    void buildLibrary();
    void buildOrganisation();     // the organisation library: its sync, status and publishing
    void buildOrganisationPage(); // and its page in the Library
    void openFromLibrary(Id learningTeamId, ItemType type, Id itemId);
    void setTitle(const QString& title);

    SqliteRepository& m_repo;
    ChangeHub* m_hub;
    DocumentManager* m_docs; // the documents, and the undo history Edit works on
    TeamTreeModel* m_teamTree;
    NoteTableModel* m_notes;
    QTreeView* m_tree = nullptr;
    QStackedWidget* m_stack = nullptr;
    LearningTeamHeader* m_header = nullptr;
    PhaseMover* m_phases = nullptr;
    PhaseStepper* m_stepper = nullptr;
    QStackedWidget* m_workspaces = nullptr; // the workspace of the current phase
    LearnWorkspace* m_learn = nullptr;
    SoakWorkspace* m_soak = nullptr;
    SolveWorkspace* m_solve = nullptr;
    ShareWorkspace* m_share = nullptr;
    QWidget* m_empty = nullptr;                 // the welcome pane, while there is no Learning Team
    ReadOnlyBanner* m_readOnlyBanner = nullptr; // only while the database is open read-only
    SessionTimer* m_timer = nullptr;
    PromptCardsPanel* m_prompts = nullptr;
    NoteInspector* m_inspector = nullptr;
    RoomControl* m_room = nullptr;                    // the room view on the projector, and the Room menu
    std::unique_ptr<SqliteLibrary> m_learningLibrary; // search and patterns across every Learning Team
    LibraryView* m_libraryView = nullptr;
    QAction* m_libraryAction = nullptr;
    QMenu* m_viewMenu = nullptr;
    ActionReviewDialog* m_review = nullptr;
    BundleImporter* m_importer = nullptr;
    ExportService* m_exporter = nullptr;
    OrgSyncService* m_org = nullptr;
    QLabel* m_orgStatus = nullptr;
    QMetaObject::Connection m_focusConnection;
    Id m_current = 0;
    bool m_takeFocus =
        true;           // a Learning Team shown by the facilitator takes the keyboard; one shown by a change does not
    Id m_returning = 0; // the shown Learning Team, removed, while it may come back in the same transaction
    QList<QPointer<QDockWidget>> m_steppedAside; // docks hidden while Solve or Share has nothing for them
    bool m_layoutRestored = false;
    bool m_firstShown = false;
};

} // namespace ltw::gui
