#include "document/commands.hpp"
#include "common/conversions.hpp"
#include "common/text_util.hpp"

#include "ltw/errors.hpp"
#include "ltw/restore.hpp"

#include <QCoreApplication>

#include <algorithm>

namespace ltw::gui {
void RepositoryCommand::guarded(void (RepositoryCommand::*step)()) {
    try {
        (this->*step)();
    } catch (const Error& e) {
        setObsolete(true); // QUndoStack drops an obsolete command
        if (m_report)
            m_report(QString::fromUtf8(e.what()));
    }
}

void RepositoryCommand::redo() { guarded(&RepositoryCommand::apply); }
void RepositoryCommand::undo() { guarded(&RepositoryCommand::revert); }

CompoundCommand::CompoundCommand(Repository& repo, FailureReporter report, const QString& text)
    : RepositoryCommand(repo, std::move(report)) {
    setText(text);
}

CompoundCommand::~CompoundCommand() = default;

void CompoundCommand::apply() {
    m_repo.transaction([&] {
        for (auto& step : m_steps)
            step->apply();
    });
}

void CompoundCommand::revert() {
    m_repo.transaction([&] {
        for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
            (*it)->revert();
    });
}

AddNoteCommand::AddNoteCommand(Repository& repo, FailureReporter report, Note note)
    : RepositoryCommand(repo, std::move(report)), m_note(std::move(note)) {
    setText(QCoreApplication::translate("Commands", "Capture “%1”").arg(shortened(m_note.text)));
}

void AddNoteCommand::apply() { m_note = m_repo.addNote(m_note); }
void AddNoteCommand::revert() { m_repo.removeNote(m_note.id); }

LinkAddedNoteCommand::LinkAddedNoteCommand(Repository& repo, const AddNoteCommand* note, ItemRef to, LinkKind kind)
    : RepositoryCommand(repo, {}), m_note(note) {
    m_link.to = to;
    m_link.kind = kind;
}

void LinkAddedNoteCommand::apply() {
    m_link.learningTeamId = m_note->note().learningTeamId;
    m_link.from = {ItemType::Note, m_note->note().id};
    m_link = m_repo.addLink(m_link);
}

void LinkAddedNoteCommand::revert() { m_repo.removeLink(m_link.id); }

EditNoteCommand::EditNoteCommand(Repository& repo, FailureReporter report, Note before, Note after)
    : RepositoryCommand(repo, std::move(report)), m_before(std::move(before)), m_after(std::move(after)) {
    setText(QCoreApplication::translate("Commands", "Edit “%1”").arg(shortened(m_after.text)));
}

void EditNoteCommand::apply() { m_repo.updateNote(m_after); }
void EditNoteCommand::revert() { m_repo.updateNote(m_before); }

bool EditNoteCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const EditNoteCommand*>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after; // typing into one note, several commits: one step
    setText(next->text());
    return true;
}

SetNoteKindCommand::SetNoteKindCommand(Repository& repo, FailureReporter report, std::vector<Note> before,
                                       NoteKind kind)
    : RepositoryCommand(repo, std::move(report)), m_before(std::move(before)), m_kind(kind) {
    setText(m_before.size() == 1
                ? QCoreApplication::translate("Commands", "Move “%1” to %2")
                      .arg(shortened(m_before.front().text), words(kind))
                : QCoreApplication::translate("Commands", "Move %n note(s) to %1", "", int(m_before.size()))
                      .arg(words(kind)));
}

void SetNoteKindCommand::apply() {
    m_repo.transaction([&] {
        for (auto n : m_before) {
            n.kind = m_kind;
            m_repo.updateNote(n);
        }
    });
}

void SetNoteKindCommand::revert() {
    m_repo.transaction([&] {
        for (const auto& n : m_before)
            m_repo.updateNote(n);
    });
}

SetNotesThemeCommand::SetNotesThemeCommand(Repository& repo, FailureReporter report, std::vector<Note> before,
                                           std::optional<Id> themeId, const QString& text)
    : RepositoryCommand(repo, std::move(report)), m_before(std::move(before)), m_themeId(themeId) {
    setText(text);
}

void SetNotesThemeCommand::apply() {
    m_repo.transaction([&] {
        for (auto n : m_before) {
            n.themeId = m_themeId;
            m_repo.updateNote(n);
        }
    });
}

void SetNotesThemeCommand::revert() {
    m_repo.transaction([&] {
        for (const auto& n : m_before)
            m_repo.updateNote(n);
    });
}

MakeThemeCommand::MakeThemeCommand(Repository& repo, FailureReporter report, Theme theme, std::vector<Note> notes)
    : RepositoryCommand(repo, std::move(report)), m_theme(std::move(theme)), m_before(std::move(notes)) {
    setText(QCoreApplication::translate("Commands", "Make the theme “%1”").arg(QString::fromStdString(m_theme.name)));
}

void MakeThemeCommand::apply() {
    m_repo.transaction([&] {
        m_theme = m_repo.addTheme(m_theme); // a redo brings it back under the same id
        for (auto n : m_before) {
            n.themeId = m_theme.id;
            m_repo.updateNote(n);
        }
    });
}

void MakeThemeCommand::revert() {
    m_repo.transaction([&] {
        for (const auto& n : m_before)
            m_repo.updateNote(n);
        m_repo.removeTheme(m_theme.id);
    });
}

RemoveThemeCommand::RemoveThemeCommand(Repository& repo, FailureReporter report, Theme theme, std::vector<Note> members)
    : RepositoryCommand(repo, std::move(report)), m_theme(std::move(theme)), m_members(std::move(members)) {
    setText(QCoreApplication::translate("Commands", "Remove the theme “%1”").arg(QString::fromStdString(m_theme.name)));
}

void RemoveThemeCommand::apply() { m_repo.removeTheme(m_theme.id); }

void RemoveThemeCommand::revert() {
    m_repo.transaction([&] {
        m_repo.addTheme(m_theme);
        for (const auto& n : m_members)
            m_repo.updateNote(n);
    });
}

RemoveLearningTeamsCommand::RemoveLearningTeamsCommand(Repository& repo, FailureReporter report,
                                                       std::optional<Team> team,
                                                       std::vector<LearningTeamSnapshot> snapshots, const QString& text)
    : RepositoryCommand(repo, std::move(report)), m_team(std::move(team)), m_snapshots(std::move(snapshots)) {
    setText(text);
}

void RemoveLearningTeamsCommand::apply() {
    m_repo.transaction([&] {
        if (m_team)
            m_repo.removeTeam(m_team->id); // its Learning Teams go with it
        else
            for (const auto& s : m_snapshots)
                m_repo.removeLearningTeam(s.learningTeam.id);
    });
}

// Put back the team first, then each Learning Team as it was, under the same ids.
void RemoveLearningTeamsCommand::revert() {
    m_repo.transaction([&] {
        if (m_team)
            m_repo.addTeam(*m_team);
        for (const auto& s : m_snapshots)
            restoreLearningTeam(m_repo, s);
    });
}

CreateLearningTeamCommand::CreateLearningTeamCommand(Repository& repo, FailureReporter report, std::function<Id()> make,
                                                     std::shared_ptr<Id> made, const QString& text)
    : RepositoryCommand(repo, std::move(report)), m_make(std::move(make)), m_made(std::move(made)) {
    setText(text);
}

void CreateLearningTeamCommand::apply() {
    if (m_after) {
        m_repo.transaction([&] {
            if (m_createdTeam)
                m_repo.addTeam(*m_createdTeam);
            restoreLearningTeam(m_repo, *m_after);
        });
        return;
    }
    const auto teamsBefore = m_repo.teams();
    Id id = 0;
    m_repo.transaction([&] { id = m_make(); });
    m_after = m_repo.snapshot(id);
    const bool newTeam =
        std::none_of(teamsBefore.begin(), teamsBefore.end(), [&](const Team& t) { return t.id == m_after->team.id; });
    if (newTeam)
        m_createdTeam = m_after->team;
    *m_made = id;
}

void CreateLearningTeamCommand::revert() {
    m_repo.transaction([&] {
        if (m_createdTeam)
            m_repo.removeTeam(m_createdTeam->id); // its Learning Team goes with it
        else
            m_repo.removeLearningTeam(m_after->learningTeam.id);
    });
}

ImportBundleCommand::ImportBundleCommand(Repository& repo, FailureReporter report, std::string bundle,
                                         ImportOptions options, Id replacing, std::shared_ptr<Outcome> outcome,
                                         const QString& text)
    : RepositoryCommand(repo, std::move(report)), m_bundle(std::move(bundle)), m_options(std::move(options)),
      m_replacing(replacing), m_outcome(std::move(outcome)) {
    setText(text);
}

void ImportBundleCommand::apply() {
    if (m_after) { // a redo: what the import made, as it made it
        m_repo.transaction([&] {
            if (m_createdTeam)
                m_repo.addTeam(*m_createdTeam);
            if (m_before)
                m_repo.removeLearningTeam(m_before->learningTeam.id);
            restoreLearningTeam(m_repo, *m_after);
        });
        return;
    }
    if (m_replacing)
        m_before = m_repo.snapshot(m_replacing);
    const auto result = importBundle(m_repo, m_bundle, m_options);
    if (result.outcome == ImportOutcome::UpToDate) {
        setObsolete(true); // nothing changed: nothing to take back
    } else {
        m_after = m_repo.snapshot(result.learningTeamId);
        if (result.teamCreated)
            m_createdTeam = m_repo.team(result.teamId);
        if (result.outcome != ImportOutcome::Updated)
            m_before.reset();
    }
    m_bundle.clear(); // the snapshots hold what redo and undo need
    m_options = {};   // nor is the caller's backup (and what it captured) ever called again
    m_outcome->done = true;
    m_outcome->result = result;
}

void ImportBundleCommand::revert() {
    m_repo.transaction([&] {
        m_repo.removeLearningTeam(m_after->learningTeam.id);
        if (m_before)
            restoreLearningTeam(m_repo, *m_before);
        if (m_createdTeam)
            m_repo.removeTeam(m_createdTeam->id);
    });
}

ActionFromIdeaCommand::ActionFromIdeaCommand(Repository& repo, FailureReporter report, Note idea, Action action,
                                             const QString& text)
    : RepositoryCommand(repo, std::move(report)), m_idea(std::move(idea)), m_action(std::move(action)) {
    setText(text);
}

void ActionFromIdeaCommand::apply() {
    m_repo.transaction([&] {
        const auto stored = m_repo.addAction(m_action);
        m_repo.addLink(Link{
            0, m_action.learningTeamId, {ItemType::Note, m_idea.id}, {ItemType::Action, stored.id}, LinkKind::LeadsTo});
        m_action = stored; // only once both are stored: a failed redo keeps the action as it was
    });
}

void ActionFromIdeaCommand::revert() { m_repo.removeAction(m_action.id); } // its link goes with it

RemoveNotesCommand::RemoveNotesCommand(Repository& repo, FailureReporter report, std::vector<Note> notes,
                                       std::vector<Link> links)
    : RepositoryCommand(repo, std::move(report)), m_notes(std::move(notes)), m_links(std::move(links)) {
    setText(m_notes.size() == 1
                ? QCoreApplication::translate("Commands", "Delete “%1”").arg(shortened(m_notes.front().text))
                : QCoreApplication::translate("Commands", "Delete %n note(s)", "", int(m_notes.size())));
}

void RemoveNotesCommand::apply() {
    m_repo.transaction([&] {
        for (const auto& n : m_notes)
            m_repo.removeNote(n.id);
    });
}

void RemoveNotesCommand::revert() {
    m_repo.transaction([&] {
        for (const auto& n : m_notes)
            m_repo.addNote(n);
        for (const auto& l : m_links)
            m_repo.addLink(l);
    });
}

QUndoCommand* actionStatusCommand(Repository& repo, FailureReporter report, Id actionId, ActionStatus status) {
    const auto before = repo.action(actionId);
    if (!before)
        return nullptr;
    auto after = *before;
    after.status = status;
    const auto title = shortened(before->title);
    const auto text =
        status == ActionStatus::Done      ? QCoreApplication::translate("Commands", "Mark “%1” done").arg(title)
        : status == ActionStatus::Dropped ? QCoreApplication::translate("Commands", "Mark “%1” dropped").arg(title)
                                          : QCoreApplication::translate("Commands", "Reopen “%1”").arg(title);
    return new UpdateItemCommand<Action>(repo, std::move(report), *before, after, &Repository::updateAction, text);
}

} // namespace ltw::gui
