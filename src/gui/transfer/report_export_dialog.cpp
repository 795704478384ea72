#include "transfer/report_export_dialog.hpp"

#include "common/text_util.hpp"
#include "document/learning_team_document.hpp"

#include "ltw/repository.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

QString fromUtf8(const std::string& text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

} // namespace

ReportExportDialog::ReportExportDialog(Repository& repo, LearningTeamDocument& document, Purpose purpose,
                                       bool withNames, QWidget* parent)
    : QDialog(parent), m_repo(repo), m_document(&document), m_purpose(purpose) {
    setObjectName(u"reportExportDialog"_s);
    setWindowTitle(purpose == Purpose::Print ? tr("Print the share-out report") : tr("Export the share-out report"));

    m_format = new QComboBox;
    m_format->setObjectName(u"reportFormatCombo"_s);
    const bool letter = defaultPaperSize() == PaperSize::Letter;
    m_format->addItem(tr("PDF, A4 paper"), u"pdf-a4"_s);
    m_format->addItem(tr("PDF, US Letter paper"), u"pdf-letter"_s);
    m_format->addItem(tr("Word processor document (ODT)"), u"odt"_s);
    m_format->addItem(tr("Web page (HTML), one file"), u"html"_s);
    m_format->addItem(tr("Markdown text"), u"md"_s);
    m_format->setCurrentIndex(letter ? 1 : 0);

    m_names = new QCheckBox(tr("Include participants' names"));
    m_names->setObjectName(u"reportNamesCheck"_s);
    m_names->setChecked(withNames);
    m_names->setToolTip(tr("Only when everyone named has agreed. The terms of your redaction list are replaced either "
                           "way."));
    connect(m_names, &QCheckBox::toggled, this, &ReportExportDialog::refresh);

    auto* form = new QFormLayout;
    if (purpose == Purpose::Export)
        form->addRow(tr("Format:"), m_format);
    else {
        m_format->setParent(this); // kept for its answer: a printer takes one format
        m_format->hide();
    }
    form->addRow(QString(), m_names);

    m_summary = new QLabel;
    m_summary->setObjectName(u"redactionSummary"_s);
    m_summary->setWordWrap(true);
    QFont strong = m_summary->font();
    strong.setBold(true);
    m_summary->setFont(strong);

    m_review = new QTreeWidget;
    m_review->setObjectName(u"redactionReview"_s);
    m_review->setRootIsDecorated(false);
    m_review->setUniformRowHeights(true);
    m_review->setHeaderLabels({tr("Found"), tr("Becomes"), tr("In"), tr("In its sentence")});
    m_review->header()->setStretchLastSection(true);
    m_review->setAlternatingRowColors(true);
    m_review->setMinimumHeight(180);

    m_terms = new QTableWidget(0, 2);
    m_terms->setObjectName(u"redactionTerms"_s);
    m_terms->setHorizontalHeaderLabels({tr("Word or name to keep out"), tr("Shown instead")});
    m_terms->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_terms->verticalHeader()->hide();
    m_terms->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_terms->setMinimumHeight(110);
    connect(m_terms, &QTableWidget::cellChanged, this, &ReportExportDialog::termEdited);
    auto* addTerm = new QPushButton(tr("Add a term"));
    addTerm->setObjectName(u"addRedactionTermButton"_s);
    connect(addTerm, &QPushButton::clicked, this, &ReportExportDialog::addTerm);
    m_removeTerm = new QPushButton(tr("Remove"));
    m_removeTerm->setObjectName(u"removeRedactionTermButton"_s);
    connect(m_removeTerm, &QPushButton::clicked, this, &ReportExportDialog::removeTerm);
    connect(m_terms, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeTerm->setEnabled(!m_terms->selectedItems().isEmpty()); });
    m_removeTerm->setEnabled(false);
    auto* termButtons = new QHBoxLayout;
    termButtons->addWidget(addTerm);
    termButtons->addWidget(m_removeTerm);
    termButtons->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* go =
        buttons->addButton(purpose == Purpose::Print ? tr("Print…") : tr("Export…"), QDialogButtonBox::AcceptRole);
    go->setObjectName(u"reportGoButton"_s);
    go->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(caption(tr("Every place in the report's text where a participant's name or a term of your list "
                                 "was found. Each is replaced as shown, in every format.")));
    layout->addWidget(m_review, 2);
    layout->addSpacing(6);
    layout->addWidget(caption(tr("Your redaction list for this Learning Team: people who are not on the list of "
                                 "participants, places, equipment numbers. Kept with the Learning Team.")));
    layout->addWidget(m_terms, 1);
    layout->addLayout(termButtons);
    layout->addWidget(buttons);
    resize(760, 560);

    m_filling = true;
    if (const auto lt = m_repo.learningTeam(document.learningTeamId()))
        for (const auto& term : lt->redactions) {
            const int row = m_terms->rowCount();
            m_terms->insertRow(row);
            m_terms->setItem(row, 0, new QTableWidgetItem(fromUtf8(term.term)));
            m_terms->setItem(row, 1, new QTableWidgetItem(fromUtf8(term.label)));
        }
    m_filling = false;
    refresh();
}

ReportFormat ReportExportDialog::format() const {
    const QString key = m_format->currentData().toString();
    if (key == u"odt")
        return ReportFormat::Odt;
    if (key == u"html")
        return ReportFormat::Html;
    if (key == u"md")
        return ReportFormat::Markdown;
    return ReportFormat::Pdf;
}

PaperSize ReportExportDialog::paper() const {
    return m_format->currentData().toString() == u"pdf-letter" ? PaperSize::Letter : PaperSize::A4;
}

bool ReportExportDialog::withNames() const { return m_names->isChecked(); }

int ReportExportDialog::findingCount() const { return m_findings; }

void ReportExportDialog::refresh() {
    m_review->clear();
    m_findings = 0;
    if (!m_document)
        return;
    const auto snapshot = m_repo.snapshot(m_document->learningTeamId());
    const auto findings = reviewRedactions(snapshot, ReportOptions{withNames()});
    QList<QTreeWidgetItem*> items;
    for (const auto& f : findings) {
        auto* item =
            new QTreeWidgetItem({fromUtf8(f.found), fromUtf8(f.replacement), fromUtf8(f.where),
                                 fromUtf8(f.before) + u'\u00ab' + fromUtf8(f.found) + u'\u00bb' + fromUtf8(f.after)});
        item->setToolTip(3, item->text(3));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        items.append(item);
    }
    m_review->addTopLevelItems(items);
    // Wide enough for what they hold, never so wide that the sentence goes out of sight.
    for (int column = 0; column < 3; ++column) {
        m_review->resizeColumnToContents(column);
        m_review->setColumnWidth(column, std::min(m_review->columnWidth(column), column == 2 ? 150 : 190));
    }
    m_findings = int(findings.size());
    if (m_findings == 0)
        m_summary->setText(withNames() ? tr("No term of your list was found in the report's text.")
                                       : tr("No participant's name and no term of your list was found in the "
                                            "report's text."));
    else
        m_summary->setText(tr("%n place(s) in the report will be changed before it leaves.", "", m_findings));
}

void ReportExportDialog::addTerm() {
    const int row = m_terms->rowCount();
    m_filling = true;
    m_terms->insertRow(row);
    m_terms->setItem(row, 0, new QTableWidgetItem);
    m_terms->setItem(row, 1, new QTableWidgetItem);
    m_filling = false;
    m_terms->setCurrentCell(row, 0);
    m_terms->editItem(m_terms->item(row, 0));
}

void ReportExportDialog::removeTerm() {
    const int row = m_terms->currentRow();
    if (row < 0)
        return;
    m_filling = true;
    m_terms->removeRow(row);
    m_filling = false;
    termEdited(-1, -1);
}

// The table is the list: every edit stores it whole, as one undoable change of the Learning Team.
void ReportExportDialog::termEdited(int, int) {
    if (m_filling)
        return;
    std::vector<RedactionTerm> terms;
    for (int row = 0; row < m_terms->rowCount(); ++row) {
        const auto* term = m_terms->item(row, 0);
        const auto* label = m_terms->item(row, 1);
        const QString text = term ? term->text().trimmed() : QString();
        if (!text.isEmpty())
            terms.push_back({text.toStdString(), label ? label->text().trimmed().toStdString() : std::string()});
    }
    storeTerms(terms);
    refresh();
}

void ReportExportDialog::storeTerms(const std::vector<RedactionTerm>& terms) {
    if (m_document)
        m_document->editRedactions(terms);
}

} // namespace ltw::gui
