#include "learning_team_document.hpp"

#include "commands.hpp"

#include <algorithm>

namespace ltw::gui {

LearningTeamDocument::LearningTeamDocument(Repository& repo, Id learningTeamId, QObject* parent)
    : QObject(parent), m_repo(repo), m_id(learningTeamId), m_stack(new QUndoStack(this)) {}

FailureReporter LearningTeamDocument::reporter() {
    return [this](const QString& message) { emit failed(message); };
}

Note LearningTeamDocument::captureNote(Note note) {
    note.learningTeamId = m_id;
    auto* command = new AddNoteCommand(m_repo, reporter(), std::move(note));
    m_stack->push(command); // runs it; a failed capture is dropped from the stack and reported
    const int last = m_stack->index() - 1;
    if (last >= 0 && m_stack->command(last) == command)
        return command->note();
    return {};
}

void LearningTeamDocument::editNote(const Note& after) {
    const auto before = m_repo.note(after.id);
    if (!before || *before == after)
        return;
    m_stack->push(new EditNoteCommand(m_repo, reporter(), *before, after));
}

void LearningTeamDocument::setNoteKind(const std::vector<Id>& noteIds, NoteKind kind) {
    std::vector<Note> before;
    for (Id id : noteIds)
        if (auto n = m_repo.note(id); n && n->kind != kind)
            before.push_back(*n);
    if (!before.empty())
        m_stack->push(new SetNoteKindCommand(m_repo, reporter(), std::move(before), kind));
}

std::vector<Link> LearningTeamDocument::linksOf(ItemRef item) const {
    std::vector<Link> out;
    for (const auto& l : m_repo.links(m_id))
        if (l.from == item || l.to == item)
            out.push_back(l);
    return out;
}

void LearningTeamDocument::removeNotes(const std::vector<Id>& noteIds) {
    std::vector<Note> notes;
    for (Id id : noteIds)
        if (auto n = m_repo.note(id))
            notes.push_back(*n);
    if (notes.empty())
        return;
    auto isRemoved = [&](const ItemRef& end) {
        return end.type == ItemType::Note &&
               std::any_of(notes.begin(), notes.end(), [&](const Note& n) { return n.id == end.id; });
    };
    std::vector<Link> links;
    for (const auto& l : m_repo.links(m_id))
        if (isRemoved(l.from) || isRemoved(l.to))
            links.push_back(l);
    m_stack->push(new RemoveNotesCommand(m_repo, reporter(), std::move(notes), std::move(links)));
}

} // namespace ltw::gui
