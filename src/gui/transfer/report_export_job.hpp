// Writes the share-out report off the GUI thread, so that the window stays responsive while a long
// report is laid out page by page: it reports each page, stops between pages when cancelled, and writes
// the file beside its target and renames it only when whole, so a failure or a cancel leaves no half
// file in place of a good one.
#pragma once

#include "share/report_document.hpp"
#include "transfer/report_export_dialog.hpp"

#include "ltw/domain.hpp"
#include "ltw/report.hpp"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>

class QPrinter;
class QThread;

namespace ltw::gui {

class ReportExportJob final : public QObject {
    Q_OBJECT
public:
    struct Request {
        LearningTeamSnapshot snapshot;
        ReportOptions options;
        ReportFormat format = ReportFormat::Pdf;
        PaperSize paper = PaperSize::A4;
        QString path;                // the file to write, or
        QPrinter* printer = nullptr; // the printer to print on (owned by the caller, kept until finished)
    };

    explicit ReportExportJob(QObject* parent = nullptr);
    ~ReportExportJob() override; // cancels and waits for the work

    void start(Request request);
    void cancel() { m_cancel = true; }
    bool isRunning() const;

    // Runs the whole request on the calling thread: the worker's body, and the command line's.
    static void run(const Request& request, const PageProgress& progress, bool* cancelled, QString* error);

signals:
    void progress(int done, int total);
    void finished(bool ok, bool cancelled, const QString& error);

private:
    QPointer<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
};

} // namespace ltw::gui
