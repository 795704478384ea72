#include "share/learning_editor.hpp"
#include "common/text_util.hpp"

#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {
LearningEditor::LearningEditor(ChangeHub& hub, QWidget* parent) : QWidget(parent), m_repo(hub.repository()) {
    setObjectName(u"learningEditor"_s);
    m_empty = new QLabel(tr("Choose a shared learning on the list above, or add one: something this team found out "
                            "that another team could use."));
    m_empty->setObjectName(u"learningEditorEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_empty);
    m_pages->addWidget(buildForm());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&hub, &ChangeHub::changed, this, &LearningEditor::apply);
    showLearning(0);
}

QWidget* LearningEditor::buildForm() {
    m_title = new QLineEdit;
    m_title->setObjectName(u"learningTitle"_s);
    m_title->setAccessibleName(tr("Title of the shared learning"));
    m_title->setPlaceholderText(tr("The learning in a few words"));
    connect(m_title, &QLineEdit::editingFinished, this, &LearningEditor::commit);

    m_summary = new QPlainTextEdit;
    m_summary->setObjectName(u"learningSummary"_s);
    m_summary->setAccessibleName(tr("Summary of the shared learning"));
    m_summary->setPlaceholderText(tr("What happens in the work, and why it makes sense to the people doing it"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(90);
    m_summary->installEventFilter(this); // saved when the facilitator leaves it

    m_lookFors = new QListWidget;
    m_lookFors->setObjectName(u"lookForList"_s);
    m_lookFors->setAccessibleName(tr("Look-fors"));
    m_lookFors->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::SelectedClicked);
    m_lookFors->setWordWrap(true);
    m_lookFors->setAlternatingRowColors(true);
    m_lookFors->setMinimumHeight(110);
    connect(m_lookFors, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            saveLookFors(tr("Edit a look-for of “%1”").arg(shortened(m_shown ? m_shown->title : std::string())));
    });
    connect(m_lookFors, &QListWidget::currentRowChanged, this, &LearningEditor::updateButtons);

    m_newLookFor = new QLineEdit;
    m_newLookFor->setObjectName(u"newLookFor"_s);
    m_newLookFor->setAccessibleName(tr("New look-for"));
    // The hint fits a laptop's Share page; the example is one hover away.
    m_newLookFor->setPlaceholderText(tr("A sign other teams can spot, then Enter"));
    m_newLookFor->setToolTip(tr("For example: “The checklist is filled in after the job, from memory”"));
    m_newLookFor->setClearButtonEnabled(true);
    connect(m_newLookFor, &QLineEdit::returnPressed, this, &LearningEditor::addLookFor);

    m_addLookFor = new QPushButton(tr("Add"));
    m_addLookFor->setObjectName(u"addLookForButton"_s);
    m_addLookFor->setToolTip(tr("Add the line as a look-for (Enter)"));
    connect(m_addLookFor, &QPushButton::clicked, this, &LearningEditor::addLookFor);
    connect(m_newLookFor, &QLineEdit::textChanged, this, &LearningEditor::updateButtons);

    m_removeLookFor = new QPushButton(tr("Remove"));
    m_removeLookFor->setObjectName(u"removeLookForButton"_s);
    m_removeLookFor->setToolTip(tr("Remove the selected look-for"));
    connect(m_removeLookFor, &QPushButton::clicked, this, &LearningEditor::removeLookFor);
    m_upLookFor = new QPushButton(tr("Up"));
    m_upLookFor->setObjectName(u"moveLookForUpButton"_s);
    m_upLookFor->setToolTip(tr("Move the selected look-for up"));
    connect(m_upLookFor, &QPushButton::clicked, this, [this] { moveLookFor(-1); });
    m_downLookFor = new QPushButton(tr("Down"));
    m_downLookFor->setObjectName(u"moveLookForDownButton"_s);
    m_downLookFor->setToolTip(tr("Move the selected look-for down"));
    connect(m_downLookFor, &QPushButton::clicked, this, [this] { moveLookFor(+1); });

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newLookFor, 1);
    addRow->addWidget(m_addLookFor);
    auto* listButtons = new QVBoxLayout;
    listButtons->addWidget(m_upLookFor);
    listButtons->addWidget(m_downLookFor);
    listButtons->addWidget(m_removeLookFor);
    listButtons->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_lookFors, 1);
    listRow->addLayout(listButtons);

    auto* lookForBox = new QVBoxLayout;
    lookForBox->setSpacing(4);
    lookForBox->addWidget(caption(tr("Signs another team could notice in its own work. One short, concrete line "
                                     "each: something you could see or hear on the job.")));
    lookForBox->addLayout(listRow, 1);
    lookForBox->addLayout(addRow);

    m_audience = new QLineEdit;
    m_audience->setObjectName(u"learningAudience"_s);
    m_audience->setAccessibleName(tr("Who this learning is for"));
    m_audience->setPlaceholderText(tr("e.g. other shift teams, maintenance planners"));
    connect(m_audience, &QLineEdit::editingFinished, this, &LearningEditor::commit);

    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addRow(tr("&Title"), m_title);
    layout->addRow(tr("&Summary"), m_summary);
    auto* lookForLabel = new QLabel(tr("&Look-fors"));
    lookForLabel->setBuddy(m_newLookFor);
    layout->addRow(lookForLabel, lookForBox);
    layout->addRow(tr("&For whom"), m_audience);
    for (auto* w :
         {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_summary), static_cast<QWidget*>(m_audience)})
        if (auto* label = qobject_cast<QLabel*>(layout->labelForField(w)))
            label->setBuddy(w);
    return form;
}

void LearningEditor::setDocument(LearningTeamDocument* document) {
    commit();
    m_document = document;
    showLearning(0);
}

void LearningEditor::showLearning(Id learningId) {
    if (m_shown && m_shown->id == learningId)
        return;
    commit();
    std::optional<SharedLearning> learning;
    if (learningId != 0 && m_document)
        learning = m_repo.sharedLearning(learningId);
    if (!learning) {
        m_shown.reset();
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_shown.reset(); // fill() then sets every field
    fill(*learning);
    m_pages->setCurrentIndex(1);
}

void LearningEditor::focusTitle() {
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

// Fills the fields from the stored value. A field whose text differs from what it was last filled with,
// and that has the keyboard, holds typing not saved yet: it is left alone.
void LearningEditor::fill(const SharedLearning& stored) {
    m_filling = true;
    const auto title = QString::fromStdString(stored.title);
    if (!m_shown || !m_title->hasFocus() || m_title->text() == QString::fromStdString(m_shown->title))
        if (m_title->text() != title) {
            m_title->setText(title);
            m_title->setCursorPosition(0); // a long title shows its beginning
        }
    const auto summary = QString::fromStdString(stored.summary);
    if (!m_shown || !m_summary->hasFocus() || m_summary->toPlainText() == QString::fromStdString(m_shown->summary))
        if (m_summary->toPlainText() != summary)
            m_summary->setPlainText(summary);
    const auto audience = QString::fromStdString(stored.audience);
    if (!m_shown || !m_audience->hasFocus() || m_audience->text() == QString::fromStdString(m_shown->audience))
        if (m_audience->text() != audience) {
            m_audience->setText(audience);
            m_audience->setCursorPosition(0);
        }
    if (!m_shown || m_shown->id != stored.id)
        m_newLookFor->clear();
    fillLookFors(stored.lookFors);
    m_shown = stored;
    m_filling = false;
    updateButtons();
}

void LearningEditor::fillLookFors(const std::vector<std::string>& lines) {
    if (lookForsInList() == lines && m_lookFors->count() == static_cast<int>(lines.size()))
        return;
    const int row = m_lookFors->currentRow();
    const bool was = m_filling;
    m_filling = true;
    m_lookFors->clear();
    for (const auto& line : lines) {
        auto* item = new QListWidgetItem(QString::fromStdString(line), m_lookFors);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    if (m_lookFors->count() > 0)
        m_lookFors->setCurrentRow(std::clamp(row, 0, m_lookFors->count() - 1));
    m_filling = was;
}

bool LearningEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_summary && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

void LearningEditor::hideEvent(QHideEvent* event) {
    commit();
    QWidget::hideEvent(event);
}

void LearningEditor::apply(const Change& change) {
    if (!m_shown || change.entity != EntityType::SharedLearning || change.id != m_shown->id)
        return;
    if (change.kind == ChangeKind::Removed) {
        m_shown.reset(); // nothing left to save into
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    fill(std::get<SharedLearning>(change.item));
}

void LearningEditor::save(const SharedLearning& after, const QString& text, int mergeId) {
    if (!m_document)
        return;
    m_document->editSharedLearning(after, text, mergeId);
}

void LearningEditor::commit() {
    if (!m_shown || !m_document || m_filling)
        return;
    auto after = m_repo.sharedLearning(m_shown->id);
    if (!after)
        return;
    const auto before = *after;
    // Only the fields the facilitator changed: an untouched field keeps the stored value.
    const auto title = m_title->text().trimmed();
    if (m_title->text() != QString::fromStdString(m_shown->title))
        after->title = title.toStdString();
    if (m_summary->toPlainText() != QString::fromStdString(m_shown->summary))
        after->summary = m_summary->toPlainText().trimmed().toStdString();
    if (m_audience->text() != QString::fromStdString(m_shown->audience))
        after->audience = m_audience->text().trimmed().toStdString();
    if (*after == before)
        return;
    save(*after, tr("Edit the shared learning “%1”").arg(shortened(after->title)), EditLearningId);
}

std::vector<std::string> LearningEditor::lookForsInList() const {
    std::vector<std::string> lines;
    for (int i = 0; i < m_lookFors->count(); ++i) {
        const auto line = m_lookFors->item(i)->text().simplified();
        if (!line.isEmpty())
            lines.push_back(line.toStdString());
    }
    return lines;
}

// Look-for edits are separate undo steps (no merging): each one is a deliberate act.
void LearningEditor::saveLookFors(const QString& text) {
    if (!m_shown || !m_document)
        return;
    auto after = m_repo.sharedLearning(m_shown->id);
    if (!after)
        return;
    after->lookFors = lookForsInList();
    if (after->lookFors == m_shown->lookFors) {
        fillLookFors(after->lookFors); // an edit to an empty line: show the list as stored
        return;
    }
    save(*after, text, -1);
}

void LearningEditor::addLookFor() {
    const auto line = m_newLookFor->text().simplified();
    if (line.isEmpty() || !m_shown || !m_document)
        return;
    auto after = m_repo.sharedLearning(m_shown->id);
    if (!after)
        return;
    after->lookFors.push_back(line.toStdString());
    save(*after, tr("Add a look-for to “%1”").arg(shortened(after->title)), -1);
    m_newLookFor->clear();
    m_lookFors->setCurrentRow(m_lookFors->count() - 1);
    m_newLookFor->setFocus(); // ready for the next line
}

void LearningEditor::removeLookFor() {
    const int row = m_lookFors->currentRow();
    if (row < 0 || !m_shown)
        return;
    auto after = m_repo.sharedLearning(m_shown->id);
    if (!after || row >= static_cast<int>(after->lookFors.size()))
        return;
    after->lookFors.erase(after->lookFors.begin() + row);
    save(*after, tr("Remove a look-for from “%1”").arg(shortened(after->title)), -1);
}

void LearningEditor::moveLookFor(int delta) {
    const int row = m_lookFors->currentRow();
    if (row < 0 || !m_shown)
        return;
    auto after = m_repo.sharedLearning(m_shown->id);
    const int to = row + delta;
    if (!after || to < 0 || to >= static_cast<int>(after->lookFors.size()) ||
        row >= static_cast<int>(after->lookFors.size()))
        return;
    std::swap(after->lookFors[static_cast<std::size_t>(row)], after->lookFors[static_cast<std::size_t>(to)]);
    save(*after, tr("Reorder the look-fors of “%1”").arg(shortened(after->title)), -1);
    m_lookFors->setCurrentRow(to);
}

void LearningEditor::updateButtons() {
    const int row = m_lookFors->currentRow();
    const int count = m_lookFors->count();
    m_addLookFor->setEnabled(!m_newLookFor->text().trimmed().isEmpty());
    m_removeLookFor->setEnabled(row >= 0);
    m_upLookFor->setEnabled(row > 0);
    m_downLookFor->setEnabled(row >= 0 && row < count - 1);
}

} // namespace ltw::gui
