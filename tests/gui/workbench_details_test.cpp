// The workbench beyond capture: new Learning Teams and their details, prompt cards, the inspector,
// work as imagined beside work as done.
#include "workbench_fixture.hpp"

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;
using namespace ltw::test::workbench;

namespace {

TEST_F(WorkbenchTest, ANewLearningTeamThroughTheDialog) {
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>(u"buttons"_s)->button(QDialogButtonBox::Ok);
        auto* team = dialog->findChild<QComboBox*>(u"teamCombo"_s);
        team->setEditText(u"Cold store crew"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"siteEdit"_s), u"North site"_s);
        EXPECT_FALSE(ok->isEnabled()) << "no title yet";
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"titleEdit"_s), u"Defrost cycle changeover"_s);
        EXPECT_TRUE(ok->isEnabled());
        auto* use = dialog->findChild<QComboBox*>(u"useCombo"_s);
        use->setCurrentIndex(use->findData(static_cast<int>(Use::Change)));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"scopeEdit"_s), u"How does a defrost really go?"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"sponsorEdit"_s), u"Site manager"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"facilitatorEdit"_s), u"Sam"_s);
        auto* table = dialog->findChild<QTableWidget*>(u"participantsTable"_s);
        table->item(0, 0)->setText(u"refrigeration technician"_s);
        table->item(0, 1)->setText(u"Ana Lee"_s);
        table->item(1, 0)->setText(u"cold-store picker"_s);
        ok->click();
    });
    action("newLearningTeamAction")->trigger();
    const auto created = window->currentLearningTeam();
    ASSERT_NE(created, lt.id);
    const auto stored = repo.learningTeam(created).value();
    EXPECT_EQ(stored.title, "Defrost cycle changeover");
    EXPECT_EQ(stored.use, Use::Change);
    EXPECT_EQ(stored.scopeQuestion, "How does a defrost really go?");
    EXPECT_EQ(stored.facilitator, "Sam");
    EXPECT_EQ(repo.team(stored.teamId)->name, "Cold store crew");
    EXPECT_EQ(repo.team(stored.teamId)->site, "North site");
    const auto people = repo.participants(created);
    ASSERT_EQ(people.size(), 2u);
    EXPECT_EQ(people[0].name, "Ana Lee");
    EXPECT_EQ(repo.phaseLog(created).size(), 1u);
    // The window's focus is in the capture line (offscreen, no window manager re-activates it).
    EXPECT_EQ(window->focusWidget(), line()) << "ready to capture straight away";
}

} // namespace

namespace {

TEST_F(WorkbenchTest, PromptCardsFlipAndFollowTheUse) {
    auto* panel = window->findChild<PromptCardsPanel*>();
    ASSERT_TRUE(panel);
    const int workCards = panel->count();
    ASSERT_GE(workCards, 5);
    const auto first = panel->currentCard()->id;
    panel->next();
    EXPECT_NE(panel->currentCard()->id, first);
    panel->previous();
    EXPECT_EQ(panel->currentCard()->id, first);
    auto title = window->findChild<QLabel*>(u"promptTitle"_s);
    EXPECT_EQ(title->text().toStdString(), panel->currentCard()->title);

    auto event = repo.learningTeam(lt.id).value();
    event.use = Use::Event;
    repo.updateLearningTeam(event);
    EXPECT_GT(panel->count(), workCards) << "an event brings the timeline prompts";
}

} // namespace

namespace {

TEST_F(WorkbenchTest, TheInspectorEditsEveryFieldOfTheSelectedCard) {
    type(u"The horn is hard to hear"_s);
    const Id id = repo.notes(lt.id)[0].id;
    auto* story = board()->lane(NoteKind::Story);
    story->setCurrentIndex(story->model()->index(0, 0));
    auto* inspector = window->findChild<NoteInspector*>();
    ASSERT_TRUE(inspector);
    EXPECT_EQ(inspector->note(), id);
    auto* text = inspector->findChild<QPlainTextEdit*>(u"inspectorText"_s);
    EXPECT_EQ(text->toPlainText(), u"The horn is hard to hear"_s);

    auto* kind = inspector->findChild<QComboBox*>(u"inspectorKind"_s);
    kind->setCurrentIndex(kind->findData(static_cast<int>(NoteKind::WeakSignal)));
    emit kind->activated(kind->currentIndex());
    EXPECT_EQ(repo.note(id)->kind, NoteKind::WeakSignal);
    EXPECT_EQ(board()->lane(NoteKind::WeakSignal)->model()->rowCount(), 1) << "the card moved lanes";

    auto* tags = inspector->findChild<QLineEdit*>(u"inspectorTags"_s);
    tags->setText(u"noise, fleet, noise"_s);
    emit tags->editingFinished();
    EXPECT_EQ(repo.note(id)->tags, (std::vector<std::string>{"noise", "fleet"}));

    auto* teller = inspector->findChild<QComboBox*>(u"inspectorTeller"_s);
    teller->setCurrentIndex(2);
    emit teller->activated(2);
    ASSERT_TRUE(repo.note(id)->tellerId);
    EXPECT_EQ(repo.participant(*repo.note(id)->tellerId)->role, "maintenance technician");

    inspector->findChild<QCheckBox*>(u"inspectorPrivate"_s)->setChecked(true);
    EXPECT_TRUE(repo.note(id)->facilitatorOnly);

    // Every change above was its own step or merged into one: undo until the capture stands alone.
    while (window->currentDocument()->undoStack()->index() > 1)
        action("undoAction")->trigger();
    const auto back = repo.note(id).value();
    EXPECT_EQ(back.kind, NoteKind::Story);
    EXPECT_TRUE(back.tags.empty());
    EXPECT_FALSE(back.facilitatorOnly);
    EXPECT_EQ(kind->currentData().toInt(), static_cast<int>(NoteKind::Story)) << "the inspector follows";
}

} // namespace

namespace {

TEST_F(WorkbenchTest, WorkAsImaginedBesideWorkAsDoneWithAttachedAdaptations) {
    chooseKind(4);
    type(u"We walk behind the trailers when the walkway is blocked"_s);
    const Id adaptation = repo.notes(lt.id)[0].id;
    auto* steps = window->findChild<LearnWorkspace*>()->workSteps();
    ASSERT_TRUE(steps);
    for (const auto& text : {u"Walk the marked walkway"_s, u"Fetch labels at this door"_s})
        typeInto(steps->entry(StepTrack::Imagined), text),
            QTest::keyClick(steps->entry(StepTrack::Imagined), Qt::Key_Return);
    for (const auto& text : {u"Walk behind the trailers"_s, u"Fetch labels at door 5"_s})
        typeInto(steps->entry(StepTrack::Done), text), QTest::keyClick(steps->entry(StepTrack::Done), Qt::Key_Return);
    ASSERT_EQ(repo.workSteps(lt.id, StepTrack::Imagined).size(), 2u);
    ASSERT_EQ(repo.workSteps(lt.id, StepTrack::Done).size(), 2u);
    auto* done = steps->list(StepTrack::Done);
    EXPECT_TRUE(done->model()->index(0, 0).data().toString().startsWith(u"1. Walk behind"_s));

    // Reorder with the keyboard: one undo step.
    done->setCurrentIndex(done->model()->index(1, 0));
    steps->moveSelected(StepTrack::Done, -1);
    EXPECT_EQ(repo.workSteps(lt.id, StepTrack::Done)[0].text, "Fetch labels at door 5");
    EXPECT_TRUE(done->model()->index(0, 0).data().toString().startsWith(u"1. Fetch labels"_s));
    action("undoAction")->trigger();
    EXPECT_EQ(repo.workSteps(lt.id, StepTrack::Done)[0].text, "Walk behind the trailers");

    // Attach the adaptation to the step where the two differ, through the picker.
    done->setCurrentIndex(done->model()->index(0, 0));
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto* list = dialog->findChild<QListWidget*>(u"pickerList"_s);
        ASSERT_EQ(list->count(), 1);
        list->item(0)->setCheckState(Qt::Checked);
        dialog->accept();
    });
    steps->chooseAttachments(StepTrack::Done);
    const auto links = repo.links(lt.id);
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(links[0].kind, LinkKind::AttachedTo);
    EXPECT_EQ(links[0].from, (ItemRef{ItemType::Note, adaptation}));
    EXPECT_TRUE(done->model()->index(0, 0).data().toString().contains(u"↳ Adaptation: We walk behind"_s));

    // Deleting the step takes its attachment; undo brings both back.
    steps->removeSelected(StepTrack::Done);
    EXPECT_EQ(repo.workSteps(lt.id, StepTrack::Done).size(), 1u);
    EXPECT_TRUE(repo.links(lt.id).empty());
    action("undoAction")->trigger();
    EXPECT_EQ(repo.workSteps(lt.id, StepTrack::Done).size(), 2u);
    EXPECT_EQ(repo.links(lt.id).size(), 1u);

    // Editing a step in place.
    auto* imagined = steps->list(StepTrack::Imagined);
    imagined->model()->setData(imagined->model()->index(1, 0), u"Fetch labels at the door you load"_s);
    EXPECT_EQ(repo.workSteps(lt.id, StepTrack::Imagined)[1].text, "Fetch labels at the door you load");
}

} // namespace

namespace {

TEST_F(WorkbenchTest, EditingTheDetailsAndParticipantsIsOneUndoStep) {
    const auto people = repo.participants(lt.id);
    ASSERT_EQ(people.size(), 2u);
    auto told = makeNoteTold(people[1].id);
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        EXPECT_FALSE(dialog->findChild<QComboBox*>(u"teamCombo"_s)->isEnabled());
        auto* sponsor = dialog->findChild<QLineEdit*>(u"sponsorEdit"_s);
        sponsor->setText(u"Operations director"_s);
        auto* table = dialog->findChild<QTableWidget*>(u"participantsTable"_s);
        ASSERT_EQ(table->rowCount(), 3) << "two participants and a blank row";
        EXPECT_EQ(table->item(0, 1)->text(), u"Rosa Díaz"_s) << "names are shown to the facilitator here";
        table->item(0, 0)->setText(u"night-shift line operator"_s);
        table->removeRow(1); // the maintenance technician leaves the group
        table->item(1, 0)->setText(u"quality inspector"_s);
        dialog->findChild<QDialogButtonBox*>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
    });
    action("detailsAction")->trigger();
    EXPECT_EQ(repo.learningTeam(lt.id)->sponsor, "Operations director");
    auto now = repo.participants(lt.id);
    ASSERT_EQ(now.size(), 2u);
    EXPECT_EQ(now[0].role, "night-shift line operator");
    EXPECT_EQ(now[0].name, "Rosa Díaz");
    EXPECT_EQ(now[1].role, "quality inspector");
    EXPECT_FALSE(repo.note(told.id)->tellerId);

    action("undoAction")->trigger();
    EXPECT_EQ(repo.learningTeam(lt.id)->sponsor, "");
    now = repo.participants(lt.id);
    ASSERT_EQ(now.size(), 2u);
    EXPECT_EQ(now[0].role, "night-shift operator");
    EXPECT_EQ(now[1].role, "maintenance technician");
    EXPECT_EQ(repo.note(told.id)->tellerId, people[1].id) << "the note has its teller back";
}

} // namespace
