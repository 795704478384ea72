// The organisation library in the window, as a facilitator meets it: publishing from Share, the sync on
// its own thread (the window keeps taking keys while a silent server is given up on), the status bar, and
// the Library's Organisation page with "Does this apply to us?".
#include "app/main_window.hpp"
#include "inspector/note_inspector.hpp"
#include "org/org_library_pane.hpp"
#include "org/org_publish.hpp"
#include "org/org_sync_service.hpp"
#include "search/library_view.hpp"
#include "share/share_workspace.hpp"

#include "ltw/org/pg_org_server.hpp"
#include "ltw/sample.hpp"
#include "org_support.hpp"
#include "silent_server.hpp"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

#include <mutex>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

// The fake server lives with the test; each sync gets a handle to it (the sync runs on its own thread,
// and the test reads what was delivered only once the sync is over).
struct SharedServer : org::OrgServer {
    std::shared_ptr<ltw::test::FakeOrgServer> fake;
    explicit SharedServer(std::shared_ptr<ltw::test::FakeOrgServer> f) : fake(std::move(f)) {}
    org::Identity identity() override { return fake->identity(); }
    void deliver(const org::OutboxItem& item) override { fake->deliver(item); }
    std::vector<org::PulledRow> pull(std::int64_t after, int limit) override { return fake->pull(after, limit); }
    void cancel() override {}
};

class OrgWindowTest : public ::testing::Test {
protected:
    ltw::test::TempDir dir;
    SqliteRepository repo{dir / "laptop.ltw"};
    std::shared_ptr<ltw::test::FakeOrgServer> server = std::make_shared<ltw::test::FakeOrgServer>();
    std::unique_ptr<MainWindow> window;
    Id sample = 0;

    void SetUp() override {
        sample = addSampleLearningTeam(repo).id;
        window = std::make_unique<MainWindow>(repo);
        org().setServerFactory([this](const std::string&) { return std::make_unique<SharedServer>(server); });
        window->resize(1366, 740);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->showLearningTeam(sample);
    }
    OrgSyncService& org() { return *window->organisation(); }
    void waitForSync() {
        EXPECT_TRUE(QTest::qWaitFor([this] { return !org().busy(); }, 10000));
    }
    QString statusLine() const { return window->findChild<QLabel*>(u"orgStatusLabel"_s)->text(); }
    OrgPublishBar* bar() const { return window->findChild<OrgPublishBar*>(); }

    // Runs `answer` on the dialog named `name` once it is open, from inside its own event loop.
    void whenDialog(const QString& name, std::function<void(QDialog*)> answer) {
        auto* poll = new QTimer(window.get());
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, poll, [name, answer, poll, ticks = 0]() mutable {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != name) {
                if (++ticks > 500)
                    poll->deleteLater();
                return;
            }
            poll->deleteLater();
            answer(dialog);
        });
        poll->start();
    }
};

TEST_F(OrgWindowTest, PublishingFromShareGoesToTheOutboxAndIsDeliveredBesideTheWindow) {
    EXPECT_FALSE(statusLine().isEmpty() && window->findChild<QLabel*>(u"orgStatusLabel"_s)->isVisible());
    ASSERT_NE(bar(), nullptr);
    EXPECT_TRUE(bar()->isVisible());
    EXPECT_EQ(bar()->statusText(), u"not published."_s);
    bool asked = false;
    whenDialog(u"publishDialog"_s, [&](QDialog* dialog) {
        asked = true;
        dialog->findChild<QRadioButton*>(u"visibilitySite"_s)->setChecked(true);
        dialog->findChild<QLineEdit*>(u"serverEdit"_s)->setFocus();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"serverEdit"_s), u"host=library.example.org dbname=ltw"_s);
        QTest::keyClick(dialog->findChild<QLineEdit*>(u"serverEdit"_s), Qt::Key_Return);
    });
    QTest::mouseClick(window->findChild<QPushButton*>(u"orgPublishButton"_s), Qt::LeftButton);
    ASSERT_TRUE(asked);
    waitForSync();
    ASSERT_EQ(server->delivered.size(), 1u) << bar()->statusText().toStdString() << " / " << statusLine().toStdString()
                                            << " / " << window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(server->delivered[0].kind, org::OutboxKind::Publication);
    EXPECT_EQ(server->delivered[0].payload.find("Kowalski"), std::string::npos) << "names never travel";
    EXPECT_TRUE(bar()->statusText().startsWith(u"published for your site"_s)) << bar()->statusText().toStdString();
    EXPECT_EQ(org().server(), u"host=library.example.org dbname=ltw"_s);
    EXPECT_TRUE(statusLine().startsWith(u"Organisation library: synced at"_s)) << statusLine().toStdString();

    // Withdrawing asks first.
    bool confirmed = false;
    auto* poll = new QTimer(window.get());
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [&confirmed, poll] {
        if (auto* box = QApplication::activeModalWidget()) {
            poll->deleteLater();
            confirmed = true;
            if (auto* question = qobject_cast<QMessageBox*>(box); question && question->button(QMessageBox::Yes))
                question->button(QMessageBox::Yes)->click();
            else
                qobject_cast<QDialog*>(box)->reject();
        }
    });
    poll->start();
    QTest::mouseClick(window->findChild<QPushButton*>(u"orgWithdrawButton"_s), Qt::LeftButton);
    ASSERT_TRUE(confirmed);
    waitForSync();
    EXPECT_EQ(server->delivered.size(), 2u);
    EXPECT_EQ(bar()->statusText(), u"withdrawn."_s);
}

TEST_F(OrgWindowTest, ASilentServerNeverFreezesTheWindowAndIsGivenUp) {
    ltw::test::SilentServer silent;
    org().setServerFactory([&](const std::string&) {
        org::PgOptions options{silent.conninfo()};
        options.connectTimeout = std::chrono::seconds(2);
        return std::make_unique<org::PgOrgServer>(options);
    });
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(org().busy());
    EXPECT_EQ(statusLine(), u"Organisation library: syncing…"_s);
    // The window answers at once while the sync waits: a timer fires on time, and the Library opens.
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    QTest::qWait(50);
    EXPECT_LT(clock.elapsed(), 500);
    EXPECT_TRUE(window->libraryShown());
    EXPECT_TRUE(org().busy());
    waitForSync();
    EXPECT_GE(clock.elapsed(), 1500);
    EXPECT_TRUE(statusLine().startsWith(u"Organisation library: not reached at"_s)) << statusLine().toStdString();
    EXPECT_NE(org().store().state().lastError.find("did not answer in time"), std::string::npos);

    // A cancel ends a sync at once.
    org().syncNow();
    ASSERT_TRUE(org().busy());
    clock.restart();
    org().cancel();
    waitForSync();
    EXPECT_LT(clock.elapsed(), 600);
}

TEST_F(OrgWindowTest, TheOrganisationPageShowsOtherSitesAndRecordsOurAnswer) {
    const auto other = ltw::test::elsewhere("Cold store", {"frost on the floor by the door"}, "lt-cold");
    server->rows = {
        ltw::test::publicationRow(1, other, 1, 3, "South yard"),
        ltw::test::adoptionRow(2, 2, "lt-cold", "Cold store learning", "Yard crew", "South yard", "applies")};
    org().syncNow();
    waitForSync();
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    auto* tabs = window->libraryView()->findChild<QTabWidget*>();
    auto* pane = window->findChild<OrgLibraryPane*>();
    ASSERT_NE(pane, nullptr);
    tabs->setCurrentWidget(pane);
    ASSERT_EQ(pane->rowCount(), 1);
    const auto html = pane->list()->model()->index(0, 0).data(Qt::UserRole + 1).toString();
    EXPECT_TRUE(html.contains(u"Cold store learning"_s));
    EXPECT_TRUE(html.contains(u"South yard"_s));
    EXPECT_TRUE(html.contains(u"reviewed by 1 team at 1 site, applies at 1"_s)) << html.toStdString();

    // Search words reach the page: what they find there, with its site.
    auto* search = window->libraryView()->findChild<QLineEdit*>();
    QTest::keyClicks(search, u"frost"_s);
    window->libraryView()->refreshNow();
    tabs->setCurrentWidget(pane);
    ASSERT_EQ(pane->rowCount(), 1);
    EXPECT_TRUE(pane->list()->model()->index(0, 0).data(Qt::UserRole + 1).toString().contains(u"South yard"_s));
    search->clear();
    window->libraryView()->refreshNow();
    tabs->setCurrentWidget(pane);

    pane->list()->setFocus();
    pane->list()->setCurrentIndex(pane->list()->model()->index(0, 0));
    bool asked = false;
    whenDialog(u"answerDialog"_s, [&](QDialog* dialog) {
        asked = true;
        auto* partly = dialog->findChild<QRadioButton*>(u"applies_%1"_s.arg(static_cast<int>(org::Applies::Partly)));
        partly->setFocus(); // Tab to it, and Space chooses it
        QTest::keyClick(partly, Qt::Key_Space);
        EXPECT_TRUE(partly->isChecked());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"protectsEdit"_s), u"Heated mats by the doors"_s);
        auto* in = dialog->findChild<QComboBox*>(u"answerActionIn"_s);
        in->setCurrentIndex(1); // the sample, the only Learning Team here
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"answerAction"_s), u"Check the mats at doors 5 to 7"_s);
        dialog->findChild<QPushButton*>(u"recordAnswerButton"_s)->click();
    });
    QTest::keyClick(pane->list(), Qt::Key_Return);
    ASSERT_TRUE(asked);
    waitForSync();
    ASSERT_EQ(server->delivered.size(), 1u);
    const auto& answer = server->delivered[0];
    EXPECT_EQ(answer.kind, org::OutboxKind::Adoption);
    EXPECT_NE(answer.payload.find("\"applies\":\"partly\""), std::string::npos) << answer.payload;
    EXPECT_NE(answer.payload.find("Heated mats by the doors"), std::string::npos);
    EXPECT_NE(answer.payload.find("\"learningTitle\":\"Cold store learning\""), std::string::npos);
    // The action went into the sample, as a step of its history.
    const auto actions = repo.actions(sample);
    ASSERT_TRUE(std::any_of(actions.begin(), actions.end(), [](const Action& a) {
        return a.title == "Check the mats at doors 5 to 7";
    })) << window->statusBar()->currentMessage().toStdString();
}

TEST_F(OrgWindowTest, TheInspectorSaysHowWidelyOtherSitesUseANotesTags) {
    SqliteRepository source(":memory:");
    auto lt = ltw::test::makeLearningTeam(source, "Cold store");
    auto note = ltw::test::makeNote(lt.id, NoteKind::HardCondition, "Compressors drown every warning");
    note.tags = {"Noise"};
    source.addNote(note);
    const auto snapshot = source.snapshot(lt.id);
    server->rows = {
        ltw::test::publicationRow(1, {snapshot.learningTeam.uid, exportBundle(snapshot)}, 1, 1, "Harbour cold store")};
    org().syncNow();
    waitForSync();
    Id tagged = 0;
    for (const auto& n : repo.notes(sample))
        if (std::find(n.tags.begin(), n.tags.end(), "noise") != n.tags.end())
            tagged = n.id;
    ASSERT_NE(tagged, 0);
    auto* inspector = window->findChild<NoteInspector*>();
    inspector->showNote(tagged);
    auto* tagUse = window->findChild<QLabel*>(u"inspectorTagUse"_s);
    EXPECT_TRUE(QTest::qWaitFor([tagUse] { return tagUse->text().contains(u"other site"_s); }, 2000))
        << tagUse->text().toStdString();
    EXPECT_TRUE(tagUse->text().contains(u"(and in 1 Learning Team at 1 other site)"_s)) << tagUse->text().toStdString();
    // "Seen elsewhere" reaches the other sites too, with the site's name.
    auto* seen = window->findChild<QLabel*>(u"seenElsewhere"_s);
    ASSERT_NE(seen, nullptr);
    EXPECT_TRUE(seen->text().contains(u"Harbour cold store"_s)) << seen->text().toStdString();
}

TEST_F(OrgWindowTest, AReadOnlyDatabasePublishesNothing) {
    window.reset();
    SqliteRepository readOnly(dir / "laptop.ltw", Database::OpenMode::ReadOnly);
    MainWindow w(readOnly);
    w.showLearningTeam(sample);
    auto* publish = w.findChild<QPushButton*>(u"orgPublishButton"_s);
    ASSERT_NE(publish, nullptr);
    EXPECT_FALSE(publish->isEnabled());
    EXPECT_EQ(w.findChild<OrgPublishBar*>()->statusText(), u"not available while the database is read-only"_s);
    EXPECT_FALSE(w.findChild<QAction*>(u"syncOrganisationAction"_s)->isEnabled());
}

} // namespace
