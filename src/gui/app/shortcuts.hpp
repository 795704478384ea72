// Every keyboard shortcut of the workbench in one table: which action, which keys, and where they work.
// Actions take their keys from here, and a test fails when two of them share keys where both can fire
// (Qt then runs neither: "Ambiguous shortcut overload").
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <vector>

class QAction;

namespace ltw::gui {

enum class Shortcut {
    NewLearningTeam,
    Details,
    ImportBundle,
    SyncOrganisation,
    ExportReport,
    PrintReport,
    Quit,
    Undo,
    Redo,
    Library,
    SearchLibrary,
    UndoHistory,
    Inspector,
    PromptCards,
    RoomView,
    RoomFreeze,
    RoomBlank,
    RoomSpotlight,
    RoomZoom,
    RoomPromptCard,
    Rename,         // in the tree of teams
    DeleteInTree,   // in the tree of teams
    PreviousCard,   // the prompt cards panel
    NextCard,       // the prompt cards panel
    CaptureKind,    // Ctrl+1 … Ctrl+9 on the capture bar, one per kind of note
    Teller,         // the capture bar
    MakeTheme,      // Soak
    DeleteStep,     // a list of work steps
    StepUp,         // a list of work steps
    StepDown,       // a list of work steps
    DeleteMoment,   // the timeline
    MomentUp,       // the timeline
    MomentDown,     // the timeline
    DeleteLearning, // the list of shared learnings
};

// Where the keys work: anywhere in the window, or only while one kind of widget has the keyboard.
enum class ShortcutScope { Window, TeamTree, PromptCards, CaptureBar, SoakWorkspace, StepList, Timeline, LearningList };

struct ShortcutSpec {
    Shortcut id;
    QString objectName; // of the action (for CaptureKind, of the first of nine)
    QList<QKeySequence> keys;
    ShortcutScope scope;
};

const std::vector<ShortcutSpec>& shortcutTable();
const ShortcutSpec& shortcutSpec(Shortcut id);
QKeySequence keysFor(Shortcut id);
// Gives `action` its keys from the table, and makes a shortcut of a narrower scope work only there.
void applyShortcut(QAction* action, Shortcut id);

// Two shortcuts clash when they share keys and their scopes meet (the window's scope meets every other).
bool scopesMeet(ShortcutScope a, ShortcutScope b);

} // namespace ltw::gui
