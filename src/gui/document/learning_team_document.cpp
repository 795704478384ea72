#include "document/learning_team_document.hpp"

#include "common/text_util.hpp"
#include "document/commands.hpp"

#include <algorithm>

namespace ltw::gui {

LearningTeamDocument::LearningTeamDocument(Repository& repo, Id learningTeamId, QObject* parent)
    : QObject(parent), m_repo(repo), m_id(learningTeamId), m_stack(new QUndoStack(this)) {}

bool LearningTeamDocument::push(QUndoCommand* command) {
    m_stack->push(command);
    const int last = m_stack->index() - 1;
    // Compared, never dereferenced: a dropped command is already deleted.
    return last >= 0 && m_stack->command(last) == command;
}

FailureReporter LearningTeamDocument::reporter() {
    return [this](const QString& message) { emit failed(message); };
}

Note LearningTeamDocument::captureNote(Note note) {
    note.learningTeamId = m_id;
    auto* command = new AddNoteCommand(m_repo, reporter(), std::move(note));
    return push(command) ? command->note() : Note{};
}

Note LearningTeamDocument::captureNote(NoteKind kind, const QString& text, std::optional<Id> teller) {
    const auto lt = m_repo.learningTeam(m_id);
    Note note;
    note.kind = kind;
    note.text = text.toStdString();
    note.tellerId = teller;
    note.phase = lt ? lt->phase : Phase::Learn;
    return captureNote(std::move(note));
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

Theme LearningTeamDocument::makeTheme(const std::vector<Id>& noteIds, const std::string& name) {
    std::vector<Note> notes;
    for (Id id : noteIds)
        if (auto n = m_repo.note(id))
            notes.push_back(*n);
    Theme theme;
    theme.learningTeamId = m_id;
    theme.name = name;
    theme.position = static_cast<int>(m_repo.themes(m_id).size());
    auto* command = new MakeThemeCommand(m_repo, reporter(), theme, std::move(notes));
    return push(command) ? command->theme() : Theme{};
}

void LearningTeamDocument::setNotesTheme(const std::vector<Id>& noteIds, std::optional<Id> themeId) {
    std::vector<Note> before;
    for (Id id : noteIds)
        if (auto n = m_repo.note(id); n && n->themeId != themeId)
            before.push_back(*n);
    if (before.empty())
        return;
    QString text;
    if (themeId) {
        const auto theme = m_repo.theme(*themeId);
        text = tr("Put %n note(s) in “%1”", "", int(before.size()))
                   .arg(QString::fromStdString(theme ? theme->name : std::string()));
    } else {
        text = tr("Take %n note(s) out of their theme", "", int(before.size()));
    }
    m_stack->push(new SetNotesThemeCommand(m_repo, reporter(), std::move(before), themeId, text));
}

void LearningTeamDocument::renameTheme(Id themeId, const std::string& name) {
    auto before = m_repo.theme(themeId);
    if (!before || before->name == name)
        return;
    auto after = *before;
    after.name = name;
    m_stack->push(new UpdateItemCommand<Theme>(m_repo, reporter(), *before, after, &Repository::updateTheme,
                                               tr("Rename the theme “%1”").arg(QString::fromStdString(name)),
                                               EditThemeId));
}

void LearningTeamDocument::removeTheme(Id themeId) {
    auto theme = m_repo.theme(themeId);
    if (!theme)
        return;
    std::vector<Note> members;
    for (const auto& n : m_repo.notes(m_id))
        if (n.themeId == themeId)
            members.push_back(n);
    m_stack->push(new RemoveThemeCommand(m_repo, reporter(), *theme, std::move(members)));
}

void LearningTeamDocument::editLearningTeam(const LearningTeam& after, const QString& text) {
    auto before = m_repo.learningTeam(m_id);
    if (!before || *before == after)
        return;
    m_stack->push(new UpdateItemCommand<LearningTeam>(m_repo, reporter(), *before, after,
                                                      &Repository::updateLearningTeam, text, EditLearningTeamId));
}

void LearningTeamDocument::editRedactions(const std::vector<RedactionTerm>& terms) {
    auto before = m_repo.learningTeam(m_id);
    if (!before || before->redactions == terms)
        return;
    auto after = *before;
    after.redactions = terms;
    m_stack->push(new UpdateItemCommand<LearningTeam>(m_repo, reporter(), *before, after,
                                                      &Repository::updateLearningTeam, tr("Change the redaction list"),
                                                      EditRedactionsId));
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

void LearningTeamDocument::editDetails(const LearningTeam& after, const std::vector<Participant>& roster) {
    const auto before = m_repo.learningTeam(m_id);
    if (!before)
        return;
    auto* command = new CompoundCommand(m_repo, reporter(),
                                        tr("Edit the details of “%1”").arg(QString::fromStdString(after.title)));
    if (after != *before)
        command->add(
            new UpdateItemCommand<LearningTeam>(m_repo, {}, *before, after, &Repository::updateLearningTeam, {}));
    for (const auto& p : m_repo.participants(m_id)) {
        auto it = std::find_if(roster.begin(), roster.end(), [&](const Participant& w) { return w.id == p.id; });
        if (it == roster.end()) {
            for (const auto& n : m_repo.notes(m_id))
                if (n.tellerId == p.id) {
                    auto untold = n;
                    untold.tellerId.reset();
                    command->add(new UpdateItemCommand<Note>(m_repo, {}, n, untold, &Repository::updateNote, {}));
                }
            command->add(new RemoveItemCommand<Participant>(m_repo, {}, p, {}, &Repository::addParticipant,
                                                            &Repository::removeParticipant, {}));
        } else if (it->role != p.role || it->name != p.name) {
            auto changed = p;
            changed.role = it->role;
            changed.name = it->name;
            command->add(
                new UpdateItemCommand<Participant>(m_repo, {}, p, changed, &Repository::updateParticipant, {}));
        }
    }
    for (auto p : roster)
        if (p.id == 0) {
            p.learningTeamId = m_id;
            command->add(new AddItemCommand<Participant>(m_repo, {}, p, &Repository::addParticipant,
                                                         &Repository::removeParticipant, {}));
        }
    if (command->empty()) {
        delete command;
        return;
    }
    push(command);
}

} // namespace ltw::gui
