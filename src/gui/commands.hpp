// The undo commands of the workbench, one class per kind of edit. Each keeps the values it needs to
// go both ways and calls the repository; none touches a model or a widget: the models follow the
// repository's change notifications.
#pragma once

#include "ltw/repository.hpp"

#include <QUndoCommand>

#include <functional>
#include <vector>

namespace ltw::gui {

// Ids for QUndoCommand::id(), so that consecutive edits of one note's text merge into one step.
enum CommandId { EditNoteId = 1 };

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
    void guarded(void (RepositoryCommand::*step)());
    FailureReporter m_report;
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

} // namespace ltw::gui
