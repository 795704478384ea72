// The Share workspace as a facilitator uses it: write shared learnings with their look-fors by typing,
// undo and redo them, watch the share-out report follow, keep names out unless asked, export the report
// and the bundle, and import a bundle from another facilitator (or be told why not).
#include "share_workspace_fixture.hpp"

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;
using namespace ltw::test::share;

namespace {

TEST_F(ShareWorkspaceTest, ASharedLearningTypedWithItsLookForsIsStoredAndUndoable) {
    auto* list = child<QListView>("learningList");
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    QTest::mouseClick(child<QPushButton>("addLearningButton"), Qt::LeftButton);
    auto* title = child<QLineEdit>("learningTitle");
    ASSERT_EQ(QApplication::focusWidget(), title) << "a new learning opens with the keyboard in its title";
    QTest::keyClicks(title, u"Walk the line before handover"_s); // replaces the selected placeholder title
    QTest::keyClick(title, Qt::Key_Tab);
    auto* summary = child<QPlainTextEdit>("learningSummary");
    EXPECT_EQ(QApplication::focusWidget(), summary);
    QTest::keyClicks(summary, u"The night shift walks the line with the day shift."_s);

    auto* newLookFor = child<QLineEdit>("newLookFor");
    newLookFor->setFocus(); // leaving the summary saves it
    QTest::keyClicks(newLookFor, u"Handover happens at the desk"_s);
    QTest::keyClick(newLookFor, Qt::Key_Return);
    QTest::keyClicks(newLookFor, u"Nobody asks what changed overnight"_s);
    QTest::mouseClick(child<QPushButton>("addLookForButton"), Qt::LeftButton);
    auto* audience = child<QLineEdit>("learningAudience");
    audience->setFocus();
    QTest::keyClicks(audience, u"Shift teams"_s);
    QTest::keyClick(audience, Qt::Key_Return);

    auto stored = repo.sharedLearnings(lt.id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].title, "Walk the line before handover");
    EXPECT_EQ(stored[0].summary, "The night shift walks the line with the day shift.");
    EXPECT_EQ(stored[0].lookFors,
              (std::vector<std::string>{"Handover happens at the desk", "Nobody asks what changed overnight"}));
    EXPECT_EQ(stored[0].audience, "Shift teams");
    EXPECT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), u"Walk the line before handover"_s);
    EXPECT_EQ(child<QListWidget>("lookForList")->count(), 2);

    // Steps: add; title and summary (merged); two look-fors; audience.
    ASSERT_EQ(stack()->count(), 5);
    stack()->undo();
    EXPECT_EQ(repo.sharedLearnings(lt.id)[0].audience, "");
    EXPECT_TRUE(audience->text().isEmpty()) << "the field follows the undo";
    stack()->undo();
    stack()->undo();
    EXPECT_TRUE(repo.sharedLearnings(lt.id)[0].lookFors.empty());
    EXPECT_EQ(child<QListWidget>("lookForList")->count(), 0);
    stack()->undo();
    EXPECT_EQ(repo.sharedLearnings(lt.id)[0].summary, "");
    EXPECT_NE(repo.sharedLearnings(lt.id)[0].title, "Walk the line before handover");
    stack()->undo();
    EXPECT_TRUE(repo.sharedLearnings(lt.id).empty());
    EXPECT_EQ(list->model()->rowCount(), 0);

    for (int i = 0; i < 5; ++i)
        stack()->redo();
    stored = repo.sharedLearnings(lt.id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].title, "Walk the line before handover");
    EXPECT_EQ(stored[0].lookFors.size(), 2u);
    EXPECT_EQ(stored[0].audience, "Shift teams");
    EXPECT_EQ(list->model()->rowCount(), 1);
}

TEST_F(ShareWorkspaceTest, LookForsAreReorderedEditedAndRemovedAtOnce) {
    addLearning("Ask what changed", {"First line", "Second line", "Third line"});
    select(0);
    auto* lookFors = child<QListWidget>("lookForList");
    ASSERT_EQ(lookFors->count(), 3);
    lookFors->setCurrentRow(2);
    QTest::mouseClick(child<QPushButton>("moveLookForUpButton"), Qt::LeftButton);
    EXPECT_EQ(repo.sharedLearnings(lt.id)[0].lookFors,
              (std::vector<std::string>{"First line", "Third line", "Second line"}));
    EXPECT_EQ(lookFors->currentRow(), 1);
    lookFors->item(0)->setText(u"First line, sharper"_s); // as the in-place editor does
    EXPECT_EQ(repo.sharedLearnings(lt.id)[0].lookFors[0], "First line, sharper");
    lookFors->setCurrentRow(2);
    QTest::mouseClick(child<QPushButton>("removeLookForButton"), Qt::LeftButton);
    EXPECT_EQ(repo.sharedLearnings(lt.id)[0].lookFors, (std::vector<std::string>{"First line, sharper", "Third line"}));
    EXPECT_EQ(stack()->count(), 3) << "each look-for change is its own step";
    stack()->undo();
    EXPECT_EQ(repo.sharedLearnings(lt.id)[0].lookFors.size(), 3u);
    EXPECT_EQ(lookFors->count(), 3);
}

TEST_F(ShareWorkspaceTest, DeletingALearningIsUndoneWithItsLinks) {
    auto* list = child<QListView>("learningList");
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto keep = addLearning("Keep this one");
    const auto gone = addLearning("Delete this one", {"A sign"});
    const auto note = repo.addNote(ltw::test::makeNote(lt.id, NoteKind::Story, "What we heard"));
    repo.addLink(Link{0, lt.id, {ItemType::Note, note.id}, {ItemType::SharedLearning, gone.id}, LinkKind::DrawsOn});
    ASSERT_EQ(list->model()->rowCount(), 2);
    select(1);
    EXPECT_EQ(child<QLineEdit>("learningTitle")->text(), u"Delete this one"_s);
    QTest::mouseClick(child<QPushButton>("removeLearningButton"), Qt::LeftButton);
    ASSERT_EQ(repo.sharedLearnings(lt.id).size(), 1u);
    EXPECT_EQ(repo.sharedLearnings(lt.id)[0].id, keep.id);
    EXPECT_TRUE(repo.links(lt.id).empty());
    EXPECT_EQ(list->model()->rowCount(), 1);
    EXPECT_NE(child<QLineEdit>("learningTitle")->text(), u"Delete this one"_s);

    stack()->undo();
    ASSERT_EQ(repo.sharedLearnings(lt.id).size(), 2u);
    EXPECT_EQ(*repo.sharedLearning(gone.id), gone);
    EXPECT_EQ(repo.links(lt.id).size(), 1u);
    EXPECT_EQ(list->model()->index(1, 0).data().toString(), u"Delete this one"_s) << "back in its place";
}

TEST_F(ShareWorkspaceTest, ThePreviewFollowsEveryEdit) {
    addLearning("Walk the line before handover");
    ASSERT_TRUE(previewSoon(u"Walk the line before handover"_s));
    select(0);
    auto* title = child<QLineEdit>("learningTitle");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Walk the whole line"_s);
    QTest::keyClick(title, Qt::Key_Return);
    EXPECT_TRUE(previewSoon(u"Walk the whole line"_s));
    EXPECT_FALSE(preview().contains(u"Walk the line before handover"_s));
    auto* newLookFor = child<QLineEdit>("newLookFor");
    QTest::keyClicks(newLookFor, u"Keys left in the panel"_s);
    QTest::keyClick(newLookFor, Qt::Key_Return);
    EXPECT_TRUE(previewSoon(u"Keys left in the panel"_s));
    stack()->undo();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !preview().contains(u"Keys left in the panel"_s); }, 2000));
}

TEST_F(ShareWorkspaceTest, NamesStayOutOfThePreviewAndExportsUnlessTheFacilitatorOptsIn) {
    const auto sample = addSampleLearningTeam(repo);
    open(sample.id);
    const auto people = repo.participants(sample.id);
    ASSERT_FALSE(people.empty());
    ASSERT_TRUE(previewSoon(QString::fromStdString(sample.title)));
    auto* names = child<QCheckBox>("includeNamesCheck");
    EXPECT_FALSE(names->isChecked());
    EXPECT_FALSE(names->toolTip().isEmpty());

    const auto md = dir / "report.md";
    QSignalSpy finished(exporter.get(), &ExportService::exportFinished);
    exportReport(u"md"_s, "report.md", finished);
    const auto exported = QString::fromStdString(ltw::test::readFile(md));
    ASSERT_FALSE(exported.isEmpty());
    for (const auto& p : people) {
        if (p.name.empty())
            continue;
        // Whole names, and each part of them: people say first names.
        auto parts = QString::fromStdString(p.name).split(u' ', Qt::SkipEmptyParts);
        parts << QString::fromStdString(p.name);
        for (const auto& part : parts) {
            if (part.size() < 3)
                continue;
            const QRegularExpression whole(u"\\b%1\\b"_s.arg(QRegularExpression::escape(part)));
            EXPECT_FALSE(preview().contains(whole)) << part.toStdString();
            EXPECT_FALSE(exported.contains(whole)) << part.toStdString();
        }
    }

    names->click();
    const bool someName = QTest::qWaitFor(
        [&] {
            for (const auto& p : people)
                if (!p.name.empty() && preview().contains(QString::fromStdString(p.name)))
                    return true;
            return false;
        },
        2000);
    EXPECT_TRUE(someName) << "with the box ticked, names are shown";
    EXPECT_TRUE(child<QLabel>("namesWarning")->isVisible());
}

} // namespace
