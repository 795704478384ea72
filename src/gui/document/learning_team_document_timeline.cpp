// The edits of an event's timeline: moments added where their time puts them, edited, moved, put in
// order by time, removed, and the notes and work steps attached to them. Each is one undo step; a step
// that touches several moments is one compound command, one transaction each way.
#include "document/learning_team_document.hpp"

#include "common/text_util.hpp"
#include "document/commands.hpp"

#include "ltw/timeline.hpp"

#include <algorithm>

namespace ltw::gui {

void LearningTeamDocument::renumberMoments(CompoundCommand* command, const std::vector<TimelineMoment>& inOrder) const {
    for (std::size_t i = 0; i < inOrder.size(); ++i) {
        if (inOrder[i].id == 0 || inOrder[i].position == static_cast<int>(i))
            continue; // not stored yet (the moment being added), or in its place already
        auto after = inOrder[i];
        after.position = static_cast<int>(i);
        command->add(
            new UpdateItemCommand<TimelineMoment>(m_repo, {}, inOrder[i], after, &Repository::updateMoment, {}));
    }
}

TimelineMoment LearningTeamDocument::addMoment(TimelineMoment moment, std::optional<int> index) {
    auto moments = m_repo.moments(m_id);
    const int count = static_cast<int>(moments.size());
    const int at = std::clamp(index.value_or(timePosition(moments, moment)), 0, count);
    moment.id = 0;
    moment.learningTeamId = m_id;
    moment.position = at;
    auto* command = new CompoundCommand(m_repo, reporter(), tr("Add the moment “%1”").arg(shortened(moment.text)));
    // The moments from `at` on move one place down to make room (and an import's ties are undone).
    moments.insert(moments.begin() + at, moment);
    renumberMoments(command, moments);
    auto* add = command->add(new AddItemCommand<TimelineMoment>(m_repo, {}, std::move(moment), &Repository::addMoment,
                                                                &Repository::removeMoment, {}));
    return push(command) ? add->item() : TimelineMoment{};
}

void LearningTeamDocument::editMoment(const TimelineMoment& after) {
    const auto before = m_repo.moment(after.id);
    if (!before || *before == after)
        return;
    push(new UpdateItemCommand<TimelineMoment>(m_repo, reporter(), *before, after, &Repository::updateMoment,
                                               tr("Edit the moment “%1”").arg(shortened(after.text))));
}

void LearningTeamDocument::removeMoments(const std::vector<Id>& momentIds) {
    std::vector<TimelineMoment> gone;
    for (Id id : momentIds)
        if (auto m = m_repo.moment(id))
            gone.push_back(*m);
    if (gone.empty())
        return;
    const QString text = gone.size() == 1 ? tr("Delete the moment “%1”").arg(shortened(gone.front().text))
                                          : tr("Delete %n moment(s)", "", static_cast<int>(gone.size()));
    auto* command = new CompoundCommand(m_repo, reporter(), text);
    for (const auto& m : gone)
        command->add(new RemoveItemCommand<TimelineMoment>(m_repo, {}, m, linksOf({ItemType::Moment, m.id}),
                                                           &Repository::addMoment, &Repository::removeMoment, {}));
    // Those after them close up.
    auto rest = m_repo.moments(m_id);
    std::erase_if(rest, [&](const TimelineMoment& m) {
        return std::any_of(gone.begin(), gone.end(), [&](const TimelineMoment& g) { return g.id == m.id; });
    });
    renumberMoments(command, rest);
    push(command);
}

void LearningTeamDocument::moveMoment(Id momentId, int index) {
    auto moments = m_repo.moments(m_id);
    auto it = std::find_if(moments.begin(), moments.end(), [&](const TimelineMoment& m) { return m.id == momentId; });
    if (it == moments.end())
        return;
    const auto moved = *it;
    const int from = static_cast<int>(it - moments.begin());
    const int to = std::clamp(index, 0, static_cast<int>(moments.size()) - 1);
    if (from == to)
        return;
    moments.erase(it);
    moments.insert(moments.begin() + to, moved);
    auto* command = new CompoundCommand(m_repo, reporter(), tr("Move the moment “%1”").arg(shortened(moved.text)));
    renumberMoments(command, moments);
    if (command->empty()) {
        delete command;
        return;
    }
    push(command);
}

void LearningTeamDocument::orderMomentsByTime() {
    auto* command = new CompoundCommand(m_repo, reporter(), tr("Put the moments in order by time"));
    renumberMoments(command, orderedByTime(m_repo.moments(m_id)));
    if (command->empty()) {
        delete command;
        return;
    }
    push(command);
}

void LearningTeamDocument::attachNotesToMoment(Id momentId, const std::vector<Id>& noteIds) {
    setLinked({ItemType::Moment, momentId}, ItemType::Note, true, noteIds, tr("Attach notes to a moment"));
}

void LearningTeamDocument::setMomentSteps(Id momentId, const std::vector<Id>& stepIds) {
    setLinked({ItemType::Moment, momentId}, ItemType::WorkStep, false, stepIds, tr("Link a moment to work steps"));
}

Note LearningTeamDocument::captureNoteAt(Id momentId, NoteKind kind, const QString& text, std::optional<Id> teller) {
    const auto moment = m_repo.moment(momentId);
    if (!moment || moment->learningTeamId != m_id)
        return captureNote(kind, text, teller);
    const auto lt = m_repo.learningTeam(m_id);
    Note note;
    note.learningTeamId = m_id;
    note.kind = kind;
    note.text = text.toStdString();
    note.tellerId = teller;
    note.phase = lt ? lt->phase : Phase::Learn;
    auto* command = new CompoundCommand(
        m_repo, reporter(), tr("Add “%1” at the moment “%2”").arg(shortened(note.text), shortened(moment->text)));
    auto* add = command->add(new AddNoteCommand(m_repo, {}, std::move(note)));
    command->add(new LinkAddedNoteCommand(m_repo, add, {ItemType::Moment, momentId}, LinkKind::AttachedTo));
    return push(command) ? add->note() : Note{};
}

} // namespace ltw::gui
