// The room view's tests run on two offscreen screens: a laptop and a projector, side by side.
#include "app/translations.hpp"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#ifndef LTW_TEST_LANGUAGE
#define LTW_TEST_LANGUAGE "en"
#endif

int main(int argc, char** argv) {
    const auto config =
        QDir::temp().filePath(QStringLiteral("ltw-two-screens-%1.json").arg(QCoreApplication::applicationPid()));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    ]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", (QStringLiteral("offscreen:configfile=") + config).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this process alone: ctest runs tests side by side, and a window saves its layout on close.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    // The language the assertions are written in, whatever the machine's own: English unless the
    // executable is one of the Spanish runs.
    if (!ltw::gui::installTranslations(app, QStringLiteral(LTW_TEST_LANGUAGE)))
        return 1; // the catalogue is part of the build: the windows would say "1 note(s)"
    QApplication::setOrganizationName(QStringLiteral("learning-team-workbench-tests"));
    QApplication::setApplicationName(QStringLiteral("room-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    QFile::remove(config);
    return result;
}
