#include "document/document_manager.hpp"

#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "document/teams_document.hpp"

#include <QUndoGroup>

namespace ltw::gui {

DocumentManager::DocumentManager(Repository& repo, ChangeHub& hub, QObject* parent)
    : QObject(parent), m_repo(repo), m_teams(new TeamsDocument(repo, this)), m_group(new QUndoGroup(this)) {
    m_group->addStack(m_teams->undoStack());
    m_group->setActiveStack(m_teams->undoStack());
    connect(m_teams, &TeamsDocument::failed, this, &DocumentManager::failed);
    // Connected before any view: a Learning Team's document goes before anyone can use it again.
    connect(&hub, &ChangeHub::changed, this, &DocumentManager::onChange);
}

DocumentManager::~DocumentManager() = default;

LearningTeamDocument* DocumentManager::documentFor(Id ltId) {
    if (ltId == 0)
        return nullptr;
    auto& doc = m_documents[ltId];
    if (!doc) {
        doc = new LearningTeamDocument(m_repo, ltId, this);
        m_group->addStack(doc->undoStack());
        connect(doc, &LearningTeamDocument::failed, this, &DocumentManager::failed);
    }
    return doc;
}

LearningTeamDocument* DocumentManager::openDocument(Id ltId) const {
    auto it = m_documents.find(ltId);
    return it == m_documents.end() ? nullptr : it->second;
}

void DocumentManager::activateTeams() { m_group->setActiveStack(m_teams->undoStack()); }

void DocumentManager::activate(LearningTeamDocument* document) {
    m_group->setActiveStack(document ? document->undoStack() : m_teams->undoStack());
}

// A Learning Team that goes (deleted, or replaced by an import) takes its document and history with it:
// its commands name items that are no longer there.
void DocumentManager::onChange(const Change& change) {
    if (change.entity != EntityType::LearningTeam || change.kind != ChangeKind::Removed)
        return;
    if (auto it = m_documents.find(change.id); it != m_documents.end()) {
        m_group->removeStack(it->second->undoStack());
        it->second->deleteLater();
        m_documents.erase(it);
    }
}

} // namespace ltw::gui
