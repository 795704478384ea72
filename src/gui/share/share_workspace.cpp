#include "share/share_workspace.hpp"
#include "app/shortcuts.hpp"

#include "common/text_util.hpp"
#include "share/report_document.hpp"

#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"
#include "org/org_publish.hpp"
#include "org/org_report.hpp"
#include "share/learning_editor.hpp"
#include "share/shared_learning_list_model.hpp"
#include "transfer/bundle_importer.hpp"
#include "transfer/export_service.hpp"

#include "ltw/errors.hpp"
#include "ltw/report.hpp"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

// The report is standalone HTML; the preview must never fetch anything a report might name.
// The report as it will be printed, pictures included; nothing is ever fetched from elsewhere. A picture is
// drawn again only when it changed.
class ReportPreview final : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;
    void setPictures(const std::vector<ReportPicture>& pictures) {
        std::map<QString, Picture> kept;
        const qreal scale = std::max<qreal>(1.0, devicePixelRatioF());
        for (const auto& p : pictures) {
            const QString name = QString::fromStdString(p.name);
            auto it = m_pictures.find(name);
            if (it != m_pictures.end() && it->second.svg == p.svg)
                kept[name] = std::move(it->second);
            else
                kept[name] = {p.svg, pictureImage(p, scale), QSizeF(p.width, p.height)};
        }
        m_pictures = std::move(kept);
    }
    // A picture is as wide as the preview at most: the reader never scrolls sideways.
    void fitPictures() {
        const qreal room = std::max(120, viewport()->width() - 24);
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                QTextImageFormat image = fragment.charFormat().toImageFormat();
                const auto found = m_pictures.find(image.name());
                if (!image.isValid() || found == m_pictures.end())
                    continue;
                const QSizeF natural = found->second.size;
                const qreal scale = std::min<qreal>(1.0, room / natural.width());
                if (qFuzzyCompare(image.width(), natural.width() * scale))
                    continue;
                image.setWidth(natural.width() * scale);
                image.setHeight(natural.height() * scale);
                QTextCursor cursor(document());
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.setCharFormat(image);
            }
    }
    QVariant loadResource(int type, const QUrl& name) override {
        const auto it = m_pictures.find(name.toString());
        if (type != QTextDocument::ImageResource || it == m_pictures.end())
            return {};
        return it->second.image;
    }

protected:
    void resizeEvent(QResizeEvent* event) override {
        QTextBrowser::resizeEvent(event);
        fitPictures();
    }

private:
    struct Picture {
        std::string svg; // what it was drawn from
        QImage image;
        QSizeF size; // as laid out in the report, before it is fitted to the preview
    };
    std::map<QString, Picture> m_pictures;
};

QLabel* heading(const QString& text) {
    auto* label = new QLabel(text);
    auto f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ShareWorkspace::ShareWorkspace(ChangeHub& hub, QWidget* parent)
    : QWidget(parent), m_hub(hub), m_model(new SharedLearningListModel(hub, this)) {
    setObjectName(u"shareWorkspace"_s);

    // Left: the shared learnings and the editor of the chosen one.
    m_list = new QListView;
    m_list->setObjectName(u"learningList"_s);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Shared learnings"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setMinimumHeight(110);
    auto* deleteAction = new QAction(tr("Delete the shared learning"), m_list);
    deleteAction->setObjectName(u"deleteLearningAction"_s);
    applyShortcut(deleteAction, Shortcut::DeleteLearning);
    connect(deleteAction, &QAction::triggered, this, &ShareWorkspace::removeLearning);
    m_list->addAction(deleteAction);

    m_add = new QPushButton(tr("Add a shared learning"));
    m_add->setObjectName(u"addLearningButton"_s);
    connect(m_add, &QPushButton::clicked, this, &ShareWorkspace::addLearning);
    m_remove = new QPushButton(tr("Delete"));
    m_remove->setObjectName(u"removeLearningButton"_s);
    m_remove->setToolTip(tr("Delete the chosen shared learning (Edit → Undo brings it back)"));
    connect(m_remove, &QPushButton::clicked, this, &ShareWorkspace::removeLearning);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);

    m_editor = new LearningEditor(hub);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 8, 8);
    leftLayout->addWidget(heading(tr("Shared learnings")));
    leftLayout->addWidget(caption(tr("What other teams can take from this one. Each shared learning becomes a "
                                     "section of the share-out report.")));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(m_editor, 4);

    // Right: the report as it will be exported, and the ways out (and in).
    m_includeNames = new QCheckBox(tr("Include participants' names"));
    m_includeNames->setObjectName(u"includeNamesCheck"_s);
    m_includeNames->setToolTip(
        tr("Names are private to you. When this is on, the preview and every export show people's names where "
           "they would otherwise show only their role, and the bundle also carries the notes kept only for you. "
           "Turn it on only when everyone named has agreed."));
    m_namesWarning = new QLabel(tr("Participants' names are shown here and will be in every export."));
    m_namesWarning->setObjectName(u"namesWarning"_s);
    m_namesWarning->setWordWrap(true);
    m_namesWarning->setStyleSheet(u"QLabel { background: #fbecd0; color: #6b4a0e; padding: 4px 8px; "
                                  "border-radius: 4px; }"_s);
    m_namesWarning->hide();
    connect(m_includeNames, &QCheckBox::toggled, this, [this](bool on) {
        m_namesWarning->setVisible(on);
        if (m_exporter)
            m_exporter->setNamesIncluded(on);
        refreshPreview();
    });

    m_preview = new ReportPreview;
    m_preview->setObjectName(u"reportPreview"_s);
    m_preview->setAccessibleName(tr("Preview of the share-out report"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->setFrameShape(QFrame::StyledPanel);

    m_exportReport = new QPushButton(tr("Report…"));
    m_exportReport->setObjectName(u"exportReportButton"_s);
    m_exportReport->setToolTip(tr("Save the share-out report as PDF, a word processor document, a web page or "
                                  "Markdown, after a review of the names it would hold"));
    connect(m_exportReport, &QPushButton::clicked, this, [this] {
        if (m_exporter)
            m_exporter->exportReport();
    });
    m_print = new QPushButton(tr("Print…"));
    m_print->setObjectName(u"printReportButton"_s);
    m_print->setToolTip(tr("Print the share-out report"));
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_exporter)
            m_exporter->printReport();
    });
    m_exportBundle = new QPushButton(tr("Bundle…"));
    m_exportBundle->setObjectName(u"exportBundleButton"_s);
    m_exportBundle->setToolTip(tr("Save the whole Learning Team as a bundle that another facilitator can import"));
    connect(m_exportBundle, &QPushButton::clicked, this, [this] {
        if (m_exporter)
            m_exporter->exportBundle();
    });
    m_exportPicture = new QPushButton(tr("Picture…"));
    m_exportPicture->setObjectName(u"exportPictureButton"_s);
    m_exportPicture->setToolTip(tr("Save the room's shared picture as an image, to paste into an email or slides"));
    connect(m_exportPicture, &QPushButton::clicked, this, [this] {
        if (m_exporter)
            m_exporter->exportPicture();
    });
    m_import = new QPushButton(tr("Import a bundle…"));
    m_import->setObjectName(u"importBundleButton"_s);
    m_import->setToolTip(tr("Add a Learning Team from a bundle another facilitator sent you"));
    m_import->setEnabled(false); // until the window hands over its importer
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (m_importer)
            m_importer->chooseAndImport();
    });

    auto* previewHeader = new QHBoxLayout;
    previewHeader->addWidget(heading(tr("Share-out report")));
    previewHeader->addStretch(1);
    previewHeader->addWidget(m_includeNames);
    auto* exports = new QHBoxLayout;
    exports->addWidget(new QLabel(tr("Export:")));
    exports->addWidget(m_exportReport);
    exports->addWidget(m_print);
    exports->addWidget(m_exportBundle);
    exports->addWidget(m_exportPicture);
    exports->addStretch(1);
    exports->addWidget(m_import);

    m_status = new QLabel;
    m_status->setObjectName(u"shareStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    m_rightLayout = rightLayout;
    rightLayout->setContentsMargins(8, 8, 8, 8);
    rightLayout->addLayout(previewHeader);
    rightLayout->addWidget(
        caption(tr("The report as it will leave the room, on one long page. It follows every change.")));
    rightLayout->addWidget(m_namesWarning);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addLayout(exports);
    rightLayout->addWidget(m_status);

    auto* splitter = new QSplitter;
    splitter->setObjectName(u"shareSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 840});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Fast typing and undo bursts rebuild the preview once, shortly after they stop.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &ShareWorkspace::refreshPreview);
    connect(&hub, &ChangeHub::changed, this, &ShareWorkspace::onChange);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        m_editor->showLearning(current.data(SharedLearningListModel::IdRole).toLongLong());
        updateEnabled();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ShareWorkspace::updateEnabled);

    setDocument(nullptr);
}

void ShareWorkspace::setExporter(ExportService* exporter) {
    if (m_exporter)
        m_exporter->disconnect(this);
    m_exporter = exporter;
    updateEnabled();
    if (!exporter)
        return;
    exporter->setNamesIncluded(m_includeNames->isChecked());
    connect(exporter, &ExportService::aboutToExport, m_editor, &LearningEditor::commit);
    connect(exporter, &ExportService::canExportChanged, this, &ShareWorkspace::updateEnabled);
    connect(exporter, &ExportService::exportFinished, this, &ShareWorkspace::showStatus);
}

void ShareWorkspace::setImporter(BundleImporter* importer) {
    if (m_importer)
        m_importer->disconnect(this);
    m_importer = importer;
    updateEnabled();
    if (!importer)
        return;
    connect(importer, &BundleImporter::imported, this,
            [this](Id, const QString& message) { showStatus(true, message); });
    connect(importer, &BundleImporter::unchanged, this, [this](const QString& message) { showStatus(true, message); });
    connect(importer, &BundleImporter::failed, this, [this](const QString& message) { showStatus(false, message); });
}

// The last word of an export or an import stays under the buttons (a failure was also shown in a box).
void ShareWorkspace::showStatus(bool ok, const QString& message) {
    m_status->setText(message);
    m_status->setStyleSheet(ok ? QString() : u"QLabel { color: #8a1f1f; }"_s);
}

void ShareWorkspace::setOrgPublishing(OrgSyncService* service) {
    delete m_orgBar;
    m_orgBar = nullptr;
    if (!service)
        return;
    m_orgBar = new OrgPublishBar(*service);
    connect(m_orgBar, &OrgPublishBar::message, this, &ShareWorkspace::showStatus);
    m_rightLayout->insertWidget(m_rightLayout->indexOf(m_status), m_orgBar);
    updateOrgBar();
}

void ShareWorkspace::updateOrgBar() {
    if (!m_orgBar)
        return;
    const auto lt = m_document ? m_document->repository().learningTeam(m_document->learningTeamId()) : std::nullopt;
    m_orgBar->setLearningTeam(lt ? &*lt : nullptr);
}

void ShareWorkspace::setDocument(LearningTeamDocument* document) {
    m_editor->setDocument(nullptr); // saves what was typed for the previous one
    m_document = document;
    m_model->setLearningTeam(document ? document->learningTeamId() : 0);
    m_editor->setDocument(document);
    m_status->clear();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    refreshPreview();
    updateEnabled();
    updateOrgBar();
}

void ShareWorkspace::updateEnabled() {
    const bool open = m_document != nullptr;
    m_list->setEnabled(open);
    m_add->setEnabled(open);
    m_remove->setEnabled(open && m_list->currentIndex().isValid());
    m_editor->setEnabled(open);
    m_includeNames->setEnabled(open);
    const bool exporting = m_exporter && m_exporter->isExporting();
    for (auto* b : {m_exportReport, m_print, m_exportBundle, m_exportPicture})
        b->setEnabled(open && m_exporter && !exporting);
    m_import->setEnabled(m_importer != nullptr);
}

void ShareWorkspace::onChange(const Change& change) {
    if (!m_document)
        return;
    const Id id = m_document->learningTeamId();
    if (change.entity == EntityType::LearningTeam && change.kind == ChangeKind::Removed && change.id == id) {
        setDocument(nullptr);
        return;
    }
    if (change.learningTeamId == id || change.entity == EntityType::Team) { // the team's name is in the report
        m_refresh->start();
        updateOrgBar();
    }
}

void ShareWorkspace::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (std::exchange(m_previewStale, false))
        refreshPreview();
}

// Building the report is the costly part of this workspace: it is done only while it is on screen.
void ShareWorkspace::refreshPreview() {
    m_refresh->stop();
    if (!isVisible()) {
        m_previewStale = true;
        return;
    }
    if (!m_document) {
        m_preview->setHtml(tr("<p style='color:#5b6e7c'>Choose a Learning Team to see its share-out report.</p>"));
        return;
    }
    PrintableReport report;
    try {
        const auto snapshot = m_hub.repository().snapshot(m_document->learningTeamId());
        report = reportPrintable(snapshot, reportOptionsFor(m_hub.repository(), snapshot, m_includeNames->isChecked()));
    } catch (const Error& e) {
        m_preview->setPlainText(tr("The report could not be built: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    auto* bar = m_preview->verticalScrollBar();
    const int position = bar->value(); // keep the reader's place while the report grows
    static_cast<ReportPreview*>(m_preview)->setPictures(report.pictures);
    m_preview->setHtml(QString::fromStdString(report.html));
    static_cast<ReportPreview*>(m_preview)->fitPictures();
    bar->setValue(position);
}

void ShareWorkspace::addLearning() {
    if (!m_document)
        return;
    m_editor->commit();
    const Id id = m_document->addSharedLearning(tr("New shared learning").toStdString()).id;
    if (id == 0)
        return; // it failed, was reported and dropped
    m_list->setCurrentIndex(m_model->indexOf(id));
    m_editor->focusTitle();
}

void ShareWorkspace::removeLearning() {
    if (!m_document)
        return;
    m_editor->commit();
    const auto shown = m_model->learningAt(m_list->currentIndex());
    if (!shown)
        return;
    m_document->removeSharedLearning(shown->id);
}

} // namespace ltw::gui
