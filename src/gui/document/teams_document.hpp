// The library's own edits, as the Learning Team's document owns a Learning Team's: teams and Learning
// Teams as wholes (create, add the sample, rename, delete, import), and the follow-through of actions
// across them. One undo history (the library's); each edit one command; a failure is reported through
// `failed` and changes nothing.
#pragma once

#include "ltw/bundle.hpp"
#include "ltw/repository.hpp"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ltw::gui {

class TeamsDocument final : public QObject {
    Q_OBJECT
public:
    explicit TeamsDocument(Repository& repo, QObject* parent = nullptr);

    Repository& repository() const { return m_repo; }
    QUndoStack* undoStack() const { return m_stack; }

    void renameTeam(Id teamId, const std::string& name);
    void renameLearningTeam(Id learningTeamId, const std::string& title);
    // A new Learning Team with its roster, in the team of that name (made when there is none). Returns its
    // id, or 0 when nothing was stored.
    Id createLearningTeam(const std::string& teamName, const std::string& site, LearningTeam learningTeam,
                          std::vector<Participant> roster);
    Id addSample();
    // Deletes a Learning Team, or a team with all of its Learning Teams; undo puts everything back under
    // the same ids.
    void removeLearningTeam(Id learningTeamId);
    void removeTeam(Id teamId);
    // An action reviewed in the follow-through: done, dropped or reopened.
    void setActionStatus(Id actionId, ActionStatus status);

    // Imports a bundle as one step (undo puts back what was there). Returns what the import did, or none
    // when it failed: then `failure` says why (and `failed` is not emitted: the importer says it its way).
    std::optional<ImportResult> importBundle(std::string bundle, ImportOptions options, Id replacing,
                                             const QString& text, QString* failure);

    // Pushes a command and says whether it stayed on the stack (a failed one is dropped).
    bool push(QUndoCommand* command);
    std::function<void(const QString&)> reporter();

signals:
    void failed(const QString& message);

private:
    Id create(const std::function<Id()>& make, const QString& text);

    Repository& m_repo;
    QUndoStack* m_stack;
};

} // namespace ltw::gui
