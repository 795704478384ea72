// The Share workspace's ways out and in: the report, the bundle and the picture written to files or a
// printer, names kept out unless asked, and bundles from another facilitator.
#include "share_workspace_fixture.hpp"

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;
using namespace ltw::test::share;

namespace {

TEST_F(ShareWorkspaceTest, ExportsWriteTheReportAndTheBundle) {
    addLearning("Walk the line before handover", {"Handover at the desk"});
    repo.addNote(ltw::test::makeNote(lt.id, NoteKind::Story, "<script>alert(1)</script> happened"));
    QSignalSpy finished(exporter.get(), &ExportService::exportFinished);
    const std::vector<std::pair<QString, std::string>> reports = {
        {u"md"_s, "report.md"}, {u"html"_s, "report.html"}, {u"pdf-a4"_s, "report.pdf"}, {u"odt"_s, "report.odt"}};
    for (const auto& [format, file] : reports) {
        exportReport(format, file, finished);
        ASSERT_TRUE(std::filesystem::exists(dir / file)) << file;
        EXPECT_TRUE(finished.last().at(0).toBool()) << finished.last().at(1).toString().toStdString();
    }
    for (const char* file : {"report.md", "report.html"}) {
        const auto text = ltw::test::readFile(dir / file);
        EXPECT_NE(text.find("Walk the line before handover"), std::string::npos) << file;
        EXPECT_NE(text.find("alert"), std::string::npos) << file << ": the note is in it, as text";
    }
    EXPECT_EQ(ltw::test::readFile(dir / "report.pdf").rfind("%PDF-", 0), 0u);
    EXPECT_EQ(ltw::test::readFile(dir / "report.odt").rfind("PK", 0), 0u);
    savePath = QString::fromStdString((dir / "lt.json").string());
    QTest::mouseClick(child<QPushButton>("exportBundleButton"), Qt::LeftButton);
    EXPECT_NE(ltw::test::readFile(dir / "lt.json").find("Walk the line before handover"), std::string::npos);
    EXPECT_EQ(suggested, (QStringList{u"night-shift-changeover.md"_s, u"night-shift-changeover.html"_s,
                                      u"night-shift-changeover.pdf"_s, u"night-shift-changeover.odt"_s,
                                      u"night-shift-changeover.json"_s}));
    ASSERT_EQ(finished.count(), 5);
    EXPECT_TRUE(finished.last().at(1).toString().contains(u"lt.json"_s)) << "the message names the file";
    EXPECT_TRUE(child<QLabel>("shareStatus")->text().contains(u"lt.json"_s));
    EXPECT_EQ(ltw::test::readFile(dir / "report.html").find("<script"), std::string::npos);

    // A bundle without an extension typed still gets one.
    savePath = QString::fromStdString((dir / "plain").string());
    child<QPushButton>("exportBundleButton")->click();
    EXPECT_TRUE(std::filesystem::exists(dir / "plain.json"));
}

TEST_F(ShareWorkspaceTest, AnExportThatCannotBeWrittenSaysSoAndLeavesNoFile) {
    QSignalSpy finished(exporter.get(), &ExportService::exportFinished);
    exportReport(u"html"_s, "no-such-folder/report.html", finished);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished[0].at(0).toBool());
    EXPECT_TRUE(finished[0].at(1).toString().contains(u"report.html"_s));
    EXPECT_FALSE(std::filesystem::exists(dir / "no-such-folder" / "report.html"));
    EXPECT_FALSE(std::filesystem::exists(dir / "no-such-folder"));

    // A good file stays as it was when a new export of it fails half way: here, cancelled from its first page.
    ltw::test::writeFile(dir / "kept.pdf", "the report of last week");
    savePath = QString::fromStdString((dir / "kept.pdf").string());
    auto* dialog = openReportDialog();
    ASSERT_TRUE(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"reportGoButton"_s), Qt::LeftButton);
    ws->findChild<ReportExportJob*>()->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 2; }, 20000));
    if (!finished[1].at(0).toBool()) { // cancelled before it was written
        EXPECT_TRUE(finished[1].at(1).toString().contains(u"cancelled"_s));
        EXPECT_EQ(ltw::test::readFile(dir / "kept.pdf"), "the report of last week");
    }
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().string().find("kept.pdf."), std::string::npos) << "no temporary file is left";

    // Cancelling the review does nothing at all.
    dialog = openReportDialog();
    ASSERT_TRUE(dialog);
    dialog->reject();
    QTest::qWait(50);
    EXPECT_EQ(finished.count(), 2);
}

TEST_F(ShareWorkspaceTest, TheReviewListsNamesAndTheRedactionListIsKeptAndUndoable) {
    const auto sample = addSampleLearningTeam(repo);
    open(sample.id);
    auto summarised = *repo.learningTeam(sample.id);
    summarised.summary = "A summary written just before the export.";
    doc->editLearningTeam(summarised, u"Edit the summary"_s);
    auto* dialog = openReportDialog();
    ASSERT_TRUE(dialog);
    auto* review = dialog->findChild<QTreeWidget*>(u"redactionReview"_s);
    const int names = review->topLevelItemCount();
    EXPECT_EQ(names, dialog->findingCount());
    EXPECT_GE(names, 1) << "the sample types a participant's name into its text";
    for (int i = 0; i < names; ++i)
        EXPECT_TRUE(review->topLevelItem(i)->text(1).startsWith(u'[')) << "each is replaced by a role";
    EXPECT_TRUE(dialog->findChild<QLabel*>(u"redactionSummary"_s)->text().contains(QString::number(names)));

    // The facilitator keeps a place out too.
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addRedactionTermButton"_s), Qt::LeftButton);
    auto* terms = dialog->findChild<QTableWidget*>(u"redactionTerms"_s);
    ASSERT_EQ(terms->rowCount(), 1);
    terms->item(0, 1)->setText(u"a dock door"_s);
    terms->item(0, 0)->setText(u"door 7"_s);
    EXPECT_GT(review->topLevelItemCount(), names);
    const auto stored = repo.learningTeam(sample.id)->redactions;
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].term, "door 7");
    EXPECT_EQ(stored[0].label, "a dock door");

    // What is exported follows the review.
    QSignalSpy finished(exporter.get(), &ExportService::exportFinished);
    auto* combo = dialog->findChild<QComboBox*>(u"reportFormatCombo"_s);
    combo->setCurrentIndex(combo->findData(u"md"_s));
    savePath = QString::fromStdString((dir / "sample.md").string());
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"reportGoButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    const auto md = ltw::test::readFile(dir / "sample.md");
    EXPECT_EQ(md.find("door 7"), std::string::npos);
    EXPECT_NE(md.find("a dock door"), std::string::npos);

    // The list is part of the Learning Team, and its change is one undo step of its own.
    stack()->undo();
    EXPECT_TRUE(repo.learningTeam(sample.id)->redactions.empty());
    EXPECT_EQ(repo.learningTeam(sample.id)->summary, summarised.summary) << "the summary's edit is another step";
}

TEST_F(ShareWorkspaceTest, ASuggestedFileNameHoldsNoNameAndNoListedTerm) {
    repo.addParticipant(Participant{0, lt.id, "loader", "Priya Raman"});
    auto changed = *repo.learningTeam(lt.id);
    changed.title = "What Priya saw at Gate Q-17";
    changed.redactions = {{"Gate Q-17", "a gate"}};
    repo.updateLearningTeam(changed);
    savePath.clear(); // the "dialog" is cancelled once it has offered a name
    child<QPushButton>("exportBundleButton")->click();
    ASSERT_EQ(suggested.size(), 1);
    EXPECT_EQ(suggested[0], u"what-loader-saw-at-a-gate.json"_s);
}

TEST_F(ShareWorkspaceTest, TheReportIsPrintedThroughThePrinterChosen) {
    addLearning("Walk the line before handover", {"Handover at the desk"});
    const auto pdf = dir / "printed.pdf";
    exporter->setPrinterChooser([&](QPrinter& printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(QString::fromStdString(pdf.string()));
        return true;
    });
    QSignalSpy finished(exporter.get(), &ExportService::exportFinished);
    auto* dialog = openReportDialog("printReportButton");
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->findChild<QComboBox*>(u"reportFormatCombo"_s)->isVisible()) << "a printer has one format";
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"reportGoButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    EXPECT_TRUE(finished[0].at(0).toBool()) << finished[0].at(1).toString().toStdString();
    EXPECT_EQ(ltw::test::readFile(pdf).rfind("%PDF-", 0), 0u);
}

TEST_F(ShareWorkspaceTest, ABundleFromAnotherFacilitatorIsImported) {
    std::string bundle;
    std::string title;
    {
        SqliteRepository other(dir / "other.ltw");
        const auto sample = addSampleLearningTeam(other);
        title = sample.title;
        bundle = exportBundle(other.snapshot(sample.id));
    }
    ltw::test::writeFile(dir / "from-elsewhere.json", bundle);
    openPath = QString::fromStdString((dir / "from-elsewhere.json").string());
    QSignalSpy imported(importer.get(), &BundleImporter::imported);
    const auto before = repo.learningTeams().size();
    child<QPushButton>("importBundleButton")->click();
    ASSERT_EQ(imported.count(), 1);
    const Id id = imported[0].at(0).value<ltw::Id>();
    EXPECT_NE(id, lt.id);
    EXPECT_EQ(repo.learningTeams().size(), before + 1);
    ASSERT_TRUE(repo.learningTeam(id));
    EXPECT_EQ(repo.learningTeam(id)->title, title);
    EXPECT_FALSE(repo.sharedLearnings(id).empty());
    EXPECT_TRUE(child<QLabel>("shareStatus")->text().contains(QString::fromStdString(title)));

    // The same bundle again changes nothing: the facilitator is told it is up to date, and no second copy.
    QSignalSpy failed(importer.get(), &BundleImporter::failed);
    QTimer::singleShot(0, [] {
        auto* dialog = QApplication::activeModalWidget();
        ASSERT_TRUE(dialog);
        EXPECT_EQ(dialog->objectName(), u"importDecisionDialog"_s);
        auto* ok = dialog->findChild<QPushButton*>(u"closeImportButton"_s);
        ASSERT_TRUE(ok);
        ok->click();
    });
    child<QPushButton>("importBundleButton")->click();
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(imported.count(), 1);
    EXPECT_EQ(repo.learningTeams().size(), before + 1);
    EXPECT_TRUE(child<QLabel>("shareStatus")->text().contains(u"already up to date"_s))
        << child<QLabel>("shareStatus")->text().toStdString();
    // The library says where it came from.
    const auto origin = repo.importOrigin(id);
    ASSERT_TRUE(origin);
    EXPECT_EQ(origin->fileName, "from-elsewhere.json");
    EXPECT_EQ(origin->imports, 1);
    EXPECT_EQ(libraryHistory.count(), 1) << "the import is one step of the library's history";

    // Deleted from the library and taken back, it still says where it came from.
    QUndoStack library;
    library.push(new RemoveLearningTeamsCommand(repo, {}, std::nullopt, {repo.snapshot(id)}, u"Delete"_s));
    EXPECT_FALSE(repo.learningTeam(id));
    EXPECT_FALSE(repo.importOrigin(id));
    library.undo();
    ASSERT_TRUE(repo.learningTeam(id));
    EXPECT_EQ(repo.importOrigin(id), origin);
}

TEST_F(ShareWorkspaceTest, AMalformedBundleImportsNothingAndSaysWhy) {
    QSignalSpy imported(importer.get(), &BundleImporter::imported);
    QSignalSpy failed(importer.get(), &BundleImporter::failed);
    const auto before = repo.learningTeams().size();
    for (const auto* text : {"{ this is not json", R"({"format": "ltw-bundle", "version": 2})", "[]"}) {
        ltw::test::writeFile(dir / "broken.json", text);
        openPath = QString::fromStdString((dir / "broken.json").string());
        child<QPushButton>("importBundleButton")->click();
    }
    openPath = QString::fromStdString((dir / "missing.json").string());
    child<QPushButton>("importBundleButton")->click();
    EXPECT_EQ(imported.count(), 0);
    ASSERT_EQ(failed.count(), 4);
    for (const auto& args : failed)
        EXPECT_TRUE(args.at(0).toString().contains(u"Nothing was imported"_s) ||
                    args.at(0).toString().contains(u"could not be read"_s))
            << args.at(0).toString().toStdString();
    EXPECT_EQ(repo.learningTeams().size(), before);
}

TEST_F(ShareWorkspaceTest, WithoutALearningTeamNothingIsShownOrExported) {
    ws->setDocument(nullptr);
    doc.reset();
    EXPECT_FALSE(child<QPushButton>("addLearningButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("exportReportButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("printReportButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>("importBundleButton")->isEnabled());
    EXPECT_EQ(child<QListView>("learningList")->model()->rowCount(), 0);
    EXPECT_FALSE(preview().contains(QString::fromStdString(lt.title)));
}

TEST_F(ShareWorkspaceTest, TheSampleDrawsAt1400By860) {
    const auto sample = addSampleLearningTeam(repo);
    open(sample.id);
    select(0);
    ASSERT_TRUE(previewSoon(QString::fromStdString(sample.title)));
    QApplication::processEvents();
    const auto image = ws->grab().toImage();
    EXPECT_EQ(image.size(), QSize(1400, 860));
    if (const auto out = qEnvironmentVariable("LTW_SCREENSHOT_DIR"); !out.isEmpty())
        image.save(u"%1/share-workspace.png"_s.arg(out));

    // The pictures are in the preview, fitted to it: nobody scrolls sideways, however narrow it gets.
    auto* preview = child<QTextBrowser>("reportPreview");
    int pictures = 0;
    for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                ++pictures;
                EXPECT_FALSE(preview
                                 ->loadResource(QTextDocument::ImageResource,
                                                QUrl(it.fragment().charFormat().toImageFormat().name()))
                                 .isNull());
            }
    EXPECT_EQ(pictures, 3) << "the timeline of the event, the defenses map and the chart";
    for (int width : {1400, 1000}) {
        ws->resize(width, 860);
        QApplication::processEvents();
        EXPECT_EQ(preview->horizontalScrollBar()->maximum(), 0) << width;
    }
}

} // namespace
