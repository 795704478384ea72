#include "transfer/report_export_job.hpp"

#include <QPrinter>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ltw::gui {

ReportExportJob::ReportExportJob(QObject* parent) : QObject(parent) {}

ReportExportJob::~ReportExportJob() {
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool ReportExportJob::isRunning() const { return m_thread && m_thread->isRunning(); }

void ReportExportJob::run(const Request& request, const PageProgress& progress, bool* cancelled, QString* error) {
    *cancelled = false;
    if (request.printer) {
        ReportDocument document(reportPrintable(request.snapshot, request.options));
        *cancelled = !document.print(*request.printer, progress);
        return;
    }
    QByteArray bytes;
    switch (request.format) {
    case ReportFormat::Pdf:
        bytes = reportPdf(reportPrintable(request.snapshot, request.options), request.paper, progress);
        *cancelled = bytes.isEmpty();
        break;
    case ReportFormat::Odt:
        bytes = reportOdt(reportPrintable(request.snapshot, request.options, PrintStyle::Editable));
        break;
    case ReportFormat::Html: bytes = QByteArray::fromStdString(reportHtml(request.snapshot, request.options)); break;
    case ReportFormat::Markdown:
        bytes = QByteArray::fromStdString(reportMarkdown(request.snapshot, request.options));
        break;
    }
    if (*cancelled)
        return;
    if (progress && !progress(1, 1)) {
        *cancelled = true;
        return;
    }
    QSaveFile file(request.path); // written beside the target and renamed: never half a file
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        file.cancelWriting();
    }
}

void ReportExportJob::start(Request request) {
    m_cancel = false;
    m_thread = QThread::create([this, request = std::move(request)] {
        bool cancelled = false;
        QString error;
        try {
            run(
                request,
                [this](int done, int total) {
                    emit progress(done, total);
                    return !m_cancel.load();
                },
                &cancelled, &error);
        } catch (const std::exception& e) { // nothing may escape a thread
            error = QString::fromUtf8(e.what());
        }
        emit finished(error.isEmpty() && !cancelled, cancelled, error);
    });
    m_thread->setObjectName(u"report export"_s);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

} // namespace ltw::gui
