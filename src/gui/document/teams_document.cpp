#include "document/teams_document.hpp"

#include "common/text_util.hpp"
#include "document/commands.hpp"

#include "ltw/sample.hpp"
#include "ltw/session.hpp"

#include <memory>

namespace ltw::gui {

TeamsDocument::TeamsDocument(Repository& repo, QObject* parent)
    : QObject(parent), m_repo(repo), m_stack(new QUndoStack(this)) {}

bool TeamsDocument::push(QUndoCommand* command) {
    m_stack->push(command);
    const int last = m_stack->index() - 1;
    return last >= 0 && m_stack->command(last) == command; // compared, never dereferenced
}

std::function<void(const QString&)> TeamsDocument::reporter() {
    return [this](const QString& message) { emit failed(message); };
}

void TeamsDocument::renameTeam(Id teamId, const std::string& name) {
    const auto before = m_repo.team(teamId);
    if (!before || name.empty() || before->name == name)
        return;
    auto after = *before;
    after.name = name;
    push(new UpdateItemCommand<Team>(m_repo, reporter(), *before, after, &Repository::updateTeam,
                                     tr("Rename the team “%1”").arg(shortened(name))));
}

void TeamsDocument::renameLearningTeam(Id learningTeamId, const std::string& title) {
    const auto before = m_repo.learningTeam(learningTeamId);
    if (!before || title.empty() || before->title == title)
        return;
    auto after = *before;
    after.title = title;
    push(new UpdateItemCommand<LearningTeam>(m_repo, reporter(), *before, after, &Repository::updateLearningTeam,
                                             tr("Rename “%1”").arg(shortened(title))));
}

Id TeamsDocument::create(const std::function<Id()>& make, const QString& text) {
    auto made = std::make_shared<Id>(0);
    auto* command = new CreateLearningTeamCommand(m_repo, reporter(), make, made, text);
    push(command);
    return *made; // kept by the caller's shared value, not read from the command
}

Id TeamsDocument::createLearningTeam(const std::string& teamName, const std::string& site, LearningTeam lt,
                                     std::vector<Participant> roster) {
    const auto title = lt.title;
    return create(
        [this, teamName, site, lt, roster]() mutable {
            Id teamId = 0;
            for (const auto& t : m_repo.teams())
                if (t.name == teamName)
                    teamId = t.id;
            if (teamId == 0)
                teamId = m_repo.addTeam(Team{0, teamName, site, {}}).id;
            lt.teamId = teamId;
            const auto stored = ltw::createLearningTeam(m_repo, lt);
            for (auto p : roster) {
                p.learningTeamId = stored.id;
                m_repo.addParticipant(p);
            }
            return stored.id;
        },
        tr("Create “%1”").arg(shortened(title)));
}

Id TeamsDocument::addSample() {
    return create([this] { return addSampleLearningTeam(m_repo).id; }, tr("Add the sample Learning Team"));
}

void TeamsDocument::removeLearningTeam(Id learningTeamId) {
    const auto lt = m_repo.learningTeam(learningTeamId);
    if (!lt)
        return;
    push(new RemoveLearningTeamsCommand(m_repo, reporter(), std::nullopt, {m_repo.snapshot(learningTeamId)},
                                        tr("Delete “%1”").arg(shortened(lt->title))));
}

void TeamsDocument::removeTeam(Id teamId) {
    const auto team = m_repo.team(teamId);
    if (!team)
        return;
    std::vector<LearningTeamSnapshot> snapshots;
    for (const auto& lt : m_repo.learningTeams(teamId))
        snapshots.push_back(m_repo.snapshot(lt.id));
    push(new RemoveLearningTeamsCommand(m_repo, reporter(), team, std::move(snapshots),
                                        tr("Delete the team “%1”").arg(shortened(team->name))));
}

std::optional<ImportResult> TeamsDocument::importBundle(std::string bundle, ImportOptions options, Id replacing,
                                                        const QString& text, QString* failure) {
    auto outcome = std::make_shared<ImportBundleCommand::Outcome>();
    push(new ImportBundleCommand(
        m_repo, [failure](const QString& message) { *failure = message; }, std::move(bundle), std::move(options),
        replacing, outcome, text));
    if (!outcome->done)
        return std::nullopt;
    return outcome->result;
}

void TeamsDocument::setActionStatus(Id actionId, ActionStatus status) {
    if (auto* command = actionStatusCommand(m_repo, reporter(), actionId, status))
        push(command);
}

} // namespace ltw::gui
