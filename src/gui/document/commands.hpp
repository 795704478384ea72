// The undo commands of the workbench, one class per kind of edit. Each keeps the values it needs to
// go both ways and calls the repository; none touches a model or a widget: the models follow the
// repository's change notifications.
#pragma once

#include "ltw/bundle.hpp"
#include "ltw/repository.hpp"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ltw::gui {

// Ids for QUndoCommand::id(), so that consecutive edits of one item merge into one step.
enum CommandId {
    EditNoteId = 1,
    EditLearningTeamId,
    EditDefenseId,
    EditActionId,
    EditLearningId,
    EditThemeId,
    EditRedactionsId // the redaction list: its own undo step, never merged with an edit of another field
};

using FailureReporter = std::function<void(const QString& message)>;

// A command whose storage call can fail (disk full, file gone): the failure is reported, nothing is
// half-done (each step is one transaction), and the command is dropped from the stack.
class RepositoryCommand : public QUndoCommand {
public:
    RepositoryCommand(Repository& repo, FailureReporter report) : m_repo(repo), m_report(std::move(report)) {}
    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Repository& m_repo;

private:
    friend class CompoundCommand; // runs its steps' apply and revert inside its own transaction
    void guarded(void (RepositoryCommand::*step)());
    FailureReporter m_report;
};

// Several storage steps as one undo step. Redo runs them in order and undo runs them backwards, each
// inside one repository transaction: a failure anywhere leaves nothing of the step behind, and the
// step is dropped from the stack (QUndoStack's macros cannot promise that: each command of a macro is
// a transaction of its own). The steps are commands that are never pushed themselves.
class CompoundCommand final : public RepositoryCommand {
public:
    CompoundCommand(Repository& repo, FailureReporter report, const QString& text);
    ~CompoundCommand() override;
    // Takes the step; returns it, for a caller that needs what it stored once the compound was pushed
    // and kept (LearningTeamDocument::push says so).
    template <class Step>
    Step* add(Step* step) {
        m_steps.emplace_back(step);
        return step;
    }
    bool empty() const { return m_steps.empty(); }
    std::size_t stepCount() const { return m_steps.size(); }

private:
    void apply() override;
    void revert() override;
    std::vector<std::unique_ptr<RepositoryCommand>> m_steps;
};

class AddNoteCommand final : public RepositoryCommand {
public:
    AddNoteCommand(Repository& repo, FailureReporter report, Note note);
    const Note& note() const { return m_note; }

private:
    void apply() override;
    void revert() override;
    Note m_note; // after the first redo it holds its id, so a redo puts it back under the same id
};

// Links the note that an AddNoteCommand of the same compound stored: its id is known only once that step
// has run. A redo puts the link back under its id.
class LinkAddedNoteCommand final : public RepositoryCommand {
public:
    LinkAddedNoteCommand(Repository& repo, const AddNoteCommand* note, ItemRef to, LinkKind kind);

private:
    void apply() override;
    void revert() override;
    const AddNoteCommand* m_note;
    Link m_link;
};

class EditNoteCommand final : public RepositoryCommand {
public:
    EditNoteCommand(Repository& repo, FailureReporter report, Note before, Note after);
    int id() const override { return EditNoteId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply() override;
    void revert() override;
    Note m_before;
    Note m_after;
};

// Moves notes to another lane (kind), all in one step.
class SetNoteKindCommand final : public RepositoryCommand {
public:
    SetNoteKindCommand(Repository& repo, FailureReporter report, std::vector<Note> before, NoteKind kind);

private:
    void apply() override;
    void revert() override;
    std::vector<Note> m_before;
    NoteKind m_kind;
};

// Puts notes into a theme (or takes them out: no theme), all in one step.
class SetNotesThemeCommand final : public RepositoryCommand {
public:
    SetNotesThemeCommand(Repository& repo, FailureReporter report, std::vector<Note> before, std::optional<Id> themeId,
                         const QString& text);

private:
    void apply() override;
    void revert() override;
    std::vector<Note> m_before;
    std::optional<Id> m_themeId;
};

// Makes a theme from the selected notes: the theme and its notes in one step.
class MakeThemeCommand final : public RepositoryCommand {
public:
    MakeThemeCommand(Repository& repo, FailureReporter report, Theme theme, std::vector<Note> notes);
    const Theme& theme() const { return m_theme; }

private:
    void apply() override;
    void revert() override;
    Theme m_theme;
    std::vector<Note> m_before;
};

// Removes a theme; its notes stay, out of any theme. Undo puts the theme back around them.
class RemoveThemeCommand final : public RepositoryCommand {
public:
    RemoveThemeCommand(Repository& repo, FailureReporter report, Theme theme, std::vector<Note> members);

private:
    void apply() override;
    void revert() override;
    Theme m_theme;
    std::vector<Note> m_members;
};

// Deletes Learning Teams (a whole team with all of them, or one) and puts everything back on undo,
// under the same ids, from the snapshots taken before.
class RemoveLearningTeamsCommand final : public RepositoryCommand {
public:
    RemoveLearningTeamsCommand(Repository& repo, FailureReporter report, std::optional<Team> team,
                               std::vector<LearningTeamSnapshot> snapshots, const QString& text);

private:
    void apply() override;
    void revert() override;
    std::optional<Team> m_team; // set when the whole team goes
    std::vector<LearningTeamSnapshot> m_snapshots;
};

// Makes a Learning Team (the New Learning Team form, the sample) as one step of the library's history. The
// first redo runs `make` in one transaction and leaves the new id in `made`; undo removes it (with a team
// made for it), and redo puts back exactly what was made, under the same ids.
class CreateLearningTeamCommand final : public RepositoryCommand {
public:
    CreateLearningTeamCommand(Repository& repo, FailureReporter report, std::function<Id()> make,
                              std::shared_ptr<Id> made, const QString& text);

private:
    void apply() override;
    void revert() override;
    std::function<Id()> m_make;
    std::shared_ptr<Id> m_made;
    std::optional<LearningTeamSnapshot> m_after;
    std::optional<Team> m_createdTeam;
};

// Imports a bundle as one step of the library's history: a new Learning Team, a separate copy, or an
// imported copy updated in place. Undo puts back exactly what was there (the same ids, revision and
// import origin); redo puts back exactly what the import made. The first redo runs the import itself and
// leaves its result in `outcome`, which the caller keeps (a command is never read after its push).
class ImportBundleCommand final : public RepositoryCommand {
public:
    struct Outcome {
        bool done = false;
        ImportResult result;
    };
    ImportBundleCommand(Repository& repo, FailureReporter report, std::string bundle, ImportOptions options,
                        Id replacing, std::shared_ptr<Outcome> outcome, const QString& text);

private:
    void apply() override;
    void revert() override;
    std::string m_bundle;
    ImportOptions m_options;
    Id m_replacing; // the Learning Team the import updates in place, or 0
    std::shared_ptr<Outcome> m_outcome;
    std::optional<LearningTeamSnapshot> m_before; // what the update replaced
    std::optional<LearningTeamSnapshot> m_after;  // what the import made
    std::optional<Team> m_createdTeam;            // a team the import made for it
};

// An idea of the parking lot turned into an action: the action and a link from the idea to it, in one
// transaction each way. After a redo, `action()` holds the stored action (its id kept for the next redo).
class ActionFromIdeaCommand final : public RepositoryCommand {
public:
    ActionFromIdeaCommand(Repository& repo, FailureReporter report, Note idea, Action action, const QString& text);
    const Action& action() const { return m_action; }

private:
    void apply() override;
    void revert() override;
    Note m_idea;
    Action m_action;
};

// Removes notes with their links, and puts both back on undo.
class RemoveNotesCommand final : public RepositoryCommand {
public:
    RemoveNotesCommand(Repository& repo, FailureReporter report, std::vector<Note> notes, std::vector<Link> links);

private:
    void apply() override;
    void revert() override;
    std::vector<Note> m_notes;
    std::vector<Link> m_links;
};

// Generic commands for any stored item, so each new kind of edit is one line at its call site.
// `T` is a domain struct with an `id`; the member pointers name the repository calls for it.
template <class T>
class AddItemCommand final : public RepositoryCommand {
public:
    using Adder = T (Repository::*)(T);
    using Remover = void (Repository::*)(Id);
    AddItemCommand(Repository& repo, FailureReporter report, T item, Adder add, Remover remove, const QString& text)
        : RepositoryCommand(repo, std::move(report)), m_item(std::move(item)), m_add(add), m_remove(remove) {
        setText(text);
    }
    const T& item() const { return m_item; }

private:
    void apply() override { m_item = (m_repo.*m_add)(m_item); } // a redo puts it back under its id
    void revert() override { (m_repo.*m_remove)(m_item.id); }
    T m_item;
    Adder m_add;
    Remover m_remove;
};

template <class T>
class UpdateItemCommand final : public RepositoryCommand {
public:
    using Updater = void (Repository::*)(const T&);
    // Consecutive updates of the same item with the same `mergeId` (not -1) become one undo step.
    UpdateItemCommand(Repository& repo, FailureReporter report, T before, T after, Updater update, const QString& text,
                      int mergeId = -1)
        : RepositoryCommand(repo, std::move(report)), m_before(std::move(before)), m_after(std::move(after)),
          m_update(update), m_mergeId(mergeId) {
        setText(text);
    }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = static_cast<const UpdateItemCommand*>(other);
        if (next->m_after.id != m_after.id)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    void apply() override { (m_repo.*m_update)(m_after); }
    void revert() override { (m_repo.*m_update)(m_before); }
    T m_before;
    T m_after;
    Updater m_update;
    int m_mergeId;
};

// Removes one item; on undo puts it back under its id together with the links that went with it.
template <class T>
class RemoveItemCommand final : public RepositoryCommand {
public:
    using Adder = T (Repository::*)(T);
    using Remover = void (Repository::*)(Id);
    RemoveItemCommand(Repository& repo, FailureReporter report, T item, std::vector<Link> links, Adder add,
                      Remover remove, const QString& text)
        : RepositoryCommand(repo, std::move(report)), m_item(std::move(item)), m_links(std::move(links)), m_add(add),
          m_remove(remove) {
        setText(text);
    }

private:
    void apply() override { (m_repo.*m_remove)(m_item.id); }
    void revert() override {
        m_repo.transaction([this] { restore(); });
    }
    void restore() {
        T item = m_item;
        item = (m_repo.*m_add)(std::move(item));
        for (const auto& l : m_links)
            m_repo.addLink(l);
    }
    T m_item;
    std::vector<Link> m_links;
    Adder m_add;
    Remover m_remove;
};

// An action reviewed in the library or at Solve: marked done or dropped (or reopened), one undo step.
// Null when the action is gone.
QUndoCommand* actionStatusCommand(Repository& repo, FailureReporter report, Id actionId, ActionStatus status);

} // namespace ltw::gui
