// The edits of a Learning Team's items beyond its notes: work steps, defenses, actions and shared
// learnings, and the compound edits among them. Each is one undo step; see learning_team_document.hpp.
#include "document/learning_team_document.hpp"

#include "common/text_util.hpp"
#include "document/commands.hpp"

#include <algorithm>

namespace ltw::gui {

template <typename T>
T LearningTeamDocument::add(T item, T (Repository::*adder)(T), void (Repository::*remover)(Id), const QString& text) {
    item.learningTeamId = m_id;
    auto* command = new AddItemCommand<T>(m_repo, reporter(), std::move(item), adder, remover, text);
    return push(command) ? command->item() : T{};
}

template <typename T>
void LearningTeamDocument::update(const T& after, std::optional<T> before, void (Repository::*updater)(const T&),
                                  const QString& text, int mergeId) {
    if (!before || *before == after)
        return;
    push(new UpdateItemCommand<T>(m_repo, reporter(), *before, after, updater, text, mergeId));
}

template <typename T>
void LearningTeamDocument::remove(std::optional<T> item, ItemType type, T (Repository::*adder)(T),
                                  void (Repository::*remover)(Id), const QString& text) {
    if (!item)
        return;
    push(new RemoveItemCommand<T>(m_repo, reporter(), *item, linksOf({type, item->id}), adder, remover, text));
}

// --- work steps ----------------------------------------------------------------------------------

WorkStep LearningTeamDocument::addStep(StepTrack track, const std::string& text) {
    int position = 0;
    for (const auto& s : m_repo.workSteps(m_id, track))
        position = std::max(position, s.position + 1);
    return add(WorkStep{0, m_id, track, position, text}, &Repository::addWorkStep, &Repository::removeWorkStep,
               tr("Add the step “%1”").arg(shortened(text)));
}

void LearningTeamDocument::editStep(const WorkStep& after) {
    update(after, m_repo.workStep(after.id), &Repository::updateWorkStep,
           tr("Edit the step “%1”").arg(shortened(after.text)));
}

void LearningTeamDocument::removeStep(Id stepId) {
    const auto step = m_repo.workStep(stepId);
    remove(step, ItemType::WorkStep, &Repository::addWorkStep, &Repository::removeWorkStep,
           tr("Delete the step “%1”").arg(step ? shortened(step->text) : QString()));
}

// --- defenses ------------------------------------------------------------------------------------

Defense LearningTeamDocument::addDefense(const std::string& title, DefenseKind kind) {
    Defense d;
    d.kind = kind;
    d.title = title;
    return add(d, &Repository::addDefense, &Repository::removeDefense,
               tr("Add the defense “%1”").arg(shortened(title)));
}

void LearningTeamDocument::editDefense(const Defense& after, const QString& text, bool merges) {
    update(after, m_repo.defense(after.id), &Repository::updateDefense, text, merges ? EditDefenseId : -1);
}

// --- actions -------------------------------------------------------------------------------------

Action LearningTeamDocument::addAction(const std::string& title) {
    Action a;
    a.title = title;
    return add(a, &Repository::addAction, &Repository::removeAction, tr("Add the action “%1”").arg(shortened(title)));
}

void LearningTeamDocument::editAction(const Action& after, const QString& text, bool merges) {
    update(after, m_repo.action(after.id), &Repository::updateAction, text, merges ? EditActionId : -1);
}

void LearningTeamDocument::setActionStatus(Id actionId, ActionStatus status) {
    if (auto* command = actionStatusCommand(m_repo, reporter(), actionId, status))
        push(command);
}

// --- shared learnings ----------------------------------------------------------------------------

SharedLearning LearningTeamDocument::addSharedLearning(const std::string& title) {
    SharedLearning l;
    l.title = title;
    return add(l, &Repository::addSharedLearning, &Repository::removeSharedLearning, tr("Add a shared learning"));
}

void LearningTeamDocument::editSharedLearning(const SharedLearning& after, const QString& text, int mergeId) {
    update(after, m_repo.sharedLearning(after.id), &Repository::updateSharedLearning, text, mergeId);
}

void LearningTeamDocument::removeSharedLearning(Id learningId) {
    const auto learning = m_repo.sharedLearning(learningId);
    remove(learning, ItemType::SharedLearning, &Repository::addSharedLearning, &Repository::removeSharedLearning,
           tr("Delete the shared learning “%1”").arg(learning ? shortened(learning->title) : QString()));
}

// --- compound edits ------------------------------------------------------------------------------

Id LearningTeamDocument::turnIdeaIntoAction(Id noteId) {
    const auto idea = m_repo.note(noteId);
    if (!idea || idea->learningTeamId != m_id)
        return 0;
    const auto text = tr("Turn the idea “%1” into an action").arg(shortened(idea->text));
    Action action;
    action.learningTeamId = m_id;
    action.title = QString::fromStdString(idea->text).simplified().toStdString();
    auto* command = new ActionFromIdeaCommand(m_repo, reporter(), *idea, action, text);
    return push(command) ? command->action().id : 0;
}

void LearningTeamDocument::removeDefense(Id defenseId) {
    const auto d = m_repo.defense(defenseId);
    if (!d)
        return;
    const auto text = tr("Delete the defense “%1”").arg(shortened(d->title));
    auto* command = new CompoundCommand(m_repo, reporter(), text);
    for (const auto& a : m_repo.actions(m_id)) {
        if (a.defenseId != d->id)
            continue;
        auto after = a;
        after.defenseId.reset();
        command->add(new UpdateItemCommand<Action>(m_repo, {}, a, after, &Repository::updateAction, {}));
    }
    command->add(new RemoveItemCommand<Defense>(m_repo, {}, *d, linksOf({ItemType::Defense, d->id}),
                                                &Repository::addDefense, &Repository::removeDefense, {}));
    push(command);
}

std::optional<std::pair<Id, Id>> defenseAndNoteOf(const Link& l) {
    if (l.kind != LinkKind::Answers)
        return std::nullopt;
    if (l.from.type == ItemType::Defense && l.to.type == ItemType::Note)
        return std::pair{l.from.id, l.to.id};
    if (l.to.type == ItemType::Defense && l.from.type == ItemType::Note)
        return std::pair{l.to.id, l.from.id};
    return std::nullopt;
}

void LearningTeamDocument::setDefenseNotes(Id defenseId, const std::set<Id>& noteIds) {
    const auto d = m_repo.defense(defenseId);
    if (!d)
        return;
    const auto title = shortened(d->title);
    auto* command = new CompoundCommand(m_repo, reporter(), tr("Change the notes “%1” answers").arg(title));
    std::set<Id> kept;
    for (const auto& l : m_repo.links(m_id)) {
        const auto ends = defenseAndNoteOf(l);
        if (!ends || ends->first != defenseId)
            continue;
        if (noteIds.count(ends->second))
            kept.insert(ends->second);
        else
            command->add(
                new RemoveItemCommand<Link>(m_repo, {}, l, {}, &Repository::addLink, &Repository::removeLink, {}));
    }
    int added = 0;
    for (Id n : noteIds)
        if (!kept.count(n)) {
            const Link link{0, m_id, {ItemType::Defense, defenseId}, {ItemType::Note, n}, LinkKind::Answers};
            command->add(new AddItemCommand<Link>(m_repo, {}, link, &Repository::addLink, &Repository::removeLink, {}));
            ++added;
        }
    if (command->empty()) {
        delete command;
        return;
    }
    const bool one = command->stepCount() == 1;
    if (one)
        command->setText(added ? tr("Link a note to “%1”").arg(title) : tr("Unlink a note from “%1”").arg(title));
    push(command);
}

void LearningTeamDocument::removeActions(const std::vector<Id>& actionIds) {
    std::vector<Action> chosen;
    for (Id id : actionIds)
        if (auto a = m_repo.action(id))
            chosen.push_back(*a);
    if (chosen.empty())
        return;
    const auto text = chosen.size() == 1 ? tr("Delete the action “%1”").arg(shortened(chosen.front().title))
                                         : tr("Delete %n action(s)", "", int(chosen.size()));
    auto* command = new CompoundCommand(m_repo, reporter(), text);
    for (const auto& a : chosen)
        command->add(new RemoveItemCommand<Action>(m_repo, {}, a, linksOf({ItemType::Action, a.id}),
                                                   &Repository::addAction, &Repository::removeAction, {}));
    push(command);
}

void LearningTeamDocument::swapSteps(Id first, Id second) {
    const auto a = m_repo.workStep(first);
    const auto b = m_repo.workStep(second);
    if (!a || !b || a->track != b->track)
        return;
    auto a2 = *a, b2 = *b;
    std::swap(a2.position, b2.position);
    if (a2.position == b2.position)            // equal positions (an import): make the order explicit
        a2.position += b->id > a->id ? 1 : -1; // listed by position, then id: towards the other step
    auto* command =
        new CompoundCommand(m_repo, reporter(), tr("Move the step “%1”").arg(QString::fromStdString(a->text)));
    command->add(new UpdateItemCommand<WorkStep>(m_repo, {}, *a, a2, &Repository::updateWorkStep, {}));
    command->add(new UpdateItemCommand<WorkStep>(m_repo, {}, *b, b2, &Repository::updateWorkStep, {}));
    push(command);
}

void LearningTeamDocument::attachNotes(Id stepId, const std::vector<Id>& noteIds) {
    setLinked({ItemType::WorkStep, stepId}, ItemType::Note, true, noteIds, tr("Attach notes to a step"));
}

void LearningTeamDocument::setLinked(ItemRef anchor, ItemType other, bool otherFirst, const std::vector<Id>& ids,
                                     const QString& text) {
    std::vector<Link> current;
    for (const auto& l : linksOf(anchor))
        if (l.kind == LinkKind::AttachedTo && (l.from.type == other || l.to.type == other) && !(l.from == l.to))
            current.push_back(l);
    auto otherOf = [&](const Link& l) { return l.from == anchor ? l.to.id : l.from.id; };
    auto* command = new CompoundCommand(m_repo, reporter(), text);
    for (const auto& l : current)
        if (std::find(ids.begin(), ids.end(), otherOf(l)) == ids.end())
            command->add(
                new RemoveItemCommand<Link>(m_repo, {}, l, {}, &Repository::addLink, &Repository::removeLink, {}));
    for (Id id : ids)
        if (std::none_of(current.begin(), current.end(), [&](const Link& l) { return otherOf(l) == id; })) {
            const ItemRef end{other, id};
            command->add(new AddItemCommand<Link>(
                m_repo, {}, Link{0, m_id, otherFirst ? end : anchor, otherFirst ? anchor : end, LinkKind::AttachedTo},
                &Repository::addLink, &Repository::removeLink, {}));
        }
    if (command->empty()) {
        delete command;
        return;
    }
    push(command);
}

} // namespace ltw::gui
