// The ways out of the Share workspace and in: the report and the bundle written to files, a bundle read
// from another facilitator. Files are written atomically; every failure says what to do and keeps nothing.
#include "share/share_workspace.hpp"

#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "room/room_painter.hpp"
#include "share/learning_editor.hpp"
#include "share/report_export_dialog.hpp"
#include "transfer/bundle_importer.hpp"

#include "ltw/bundle.hpp"
#include "ltw/errors.hpp"
#include "ltw/report.hpp"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

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

} // namespace

QString ShareWorkspace::suggestedName(const QString& extension) const {
    QString name;
    if (m_document)
        if (const auto lt = m_hub.repository().learningTeam(m_document->learningTeamId())) {
            // A file name travels with the file: no participant's name and no listed term in it.
            const Redactor redactor(m_hub.repository().participants(lt->id), lt->redactions);
            name = slug(QString::fromStdString(redactor.apply(lt->title)));
        }
    return (name.isEmpty() ? u"share-out"_s : name) + u'.' + extension;
}

QString ShareWorkspace::defaultChooser(bool save, const QString& suggestedName, const QString& filter) {
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (save)
        return QFileDialog::getSaveFileName(this, tr("Export"), QDir(m_lastFolder).filePath(suggestedName), filter);
    return QFileDialog::getOpenFileName(this, tr("Import a bundle"), m_lastFolder, filter);
}

bool ShareWorkspace::writeFile(const QString& path, const QByteArray& bytes, QString* error) {
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

void ShareWorkspace::exportAs(Export format) {
    if (!m_document)
        return;
    m_editor->commit(); // what was just typed belongs in the file
    const bool names = m_includeNames->isChecked();
    QString extension;
    QString filter;
    switch (format) {
    case Export::Bundle:
        extension = u"json"_s;
        filter = tr("Workbench bundle (*.json)");
        break;
    case Export::Picture:
        extension = u"png"_s;
        filter = tr("Image (*.png)");
        break;
    }
    QString path = m_chooseSave ? m_chooseSave(suggestedName(extension), filter) : QString();
    if (path.isEmpty())
        return; // cancelled
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + extension;
    const auto shown = QDir::toNativeSeparators(path);

    std::string text;
    QString error;
    bool ok = false;
    try {
        const auto snapshot = m_hub.repository().snapshot(m_document->learningTeamId());
        QByteArray bytes;
        switch (format) {
        case Export::Bundle: text = exportBundle(snapshot, BundleOptions{names, {}, {}}); break;
        case Export::Picture: bytes = roomPicturePng(snapshot, QSize(1920, 1080)); break; // never with names
        }
        if (format != Export::Picture)
            bytes = QByteArray::fromStdString(text);
        ok = writeFile(path, bytes, &error);
    } catch (const std::exception& e) { // storage or encoding trouble; a slot must not throw
        error = QString::fromUtf8(e.what());
    }
    QString message;
    if (ok) {
        m_lastFolder = QFileInfo(path).absolutePath();
        message = names ? tr("Saved %1, with participants' names.").arg(shown) : tr("Saved %1.").arg(shown);
    } else {
        message = tr("%1 could not be saved: %2\nNothing was written. Choose another folder, or check that "
                     "there is space on the disk, and try again.")
                      .arg(shown, error);
    }
    report(ok, tr("The export did not work"), message);
    emit exportFinished(ok, message);
}

ShareWorkspace::~ShareWorkspace() {
    delete m_job; // cancels and waits, before the printer it may be using goes
}

bool ShareWorkspace::isExporting() const { return m_job && m_job->isRunning(); }

// The report goes out through the review: the dialog says what will be replaced, then the file is
// chosen, then the work runs off the GUI thread with a progress dialog that can cancel it.
void ShareWorkspace::exportReport() {
    openReportDialog(ReportExportDialog::Purpose::Export, [this](const ReportExportDialog& dialog) {
        static const std::map<ReportFormat, std::pair<QString, const char*>> kFiles = {
            {ReportFormat::Pdf, {u"pdf"_s, QT_TR_NOOP("PDF document (*.pdf)")}},
            {ReportFormat::Odt, {u"odt"_s, QT_TR_NOOP("Word processor document (*.odt)")}},
            {ReportFormat::Html, {u"html"_s, QT_TR_NOOP("Web page (*.html)")}},
            {ReportFormat::Markdown, {u"md"_s, QT_TR_NOOP("Markdown (*.md)")}},
        };
        const auto& [extension, filter] = kFiles.at(dialog.format());
        QString path = m_chooseSave ? m_chooseSave(suggestedName(extension), tr(filter)) : QString();
        if (path.isEmpty())
            return; // cancelled
        if (QFileInfo(path).suffix().isEmpty())
            path += u'.' + extension;
        ReportExportJob::Request request;
        request.snapshot = m_hub.repository().snapshot(m_document->learningTeamId());
        request.options = ReportOptions{dialog.withNames()};
        request.format = dialog.format();
        request.paper = dialog.paper();
        request.path = path;
        startReportJob(std::move(request), QDir::toNativeSeparators(path));
    });
}

void ShareWorkspace::printReport() {
    openReportDialog(ReportExportDialog::Purpose::Print, [this](const ReportExportDialog& dialog) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(pageSizeOf(defaultPaperSize()));
        m_printer->setDocName(suggestedName(u"pdf"_s).chopped(4));
        const bool chosen = m_choosePrinter ? m_choosePrinter(*m_printer) : [this] {
            QPrintDialog printDialog(m_printer.get(), this);
            printDialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
            return printDialog.exec() == QDialog::Accepted;
        }();
        if (!chosen)
            return;
        ReportExportJob::Request request;
        request.snapshot = m_hub.repository().snapshot(m_document->learningTeamId());
        request.options = ReportOptions{dialog.withNames()};
        request.printer = m_printer.get();
        startReportJob(std::move(request), m_printer->printerName());
    });
}

// The review opens without blocking the window; `accepted` runs once it is accepted, if a Learning Team is
// still open.
void ShareWorkspace::openReportDialog(ReportExportDialog::Purpose purpose,
                                      const std::function<void(const ReportExportDialog&)>& accepted) {
    if (!m_document || isExporting())
        return;
    m_editor->commit(); // what was just typed belongs in the report
    auto* dialog = new ReportExportDialog(m_hub.repository(), *m_document, purpose, m_includeNames->isChecked(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, accepted] {
        if (m_document)
            accepted(*dialog);
    });
    dialog->open();
}

void ShareWorkspace::startReportJob(ReportExportJob::Request request, const QString& shownTarget) {
    const bool printing = request.printer != nullptr;
    const bool names = request.options.withNames;
    const QString path = request.path;
    if (!m_job)
        m_job = new ReportExportJob(this);
    m_job->disconnect(this);
    m_progress =
        new QProgressDialog(printing ? tr("Printing the share-out report…") : tr("Writing the share-out report…"),
                            tr("Cancel"), 0, 0, this);
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
                updateEnabled();
                QString message;
                if (cancelled) {
                    message =
                        printing ? tr("Printing was cancelled.") : tr("The export was cancelled; nothing was written.");
                    ok = false;
                } else if (ok) {
                    m_lastFolder = printing ? m_lastFolder : QFileInfo(path).absolutePath();
                    message = printing ? tr("Sent the report to %1.").arg(shownTarget)
                                       : (names ? tr("Saved %1, with participants' names.").arg(shownTarget)
                                                : tr("Saved %1.").arg(shownTarget));
                } else {
                    message = tr("%1 could not be saved: %2\nNothing was written. Choose another folder, or check "
                                 "that there is space on the disk, and try again.")
                                  .arg(shownTarget, error);
                }
                report(ok || cancelled, tr("The export did not work"), message);
                emit exportFinished(ok, message);
            });
    m_job->start(std::move(request));
    updateEnabled();
}

void ShareWorkspace::setImporter(BundleImporter* importer) {
    if (m_importer)
        m_importer->disconnect(this);
    m_importer = importer;
    m_import->setEnabled(importer != nullptr);
    if (!importer)
        return;
    connect(importer, &BundleImporter::imported, this, [this](Id id, const QString& message) {
        report(true, {}, message);
        emit imported(id);
    });
    connect(importer, &BundleImporter::unchanged, this, [this](const QString& message) { report(true, {}, message); });
    connect(importer, &BundleImporter::failed, this, [this](const QString& message) {
        m_status->setText(message); // the importer has shown it already
        m_status->setStyleSheet(u"QLabel { color: #8a1f1f; }"_s);
        emit importFailed(message);
    });
}

void ShareWorkspace::importFromFile() {
    if (!m_importer)
        return;
    const QString path =
        m_chooseOpen ? m_chooseOpen(QString(), tr("Workbench bundle (*.json);;All files (*)")) : QString();
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    m_importer->importFile(path);
}

void ShareWorkspace::report(bool ok, const QString& title, const QString& message) {
    m_status->setText(message);
    m_status->setStyleSheet(ok ? QString() : u"QLabel { color: #8a1f1f; }"_s);
    if (!ok && m_messageBoxes)
        QMessageBox::warning(this, title, message);
}

} // namespace ltw::gui
