// Solve as a facilitator runs it: defenses named and rated, linked to the notes they answer through the
// picker, gaps that shrink as notes are answered, actions with an owner, a date, a status and votes, an
// idea from the parking lot turned into an action, the sponsor's response — each one undo step.
#include "common/deferred_text_edit.hpp"
#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "solve/action_table_model.hpp"
#include "solve/defense_list_model.hpp"
#include "solve/solve_delegates.hpp"
#include "solve/solve_note_list_model.hpp"
#include "solve/solve_workspace.hpp"

#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <gtest/gtest.h>

#include <memory>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;
using ltw::test::makeNote;

namespace {

class SolveTest : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    ChangeHub hub{repo};
    LearningTeam lt = ltw::test::makeLearningTeam(repo);
    LearningTeamDocument document{repo, lt.id};
    Note story, hard, weak, adaptation, idea;
    std::unique_ptr<SolveWorkspace> solve;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    void SetUp() override {
        story = repo.addNote(makeNote(lt.id, NoteKind::Story, "The night the forklift met the trailer"));
        hard = repo.addNote(makeNote(lt.id, NoteKind::HardCondition, "The lamp over door 7 is out"));
        weak = repo.addNote(makeNote(lt.id, NoteKind::WeakSignal, "The blue light was broken for weeks"));
        adaptation = repo.addNote(makeNote(lt.id, NoteKind::Adaptation, "We walk behind the trailers"));
        idea = repo.addNote(makeNote(lt.id, NoteKind::ParkingLot, "Paint a walkway along the dock"));
        solve = std::make_unique<SolveWorkspace>(hub);
        solve->setDocument(&document);
        solve->resize(1400, 860);
        solve->show();
        solve->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(solve.get()));
        // Every model the workspace shows is checked while the changes happen.
        for (auto* view : {static_cast<QAbstractItemView*>(list(u"defenseList"_s)),
                           static_cast<QAbstractItemView*>(list(u"gapList"_s)),
                           static_cast<QAbstractItemView*>(list(u"linkedNotes"_s)),
                           static_cast<QAbstractItemView*>(list(u"parkingLotList"_s)),
                           static_cast<QAbstractItemView*>(actionTable())}) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
            if (auto* proxy = qobject_cast<QAbstractProxyModel*>(view->model()))
                testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        }
    }

    template <class T = QPushButton>
    T* find(const QString& name) {
        auto* w = solve->findChild<T*>(name);
        EXPECT_TRUE(w) << name.toStdString();
        return w;
    }
    QListView* list(const QString& name) { return find<QListView>(name); }
    QTableView* actionTable() { return find<QTableView>(u"actionTable"_s); }
    QAbstractItemModel* actions() { return actionTable()->model(); }

    QStringList texts(const QString& listName, int role = Qt::DisplayRole) {
        QStringList out;
        auto* model = list(listName)->model();
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, 0).data(role).toString();
        return out;
    }

    Id addDefenseByKeyboard(const QString& title, int kindIndex = 0) {
        find<QComboBox>(u"newDefenseKind"_s)->setCurrentIndex(kindIndex);
        auto* line = find<QLineEdit>(u"newDefenseTitle"_s);
        QTest::keyClicks(line, title);
        QTest::keyClick(line, Qt::Key_Return);
        return list(u"defenseList"_s)->currentIndex().data(DefenseListModel::IdRole).toLongLong();
    }

    // Picks a value of a combo box as a user does (activated), not only a programmatic change.
    static void choose(QComboBox* combo, int row) {
        combo->setCurrentIndex(row);
        emit combo->activated(row);
    }

    // Ticks the notes whose text contains each of `words` in the picker, searching for each first.
    void linkThroughPicker(const QStringList& words) {
        bool ran = false;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            ASSERT_TRUE(dialog);
            auto* search = dialog->findChild<QLineEdit*>(u"noteSearch"_s);
            auto* notes = dialog->findChild<QListWidget*>(u"notePickList"_s);
            ASSERT_TRUE(search && notes);
            for (const auto& word : words) {
                search->clear();
                QTest::keyClicks(search, word);
                QTest::keyClick(search, Qt::Key_Down); // into the list, onto the first match
                ASSERT_TRUE(notes->currentItem());
                ASSERT_FALSE(notes->currentItem()->isHidden());
                EXPECT_TRUE(notes->currentItem()->text().contains(word, Qt::CaseInsensitive));
                notes->currentItem()->setCheckState(Qt::Checked);
            }
            search->clear();
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            ran = true;
        });
        find(u"linkNotesButton"_s)->click();
        EXPECT_TRUE(ran);
    }

    std::set<Id> answeredBy(Id defenseId) {
        std::set<Id> out;
        for (const auto& l : repo.links(lt.id))
            if (l.kind == LinkKind::Answers && l.from == ItemRef{ItemType::Defense, defenseId})
                out.insert(l.to.id);
        return out;
    }

    int actionRow(Id actionId) {
        for (int r = 0; r < actions()->rowCount(); ++r)
            if (actions()->index(r, 0).data(ActionTableModel::IdRole).toLongLong() == actionId)
                return r;
        return -1;
    }
};

TEST_F(SolveTest, AddAndRateADefenseEachOneUndoStep) {
    const Id id = addDefenseByKeyboard(u"Lights over the dock doors"_s);
    ASSERT_NE(id, 0);
    ASSERT_EQ(repo.defenses(lt.id).size(), 1u);
    EXPECT_EQ(repo.defense(id)->title, "Lights over the dock doors");
    EXPECT_EQ(repo.defense(id)->kind, DefenseKind::Existing);
    EXPECT_TRUE(find<QLineEdit>(u"newDefenseTitle"_s)->text().isEmpty());
    EXPECT_EQ(texts(u"defenseList"_s), QStringList{u"Lights over the dock doors"_s});

    auto* rating = find<QComboBox>(u"defenseRating"_s);
    EXPECT_TRUE(rating->isEnabled());
    choose(rating, rating->findData(static_cast<int>(DefenseRating::Degraded)));
    EXPECT_EQ(repo.defense(id)->rating, DefenseRating::Degraded);
    EXPECT_EQ(texts(u"defenseList"_s, DefenseListModel::RatingTextRole), QStringList{u"Degraded"_s});
    EXPECT_EQ(list(u"defenseList"_s)->model()->index(0, 0).data(Qt::DecorationRole).value<QColor>(),
              DefenseListModel::ratingColor(DefenseKind::Existing, DefenseRating::Degraded));

    // A new defense to build has no rating, and sorts after the existing ones.
    const Id buildId = addDefenseByKeyboard(u"A spotter at night changeovers"_s, 1);
    EXPECT_EQ(repo.defense(buildId)->kind, DefenseKind::New);
    EXPECT_FALSE(rating->isEnabled());
    EXPECT_EQ(texts(u"defenseList"_s, DefenseListModel::RatingTextRole), (QStringList{u"Degraded"_s, u"To build"_s}));

    // Rename in place in the list, and describe it.
    auto* defenseModel = list(u"defenseList"_s)->model();
    EXPECT_TRUE(defenseModel->setData(defenseModel->index(0, 0), u"Dock door lights"_s));
    EXPECT_EQ(repo.defense(id)->title, "Dock door lights");

    auto* stack = document.undoStack();
    stack->undo(); // the name
    EXPECT_EQ(repo.defense(id)->title, "Lights over the dock doors");
    stack->undo(); // the new defense
    EXPECT_FALSE(repo.defense(buildId));
    stack->undo(); // the rating
    EXPECT_FALSE(repo.defense(id)->rating);
    EXPECT_EQ(texts(u"defenseList"_s, DefenseListModel::RatingTextRole), QStringList{u"Not rated"_s});
    stack->undo(); // the defense
    EXPECT_TRUE(repo.defenses(lt.id).empty());
    EXPECT_EQ(defenseModel->rowCount(), 0);
    while (stack->canRedo())
        stack->redo();
    EXPECT_EQ(repo.defense(id)->rating, DefenseRating::Degraded);
    EXPECT_EQ(repo.defense(id)->title, "Dock door lights");
    EXPECT_EQ(repo.defense(buildId)->kind, DefenseKind::New);
    EXPECT_EQ(texts(u"defenseList"_s), (QStringList{u"Dock door lights"_s, u"A spotter at night changeovers"_s}));
}

TEST_F(SolveTest, ChangingKindMovesADefenseAndDropsItsRating) {
    const Id first = addDefenseByKeyboard(u"Lights over the dock doors"_s);
    choose(find<QComboBox>(u"defenseRating"_s), 1); // working
    const Id second = addDefenseByKeyboard(u"Two horn blasts"_s);
    ASSERT_EQ(repo.defense(first)->rating, DefenseRating::Working);

    // The first becomes one to build: it moves below the existing one, still selected, without a rating.
    list(u"defenseList"_s)->setCurrentIndex(list(u"defenseList"_s)->model()->index(0, 0));
    auto* kind = find<QComboBox>(u"defenseKind"_s);
    choose(kind, kind->findData(static_cast<int>(DefenseKind::New)));
    EXPECT_EQ(repo.defense(first)->kind, DefenseKind::New);
    EXPECT_FALSE(repo.defense(first)->rating);
    EXPECT_EQ(texts(u"defenseList"_s), (QStringList{u"Two horn blasts"_s, u"Lights over the dock doors"_s}));
    EXPECT_EQ(list(u"defenseList"_s)->currentIndex().data(DefenseListModel::IdRole).toLongLong(), first);
    EXPECT_FALSE(find<QComboBox>(u"defenseRating"_s)->isEnabled());

    // The description is kept when the field lets go of it.
    auto* description = qobject_cast<DeferredTextEdit*>(find<QPlainTextEdit>(u"defenseDescription"_s));
    ASSERT_TRUE(description);
    QTest::keyClicks(description, u"Bright, and checked every week"_s);
    description->commit();
    EXPECT_EQ(repo.defense(first)->description, "Bright, and checked every week");

    document.undoStack()->undo(); // the description
    document.undoStack()->undo(); // the kind, with the rating it had
    EXPECT_EQ(repo.defense(first)->kind, DefenseKind::Existing);
    EXPECT_EQ(repo.defense(first)->rating, DefenseRating::Working);
    EXPECT_EQ(texts(u"defenseList"_s), (QStringList{u"Lights over the dock doors"_s, u"Two horn blasts"_s}));
    EXPECT_TRUE(repo.defense(second));
}

TEST_F(SolveTest, LinkNotesThroughThePickerAndTheGapsShrink) {
    EXPECT_EQ(texts(u"gapList"_s, SolveNoteListModel::TextRole),
              (QStringList{u"The lamp over door 7 is out"_s, u"The blue light was broken for weeks"_s,
                           u"We walk behind the trailers"_s}));
    const Id id = addDefenseByKeyboard(u"Lights over the dock doors"_s);

    linkThroughPicker({u"lamp"_s, u"blue light"_s});
    EXPECT_EQ(answeredBy(id), (std::set<Id>{hard.id, weak.id}));
    EXPECT_EQ(texts(u"linkedNotes"_s, SolveNoteListModel::TextRole),
              (QStringList{u"The lamp over door 7 is out"_s, u"The blue light was broken for weeks"_s}));
    EXPECT_EQ(texts(u"gapList"_s, SolveNoteListModel::TextRole), QStringList{u"We walk behind the trailers"_s});
    EXPECT_EQ(list(u"defenseList"_s)->model()->index(0, 0).data(DefenseListModel::AnswerCountRole).toInt(), 2);

    // The picker confirmed once is one step.
    document.undoStack()->undo();
    EXPECT_TRUE(answeredBy(id).empty());
    EXPECT_EQ(list(u"gapList"_s)->model()->rowCount(), 3);
    EXPECT_EQ(list(u"linkedNotes"_s)->model()->rowCount(), 0);
    document.undoStack()->redo();
    EXPECT_EQ(answeredBy(id), (std::set<Id>{hard.id, weak.id}));
    EXPECT_EQ(list(u"gapList"_s)->model()->rowCount(), 1);

    // A gap answered straight from the gap list; unlinking puts a note back among the gaps.
    list(u"gapList"_s)->setCurrentIndex(list(u"gapList"_s)->model()->index(0, 0));
    find(u"answerGapButton"_s)->click();
    EXPECT_EQ(answeredBy(id), (std::set<Id>{hard.id, weak.id, adaptation.id}));
    EXPECT_EQ(list(u"gapList"_s)->model()->rowCount(), 0);
    auto* linked = list(u"linkedNotes"_s);
    linked->setCurrentIndex(linked->model()->index(0, 0)); // the lamp
    QTest::keyClick(linked, Qt::Key_Delete);
    EXPECT_EQ(answeredBy(id), (std::set<Id>{weak.id, adaptation.id}));
    EXPECT_EQ(texts(u"gapList"_s, SolveNoteListModel::TextRole), QStringList{u"The lamp over door 7 is out"_s});

    // A note removed elsewhere leaves both lists, and its link with it.
    document.removeNotes({weak.id});
    EXPECT_EQ(list(u"linkedNotes"_s)->model()->rowCount(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(list(u"linkedNotes"_s)->model()->rowCount(), 2);
}

TEST_F(SolveTest, DeletingADefenseAndUndoBringsItBackWithItsLinks) {
    const Id id = addDefenseByKeyboard(u"Lights over the dock doors"_s);
    linkThroughPicker({u"lamp"_s, u"trailers"_s});
    find<QLineEdit>(u"newActionTitle"_s)->setText(u"Fix the lamp at door 7"_s);
    find(u"addActionButton"_s)->click();
    const Id actionId = repo.actions(lt.id).at(0).id;
    actions()->setData(actions()->index(actionRow(actionId), ActionTableModel::DefenseColumn),
                       QVariant::fromValue<qint64>(id));
    ASSERT_EQ(repo.action(actionId)->defenseId, id);
    EXPECT_EQ(list(u"gapList"_s)->model()->rowCount(), 1);

    auto* defenses = list(u"defenseList"_s);
    defenses->setFocus();
    defenses->setCurrentIndex(defenses->model()->index(0, 0));
    QTest::keyClick(defenses, Qt::Key_Delete);
    EXPECT_TRUE(repo.defenses(lt.id).empty());
    EXPECT_TRUE(answeredBy(id).empty());
    EXPECT_FALSE(repo.action(actionId)->defenseId);
    EXPECT_EQ(defenses->model()->rowCount(), 0);
    EXPECT_EQ(list(u"gapList"_s)->model()->rowCount(), 3);
    EXPECT_TRUE(actions()->index(actionRow(actionId), ActionTableModel::DefenseColumn).data().toString().isEmpty());

    document.undoStack()->undo(); // one step brings back the defense, its links, and the action's pointer to it
    ASSERT_TRUE(repo.defense(id));
    EXPECT_EQ(answeredBy(id), (std::set<Id>{hard.id, adaptation.id}));
    EXPECT_EQ(repo.action(actionId)->defenseId, id);
    EXPECT_EQ(texts(u"defenseList"_s), QStringList{u"Lights over the dock doors"_s});
    EXPECT_EQ(list(u"gapList"_s)->model()->rowCount(), 1);
    EXPECT_EQ(actions()->index(actionRow(actionId), ActionTableModel::DefenseColumn).data().toString(),
              u"Lights over the dock doors"_s);
    document.undoStack()->redo();
    EXPECT_TRUE(repo.defenses(lt.id).empty());
}

TEST_F(SolveTest, AnActionWithOwnerDueStatusMeasureDefenseAndVotes) {
    const Id defenseId = addDefenseByKeyboard(u"Lights over the dock doors"_s);
    auto* line = find<QLineEdit>(u"newActionTitle"_s);
    QTest::keyClicks(line, u"Fix the lamp at door 7"_s);
    QTest::keyClick(line, Qt::Key_Return);
    ASSERT_EQ(repo.actions(lt.id).size(), 1u);
    const Id id = repo.actions(lt.id)[0].id;
    EXPECT_EQ(repo.action(id)->title, "Fix the lamp at door 7");
    EXPECT_EQ(repo.action(id)->status, ActionStatus::Open);

    auto* table = actionTable();
    const auto cell = [&](int column) { return actions()->index(actionRow(id), column); };
    ASSERT_TRUE(actions()->setData(cell(ActionTableModel::OwnerColumn), u"Maintenance lead"_s));
    ASSERT_TRUE(actions()->setData(cell(ActionTableModel::SuccessColumn), u"No dark doors on the night round"_s));
    ASSERT_TRUE(actions()->setData(cell(ActionTableModel::DefenseColumn), QVariant::fromValue<qint64>(defenseId)));

    // The date and the status through their editors, as a user changes them.
    table->setFocus();
    table->setCurrentIndex(cell(ActionTableModel::DueColumn));
    table->edit(cell(ActionTableModel::DueColumn));
    auto* due = table->findChild<DueDateEditor*>();
    ASSERT_TRUE(due);
    due->setDate(QDate(2026, 12, 4));
    QTest::keyClick(due->dateEdit(), Qt::Key_Return); // the editor commits and closes a moment later
    QTRY_VERIFY(!table->findChild<DueDateEditor*>());
    EXPECT_EQ(repo.action(id)->due, (Date{std::chrono::year{2026}, std::chrono::December, std::chrono::day{4}}));
    table->edit(cell(ActionTableModel::StatusColumn));
    auto* status = table->findChild<QComboBox*>(u"statusEditor"_s);
    ASSERT_TRUE(status);
    status->setCurrentIndex(status->findData(static_cast<int>(ActionStatus::InProgress)));
    QTest::keyClick(status, Qt::Key_Return);
    QTRY_VERIFY(!table->findChild<QComboBox*>(u"statusEditor"_s));
    EXPECT_EQ(repo.action(id)->status, ActionStatus::InProgress);

    auto stored = *repo.action(id);
    EXPECT_EQ(stored.owner, "Maintenance lead");
    EXPECT_EQ(stored.successMeasure, "No dark doors on the night round");
    EXPECT_EQ(stored.defenseId, defenseId);
    EXPECT_EQ(cell(ActionTableModel::StatusColumn).data().toString(), u"In progress"_s);
    EXPECT_EQ(cell(ActionTableModel::DefenseColumn).data().toString(), u"Lights over the dock doors"_s);
    EXPECT_FALSE(cell(ActionTableModel::DueColumn).data().toString().isEmpty());

    // Votes with the keys and the buttons: a run of votes is one step.
    table->setCurrentIndex(cell(ActionTableModel::TitleColumn));
    QTest::keyClick(table, Qt::Key_Plus);
    QTest::keyClick(table, Qt::Key_Plus);
    find(u"voteUpButton"_s)->click();
    EXPECT_EQ(repo.action(id)->votes, 3);
    EXPECT_EQ(cell(ActionTableModel::VotesColumn).data().toString(), u"●●●"_s);
    QTest::keyClick(table, Qt::Key_Minus);
    EXPECT_EQ(repo.action(id)->votes, 2);

    auto* stack = document.undoStack();
    stack->undo(); // the votes
    EXPECT_EQ(repo.action(id)->votes, 0);
    stack->undo(); // the status
    EXPECT_EQ(repo.action(id)->status, ActionStatus::Open);
    stack->undo(); // the date
    EXPECT_FALSE(repo.action(id)->due);
    EXPECT_TRUE(cell(ActionTableModel::DueColumn).data().toString().isEmpty());
    stack->undo(); // the defense
    EXPECT_FALSE(repo.action(id)->defenseId);
    stack->undo(); // how we'll know
    stack->undo(); // the owner
    EXPECT_TRUE(repo.action(id)->owner.empty());
    stack->undo(); // the action
    EXPECT_TRUE(repo.actions(lt.id).empty());
    EXPECT_EQ(actions()->rowCount(), 0);
    while (stack->canRedo())
        stack->redo();
    stored.votes = 2;
    auto back = *repo.action(id);
    back.updated = stored.updated;
    EXPECT_EQ(back, stored);

    // "No date" takes the date away.
    table->edit(cell(ActionTableModel::DueColumn));
    due = table->findChild<DueDateEditor*>();
    ASSERT_TRUE(due);
    due->findChild<QToolButton*>(u"clearDueDateButton"_s)->click();
    QTest::keyClick(due->dateEdit(), Qt::Key_Return);
    QTRY_VERIFY(!table->findChild<DueDateEditor*>());
    EXPECT_FALSE(repo.action(id)->due);

    // Delete removes the selected action, undo brings it back.
    table->setCurrentIndex(cell(ActionTableModel::TitleColumn));
    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_TRUE(repo.actions(lt.id).empty());
    stack->undo();
    EXPECT_EQ(repo.actions(lt.id).size(), 1u);
}

TEST_F(SolveTest, MostVotedActionsComeFirst) {
    auto* line = find<QLineEdit>(u"newActionTitle"_s);
    for (const auto* title : {"Fix the lamp", "Paint the walkway", "Talk to the carrier"}) {
        line->setText(QString::fromUtf8(title));
        find(u"addActionButton"_s)->click();
    }
    const auto all = repo.actions(lt.id);
    ASSERT_EQ(all.size(), 3u);
    auto* model = qobject_cast<QSortFilterProxyModel*>(actions());
    ASSERT_TRUE(model);
    auto* source = qobject_cast<ActionTableModel*>(model->sourceModel());
    source->vote(source->indexOf(all[2].id), 3);
    source->vote(source->indexOf(all[1].id), 1);
    find(u"sortByVotesButton"_s)->click();
    QStringList order;
    for (int r = 0; r < actions()->rowCount(); ++r)
        order << actions()->index(r, ActionTableModel::TitleColumn).data().toString();
    EXPECT_EQ(order, (QStringList{u"Talk to the carrier"_s, u"Paint the walkway"_s, u"Fix the lamp"_s}));
}

TEST_F(SolveTest, AParkingLotIdeaBecomesAnActionAndStays) {
    auto* parking = list(u"parkingLotList"_s);
    ASSERT_EQ(parking->model()->rowCount(), 1);
    parking->setCurrentIndex(parking->model()->index(0, 0));
    find(u"parkingToActionButton"_s)->click();
    ASSERT_EQ(repo.actions(lt.id).size(), 1u);
    const auto action = repo.actions(lt.id)[0];
    EXPECT_EQ(action.title, "Paint a walkway along the dock");
    EXPECT_TRUE(repo.note(idea.id)); // the idea stays
    EXPECT_EQ(parking->model()->rowCount(), 1);
    EXPECT_TRUE(parking->model()->index(0, 0).data(SolveNoteListModel::TurnedIntoActionRole).toBool());
    EXPECT_EQ(actions()->rowCount(), 1);

    document.undoStack()->undo(); // one step: the action and its link to the idea
    EXPECT_TRUE(repo.actions(lt.id).empty());
    EXPECT_TRUE(repo.links(lt.id).empty());
    EXPECT_FALSE(parking->model()->index(0, 0).data(SolveNoteListModel::TurnedIntoActionRole).toBool());
    document.undoStack()->redo();
    EXPECT_EQ(repo.actions(lt.id).size(), 1u);
    EXPECT_TRUE(parking->model()->index(0, 0).data(SolveNoteListModel::TurnedIntoActionRole).toBool());
}

TEST_F(SolveTest, TheSponsorsResponseIsSavedAfterAPauseAsOneStep) {
    auto* response = find<QPlainTextEdit>(u"sponsorResponse"_s);
    response->setFocus();
    QTest::keyClicks(response, u"We will fund the lights"_s);
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(repo.learningTeam(lt.id)->sponsorResponse),
                              u"We will fund the lights"_s, 5000);
    QTest::keyClicks(response, u" this quarter."_s);
    qobject_cast<DeferredTextEdit*>(response)->commit(); // as leaving the field does
    EXPECT_EQ(repo.learningTeam(lt.id)->sponsorResponse, "We will fund the lights this quarter.");
    EXPECT_EQ(document.undoStack()->count(), 1); // consecutive edits merge

    document.undoStack()->undo();
    EXPECT_TRUE(repo.learningTeam(lt.id)->sponsorResponse.empty());
    EXPECT_TRUE(response->toPlainText().isEmpty());
    document.undoStack()->redo();
    EXPECT_EQ(response->toPlainText(), u"We will fund the lights this quarter."_s);

    // Another Learning Team, then none: the field follows.
    solve->setDocument(nullptr);
    EXPECT_TRUE(response->toPlainText().isEmpty());
    EXPECT_FALSE(solve->isEnabled());
}

TEST_F(SolveTest, ScreenshotWithTheSample) {
    ltw::test::TempDir dir;
    SqliteRepository sampleRepo{dir / "sample.ltw"};
    ChangeHub sampleHub{sampleRepo};
    const auto sample = addSampleLearningTeam(sampleRepo);
    LearningTeamDocument sampleDocument{sampleRepo, sample.id};
    SolveWorkspace workspace(sampleHub);
    workspace.setDocument(&sampleDocument);
    workspace.resize(1400, 860);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    auto* defenses = workspace.findChild<QListView*>(u"defenseList"_s);
    ASSERT_TRUE(defenses);
    QTest::qWait(50);
    const auto image = workspace.grab().toImage();
    EXPECT_EQ(image.size(), QSize(1400, 860) * image.devicePixelRatio());
    EXPECT_TRUE(image.save(u"/tmp/ltw-solve-workspace.png"_s));
    // Beside the library and the docks of the main window it gets less room, and still fits.
    workspace.resize(880, 660);
    QTest::qWait(50);
    EXPECT_LE(workspace.minimumSizeHint().width(), 700);
    EXPECT_TRUE(workspace.grab().toImage().save(u"/tmp/ltw-solve-workspace-narrow.png"_s));
}

} // namespace
