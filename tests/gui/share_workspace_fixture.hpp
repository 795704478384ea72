// Shared by share_workspace_test.cpp and share_export_test.cpp: the fixture and its helpers.
#pragma once

#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"
#include "document/teams_document.hpp"
#include "ltw/bundle.hpp"
#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"
#include "share/share_workspace.hpp"
#include "test_support.hpp"
#include "transfer/bundle_importer.hpp"
#include "transfer/export_service.hpp"
#include "transfer/report_export_dialog.hpp"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <filesystem>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace ltw::test::share {

class ShareWorkspaceTest : public ::testing::Test {
protected:
    ltw::test::TempDir dir;
    SqliteRepository repo{dir / "share.ltw"};
    ChangeHub hub{repo};
    LearningTeam lt;
    std::unique_ptr<LearningTeamDocument> doc;
    std::unique_ptr<ShareWorkspace> ws;
    TeamsDocument library{repo};
    QUndoStack& libraryHistory = *library.undoStack();
    std::unique_ptr<BundleImporter> importer;
    std::unique_ptr<ExportService> exporter; // before the workspace goes: it waits for a report being written
    QString savePath;                        // what the "dialogs" answer
    QString openPath;
    QStringList suggested; // what they were offered

    void SetUp() override {
        lt = ltw::test::makeLearningTeam(repo);
        ws = std::make_unique<ShareWorkspace>(hub);
        importer = std::make_unique<BundleImporter>(repo, library, nullptr);
        importer->setMessageBoxesShown(false);
        importer->setFileChooser([this](const QString&) { return openPath; });
        ws->setImporter(importer.get());
        exporter = std::make_unique<ExportService>(hub, ws.get()); // its dialogs are the workspace's children
        exporter->setMessageBoxesShown(false);
        exporter->setFileChooser([this](const QString& name, const QString&) {
            suggested << name;
            return savePath;
        });
        ws->setExporter(exporter.get());
        open(lt.id);
        ws->resize(1400, 860);
        ws->show();
        ws->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(ws.get()));
    }

    void open(Id ltId) {
        ws->setDocument(nullptr);
        exporter->setDocument(nullptr);
        doc = std::make_unique<LearningTeamDocument>(repo, ltId);
        ws->setDocument(doc.get());
        exporter->setDocument(doc.get());
    }

    template <class T>
    T* child(const char* name) {
        auto* w = ws->findChild<T*>(QString::fromUtf8(name));
        EXPECT_TRUE(w) << name;
        return w;
    }
    QString preview() { return child<QTextBrowser>("reportPreview")->toPlainText(); }
    bool previewSoon(const QString& text) {
        return QTest::qWaitFor([&] { return preview().contains(text); }, 2000);
    }
    QUndoStack* stack() { return doc->undoStack(); }
    SharedLearning addLearning(const std::string& title, std::vector<std::string> lookFors = {}) {
        return repo.addSharedLearning(SharedLearning{0, lt.id, title, "A summary.", std::move(lookFors), "", {}, {}});
    }
    void select(int row) {
        auto* list = child<QListView>("learningList");
        list->setCurrentIndex(list->model()->index(row, 0));
    }
    // Clicks Report… (or Print…) and waits for the review dialog it opens.
    ReportExportDialog* openReportDialog(const char* button = "exportReportButton") {
        child<QPushButton>(button)->click();
        ReportExportDialog* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = ws->findChild<ReportExportDialog*>(u"reportExportDialog"_s);
                return dialog && dialog->isVisible();
            },
            2000);
        EXPECT_TRUE(shown);
        return dialog;
    }
    // Exports the report in a format ("pdf-a4", "odt", "html", "md") to `file` and waits for it to finish.
    void exportReport(const QString& format, const std::string& file, QSignalSpy& finished) {
        const auto before = finished.count();
        savePath = QString::fromStdString((dir / file).string());
        auto* dialog = openReportDialog();
        ASSERT_TRUE(dialog);
        auto* combo = dialog->findChild<QComboBox*>(u"reportFormatCombo"_s);
        combo->setCurrentIndex(combo->findData(format));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"reportGoButton"_s), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() > before; }, 20000)) << file;
    }
};

} // namespace ltw::test::share
