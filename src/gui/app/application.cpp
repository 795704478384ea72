#include "app/application.hpp"
#include "app/translations.hpp"

#include "app/database_lock.hpp"
#include "app/main_window.hpp"
#include "room/room_painter.hpp"
#include "share/report_document.hpp"

#include "ltw/errors.hpp"
#include "ltw/logging.hpp"
#include "ltw/paths.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

// Resources compiled into a static library must be registered by name, outside any namespace.
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace ltw::gui {
namespace {

// Where the settings are kept depends on these names; the verbs read the language from there too.
void nameTheApplication() {
    QCoreApplication::setOrganizationName(u"learning-team-workbench"_s);
    QCoreApplication::setApplicationName(u"Learning Team Workbench"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
}

} // namespace

void prepareCommandLine() {
    initResources();
    nameTheApplication();
    installCommandLineTranslations();
}

int runWorkbench(int& argc, char** argv) {
    QApplication app(argc, argv);
    initResources();
    nameTheApplication();
    installTranslations(app); // the settings may choose the language: after the names that find them
    QApplication::setDesktopFileName(u"org.learningteamworkbench.LearningTeamWorkbench"_s);
    QApplication::setWindowIcon(QIcon(u":/ltw/icon.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A workbench for the facilitator of a Learning Team."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(u"db"_s, QApplication::translate("main", "The database file to open."),
                                QApplication::translate("main", "path"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "A database file to open, as --db does."),
                                 u"[file]"_s);
    parser.process(app);

    initLogging(dataDir());
    const QStringList files = parser.positionalArguments();
    const std::filesystem::path db = parser.isSet(dbOption)
                                         ? std::filesystem::path(parser.value(dbOption).toStdString())
                                     : !files.isEmpty() ? std::filesystem::path(files.front().toStdString())
                                                        : defaultDatabasePath();

    const DatabaseLock lock(QString::fromStdString(db.string()));
    if (!lock.acquired() && !lock.cannotWrite()) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "The database is already open"), lock.problem());
        return 2;
    }
    // Where nothing can be written (a full disk, a read-only folder) the work can still be read, searched
    // and exported: the database opens read-only, and the window says so for as long as it is open.
    const bool readOnly = lock.cannotWrite();
    std::unique_ptr<SqliteRepository> repo;
    try {
        repo = std::make_unique<SqliteRepository>(db, readOnly ? Database::OpenMode::ReadOnly
                                                               : Database::OpenMode::ReadWrite);
    } catch (const Error& e) {
        const auto why = QString::fromUtf8(e.what());
        QMessageBox::critical(nullptr, QApplication::translate("main", "The database cannot be opened"),
                              readOnly ? lock.problem() + u"\n\n"_s + why : why);
        return 2;
    }
    if (readOnly)
        QMessageBox::warning(nullptr, QApplication::translate("main", "The database opens read-only"),
                             lock.problem() + u"\n\n"_s +
                                 QApplication::translate("main", "The workbench opens it read-only: you can read, "
                                                                 "search and export your work, but no change can "
                                                                 "be kept until this is put right."));
    MainWindow window(*repo);
    if (readOnly)
        window.setReadOnlyReason(lock.problem());
    window.show();
    return app.exec();
}

namespace {

// Drawing for a verb needs an application object but no display.
std::unique_ptr<QGuiApplication> guiForCommandLine() {
    std::unique_ptr<QGuiApplication> app;
    if (!QCoreApplication::instance()) {
        // No window is shown: the offscreen platform needs no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "ltw";
        static char* argv[] = {name, nullptr};
        // A verb prints one line when something is wrong; Qt's notes about the desktop are not for it.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                fprintf(stderr, "%s\n", qPrintable(message));
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
        installTranslations(*app); // the pages' own words ("Page 1 of 3") in the verbs' language too
    }
    return app;
}

} // namespace

std::string roomPngForCommandLine(const LearningTeamSnapshot& snapshot, int width, int height, LearnPicture picture) {
    const auto app = guiForCommandLine();
    return roomPicturePng(snapshot, QSize(width, height), picture).toStdString();
}

std::string reportPdfForCommandLine(const PrintableReport& report, bool letter) {
    const auto app = guiForCommandLine();
    return reportPdf(report, letter ? PaperSize::Letter : PaperSize::A4).toStdString();
}

std::string reportOdtForCommandLine(const PrintableReport& report) {
    const auto app = guiForCommandLine();
    return reportOdt(report).toStdString();
}

} // namespace ltw::gui
