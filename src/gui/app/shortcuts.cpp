#include "app/shortcuts.hpp"

#include <QAction>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {

namespace {

QList<QKeySequence> keys(const QString& text) { return {QKeySequence(text)}; }
// The platform's keys for a standard action, or `fallback` where the platform has none (Quit on some).
QList<QKeySequence> keys(QKeySequence::StandardKey key, const QString& fallback = {}) {
    auto bindings = QKeySequence::keyBindings(key);
    if (bindings.isEmpty() && !fallback.isEmpty())
        bindings << QKeySequence(fallback);
    return bindings;
}

} // namespace

const std::vector<ShortcutSpec>& shortcutTable() {
    using enum Shortcut;
    using S = ShortcutScope;
    static const std::vector<ShortcutSpec> table = [] {
        std::vector<ShortcutSpec> t = {
            {NewLearningTeam, u"newLearningTeamAction"_s, keys(QKeySequence::New), S::Window},
            {Details, u"detailsAction"_s, keys(u"Ctrl+E"_s), S::Window},
            {ImportBundle, u"importBundleAction"_s, keys(u"Ctrl+Shift+I"_s), S::Window},
            {SyncOrganisation, u"syncOrganisationAction"_s, keys(u"Ctrl+Shift+Y"_s), S::Window},
            {ExportReport, u"exportReportAction"_s, keys(u"Ctrl+Shift+E"_s), S::Window},
            {PrintReport, u"printReportAction"_s, keys(QKeySequence::Print), S::Window},
            {Quit, u"quitAction"_s, keys(QKeySequence::Quit, u"Ctrl+Q"_s), S::Window},
            {Undo, u"undoAction"_s, keys(QKeySequence::Undo), S::Window},
            {Redo, u"redoAction"_s, keys(QKeySequence::Redo), S::Window},
            {Library, u"libraryAction"_s, keys(u"Ctrl+L"_s), S::Window},
            {SearchLibrary, u"searchLibraryAction"_s, keys(u"Ctrl+Shift+F"_s), S::Window},
            {UndoHistory, u"undoHistoryAction"_s, keys(u"Ctrl+H"_s), S::Window},
            {Inspector, u"inspectorAction"_s, keys(u"Ctrl+I"_s), S::Window},
            // Print has Ctrl+P, the platform's key for it; the prompt cards take Ctrl+Shift+P.
            {PromptCards, u"promptCardsAction"_s, keys(u"Ctrl+Shift+P"_s), S::Window},
            {RoomView, u"roomViewAction"_s, keys(u"F5"_s), S::Window},
            {RoomFreeze, u"roomFreezeAction"_s, keys(u"F6"_s), S::Window},
            {RoomBlank, u"roomBlankAction"_s, keys(u"F7"_s), S::Window},
            {RoomSpotlight, u"roomSpotlightAction"_s, keys(u"F8"_s), S::Window},
            {RoomZoom, u"roomZoomAction"_s, keys(u"Shift+F8"_s), S::Window},
            {RoomPromptCard, u"roomPromptAction"_s, keys(u"F9"_s), S::Window},
            {Rename, u"renameAction"_s, keys(u"F2"_s), S::TeamTree},
            {DeleteInTree, u"deleteAction"_s, keys(QKeySequence::Delete), S::TeamTree},
            {PreviousCard, u"promptPrevious"_s, keys(u"Ctrl+["_s), S::PromptCards},
            {NextCard, u"promptNext"_s, keys(u"Ctrl+]"_s), S::PromptCards},
            {CaptureKind, u"captureKind1"_s, {}, S::CaptureBar},
            {Teller, u"tellerShortcut"_s, keys(u"Ctrl+T"_s), S::CaptureBar},
            {MakeTheme, u"makeThemeShortcut"_s, keys(u"Ctrl+G"_s), S::SoakWorkspace},
            {DeleteStep, u"deleteStepAction"_s, keys(QKeySequence::Delete), S::StepList},
            {StepUp, u"stepUpAction"_s, keys(u"Alt+Up"_s), S::StepList},
            {StepDown, u"stepDownAction"_s, keys(u"Alt+Down"_s), S::StepList},
            {DeleteMoment, u"deleteMomentAction"_s, keys(QKeySequence::Delete), S::Timeline},
            {MomentUp, u"momentUpAction"_s, keys(u"Alt+Up"_s), S::Timeline},
            {MomentDown, u"momentDownAction"_s, keys(u"Alt+Down"_s), S::Timeline},
            {DeleteLearning, u"deleteLearningAction"_s, keys(QKeySequence::Delete), S::LearningList},
        };
        for (auto& spec : t)
            if (spec.id == CaptureKind)
                for (int n = 1; n <= 9; ++n)
                    spec.keys << QKeySequence(u"Ctrl+%1"_s.arg(n));
        return t;
    }();
    return table;
}

const ShortcutSpec& shortcutSpec(Shortcut id) {
    const auto& table = shortcutTable();
    return *std::find_if(table.begin(), table.end(), [id](const ShortcutSpec& s) { return s.id == id; });
}

QKeySequence keysFor(Shortcut id) { return shortcutSpec(id).keys.value(0); }

void applyShortcut(QAction* action, Shortcut id) {
    const auto& spec = shortcutSpec(id);
    action->setShortcuts(spec.keys);
    if (spec.scope != ShortcutScope::Window)
        action->setShortcutContext(spec.scope == ShortcutScope::CaptureBar ? Qt::WidgetWithChildrenShortcut
                                                                           : Qt::WidgetShortcut);
}

bool scopesMeet(ShortcutScope a, ShortcutScope b) {
    return a == b || a == ShortcutScope::Window || b == ShortcutScope::Window;
}

} // namespace ltw::gui
