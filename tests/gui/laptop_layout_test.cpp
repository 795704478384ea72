// Every workspace on a 1366×768 laptop (the laptop screen of the two-screen offscreen configuration), as a facilitator
// sees it: no field narrower than what it must show, the columns that matter in view, nothing outside the window.
#include "app/main_window.hpp"

#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

std::string nameOf(const QWidget* w) {
    return (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName())
        .toStdString();
}

bool scrolledContent(const QWidget* w) {
    for (auto* p = w->parentWidget(); p; p = p->parentWidget())
        if (p->objectName() == u"qt_scrollarea_viewport"_s)
            return true;
    return false;
}

class LaptopLayoutTest : public ::testing::TestWithParam<Phase> {
protected:
    SqliteRepository repo{":memory:"};
    std::unique_ptr<MainWindow> window;

    void SetUp() override {
        auto lt = addSampleLearningTeam(repo);
        lt.phase = GetParam();
        repo.updateLearningTeam(lt);
        QSettings().clear();
        window = std::make_unique<MainWindow>(repo); // on the laptop's 1366×768 screen, which it takes
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->showLearningTeam(lt.id);
        QApplication::processEvents();
    }

    // The visible widgets of the window, page by page where a workspace has pages.
    template <class T>
    QList<T*> visible() {
        QList<T*> out;
        for (auto* w : window->findChildren<T*>())
            if (w->isVisible() && w->window() == window.get())
                out << w;
        return out;
    }

    void checkWhatIsShown(const std::string& where) {
        const QRect inside = window->rect();
        for (auto* w : visible<QWidget>()) {
            const QRect r(w->mapTo(window.get(), QPoint(0, 0)), w->size());
            if (w->visibleRegion().isEmpty() || scrolledContent(w))
                continue; // behind another tab, or content that a scroll area moves by design
            EXPECT_TRUE(inside.contains(r)) << where << ": " << nameOf(w) << " is outside the window";
        }
        for (auto* edit : visible<QLineEdit>()) {
            if (qobject_cast<QComboBox*>(edit->parentWidget()) ||
                qobject_cast<QAbstractItemView*>(edit->parentWidget()))
                continue; // a combo's own line, or an editor inside a view
            const int placeholder = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            EXPECT_GE(edit->width(), std::min(placeholder + 12, 600))
                << where << ": " << nameOf(edit) << " cuts its hint “" << edit->placeholderText().toStdString() << "”";
            EXPECT_GE(edit->width(), edit->minimumSizeHint().width() * 3) << where << ": " << nameOf(edit);
        }
        for (auto* combo : visible<QComboBox>())
            EXPECT_GE(combo->width(), combo->minimumSizeHint().width()) << where << ": " << nameOf(combo);
        for (auto* view : visible<QAbstractItemView>()) {
            if (view->objectName().isEmpty() || qobject_cast<QTableView*>(view))
                continue;
            EXPECT_FALSE(view->horizontalScrollBar()->isVisible())
                << where << ": " << nameOf(view) << " scrolls sideways";
        }
    }
};

TEST_P(LaptopLayoutTest, EveryPageFitsTheLaptop) {
    const std::string where = std::string(label(GetParam()));
    EXPECT_LE(window->minimumSizeHint().width(), 1366) << where;
    EXPECT_LE(window->minimumSizeHint().height(), 768) << where;
    EXPECT_LE(window->frameGeometry().width(), 1366) << where;
    checkWhatIsShown(where);
    // A workspace with pages: each one, as the facilitator turns to it.
    for (auto* pages : visible<QTabWidget>()) {
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QApplication::processEvents();
            checkWhatIsShown(where + ", " + pages->tabText(i).remove(u'&').toStdString());
        }
        pages->setCurrentIndex(0);
    }
}

INSTANTIATE_TEST_SUITE_P(Phases, LaptopLayoutTest,
                         ::testing::Values(Phase::Learn, Phase::Soak, Phase::Solve, Phase::Share),
                         [](const auto& info) { return std::string(label(info.param)); });

// Solve's actions: what will change, who, by when and how far along are in view without scrolling sideways.
TEST(LaptopLayout, SolveShowsTheActionsKeyColumns) {
    SqliteRepository repo{":memory:"};
    auto lt = addSampleLearningTeam(repo);
    lt.phase = Phase::Solve;
    repo.updateLearningTeam(lt);
    QSettings().clear();
    MainWindow window(repo);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QTabWidget*>(u"solvePages"_s)->setCurrentIndex(1);
    QApplication::processEvents();
    auto* table = window.findChild<QTableView*>(u"actionTable"_s);
    ASSERT_TRUE(table && table->isVisible());
    for (int column = 0; column < 5; ++column) { // title, owner, due, status, how we'll know
        if (table->isColumnHidden(column))
            continue;
        const int right = table->columnViewportPosition(column) + table->columnWidth(column);
        EXPECT_LE(right, table->viewport()->width())
            << table->model()->headerData(column, Qt::Horizontal).toString().toStdString() << " is off to the right";
    }
    int whole = 0; // rows seen from top to bottom
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->viewport()->rect().contains(table->visualRect(table->model()->index(row, 0))))
            ++whole;
    EXPECT_GE(whole, std::min(6, table->model()->rowCount())) << "the sample's six actions in view";
}

} // namespace

namespace {

// The timeline of the sample's near miss on the laptop: time, gap and what happened in view without
// scrolling sideways, and a good run of moments seen at once.
TEST(LaptopLayout, TheTimelineShowsTimeGapAndWhatHappened) {
    SqliteRepository repo{":memory:"};
    auto lt = addSampleLearningTeam(repo);
    lt.phase = Phase::Learn;
    repo.updateLearningTeam(lt);
    QSettings().clear();
    MainWindow window(repo);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showLearningTeam(lt.id);
    QApplication::processEvents();
    auto* table = window.findChild<QTableView*>(u"timelineTable"_s);
    ASSERT_TRUE(table && table->isVisible()) << "an event opens on its timeline";
    for (int column = 0; column < 3; ++column) { // time, gap, what happened
        const int right = table->columnViewportPosition(column) + table->columnWidth(column);
        EXPECT_LE(right, table->viewport()->width())
            << table->model()->headerData(column, Qt::Horizontal).toString().toStdString() << " is off to the right";
    }
    EXPECT_GE(table->columnWidth(2), 220) << "what happened has room to be read";
    int whole = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->viewport()->rect().contains(table->visualRect(table->model()->index(row, 2))))
            ++whole;
    EXPECT_GE(whole, 5) << "a good part of the night in view";
}

} // namespace
