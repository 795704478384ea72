// Everything that leaves the laptop from the window, in one place that the File menu and the Share page
// both use: the share-out report (to a file after the review of names, or to a printer), the Learning
// Team as a bundle, and the room's picture. Files are written atomically; a failure names the file and
// what to do, and leaves nothing behind.
#pragma once

#include "transfer/report_export_dialog.hpp"
#include "transfer/report_export_job.hpp"

#include "ltw/domain.hpp"
#include "ltw/room_picture.hpp"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QProgressDialog;
class QWidget;

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;

class ExportService final : public QObject {
    Q_OBJECT
public:
    // `window` parents the dialogs (the review, the progress, the file and print dialogs).
    ExportService(ChangeHub& hub, QWidget* window);
    ~ExportService() override; // cancels and waits for a report still being written

    // The Learning Team the exports are of; nullptr: none (every export does nothing).
    void setDocument(LearningTeamDocument* document);
    // Whether names go out, as offered in the review; the Share page's check box sets it.
    void setNamesIncluded(bool included) { m_withNames = included; }
    bool namesIncluded() const { return m_withNames; }
    // Which of Learn's pictures the room shows, so the exported picture is the one on the wall.
    void setRoomPicture(std::function<LearnPicture()> shown) { m_roomPicture = std::move(shown); }

    // Asked for the file to write; returns an empty string when the facilitator cancels.
    using FileChooser = std::function<QString(const QString& suggestedName, const QString& filter)>;
    void setFileChooser(FileChooser choose) { m_chooseSave = std::move(choose); }
    // Asked to set up the printer (the system's print dialog); false when the facilitator cancels.
    using PrinterChooser = std::function<bool(QPrinter& printer)>;
    void setPrinterChooser(PrinterChooser choose) { m_choosePrinter = std::move(choose); }
    // Failures are also shown in a message box unless this is off (tests listen to the signals instead).
    void setMessageBoxesShown(bool shown) { m_messageBoxes = shown; }

    bool isExporting() const { return m_busy; } // a report is being written or printed
    // A Learning Team is shown and no report is being written.
    bool canExport() const;
    // A file name for the Learning Team's exports: its title without names or listed terms, as a slug.
    QString suggestedName(const QString& extension) const;

    // The share-out report, after the review of names: to a file (PDF, ODT, HTML, Markdown) or a printer.
    void exportReport();
    void printReport();
    // The whole Learning Team for another facilitator, and the room's shared picture (never with names).
    void exportBundle();
    void exportPicture();

signals:
    // Just before anything is read for an export: editors save what is being typed.
    void aboutToExport();
    void canExportChanged(bool canExport);
    void exportFinished(bool ok, const QString& message);

private:
    enum class Kind { Bundle, Picture };
    void exportFile(Kind kind);
    void openReportDialog(ReportExportDialog::Purpose purpose,
                          const std::function<void(const ReportExportDialog&)>& accepted);
    void startReportJob(ReportExportJob::Request request, const QString& shownTarget);
    void finish(bool ok, const QString& message);
    QString chooseFile(const QString& extension, const QString& filter);
    QString defaultChooser(const QString& suggestedName, const QString& filter);

    ChangeHub& m_hub;
    QWidget* m_window;
    QPointer<LearningTeamDocument> m_document;
    bool m_withNames = false;
    std::function<LearnPicture()> m_roomPicture;
    FileChooser m_chooseSave;
    PrinterChooser m_choosePrinter;
    bool m_messageBoxes = true;
    QString m_lastFolder;
    ReportExportJob* m_job = nullptr;
    bool m_busy = false;
    std::unique_ptr<QPrinter> m_printer; // kept while the job prints on it
    QPointer<QProgressDialog> m_progress;
};

} // namespace ltw::gui
