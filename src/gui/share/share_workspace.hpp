// The Share workspace: the Learning Team's shared learnings and their editor on the left, the share-out
// report as it will be exported on the right, kept live; exports (Markdown, HTML, the JSON bundle) and
// the import of a bundle from another facilitator. Names stay out unless the facilitator opts in.
#pragma once

#include "share/report_export_job.hpp"

#include "ltw/domain.hpp"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QListView;
class QPrinter;
class QProgressDialog;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace ltw {
struct Change;
}

namespace ltw::gui {

class BundleImporter;
class ChangeHub;
class LearningEditor;
class LearningTeamDocument;
class SharedLearningListModel;

class ShareWorkspace final : public QWidget {
    Q_OBJECT
public:
    ShareWorkspace(ChangeHub& hub, QWidget* parent = nullptr);
    ~ShareWorkspace() override; // waits for an export still running

    void setDocument(LearningTeamDocument* document); // nullptr: nothing shown

    // Asked for a file to write (save) or read (open); returns an empty string when the facilitator cancels.
    using FileChooser = std::function<QString(const QString& suggestedName, const QString& filter)>;
    void setFileChooser(FileChooser save, FileChooser open); // tests replace the dialogs
    // Asked to set up the printer (the system's print dialog); false when the facilitator cancels.
    using PrinterChooser = std::function<bool(QPrinter& printer)>;
    void setPrinterChooser(PrinterChooser choose) { m_choosePrinter = std::move(choose); }
    bool isExporting() const;

    // The share-out report, after the review of names: to a file (PDF, ODT, HTML, Markdown) or a printer.
    void exportReport();
    void printReport();
    // Failures are also shown in a message box unless this is off (tests listen to the signals instead).
    void setMessageBoxesShown(bool shown) { m_messageBoxes = shown; }
    // Import a bundle… goes through the window's importer (its questions, backup and undo step); without
    // one the button is off.
    void setImporter(BundleImporter* importer);

signals:
    void imported(ltw::Id learningTeamId);
    void importFailed(const QString& message);
    void exportFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class Export { Bundle, Picture };

    void onChange(const Change& change);
    void refreshPreview();
    bool m_previewStale = false; // changed while hidden: rebuilt when the workspace is shown
    void updateEnabled();
    void addLearning();
    void removeLearning();
    void exportAs(Export format);
    void openReportDialog(ReportExportDialog::Purpose purpose,
                          const std::function<void(const ReportExportDialog&)>& accepted);
    void startReportJob(ReportExportJob::Request request, const QString& shownTarget);
    void importFromFile();
    bool writeFile(const QString& path, const QByteArray& bytes, QString* error);
    void report(bool ok, const QString& title, const QString& message);
    QString defaultChooser(bool save, const QString& suggestedName, const QString& filter);
    QString suggestedName(const QString& extension) const;

    ChangeHub& m_hub;
    QPointer<LearningTeamDocument> m_document;
    QPointer<BundleImporter> m_importer;
    SharedLearningListModel* m_model;
    FileChooser m_chooseSave;
    FileChooser m_chooseOpen;
    PrinterChooser m_choosePrinter;
    ReportExportJob* m_job = nullptr;
    std::unique_ptr<QPrinter> m_printer; // kept while the job prints on it
    QPointer<QProgressDialog> m_progress;
    QString m_lastFolder;
    bool m_messageBoxes = true;

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
    QTimer* m_refresh = nullptr;
};

} // namespace ltw::gui
