// GoogleTest with a QApplication around it, on the offscreen platform unless told otherwise, and with
// settings kept away from the user's own.
#include "app/translations.hpp"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#ifndef LTW_TEST_LANGUAGE
#define LTW_TEST_LANGUAGE "en"
#endif

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    QApplication::setApplicationName(QStringLiteral("gui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
