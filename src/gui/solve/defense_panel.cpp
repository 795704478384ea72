#include "solve/defense_panel.hpp"
#include "common/conversions.hpp"
#include "common/text_util.hpp"

#include "common/deferred_text_edit.hpp"
#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"
#include "solve/defense_list_model.hpp"
#include "solve/link_notes_dialog.hpp"
#include "solve/solve_delegates.hpp"
#include "solve/solve_note_list_model.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

QIcon chip(const QColor& color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

QLabel* hint(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: palette(mid);"_s);
    return label;
}

} // namespace

DefensePanel::DefensePanel(ChangeHub& hub, DefenseListModel* defenses, QWidget* parent)
    : QWidget(parent), m_defenses(defenses),
      m_answers(new SolveNoteListModel(hub, SolveNoteListModel::Mode::AnswersOfDefense, this)) {
    // The list, with a line to name a new defense above it.
    m_newTitle = new QLineEdit;
    m_newTitle->setObjectName(u"newDefenseTitle"_s);
    m_newTitle->setPlaceholderText(tr("Name a defense, then Enter"));
    m_newKind = new QComboBox;
    m_newKind->setObjectName(u"newDefenseKind"_s);
    for (const auto kind : {DefenseKind::Existing, DefenseKind::New})
        m_newKind->addItem(words(kind), static_cast<int>(kind));
    auto* add = new QPushButton(tr("Add"));
    add->setObjectName(u"addDefenseButton"_s);
    const auto addFromLine = [this] {
        if (m_newTitle->text().simplified().isEmpty()) {
            m_newTitle->setFocus();
            return;
        }
        addDefense(m_newTitle->text(), static_cast<DefenseKind>(m_newKind->currentData().toInt()));
        m_newTitle->clear();
    };
    connect(add, &QPushButton::clicked, this, addFromLine);
    connect(m_newTitle, &QLineEdit::returnPressed, this, addFromLine);
    // The name gets a line of its own: it is what the facilitator types while the room talks.
    auto* addRow = new QVBoxLayout;
    addRow->addWidget(m_newTitle);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_newKind, 1);
    kindRow->addWidget(add);
    addRow->addLayout(kindRow);

    m_list = new QListView;
    m_list->setObjectName(u"defenseList"_s);
    m_list->setAccessibleName(tr("Defenses"));
    m_list->setModel(defenses);
    m_list->setItemDelegate(new DefenseDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setSpacing(1);
    // Titles are shortened to the list's width with "…" (the whole title is in the editor beside it).
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->installEventFilter(this);
    connect(m_list, &QListView::activated, m_list, qOverload<const QModelIndex&>(&QListView::edit));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &DefensePanel::onCurrentChanged);

    m_remove = new QPushButton(tr("Delete defense"));
    m_remove->setObjectName(u"removeDefenseButton"_s);
    m_remove->setToolTip(tr("Delete the selected defense (Delete); Ctrl+Z brings it back with its links"));
    connect(m_remove, &QPushButton::clicked, this, &DefensePanel::removeSelectedDefense);

    auto* listBox = new QGroupBox(tr("Defenses"));
    listBox->setMinimumWidth(200); // beside the other workspaces' panels, the window stays narrow
    listBox->setObjectName(u"defensesBox"_s);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(hint(tr("What already protects the work, rated as it really is, and what we would build.")));
    listLayout->addLayout(addRow);
    listLayout->addWidget(m_list, 1);
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_remove);
    listLayout->addLayout(removeRow);

    // The selected defense: its fields and the notes it answers.
    m_title = new QLineEdit;
    m_title->setObjectName(u"defenseTitle"_s);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"defenseKind"_s);
    for (auto k : {DefenseKind::Existing, DefenseKind::New})
        m_kind->addItem(chip(DefenseListModel::ratingColor(k, std::nullopt)), words(k), static_cast<int>(k));
    m_rating = new QComboBox;
    m_rating->setObjectName(u"defenseRating"_s);
    m_rating->addItem(chip(DefenseListModel::ratingColor(DefenseKind::Existing, std::nullopt)), tr("Not rated yet"),
                      -1);
    for (auto r : {DefenseRating::Working, DefenseRating::Degraded, DefenseRating::HardToUse, DefenseRating::Missing})
        m_rating->addItem(chip(DefenseListModel::ratingColor(DefenseKind::Existing, r)), words(r), static_cast<int>(r));
    m_description = new DeferredTextEdit;
    m_description->setObjectName(u"defenseDescription"_s);
    m_description->setPlaceholderText(tr("What it is, and how it really works on a normal day"));
    m_description->setFixedHeight(72);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        const auto title = m_title->text().simplified().toStdString();
        if (!title.empty())
            editSelected([&](Defense& d) { d.title = title; },
                         tr("Rename the defense “%1”").arg(QString::fromStdString(title)), true);
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto kind = static_cast<DefenseKind>(m_kind->currentData().toInt());
        editSelected(
            [&](Defense& d) {
                d.kind = kind;
                if (kind == DefenseKind::New)
                    d.rating.reset(); // a defense still to build has nothing to rate
            },
            kind == DefenseKind::New ? tr("Make a defense one to build") : tr("Make a defense an existing one"), false);
    });
    connect(m_rating, &QComboBox::activated, this, [this] {
        const int r = m_rating->currentData().toInt();
        const auto rating = r < 0 ? std::nullopt : std::optional(static_cast<DefenseRating>(r));
        editSelected([&](Defense& d) { d.rating = rating; },
                     tr("Rate a defense as “%1”").arg(m_rating->currentText().toLower()), false);
    });
    connect(m_description, &DeferredTextEdit::committed, this, [this](const QString& text) {
        editSelected([&](Defense& d) { d.description = text.trimmed().toStdString(); }, tr("Describe a defense"), true);
    });

    m_linked = new QListView;
    m_linked->setObjectName(u"linkedNotes"_s);
    m_linked->setAccessibleName(tr("Notes the selected defense answers"));
    m_linked->setModel(m_answers);
    m_linked->setWordWrap(true);
    m_linked->setAlternatingRowColors(true);
    m_linked->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_linked->installEventFilter(this);
    m_link = new QPushButton(tr("Link notes…"));
    m_link->setObjectName(u"linkNotesButton"_s);
    m_link->setToolTip(tr("Choose the conditions, weak signals and adaptations this defense answers"));
    connect(m_link, &QPushButton::clicked, this, &DefensePanel::chooseLinkedNotes);
    m_unlink = new QPushButton(tr("Unlink"));
    m_unlink->setObjectName(u"unlinkNoteButton"_s);
    connect(m_unlink, &QPushButton::clicked, this, &DefensePanel::unlinkSelectedNotes);
    auto* linkRow = new QHBoxLayout;
    auto* linkLabel = new QLabel(tr("<b>Answers these notes</b>"));
    linkLabel->setWordWrap(true); // lets the panel narrow
    linkRow->addWidget(linkLabel, 1);
    linkRow->addWidget(m_unlink);
    linkRow->addWidget(m_link);

    m_details = new QGroupBox(tr("Selected defense"));
    m_details->setObjectName(u"defenseDetails"_s);
    m_details->setMinimumWidth(220);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Rating"), m_rating);
    form->addRow(tr("&Description"), m_description);
    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addLayout(form);
    detailsLayout->addLayout(linkRow);
    detailsLayout->addWidget(m_linked, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listBox);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 480});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(&hub, &ChangeHub::changed, this, &DefensePanel::onChange);
    showSelected();
}

void DefensePanel::setDocument(LearningTeamDocument* document) {
    m_description->commit();
    m_document = document;
    m_selected = 0;
    m_answers->setLearningTeam(document ? document->learningTeamId() : 0);
    m_answers->setDefense(0);
    setEnabled(document != nullptr);
    if (m_defenses->rowCount() > 0)
        m_list->setCurrentIndex(m_defenses->index(0));
    showSelected();
}

void DefensePanel::selectDefense(Id defenseId) {
    const auto index = m_defenses->indexOf(defenseId);
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void DefensePanel::onCurrentChanged() {
    m_description->commit(); // what was typed belongs to the defense it was typed for
    m_selected = m_list->currentIndex().data(DefenseListModel::IdRole).toLongLong();
    m_answers->setDefense(m_selected);
    showSelected();
    emit defenseSelected(m_selected);
}

void DefensePanel::showSelected() {
    const auto d = m_defenses->defenseAt(m_defenses->indexOf(m_selected));
    m_details->setEnabled(d.has_value());
    m_remove->setEnabled(d.has_value());
    const QSignalBlocker b1(m_kind), b2(m_rating);
    if (!m_title->hasFocus() || !d)
        m_title->setText(d ? QString::fromStdString(d->title) : QString());
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(d ? d->kind : DefenseKind::Existing)));
    m_rating->setCurrentIndex(m_rating->findData(d && d->rating ? static_cast<int>(*d->rating) : -1));
    m_rating->setEnabled(d && d->kind == DefenseKind::Existing);
    m_description->setStoredText(d ? QString::fromStdString(d->description) : QString());
    m_unlink->setEnabled(d && m_answers->rowCount() > 0);
}

void DefensePanel::onChange(const Change& change) {
    if (!m_document || change.learningTeamId != m_document->learningTeamId())
        return;
    if ((change.entity == EntityType::Defense && change.id == m_selected) || change.entity == EntityType::Link ||
        change.entity == EntityType::Note)
        showSelected();
}

void DefensePanel::editSelected(const std::function<void(Defense&)>& change, const QString& text, bool merges) {
    if (!m_document || m_selected == 0)
        return;
    const auto before = m_document->repository().defense(m_selected);
    if (!before)
        return;
    auto after = *before;
    change(after);
    if (after == *before)
        return;
    m_document->editDefense(after, text, merges);
}

Id DefensePanel::addDefense(const QString& title, DefenseKind kind) {
    const auto name = title.simplified().toStdString();
    if (!m_document || name.empty())
        return 0;
    const Id id = m_document->addDefense(name, kind).id;
    if (id == 0)
        return 0; // it failed, was reported and dropped
    selectDefense(id);
    return id;
}

// One step: the actions that pointed at it let go, then the defense goes with its links.
void DefensePanel::removeSelectedDefense() {
    if (m_document && m_selected != 0)
        m_document->removeDefense(m_selected);
}

std::set<Id> DefensePanel::linkedNotes(Id defenseId) const {
    std::set<Id> ids;
    if (m_document)
        for (const auto& l : m_document->repository().links(m_document->learningTeamId()))
            if (auto ends = defenseAndNoteOf(l); ends && ends->first == defenseId)
                ids.insert(ends->second);
    return ids;
}

// Ticking and unticking in the picker is one step when it is confirmed, however many notes changed.
void DefensePanel::setLinkedNotes(Id defenseId, const std::set<Id>& noteIds) {
    if (m_document)
        m_document->setDefenseNotes(defenseId, noteIds);
}

void DefensePanel::linkNote(Id defenseId, Id noteId) {
    auto ids = linkedNotes(defenseId);
    ids.insert(noteId);
    setLinkedNotes(defenseId, ids);
}

void DefensePanel::chooseLinkedNotes() {
    if (!m_document || m_selected == 0)
        return;
    const auto d = m_document->repository().defense(m_selected);
    if (!d)
        return;
    const Id defenseId = m_selected;
    LinkNotesDialog dialog(QString::fromStdString(d->title),
                           m_document->repository().notes(m_document->learningTeamId()), linkedNotes(defenseId), this);
    if (dialog.exec() == QDialog::Accepted)
        setLinkedNotes(defenseId, dialog.checkedNoteIds());
}

void DefensePanel::unlinkSelectedNotes() {
    auto ids = linkedNotes(m_selected);
    for (const auto& i : m_linked->selectionModel()->selectedRows())
        ids.erase(i.data(SolveNoteListModel::IdRole).toLongLong());
    setLinkedNotes(m_selected, ids);
}

// Delete removes the selected defense (or unlinks the selected notes); Enter renames in place.
bool DefensePanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool del = key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace;
        if (del && watched == m_list && !m_list->indexWidget(m_list->currentIndex())) { // not while renaming
            removeSelectedDefense();
            return true;
        }
        if (del && watched == m_linked) {
            unlinkSelectedNotes();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ltw::gui
