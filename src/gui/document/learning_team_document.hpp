// One open Learning Team: its undo stack and the edits a facilitator makes to it. Every edit is an
// undo command; commands call the repository, and the models hear of the result through its changes.
#pragma once

#include "ltw/repository.hpp"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace ltw::gui {

class CompoundCommand;

class LearningTeamDocument final : public QObject {
    Q_OBJECT
public:
    LearningTeamDocument(Repository& repo, Id learningTeamId, QObject* parent = nullptr);

    Repository& repository() const { return m_repo; }
    Id learningTeamId() const { return m_id; }
    QUndoStack* undoStack() const { return m_stack; }

    // The edits. Each pushes one command (so one Ctrl+Z takes it back) and returns what was stored
    // where that is useful; a storage failure is reported through `failed` and changes nothing.
    Note captureNote(Note note);
    // What the capture line does: a note of `kind`, told by `teller`, in the Learning Team's phase.
    Note captureNote(NoteKind kind, const QString& text, std::optional<Id> teller);
    void editNote(const Note& after);
    void setNoteKind(const std::vector<Id>& noteIds, NoteKind kind);
    void removeNotes(const std::vector<Id>& noteIds);

    // Themes (Soak): group notes, move them in and out, name and remove themes.
    Theme makeTheme(const std::vector<Id>& noteIds, const std::string& name);
    void setNotesTheme(const std::vector<Id>& noteIds, std::optional<Id> themeId);
    void renameTheme(Id themeId, const std::string& name);
    void removeTheme(Id themeId);

    // Any field of the Learning Team itself (soak end, sponsor's response, summary).
    void editLearningTeam(const LearningTeam& after, const QString& text);
    // The redaction list of the Learning Team, as one undo step (successive edits of the list merge).
    void editRedactions(const std::vector<RedactionTerm>& terms);

    // Work steps, defenses, actions and shared learnings (learning_team_document_items.cpp). An add
    // returns what was stored, with id 0 when it failed (and was reported).
    WorkStep addStep(StepTrack track, const std::string& text);
    void editStep(const WorkStep& after);
    void removeStep(Id stepId);
    Defense addDefense(const std::string& title, DefenseKind kind);
    // Consecutive edits with `merges` of one defense (or action) become one undo step: typing, a rating run.
    void editDefense(const Defense& after, const QString& text, bool merges = false);
    Action addAction(const std::string& title);
    void editAction(const Action& after, const QString& text, bool merges = false);
    void setActionStatus(Id actionId, ActionStatus status);
    SharedLearning addSharedLearning(const std::string& title);
    void editSharedLearning(const SharedLearning& after, const QString& text, int mergeId = -1);
    void removeSharedLearning(Id learningId);

    // Compound edits: each is one undo step whose redo and undo run in one transaction, all or nothing.
    // Solve: an idea of the parking lot becomes an action, linked from the idea (which stays). Returns the
    // action's id, or 0 when nothing was stored.
    Id turnIdeaIntoAction(Id noteId);
    // Deletes a defense with its links; the actions that pointed at it let go of it.
    void removeDefense(Id defenseId);
    // The notes a defense answers become exactly `noteIds`.
    void setDefenseNotes(Id defenseId, const std::set<Id>& noteIds);
    void removeActions(const std::vector<Id>& actionIds);
    // Two steps of one track trade places (`first` takes `second`'s place and the other way round).
    void swapSteps(Id first, Id second);
    // The notes attached to a work step become exactly `noteIds`.
    void attachNotes(Id stepId, const std::vector<Id>& noteIds);

    // The timeline of an event (learning_team_document_timeline.cpp). A moment goes where its time puts it
    // (no `index`) or at `index` (0 first); the moments after it move down in the same undo step. Returns
    // what was stored, with id 0 when nothing was.
    TimelineMoment addMoment(TimelineMoment moment, std::optional<int> index = std::nullopt);
    void editMoment(const TimelineMoment& after);
    void removeMoments(const std::vector<Id>& momentIds);
    // The moment moves to `index` on the timeline and the others close up around it.
    void moveMoment(Id momentId, int index);
    // Every moment in order by its time; one without a time keeps following the moment it followed.
    void orderMomentsByTime();
    // The notes present at a moment become exactly `noteIds`; the work steps it happened at, `stepIds`.
    void attachNotesToMoment(Id momentId, const std::vector<Id>& noteIds);
    void setMomentSteps(Id momentId, const std::vector<Id>& stepIds);
    // A note captured while a moment of the timeline is chosen: stored and attached to it, one undo step.
    Note captureNoteAt(Id momentId, NoteKind kind, const QString& text, std::optional<Id> teller);

    // The Learning Team's fields and its roster as the details form has them (a participant with id 0 is
    // new). A participant who goes leaves their notes in place, told by nobody; undo gives them back.
    void editDetails(const LearningTeam& after, const std::vector<Participant>& roster);

    // The links that touch an item, to be put back if its removal is undone.
    std::vector<Link> linksOf(ItemRef item) const;

    // Pushes a command (which runs it) and says whether it stayed on the stack: a command whose
    // storage call failed is dropped by the stack and reported through `failed`.
    bool push(QUndoCommand* command);

    // For commands built elsewhere: reports a storage failure through `failed`.
    std::function<void(const QString&)> reporter();

signals:
    void failed(const QString& message);

private:
    template <class T>
    T add(T item, T (Repository::*adder)(T), void (Repository::*remover)(Id), const QString& text);
    template <class T>
    void update(const T& after, std::optional<T> before, void (Repository::*updater)(const T&), const QString& text,
                int mergeId = -1);
    // The links of `kind` between `anchor` and items of type `other` become exactly those to `ids`; `otherFirst`
    // says which end the other items take (a note → a step: the note is `from`). One undo step, or none
    // when nothing changes.
    void setLinked(ItemRef anchor, ItemType other, bool otherFirst, const std::vector<Id>& ids, const QString& text);
    // Gives the moments the positions of their order in `inOrder`, as steps of `command`; one not stored yet
    // (id 0) keeps its place in the order and is left to its own step.
    void renumberMoments(CompoundCommand* command, const std::vector<TimelineMoment>& inOrder) const;
    template <class T>
    void remove(std::optional<T> item, ItemType type, T (Repository::*adder)(T), void (Repository::*remover)(Id),
                const QString& text);

    Repository& m_repo;
    Id m_id;
    QUndoStack* m_stack;
};

// The defense and note at the ends of an Answers link, whichever way round it was drawn.
std::optional<std::pair<Id, Id>> defenseAndNoteOf(const Link& link);

} // namespace ltw::gui
