#include "transfer/export_service.hpp"
#include "org/org_report.hpp"

#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "room/room_painter.hpp"

#include "ltw/bundle.hpp"
#include "ltw/report.hpp"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QWidget>

#include <map>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

// A file name from the title: lower case, letters and digits (any script), words joined by dashes.
QString slug(const QString& title) {
    QString out;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    out.truncate(60);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path); // written beside the target and renamed: never half a file
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

QString savedMessage(const QString& shown, bool withNames) {
    return withNames ? ExportService::tr("Saved %1, with participants' names.").arg(shown)
                     : ExportService::tr("Saved %1.").arg(shown);
}

QString notSavedMessage(const QString& shown, const QString& error) {
    return ExportService::tr("%1 could not be saved: %2\nNothing was written. Choose another folder, or check "
                             "that there is space on the disk, and try again.")
        .arg(shown, error);
}

} // namespace

ExportService::ExportService(ChangeHub& hub, QWidget* window) : QObject(window), m_hub(hub), m_window(window) {
    m_chooseSave = [this](const QString& name, const QString& filter) { return defaultChooser(name, filter); };
}

ExportService::~ExportService() {
    delete m_job; // cancels and waits, before the printer it may be using goes
}

void ExportService::setDocument(LearningTeamDocument* document) {
    m_document = document;
    emit canExportChanged(canExport());
}

bool ExportService::canExport() const { return m_document && !isExporting(); }

QString ExportService::suggestedName(const QString& extension) const {
    QString name;
    if (m_document)
        if (const auto lt = m_hub.repository().learningTeam(m_document->learningTeamId())) {
            // A file name travels with the file: no participant's name and no listed term in it.
            const Redactor redactor(m_hub.repository().participants(lt->id), lt->redactions);
            name = slug(QString::fromStdString(redactor.apply(lt->title)));
        }
    return (name.isEmpty() ? u"share-out"_s : name) + u'.' + extension;
}

QString ExportService::defaultChooser(const QString& suggestedName, const QString& filter) {
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(m_window, tr("Export"), QDir(m_lastFolder).filePath(suggestedName), filter);
}

// The chosen path, with the extension added when the facilitator typed none; empty when cancelled.
QString ExportService::chooseFile(const QString& extension, const QString& filter) {
    QString path = m_chooseSave ? m_chooseSave(suggestedName(extension), filter) : QString();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + extension;
    return path;
}

void ExportService::finish(bool ok, const QString& message) {
    if (!ok && m_messageBoxes)
        QMessageBox::warning(m_window, tr("The export did not work"), message);
    emit exportFinished(ok, message);
}

void ExportService::exportBundle() { exportFile(Kind::Bundle); }
void ExportService::exportPicture() { exportFile(Kind::Picture); }

void ExportService::exportFile(Kind kind) {
    if (!m_document)
        return;
    emit aboutToExport();                                   // what was just typed belongs in the file
    const bool names = m_withNames && kind == Kind::Bundle; // the room's picture never shows a name
    const QString path = kind == Kind::Bundle ? chooseFile(u"json"_s, tr("Workbench bundle (*.json)"))
                                              : chooseFile(u"png"_s, tr("Image (*.png)"));
    if (path.isEmpty() || !m_document)
        return; // cancelled, or the Learning Team went while the dialog was open
    const auto shown = QDir::toNativeSeparators(path);
    QString error;
    bool ok = false;
    try {
        const auto snapshot = m_hub.repository().snapshot(m_document->learningTeamId());
        const QByteArray bytes =
            kind == Kind::Bundle
                ? QByteArray::fromStdString(ltw::exportBundle(snapshot, BundleOptions{names, {}, {}}))
                : roomPicturePng(snapshot, QSize(1920, 1080), m_roomPicture ? m_roomPicture() : LearnPicture::Board);
        ok = writeFile(path, bytes, &error);
    } catch (const std::exception& e) { // storage or encoding trouble; a slot must not throw
        error = QString::fromUtf8(e.what());
    }
    if (ok)
        m_lastFolder = QFileInfo(path).absolutePath();
    finish(ok, ok ? savedMessage(shown, names) : notSavedMessage(shown, error));
}

// The report goes out through the review: the dialog says what will be replaced, then the file is
// chosen, then the work runs off the GUI thread with a progress dialog that can cancel it.
void ExportService::exportReport() {
    openReportDialog(ReportExportDialog::Purpose::Export, [this](const ReportExportDialog& dialog) {
        static const std::map<ReportFormat, std::pair<QString, const char*>> kFiles = {
            {ReportFormat::Pdf, {u"pdf"_s, QT_TR_NOOP("PDF document (*.pdf)")}},
            {ReportFormat::Odt, {u"odt"_s, QT_TR_NOOP("Word processor document (*.odt)")}},
            {ReportFormat::Html, {u"html"_s, QT_TR_NOOP("Web page (*.html)")}},
            {ReportFormat::Markdown, {u"md"_s, QT_TR_NOOP("Markdown (*.md)")}},
        };
        const auto& [extension, filter] = kFiles.at(dialog.format());
        const QString path = chooseFile(extension, tr(filter));
        if (path.isEmpty() || !m_document)
            return;
        ReportExportJob::Request request;
        request.snapshot = m_hub.repository().snapshot(m_document->learningTeamId());
        request.options = reportOptionsFor(m_hub.repository(), request.snapshot, dialog.withNames());
        request.format = dialog.format();
        request.paper = dialog.paper();
        request.path = path;
        startReportJob(std::move(request), QDir::toNativeSeparators(path));
    });
}

void ExportService::printReport() {
    openReportDialog(ReportExportDialog::Purpose::Print, [this](const ReportExportDialog& dialog) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(pageSizeOf(defaultPaperSize()));
        m_printer->setDocName(suggestedName(u"pdf"_s).chopped(4));
        const bool chosen = m_choosePrinter ? m_choosePrinter(*m_printer) : [this] {
            QPrintDialog printDialog(m_printer.get(), m_window);
            printDialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
            return printDialog.exec() == QDialog::Accepted;
        }();
        if (!chosen || !m_document) {
            m_printer.reset();
            return;
        }
        ReportExportJob::Request request;
        request.snapshot = m_hub.repository().snapshot(m_document->learningTeamId());
        request.options = reportOptionsFor(m_hub.repository(), request.snapshot, dialog.withNames());
        request.printer = m_printer.get();
        startReportJob(std::move(request), m_printer->printerName());
    });
}

// The review opens without blocking the window; `accepted` runs once it is accepted, if a Learning Team is
// still open.
void ExportService::openReportDialog(ReportExportDialog::Purpose purpose,
                                     const std::function<void(const ReportExportDialog&)>& accepted) {
    if (!m_document || isExporting())
        return;
    emit aboutToExport(); // what was just typed belongs in the report
    auto* dialog = new ReportExportDialog(m_hub.repository(), *m_document, purpose, m_withNames, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, accepted] {
        if (m_document)
            accepted(*dialog);
    });
    dialog->open();
}

void ExportService::startReportJob(ReportExportJob::Request request, const QString& shownTarget) {
    const bool printing = request.printer != nullptr;
    const bool names = request.options.withNames;
    const QString path = request.path;
    if (!m_job)
        m_job = new ReportExportJob(this);
    m_job->disconnect(this);
    m_progress =
        new QProgressDialog(printing ? tr("Printing the share-out report…") : tr("Writing the share-out report…"),
                            tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(u"reportProgress"_s);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ReportExportJob::cancel);
    connect(m_job, &ReportExportJob::progress, this, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("Page %1 of %2…").arg(done).arg(total));
    });
    connect(m_job, &ReportExportJob::finished, this,
            [this, printing, names, path, shownTarget](bool ok, bool cancelled, const QString& error) {
                if (m_progress)
                    m_progress->deleteLater();
                m_printer.reset();
                m_busy = false; // the job's thread may still be winding down; its work is done
                emit canExportChanged(canExport());
                if (cancelled) {
                    // Not a failure to warn about: the facilitator asked for it.
                    emit exportFinished(false, printing ? tr("Printing was cancelled.")
                                                        : tr("The export was cancelled; nothing was written."));
                    return;
                }
                if (ok && !printing)
                    m_lastFolder = QFileInfo(path).absolutePath();
                if (ok)
                    finish(true,
                           printing ? tr("Sent the report to %1.").arg(shownTarget) : savedMessage(shownTarget, names));
                else
                    finish(false, notSavedMessage(shownTarget, error));
            });
    m_job->start(std::move(request));
    m_busy = true;
    emit canExportChanged(canExport());
}

} // namespace ltw::gui
