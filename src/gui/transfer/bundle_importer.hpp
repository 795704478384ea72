// Brings a bundle from another facilitator in, from the File menu or the Share page: reads the file, asks
// the facilitator when the bundle's Learning Team is here already (ImportDecisionDialog), backs the
// database up before anything is replaced, and makes the import one step of the library's undo history.
#pragma once

#include "ltw/domain.hpp"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace ltw {
class SqliteRepository;
}

namespace ltw::gui {

class TeamsDocument;

class BundleImporter final : public QObject {
    Q_OBJECT
public:
    // `library` makes each import one step of its history; `window` parents the dialogs.
    BundleImporter(SqliteRepository& repo, TeamsDocument& teams, QWidget* window);

    // Asks for a bundle file (tests answer instead of the dialog), then imports it.
    using FileChooser = std::function<QString(const QString& folder)>;
    void setFileChooser(FileChooser choose) { m_choose = std::move(choose); }
    void chooseAndImport();
    void importFile(const QString& path);

    // Failures are also shown in a message box unless this is off (tests listen to `failed` instead).
    void setMessageBoxesShown(bool shown) { m_messageBoxes = shown; }

signals:
    // A Learning Team was imported, updated in place or copied; `message` says which, for a status line.
    void imported(ltw::Id learningTeamId, const QString& message);
    // Nothing was written: the bundle was up to date or the facilitator chose to keep what is here.
    void unchanged(const QString& message);
    void failed(const QString& message);

private:
    void fail(const QString& message);

    SqliteRepository& m_repo;
    TeamsDocument& m_teamsDoc;
    QWidget* m_window;
    FileChooser m_choose;
    QString m_lastFolder;
    bool m_messageBoxes = true;
};

} // namespace ltw::gui
