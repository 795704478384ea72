// MainWindow and the organisation library: the sync that runs beside the window, its line in the status
// bar, and publishing from Share.
#include "app/main_window.hpp"
#include "document/document_manager.hpp"
#include "document/learning_team_document.hpp"
#include "inspector/note_inspector.hpp"
#include "org/org_library_pane.hpp"
#include "org/org_sync_service.hpp"
#include "search/library_view.hpp"
#include "share/share_workspace.hpp"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ltw::gui {

void MainWindow::buildOrganisation() {
    m_org = new OrgSyncService(m_repo, {}, this);
    m_orgStatus = new QLabel;
    m_orgStatus->setObjectName(u"orgStatusLabel"_s);
    statusBar()->addPermanentWidget(m_orgStatus);
    auto update = [this] {
        const QString text = m_org->statusText();
        m_orgStatus->setText(text);
        m_orgStatus->setVisible(!text.isEmpty());
        const auto error = m_org->store().state().lastError;
        m_orgStatus->setToolTip(error.empty() ? tr("Ctrl+Shift+Y syncs now") : QString::fromStdString(error));
    };
    connect(m_org, &OrgSyncService::stateChanged, this, update);
    update();
    m_share->setOrgPublishing(m_org);
}

void MainWindow::buildOrganisationPage() {
    m_inspector->setOrganisation(&m_org->store()); // tags: how widely other sites use them
    auto* pane = new OrgLibraryPane(*m_org, m_repo);
    // An action taken on another site's learning is an edit of one of this laptop's Learning Teams.
    pane->setActionAdder([this](Id learningTeamId, const QString& title) {
        auto* document = m_docs->documentFor(learningTeamId);
        return document && document->addAction(title.toStdString()).id != 0;
    });
    m_libraryView->addPage(pane, tr("&Organisation"));
    connect(m_libraryView, &LibraryView::searchChanged, pane, &OrgLibraryPane::setSearch);
    connect(pane, &OrgLibraryPane::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
}

} // namespace ltw::gui
