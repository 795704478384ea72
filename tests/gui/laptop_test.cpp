// The workbench on the laptop facilitators bring: a 1366×768 screen (beside a projector, as in the room).
#include "app/main_window.hpp"

#include "ltw/sqlite_repository.hpp"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

QScreen* laptop() {
    for (auto* s : QGuiApplication::screens())
        if (s->name() == u"laptop"_s)
            return s;
    return nullptr;
}

TEST(Laptop, TheWindowNeverOpensLargerThanTheScreen) {
    QSettings().clear();
    ASSERT_TRUE(laptop());
    SqliteRepository repo{":memory:"};
    MainWindow window(repo);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(laptop()->availableGeometry().contains(window.frameGeometry()))
        << window.frameGeometry().width() << "×" << window.frameGeometry().height();
    EXPECT_GE(window.width(), 1300) << "and it uses the screen";
}

TEST(Laptop, ASizeRememberedOnABiggerScreenComesBackOnlyWhereItFits) {
    QSettings().clear();
    SqliteRepository repo{":memory:"};
    {
        MainWindow office(repo); // the office's big monitor, gone today
        office.setGeometry(0, 0, 2500, 1400);
        office.show();
        QApplication::processEvents();
        office.close();
    }
    MainWindow window(repo);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    bool fits = false;
    for (auto* s : QGuiApplication::screens())
        fits = fits || s->availableGeometry().contains(window.frameGeometry());
    EXPECT_TRUE(fits) << window.frameGeometry().width() << "×" << window.frameGeometry().height();

    // A size that fits the screens of today is kept as it was left.
    window.setWindowState(Qt::WindowNoState);
    window.setGeometry(40, 40, 1200, 700);
    QApplication::processEvents();
    const QRect left = window.geometry();
    window.close();
    MainWindow again(repo);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.geometry(), left);
}

} // namespace
