#include "transfer/bundle_importer.hpp"

#include "document/teams_document.hpp"
#include "transfer/import_decision_dialog.hpp"

#include "ltw/backup.hpp"
#include "ltw/bundle.hpp"
#include "ltw/errors.hpp"
#include "ltw/sqlite_repository.hpp"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ltw::gui {

BundleImporter::BundleImporter(SqliteRepository& repo, TeamsDocument& teams, QWidget* window)
    : QObject(window), m_repo(repo), m_teamsDoc(teams), m_window(window) {}

void BundleImporter::chooseAndImport() {
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_choose ? m_choose(m_lastFolder)
                                  : QFileDialog::getOpenFileName(m_window, tr("Import a bundle"), m_lastFolder,
                                                                 tr("Workbench bundle (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void BundleImporter::importFile(const QString& path) {
    const auto shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("%1 could not be read: %2").arg(shown, file.errorString()));
        return;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    const QByteArray bytes = file.readAll();
    const std::string text(bytes.constData(), std::size_t(bytes.size()));
    ImportPlan plan;
    try {
        plan = planImport(m_repo, text);
    } catch (const std::exception& e) { // BundleError says what is wrong and where
        fail(tr("Nothing was imported from %1.\n%2").arg(shown, QString::fromUtf8(e.what())));
        return;
    }

    ImportOptions options;
    options.source = ImportSource{QFileInfo(path).fileName().toStdString()};
    const auto here = m_repo.learningTeam(plan.existingId);
    const auto hereTitle = QString::fromStdString(here ? here->title : plan.title);
    Id replacing = 0;
    if (plan.situation == ImportSituation::Newer) {
        replacing = plan.existingId;
    } else if (plan.situation != ImportSituation::New) {
        const auto copyName = QString::fromStdString(copyTitle(plan.title, plan.exportedBy, now()));
        ImportDecisionDialog dialog(plan, hereTitle, copyName, m_window);
        dialog.exec();
        switch (dialog.decision()) {
        case ImportDecisionDialog::Decision::Nothing:
            emit unchanged(plan.situation == ImportSituation::UpToDate
                               ? tr("“%1” is already up to date; nothing was changed.").arg(hereTitle)
                               : tr("Nothing was imported from %1.").arg(shown));
            return;
        case ImportDecisionDialog::Decision::AsCopy: options.choice = ImportChoice::AsCopy; break;
        case ImportDecisionDialog::Decision::TakeTheirs:
            options.choice = ImportChoice::Replace;
            replacing = plan.existingId;
            break;
        }
    }

    std::optional<std::filesystem::path> backup;
    options.beforeReplace = [this, &backup](Id id) {
        backup = backupDatabase(m_repo.database(), "lt" + std::to_string(id) + "-before-import");
    };
    QString failure;
    const QString title = QString::fromStdString(plan.title);
    const QString stepText = options.choice == ImportChoice::AsCopy ? tr("Import a copy of “%1”").arg(title)
                             : replacing                            ? tr("Update “%1” from a bundle").arg(hereTitle)
                                                                    : tr("Import “%1”").arg(title);
    const auto done = m_teamsDoc.importBundle(text, std::move(options), replacing, stepText, &failure);
    if (!done) {
        fail(tr("Nothing was imported from %1.\n%2").arg(shown, failure));
        return;
    }
    const auto& result = *done;
    const auto lt = m_repo.learningTeam(result.learningTeamId);
    const auto stored = QString::fromStdString(lt ? lt->title : std::string());
    QString message;
    switch (result.outcome) {
    case ImportOutcome::Imported: message = tr("Imported “%1” from %2.").arg(stored, shown); break;
    case ImportOutcome::Copied: message = tr("Imported %1 as a separate copy, “%2”.").arg(shown, stored); break;
    case ImportOutcome::Updated:
        message = tr("Updated “%1” from %2: it now holds what the bundle holds, and your facilitator-only notes, "
                     "names and redaction list.")
                      .arg(stored, shown);
        if (backup)
            message +=
                u' ' + tr("The database as it was is saved in %1.")
                           .arg(QDir::toNativeSeparators(QString::fromStdString(backup->parent_path().string())));
        break;
    case ImportOutcome::UpToDate:
        emit unchanged(tr("“%1” is already up to date; nothing was changed.").arg(stored));
        return;
    }
    emit imported(result.learningTeamId, message);
}

void BundleImporter::fail(const QString& message) {
    if (m_messageBoxes)
        QMessageBox::warning(m_window, tr("Nothing was imported"), message);
    emit failed(message);
}

} // namespace ltw::gui
