// The learning library in the real window, on a database with several teams and Learning Teams that
// speak of the same things: search as you type (any text), filters, opening what is found, shared
// learnings, follow-through with undo, "seen elsewhere" and tag counts in the inspector, and the review
// of earlier open actions when a team's next Learning Team reaches Solve.
#include "app/main_window.hpp"
#include "document/learning_team_document.hpp"
#include "inspector/note_inspector.hpp"
#include "learn/timeline_panel.hpp"
#include "search/library_item_models.hpp"
#include "search/library_view.hpp"
#include "solve/action_review_dialog.hpp"

#include "ltw/bundle.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

Timestamp daysAgo(int days) { return now() - std::chrono::days(days); }

class LibraryViewTest : public ::testing::Test {
protected:
    ltw::test::TempDir dir;
    SqliteRepository repo{dir / "library.ltw"};
    Team dock, packing, yard;
    LearningTeam reversing, ladders, changeover, gate;
    Id compressorNote = 0;
    std::unique_ptr<MainWindow> window;

    LearningTeam learningTeam(const Team& team, const std::string& title, Use use, int age) {
        LearningTeam lt;
        lt.teamId = team.id;
        lt.title = title;
        lt.use = use;
        lt.created = daysAgo(age);
        return createLearningTeam(repo, lt);
    }
    Id note(const LearningTeam& lt, NoteKind kind, const std::string& text, std::vector<std::string> tags = {}) {
        auto n = ltw::test::makeNote(lt.id, kind, text);
        n.tags = std::move(tags);
        n.created = lt.created;
        return repo.addNote(n).id;
    }
    void action(const LearningTeam& lt, const std::string& title, std::optional<Date> due) {
        Action a;
        a.learningTeamId = lt.id;
        a.title = title;
        a.owner = "Shift lead";
        a.due = due;
        repo.addAction(a);
    }
    void learning(const LearningTeam& lt, const std::string& title, std::vector<std::string> lookFors) {
        SharedLearning l;
        l.learningTeamId = lt.id;
        l.title = title;
        l.summary = "What we learned, in the words of the people who do the work.";
        l.lookFors = std::move(lookFors);
        l.created = lt.created;
        repo.addSharedLearning(l);
    }

    void SetUp() override {
        QSettings().clear();
        dock = repo.addTeam(Team{0, "Loading dock", "North distribution centre", {}});
        packing = repo.addTeam(Team{0, "Packaging line 3", "Riverside plant", {}});
        yard = repo.addTeam(Team{0, "Yard", "North distribution centre", {}});
        reversing = learningTeam(dock, "Reversing near miss", Use::Event, 200);
        changeover = learningTeam(packing, "Night-shift changeover", Use::Change, 120);
        gate = learningTeam(yard, "Gate queue at shift start", Use::Work, 60);
        ladders = learningTeam(dock, "Ladders in the racking aisles", Use::Work, 10);
        compressorNote = note(reversing, NoteKind::WeakSignal,
                              "The reversing alarm is drowned out by the compressor at night", {"noise", "night"});
        note(reversing, NoteKind::Adaptation, "Drivers ask a colleague to watch the mirror when reversing", {"night"});
        note(changeover, NoteKind::Story, "Nobody hears the alarm over the compressor on the night changeover",
             {"noise"});
        note(changeover, NoteKind::Tradeoff, "Speed of the changeover against checking the guard");
        note(gate, NoteKind::HardCondition, "The compressor shed blocks the view of the gate", {"Noise"});
        note(ladders, NoteKind::Story, "Pallets left in the aisle block the ladder", {"housekeeping"});
        using namespace std::chrono;
        const auto day = floor<days>(now());
        action(reversing, "Move the compressor intake away from the reversing bay", year_month_day{day - days(30)});
        action(reversing, "Spotter vests for the night shift", std::nullopt);
        action(changeover, "Guard check card at the changeover", year_month_day{day + days(30)});
        learning(reversing, "Alarms people cannot hear",
                 {"a second person standing in as the alarm", "machines louder than the alarm"});
        learning(changeover, "Checks that slip when time is short", {"a check done after the restart"});
        window = std::make_unique<MainWindow>(repo);
        window->resize(1400, 860);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    template <class T>
    T* child(const char* name) const {
        auto* w = window->findChild<T*>(QString::fromUtf8(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    LibraryView* library() const { return window->libraryView(); }
    QLineEdit* search() const { return child<QLineEdit>("librarySearch"); }
    QAbstractItemModel* results() const { return child<QListView>("libraryResults")->model(); }
    QStringList resultHtml() const {
        QStringList out;
        for (int r = 0; r < results()->rowCount(); ++r)
            out << results()->index(r, 0).data(HtmlRole).toString();
        return out;
    }
    void openLibrary() {
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        ASSERT_TRUE(window->libraryShown());
        QTRY_VERIFY(library()->isVisible());
    }
};

TEST_F(LibraryViewTest, SearchAsYouTypeFindsAcrossTeamsWithTheMatchedWordsInBold) {
    openLibrary();
    QTRY_COMPARE(QApplication::focusWidget(), search());
    QAbstractItemModelTester tester(results(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::keyClicks(search(), u"compr"_s);
    QTRY_COMPARE(results()->rowCount(), 4); // three notes and the action
    const auto html = resultHtml();
    EXPECT_TRUE(html[0].contains(u">compressor</b>"_s)) << html[0].toStdString();
    QStringList teams;
    for (const auto& h : html)
        for (const char* team : {"Loading dock", "Packaging line 3", "Yard"})
            if (h.contains(QString::fromUtf8(team)) && !teams.contains(QString::fromUtf8(team)))
                teams << QString::fromUtf8(team);
    EXPECT_EQ(teams.size(), 3) << "the pattern across teams";
    EXPECT_EQ(child<QLabel>("libraryResultCount")->text(), u"3 notes · 1 action"_s);

    // Every word counts, and the start of one is enough.
    QTest::keyClicks(search(), u" nig"_s);
    QTRY_COMPARE(results()->rowCount(), 2);

    // Filters narrow it: a team, a kind.
    search()->clear();
    QTest::keyClicks(search(), u"compressor"_s);
    QTRY_COMPARE(results()->rowCount(), 4);
    auto* team = child<QComboBox>("libraryTeam");
    team->setCurrentIndex(team->findText(u"Yard"_s));
    QTRY_COMPARE(results()->rowCount(), 1);
    EXPECT_TRUE(resultHtml()[0].contains(u"Gate queue at shift start"_s));
    team->setCurrentIndex(0);
    auto* kind = child<QComboBox>("libraryKind");
    kind->setCurrentIndex(kind->findText(u"Actions"_s));
    QTRY_COMPARE(results()->rowCount(), 1);
    EXPECT_TRUE(resultHtml()[0].contains(u"intake"_s));
    kind->setCurrentIndex(0);
    auto* use = child<QComboBox>("libraryUse");
    use->setCurrentIndex(use->findText(QString::fromUtf8(label(Use::Change))));
    QTRY_COMPARE(results()->rowCount(), 1);
    use->setCurrentIndex(0);
    auto* tag = child<QComboBox>("libraryTag");
    EXPECT_EQ(tag->itemText(1), u"noise — seen in 3 Learning Teams"_s) << "the most widely used tag first";
    tag->setCurrentIndex(tag->findData(u"housekeeping"_s));
    QTRY_COMPARE(results()->rowCount(), 0);
    EXPECT_TRUE(child<QLabel>("libraryResultCount")->text().startsWith(u"Nothing found"_s));
    tag->setCurrentIndex(0);
    QTRY_COMPARE(results()->rowCount(), 4);
}

TEST_F(LibraryViewTest, AnythingTypedIsTakenAsText) {
    openLibrary();
    for (const auto& text : {u"\"compressor"_s, u"NEAR(compressor alarm)"_s, u"compressor)"_s, u"-compressor"_s,
                             u"'; DROP TABLE note; --"_s, u"🙂 🔥"_s, u"الإنذار"_s, u"((*"_s, u"<b>x</b>"_s}) {
        search()->clear();
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii)
            QTest::keyClicks(search(), text);
        else
            search()->setText(text); // as pasted: the test keyboard only types ASCII
        library()->refreshNow();
        EXPECT_GE(results()->rowCount(), 0);
    }
    search()->setText(u"\"compressor"_s);
    library()->refreshNow();
    EXPECT_EQ(results()->rowCount(), 4);
    // A typed tag is never markup: it comes back escaped.
    note(ladders, NoteKind::Story, "The <b>compressor</b> & the <i>ladder</i>");
    library()->refreshNow();
    QTRY_COMPARE(results()->rowCount(), 5);
    bool escaped = false;
    for (const auto& h : resultHtml())
        escaped = escaped || h.contains(u"&lt;b&gt;"_s);
    EXPECT_TRUE(escaped);
    EXPECT_EQ(repo.learningTeams().size(), 4u);
}

TEST_F(LibraryViewTest, EnterOpensTheLearningTeamAndTheNote) {
    window->showLearningTeam(ladders.id);
    openLibrary();
    QTest::keyClicks(search(), u"drowned"_s);
    QTRY_COMPARE(results()->rowCount(), 1);
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_VERIFY(child<QListView>("libraryResults")->hasFocus());
    QTest::keyClick(child<QListView>("libraryResults"), Qt::Key_Return);
    QTRY_COMPARE(window->currentLearningTeam(), reversing.id);
    EXPECT_FALSE(window->libraryShown());
    EXPECT_EQ(window->findChild<NoteInspector*>()->note(), compressorNote);
    EXPECT_TRUE(window->windowTitle().contains(u"Reversing near miss"_s));

    // Ctrl+L toggles back to the library, as it was left; Escape leaves it.
    openLibrary();
    EXPECT_EQ(search()->text(), u"drowned"_s);
    QTest::keyClick(library(), Qt::Key_Escape);
    EXPECT_FALSE(window->libraryShown());

    // Down goes from the search field into the results too.
    openLibrary();
    search()->clear();
    QTest::keyClicks(search(), u"changeover"_s);
    QTest::keyClick(search(), Qt::Key_Down);
    EXPECT_TRUE(child<QListView>("libraryResults")->hasFocus());
    EXPECT_EQ(child<QListView>("libraryResults")->currentIndex().row(), 0);
    QTest::keyClick(child<QListView>("libraryResults"), Qt::Key_Down);
    EXPECT_EQ(child<QListView>("libraryResults")->currentIndex().row(), 1);
}

TEST_F(LibraryViewTest, SharedLearningsAndLookForsOfEveryTeam) {
    openLibrary();
    auto* list = child<QListView>("libraryLearnings");
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(list->model()->rowCount(), 2);
    const auto first = list->model()->index(0, 0).data(HtmlRole).toString();
    EXPECT_TRUE(first.contains(u"Checks that slip when time is short"_s)) << "newest first";
    const auto second = list->model()->index(1, 0).data(HtmlRole).toString();
    EXPECT_TRUE(second.contains(u"<li>a second person standing in as the alarm</li>"_s)) << second.toStdString();
    EXPECT_TRUE(second.contains(u"Loading dock › Reversing near miss"_s));
    auto* use = child<QComboBox>("libraryUse");
    use->setCurrentIndex(use->findText(QString::fromUtf8(label(Use::Event))));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    use->setCurrentIndex(0);

    // A learning added elsewhere appears; the tab says how many.
    learning(gate, "Queues hide who is waiting", {"a driver waiting outside the gate"});
    QTRY_COMPARE(list->model()->rowCount(), 3);
    EXPECT_TRUE(child<QTabWidget>("libraryTabs")->tabText(1).contains(u"(3)"_s));

    list->setCurrentIndex(list->model()->index(0, 0));
    emit list->activated(list->currentIndex());
    EXPECT_EQ(window->currentLearningTeam(), gate.id);
}

TEST_F(LibraryViewTest, FollowThroughMarksOverdueAndTakesBackWithUndo) {
    openLibrary();
    auto* table = child<QTableView>("libraryActions");
    auto* model = table->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_TRUE(model->index(0, FollowThroughModel::DueColumn).data().toString().endsWith(u"overdue"_s));
    EXPECT_TRUE(model->index(0, 0).data(OverdueRole).toBool());
    EXPECT_FALSE(model->index(1, 0).data(OverdueRole).toBool());
    EXPECT_TRUE(child<QTabWidget>("libraryTabs")->tabText(2).contains(u"3 open, 1 overdue"_s));

    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    const Id overdue = model->index(0, 0).data(ItemIdRole).toLongLong();
    child<QPushButton>("libraryActionDone")->click();
    EXPECT_EQ(repo.action(overdue)->status, ActionStatus::Done);
    QTRY_COMPARE(model->rowCount(), 2);
    EXPECT_TRUE(child<QTabWidget>("libraryTabs")->tabText(2).contains(u"2 open"_s));

    // Edit → Undo in the library takes it back.
    EXPECT_EQ(window->teamsUndoStack()->count(), 1);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(repo.action(overdue)->status, ActionStatus::Open);
    QTRY_COMPARE(model->rowCount(), 3);
}

TEST_F(LibraryViewTest, TheInspectorShowsTheNoteSeenElsewhereAndHowWidelyItsTagsAreUsed) {
    window->showLearningTeam(reversing.id);
    auto* inspector = window->findChild<NoteInspector*>();
    inspector->showNote(compressorNote);
    auto* seen = child<QLabel>("seenElsewhere");
    QTRY_VERIFY(seen->isVisible());
    QTRY_VERIFY(seen->text().contains(u"compressor"_s)); // asked of the library once the note has shown
    const auto text = seen->text();
    EXPECT_TRUE(text.contains(u"Nobody hears the alarm over the compressor"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Packaging line 3 · Night-shift changeover"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"shares: alarm, compressor, night, noise"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"watch the mirror"_s)) << "not from its own Learning Team";
    const auto tags = child<QLabel>("inspectorTagUse")->text();
    EXPECT_TRUE(tags.contains(u"“noise” seen in 3 Learning Teams"_s)) << tags.toStdString();
    EXPECT_TRUE(tags.contains(u"“night” only here"_s)) << tags.toStdString();
    if (const auto out = qEnvironmentVariable("LTW_SCREENSHOT_DIR"); !out.isEmpty()) {
        QApplication::processEvents(); // the inspector's layout settles
        window->grab().save(u"%1/seen-elsewhere.png"_s.arg(out));
    }

    // Following a note seen elsewhere opens its Learning Team with the note in the inspector.
    const auto link = text.mid(text.indexOf(u"note:"_s)).section(u'\'', 0, 0);
    emit seen->linkActivated(link);
    EXPECT_EQ(window->currentLearningTeam(), changeover.id);
    EXPECT_NE(inspector->note(), compressorNote);
    EXPECT_TRUE(repo.note(inspector->note())->text.starts_with("Nobody hears"));
}

TEST_F(LibraryViewTest, ACapturedNoteIsComparedAtOnce) {
    window->showLearningTeam(ladders.id);
    auto* line = [&] {
        for (auto* l : window->findChildren<QLineEdit*>(u"quickCapture"_s))
            if (l->isVisible())
                return l;
        return static_cast<QLineEdit*>(nullptr);
    }();
    ASSERT_NE(line, nullptr);
    line->setFocus();
    QTest::keyClicks(line, u"The compressor alarm again, by the racking"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(window->findChild<NoteInspector*>()->note() != 0);
    QTRY_VERIFY(child<QLabel>("seenElsewhere")->text().contains(u"drowned out by the compressor"_s));
    EXPECT_EQ(QApplication::focusWidget(), line) << "the facilitator keeps typing";
}

TEST_F(LibraryViewTest, ReachingSolveBringsUpWhatEarlierLearningTeamsLeftOpen) {
    Session session(repo, SessionOptions{dir / "backups", 5});
    window->showLearningTeam(ladders.id);
    ASSERT_TRUE(session.moveTo(ladders.id, Phase::Soak, true).moved);
    EXPECT_FALSE(window->actionReview()->isVisible()) << "only Solve brings it up";
    ASSERT_TRUE(session.moveTo(ladders.id, Phase::Solve, true).moved);
    auto* review = window->actionReview();
    QTRY_VERIFY(review->isVisible());
    auto* table = review->findChild<QTableView*>(u"actionReviewTable"_s);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(table->model()->rowCount(), 2) << "the reversing near miss's two open actions, not the changeover's";
    EXPECT_TRUE(review->findChild<QLabel*>(u"actionReviewIntro"_s)->text().contains(u"Loading dock"_s));
    EXPECT_TRUE(review->findChild<QLabel*>(u"actionReviewIntro"_s)->text().contains(u"1 is overdue"_s));

    table->setCurrentIndex(table->model()->index(0, 0));
    const Id first = table->model()->index(0, 0).data(ItemIdRole).toLongLong();
    review->findChild<QPushButton*>(u"reviewDone"_s)->click();
    EXPECT_EQ(repo.action(first)->status, ActionStatus::Done);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    // The decision is an undo step of the Learning Team in Solve.
    auto* doc = window->currentDocument();
    ASSERT_EQ(doc->learningTeamId(), ladders.id);
    EXPECT_TRUE(doc->undoStack()->undoText().contains(u"done"_s));
    doc->undoStack()->undo();
    EXPECT_EQ(repo.action(first)->status, ActionStatus::Open);
    QTRY_COMPARE(table->model()->rowCount(), 2); // reopened, so back for review

    table->setCurrentIndex(table->model()->index(1, 0));
    const Id second = table->model()->index(1, 0).data(ItemIdRole).toLongLong();
    review->findChild<QPushButton*>(u"reviewDropped"_s)->click();
    EXPECT_EQ(repo.action(second)->status, ActionStatus::Dropped);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    review->findChild<QPushButton*>(u"reviewKeep"_s)->click();
    EXPECT_EQ(repo.action(first)->status, ActionStatus::Open) << "kept open, unchanged";
    QTRY_VERIFY(!review->isVisible()); // nothing left to review

    // Another team's Learning Team reaching Solve has nothing of the dock's to review.
    window->showLearningTeam(gate.id);
    ASSERT_TRUE(session.moveTo(gate.id, Phase::Soak, true).moved);
    ASSERT_TRUE(session.moveTo(gate.id, Phase::Solve, true).moved);
    QApplication::processEvents();
    EXPECT_FALSE(review->isVisible());
}

// The picture in docs/screenshots, when LTW_SCREENSHOT_DIR asks for it; otherwise a check that it draws.
TEST_F(LibraryViewTest, TheLibraryDraws) {
    // A Learning Team another facilitator shared, as the picture in the guide shows it.
    {
        SqliteRepository elsewhere(dir / "elsewhere.ltw");
        const auto team = elsewhere.addTeam(Team{0, "Cold store", "South depot", {}});
        LearningTeam lt;
        lt.teamId = team.id;
        lt.title = "Door heaters and fogged visors";
        lt.use = Use::Work;
        lt.facilitator = "Amara Osei";
        lt.created = daysAgo(30);
        lt = createLearningTeam(elsewhere, lt);
        auto n = ltw::test::makeNote(lt.id, NoteKind::WeakSignal,
                                     "When the compressor cycles, the door alarm goes off and people stop hearing it");
        n.tags = {"noise"};
        n.created = daysAgo(30);
        elsewhere.addNote(n);
        importBundle(repo, exportBundle(elsewhere.snapshot(lt.id)), ImportSource{"cold-store-visors.json"});
    }
    openLibrary();
    QTest::keyClicks(search(), u"alarm"_s);
    QTRY_COMPARE(results()->rowCount(), 4); // three notes, and a shared learning about alarms
    EXPECT_TRUE(resultHtml().join(u""_s).contains(u"imported from cold-store-visors.json (facilitator Amara Osei)"_s));
    QApplication::processEvents();
    const auto image = window->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 40);
    if (const auto out = qEnvironmentVariable("LTW_SCREENSHOT_DIR"); !out.isEmpty())
        image.save(u"%1/library.png"_s.arg(out));
}

} // namespace

namespace {

// A moment of a timeline is found like a note, said to be one, and Enter opens its Learning Team on the
// timeline with the moment chosen.
TEST_F(LibraryViewTest, AMomentOfATimelineIsFoundAndOpenedOnItsTimeline) {
    const auto moment = repo.addMoment(TimelineMoment{0, reversing.id, 0, std::nullopt, 2 * 60 + 5,
                                                      "The forklift reverses out past the compressor bay",
                                                      "Bay 4", "forklift driver", {}, {}});
    window->showLearningTeam(ladders.id);
    openLibrary();
    QTest::keyClicks(search(), u"forklift reverses"_s);
    QTRY_COMPARE(results()->rowCount(), 1);
    EXPECT_TRUE(resultHtml()[0].contains(u"Moment of the timeline"_s)) << resultHtml()[0].toStdString();
    EXPECT_TRUE(resultHtml()[0].contains(u">reverses</b> out past"_s)) << resultHtml()[0].toStdString();
    EXPECT_TRUE(resultHtml()[0].contains(u">02:05<"_s)) << "its time stands as its title";
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_VERIFY(child<QListView>("libraryResults")->hasFocus());
    QTest::keyClick(child<QListView>("libraryResults"), Qt::Key_Return);
    QTRY_COMPARE(window->currentLearningTeam(), reversing.id);
    auto* timeline = window->findChild<TimelinePanel*>();
    ASSERT_TRUE(timeline);
    QTRY_VERIFY(timeline->isVisible());
    EXPECT_EQ(timeline->currentMomentId(), moment.id);
}

} // namespace
