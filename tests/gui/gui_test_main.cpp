// GoogleTest with a QApplication around it, on the offscreen platform unless told otherwise, and with
// settings kept away from the user's own.
#include "app/translations.hpp"

#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    if (!ltw::gui::installTranslations(app))
        return 1; // the catalogue is part of the build: the windows would say "1 note(s)"
    QApplication::setOrganizationName(QStringLiteral("learning-team-workbench-tests"));
    QApplication::setApplicationName(QStringLiteral("gui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
