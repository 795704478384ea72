// The Share workspace: the Learning Team's shared learnings and their editor on the left, the share-out
// report as it will be exported on the right, kept live, with the buttons of the window's exports and
// import beneath it. Names stay out of the preview and the exports unless the facilitator opts in.
#pragma once

#include "ltw/domain.hpp"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace ltw {
struct Change;
}

namespace ltw::gui {

class BundleImporter;
class ChangeHub;
class ExportService;
class LearningEditor;
class OrgPublishBar;
class OrgSyncService;
class LearningTeamDocument;
class SharedLearningListModel;

class ShareWorkspace final : public QWidget {
    Q_OBJECT
public:
    explicit ShareWorkspace(ChangeHub& hub, QWidget* parent = nullptr);

    void setDocument(LearningTeamDocument* document); // nullptr: nothing shown

    // The ways out and in are the window's: the exports (report, print, bundle, picture) and the importer
    // (its questions, backup and undo step). Without them their buttons are off.
    void setExporter(ExportService* exporter);
    void setImporter(BundleImporter* importer);
    // Publishing to the organisation library, under the exports.
    void setOrgPublishing(OrgSyncService* service);
    OrgPublishBar* orgPublishBar() const { return m_orgBar; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChange(const Change& change);
    void refreshPreview();
    bool m_previewStale = false; // changed while hidden: rebuilt when the workspace is shown
    void updateEnabled();
    void updateOrgBar();
    void addLearning();
    void removeLearning();
    void showStatus(bool ok, const QString& message);

    ChangeHub& m_hub;
    QPointer<LearningTeamDocument> m_document;
    QPointer<ExportService> m_exporter;
    QPointer<BundleImporter> m_importer;
    SharedLearningListModel* m_model;

    QListView* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    LearningEditor* m_editor = nullptr;
    QTextBrowser* m_preview = nullptr;
    QCheckBox* m_includeNames = nullptr;
    QLabel* m_namesWarning = nullptr;
    QPushButton* m_exportReport = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_exportBundle = nullptr;
    QPushButton* m_exportPicture = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_status = nullptr;
    OrgPublishBar* m_orgBar = nullptr;
    QVBoxLayout* m_rightLayout = nullptr;
    QTimer* m_refresh = nullptr;
};

} // namespace ltw::gui
