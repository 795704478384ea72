// Pictures of each phase's workspace on the sample, as a facilitator sees them. The test checks that
// every workspace draws; with LTW_SCREENSHOT_DIR set it also saves the PNGs kept in docs/screenshots.
#include "app/main_window.hpp"
#include "phase/phase_stepper.hpp"
#include "share/share_workspace.hpp"
#include "transfer/import_decision_dialog.hpp"
#include "transfer/report_export_dialog.hpp"

#include "ltw/bundle.hpp"
#include "ltw/sample.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QApplication>
#include <QImage>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

// How many distinct colours a picture has: a blank or broken workspace has very few.
int colourCount(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

TEST(Screenshots, EveryPhaseWorkspaceDraws) {
    QSettings().clear(); // the layout of a first run, whatever the tests before left
    ltw::test::TempDir dir;
    SqliteRepository repo(dir / "sample.ltw");
    const auto sample = addSampleLearningTeam(repo);
    Session session(repo, SessionOptions{dir / "backups", 5});
    MainWindow window(repo);
    window.resize(1400, 860);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto out = qEnvironmentVariable("LTW_SCREENSHOT_DIR");
    // The sample ends in Share; step back one phase at a time, as a facilitator may.
    for (auto phase : {Phase::Share, Phase::Solve, Phase::Soak, Phase::Learn}) {
        if (repo.learningTeam(sample.id)->phase != phase) {
            ASSERT_TRUE(session.moveTo(sample.id, phase).moved);
        }
        QApplication::processEvents();
        EXPECT_EQ(window.findChild<PhaseStepper*>()->phase(), phase);
        const auto image = window.grab().toImage();
        EXPECT_GT(colourCount(image), 40) << toString(phase);
        if (!out.isEmpty())
            image.save(u"%1/workbench-%2.png"_s.arg(out, QString::fromUtf8(toString(phase))));
    }
}

// The review before the report leaves: the names found in the sample's text and what replaces them.
TEST(Screenshots, TheReportReviewDraws) {
    QSettings().clear();
    ltw::test::TempDir dir;
    SqliteRepository repo(dir / "sample.ltw");
    const auto sample = addSampleLearningTeam(repo);
    auto lt = *repo.learningTeam(sample.id);
    lt.redactions = {{"door 7", "a dock door"}};
    repo.updateLearningTeam(lt);
    MainWindow window(repo);
    window.resize(1400, 860);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* share = window.findChild<ShareWorkspace*>();
    ASSERT_TRUE(share);
    share->findChild<QPushButton*>(u"exportReportButton"_s)->click();
    ReportExportDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = window.findChild<ReportExportDialog*>();
            return dialog && dialog->isVisible();
        },
        2000));
    EXPECT_GT(dialog->findingCount(), 3);
    const auto image = dialog->grab().toImage();
    EXPECT_GT(colourCount(image), 20);
    const auto out = qEnvironmentVariable("LTW_SCREENSHOT_DIR");
    if (!out.isEmpty())
        image.save(u"%1/share-report-review.png"_s.arg(out));
    dialog->reject();
}

// The question when both sides changed a Learning Team: what each changed, three answers, and room for
// all of it on the laptop's screen.
TEST(Screenshots, TheImportQuestionFitsTheLaptop) {
    SqliteRepository home(":memory:");
    const auto sample = addSampleLearningTeam(home);
    SqliteRepository laptop(":memory:");
    const Id copy =
        importBundle(laptop, exportBundle(home.snapshot(sample.id)), ImportSource{"dock.json"}).learningTeamId;
    auto note = laptop.notes(copy).front();
    note.text += " We tried the door 5 printer first.";
    laptop.updateNote(note);
    auto action = laptop.actions(copy).front();
    action.status = ActionStatus::Done;
    laptop.updateAction(action);
    Note reflection;
    reflection.learningTeamId = sample.id;
    reflection.kind = NoteKind::Reflection;
    reflection.text = "A week on: the cage is full by three in the morning";
    home.addNote(reflection);
    home.removeAction(home.actions(sample.id).back().id);
    const auto plan = planImport(laptop, exportBundle(home.snapshot(sample.id)));
    ASSERT_EQ(plan.situation, ImportSituation::ChangedHere);
    const auto title = QString::fromStdString(sample.title);
    ImportDecisionDialog dialog(plan, title, QString::fromStdString(copyTitle(sample.title, plan.exportedBy, now())));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_LE(dialog.height(), 700) << "it fits a 1366×768 screen with its window frame";
    EXPECT_LE(dialog.width(), 1300);
    const auto image = dialog.grab().toImage();
    EXPECT_GT(colourCount(image), 20);
    const auto out = qEnvironmentVariable("LTW_SCREENSHOT_DIR");
    if (!out.isEmpty())
        image.save(u"%1/import-both-changed.png"_s.arg(out));
}

} // namespace
