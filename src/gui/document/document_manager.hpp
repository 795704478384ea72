// The open documents and the one undo history the Edit menu works on: the teams' document, a Learning
// Team's document per Learning Team opened (made on first use, dropped when the Learning Team goes),
// and the `QUndoGroup` whose active stack follows where the facilitator works.
#pragma once

#include "ltw/repository.hpp"

#include <QObject>

#include <map>

class QUndoGroup;

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;
class TeamsDocument;

class DocumentManager final : public QObject {
    Q_OBJECT
public:
    DocumentManager(Repository& repo, ChangeHub& hub, QObject* parent = nullptr);
    ~DocumentManager() override;

    TeamsDocument* teams() const { return m_teams; }
    QUndoGroup* undoGroup() const { return m_group; }

    // The Learning Team's document, made on first use; none for 0.
    LearningTeamDocument* documentFor(Id learningTeamId);
    // The document if it is open, else none.
    LearningTeamDocument* openDocument(Id learningTeamId) const;

    // Edit → Undo works on the teams' history, or on a Learning Team's (none: the teams').
    void activateTeams();
    void activate(LearningTeamDocument* document);

signals:
    // A storage failure in any document, for the window to show.
    void failed(const QString& message);

private:
    void onChange(const Change& change);

    Repository& m_repo;
    TeamsDocument* m_teams;
    QUndoGroup* m_group;
    std::map<Id, LearningTeamDocument*> m_documents;
};

} // namespace ltw::gui
