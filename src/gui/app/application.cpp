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

int runWorkbench(int& argc, char** argv) {
    QApplication app(argc, argv);
    installTranslations(app);
    initResources();
    QApplication::setOrganizationName(u"learning-team-workbench"_s);
    QApplication::setApplicationName(u"Learning Team Workbench"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QApplication::setDesktopFileName(u"learning-team-workbench"_s);
    QApplication::setWindowIcon(QIcon(u":/ltw/icon.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A workbench for the facilitator of a Learning Team."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(u"db"_s, QApplication::translate("main", "The database file to open."),
                                QApplication::translate("main", "path"));
    parser.addOption(dbOption);
    parser.process(app);

    initLogging(dataDir());
    const std::filesystem::path db =
        parser.isSet(dbOption) ? std::filesystem::path(parser.value(dbOption).toStdString()) : defaultDatabasePath();

    const DatabaseLock lock(QString::fromStdString(db.string()));
    if (!lock.acquired()) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "The database is already open"), lock.problem());
        return 2;
    }
    std::unique_ptr<SqliteRepository> repo;
    try {
        repo = std::make_unique<SqliteRepository>(db);
    } catch (const Error& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "The database cannot be opened"),
                              QString::fromUtf8(e.what()));
        return 2;
    }
    MainWindow window(*repo);
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
    }
    return app;
}

} // namespace

std::string roomPngForCommandLine(const LearningTeamSnapshot& snapshot, int width, int height) {
    const auto app = guiForCommandLine();
    return roomPicturePng(snapshot, QSize(width, height)).toStdString();
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
