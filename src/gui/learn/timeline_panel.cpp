#include "learn/timeline_panel.hpp"

#include "app/shortcuts.hpp"
#include "common/conversions.hpp"
#include "common/text_util.hpp"
#include "document/learning_team_document.hpp"
#include "learn/item_picker.hpp"
#include "learn/timeline_model.hpp"

#include "ltw/timeline.hpp"

#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {

TimelinePanel::TimelinePanel(ChangeHub& hub, QWidget* parent) : QWidget(parent) {
    setObjectName(u"timelinePanel"_s);
    m_model = new TimelineModel(hub, this);

    m_entry = new QLineEdit;
    m_entry->setObjectName(u"momentEntry"_s);
    m_entry->setPlaceholderText(tr("02:05 what happened, then Enter"));
    m_entry->setToolTip(tr("Type the time if someone knows it, then what happened, and press Enter. Without a time "
                           "the moment goes at the end; a date before the time (2026-11-20 23:50) orders days."));
    m_entry->setAccessibleName(tr("New moment"));
    m_entry->setClearButtonEnabled(true);
    m_place = new QLineEdit;
    m_place->setObjectName(u"momentPlace"_s);
    m_place->setPlaceholderText(tr("Where"));
    m_place->setAccessibleName(tr("Where the moment happened"));
    m_who = new QLineEdit;
    m_who->setObjectName(u"momentWho"_s);
    m_who->setPlaceholderText(tr("Who, by role"));
    m_who->setAccessibleName(tr("Who, by role"));
    m_who->setToolTip(tr("A role such as “forklift driver”, never a name"));
    for (auto* line : {m_entry, m_place, m_who})
        connect(line, &QLineEdit::returnPressed, this, &TimelinePanel::addMoment);
    auto* captureRow = new QHBoxLayout;
    captureRow->addWidget(m_entry, 5);
    captureRow->addWidget(m_place, 2);
    captureRow->addWidget(m_who, 2);

    m_table = new QTableView;
    m_table->setObjectName(u"timelineTable"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Timeline of the event"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::GapColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TimelineModel::NotesColumn, QHeaderView::ResizeToContents);
    // Where and who are read under what happened, and edited beside the timeline: a laptop has no room
    // for two more columns.
    m_table->setColumnHidden(TimelineModel::PlaceColumn, true);
    m_table->setColumnHidden(TimelineModel::WhoColumn, true);

    m_message = new QLabel;
    m_message->setObjectName(u"timelineMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color:#b03a2e"_s);
    m_message->hide();
    connect(m_model, &TimelineModel::refused, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });

    // Beside the timeline: what was present at the chosen moment.
    m_present = new QLabel;
    m_present->setObjectName(u"momentPresentTitle"_s);
    m_present->setWordWrap(true);
    m_chosenPlace = new QLineEdit;
    m_chosenPlace->setObjectName(u"chosenPlace"_s);
    m_chosenPlace->setPlaceholderText(tr("Where"));
    m_chosenPlace->setAccessibleName(tr("Where the chosen moment happened"));
    m_chosenWho = new QLineEdit;
    m_chosenWho->setObjectName(u"chosenWho"_s);
    m_chosenWho->setPlaceholderText(tr("Who, by role"));
    m_chosenWho->setAccessibleName(tr("Who, by role, at the chosen moment"));
    for (auto* line : {m_chosenPlace, m_chosenWho})
        connect(line, &QLineEdit::editingFinished, this, &TimelinePanel::editChosen);
    m_attached = new QListWidget;
    m_attached->setObjectName(u"momentAttached"_s);
    m_attached->setWordWrap(true);
    m_attached->setSpacing(3);
    m_attached->setAlternatingRowColors(true);
    m_attached->setAccessibleName(tr("Present at the chosen moment"));
    m_attached->setFocusPolicy(Qt::NoFocus);
    auto* attachNotes = new QPushButton(tr("Attach notes…"));
    attachNotes->setObjectName(u"attachMomentNotes"_s);
    attachNotes->setToolTip(tr("The conditions, adaptations, tradeoffs and weak signals present at this moment"));
    connect(attachNotes, &QPushButton::clicked, this, &TimelinePanel::chooseNotes);
    auto* steps = new QPushButton(tr("Work steps…"));
    steps->setObjectName(u"momentSteps"_s);
    steps->setToolTip(tr("The steps of work as imagined or as done that this moment happened at"));
    connect(steps, &QPushButton::clicked, this, &TimelinePanel::chooseSteps);
    m_attachCaptured = new QCheckBox(tr("Attach new notes here"));
    m_attachCaptured->setObjectName(u"attachCapturedNotes"_s);
    m_attachCaptured->setChecked(true);
    m_attachCaptured->setToolTip(
        tr("While a moment is chosen here, a note typed in the capture line above is attached to it"));
    auto* side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_present);
    side->addWidget(m_chosenPlace);
    side->addWidget(m_chosenWho);
    side->addWidget(m_attached, 1);
    side->addWidget(attachNotes); // one above the other: a narrow column in every language
    side->addWidget(steps);
    side->addWidget(m_attachCaptured);
    auto* sideBox = new QWidget;
    sideBox->setLayout(side);
    sideBox->setMaximumWidth(240);
    sideBox->setMinimumWidth(180);

    // Arrows alone, their words in the tooltip: the row stays narrow in every language.
    auto* up = new QToolButton;
    up->setText(u"▲"_s);
    up->setToolTip(tr("Move the moment earlier (Alt+Up)"));
    up->setAccessibleName(tr("Move the moment earlier (Alt+Up)"));
    connect(up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    auto* down = new QToolButton;
    down->setText(u"▼"_s);
    down->setToolTip(tr("Move the moment later (Alt+Down)"));
    down->setAccessibleName(tr("Move the moment later (Alt+Down)"));
    connect(down, &QToolButton::clicked, this, [this] { moveSelected(+1); });
    auto* byTime = new QPushButton(tr("Order by time"));
    byTime->setObjectName(u"orderByTime"_s);
    byTime->setToolTip(tr("Put the moments in order by their time; a moment without a time keeps following the one "
                          "before it"));
    connect(byTime, &QPushButton::clicked, this, &TimelinePanel::orderByTime);
    auto* remove = new QToolButton;
    remove->setText(tr("Delete"));
    remove->setToolTip(tr("Delete the chosen moments (Delete)"));
    connect(remove, &QToolButton::clicked, this, &TimelinePanel::removeSelected);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addWidget(byTime);
    buttons->addStretch();
    buttons->addWidget(remove);

    auto* left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(captureRow);
    left->addWidget(m_message);
    left->addWidget(m_table, 1);
    left->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(10);
    layout->addLayout(left, 1);
    layout->addWidget(sideBox);

    // Keys on the timeline: Delete removes, Alt+Up/Down moves.
    auto* del = new QAction(m_table);
    del->setObjectName(u"deleteMomentAction"_s);
    applyShortcut(del, Shortcut::DeleteMoment);
    connect(del, &QAction::triggered, this, &TimelinePanel::removeSelected);
    auto* upKey = new QAction(m_table);
    upKey->setObjectName(u"momentUpAction"_s);
    applyShortcut(upKey, Shortcut::MomentUp);
    connect(upKey, &QAction::triggered, this, [this] { moveSelected(-1); });
    auto* downKey = new QAction(m_table);
    downKey->setObjectName(u"momentDownAction"_s);
    applyShortcut(downKey, Shortcut::MomentDown);
    connect(downKey, &QAction::triggered, this, [this] { moveSelected(+1); });
    m_table->addActions({del, upKey, downKey});

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_keep)
            m_keep = currentMomentId();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const Id keep = std::exchange(m_keep, 0);
        if (keep)
            selectMoment(keep);
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelinePanel::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelinePanel::showCurrent);
    connect(m_attachCaptured, &QCheckBox::toggled, this, &TimelinePanel::showCurrent);
    showCurrent();
}

void TimelinePanel::setDocument(LearningTeamDocument* document) {
    m_document = document;
    m_keep = 0;
    m_model->setDocument(document);
    m_message->hide();
}

void TimelinePanel::setRoles(const QStringList& roles) {
    for (auto* line : {m_who, m_chosenWho}) {
        auto* completer = new QCompleter(roles, line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        delete line->completer();
        line->setCompleter(completer);
    }
}

void TimelinePanel::addMoment() {
    if (!m_document)
        return;
    const auto read = parseMomentLine(m_entry->text().simplified().toStdString());
    if (read.text.empty()) {
        if (!m_entry->text().trimmed().isEmpty()) {
            m_message->setText(tr("Say what happened after the time, for example “02:05 the door 7 printer jams "
                                  "again”."));
            m_message->show();
        }
        m_entry->setFocus();
        return;
    }
    TimelineMoment m;
    m.day = read.day;
    m.minute = read.minute;
    m.text = read.text;
    m.place = m_place->text().simplified().toStdString();
    m.who = m_who->text().simplified().toStdString();
    const auto stored = m_document->addMoment(m);
    if (stored.id == 0)
        return; // told through the document; the line keeps what was typed
    m_message->hide();
    m_entry->clear();
    m_place->clear();
    m_who->clear();
    selectMoment(stored.id);
    m_entry->setFocus();
}

Id TimelinePanel::currentMomentId() const {
    const auto* m = m_model->moment(m_table->currentIndex().row());
    return m ? m->id : 0;
}

void TimelinePanel::selectMoment(Id momentId) {
    const int row = m_model->rowOf(momentId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, TimelineModel::TextColumn));
    m_table->scrollTo(m_model->index(row, TimelineModel::TextColumn));
}

Id TimelinePanel::attachTarget() const { return m_attachCaptured->isChecked() ? currentMomentId() : 0; }

void TimelinePanel::moveSelected(int by) {
    const Id id = currentMomentId();
    if (!m_document || id == 0)
        return;
    const int row = m_table->currentIndex().row();
    if (row + by < 0 || row + by >= m_model->rowCount())
        return;
    m_keep = id;
    m_document->moveMoment(id, row + by);
    selectMoment(id);
}

void TimelinePanel::removeSelected() {
    if (!m_document)
        return;
    std::vector<Id> ids;
    for (const auto& index : m_table->selectionModel()->selectedRows())
        if (const auto* m = m_model->moment(index.row()))
            ids.push_back(m->id);
    if (ids.empty())
        if (const Id current = currentMomentId())
            ids.push_back(current);
    const int row = m_table->currentIndex().row();
    m_document->removeMoments(ids);
    // The keyboard stays on the timeline, on the moment that took the place of the first one removed.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(
            m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), TimelineModel::TextColumn));
}

void TimelinePanel::orderByTime() {
    if (!m_document)
        return;
    m_keep = currentMomentId();
    m_document->orderMomentsByTime();
}

void TimelinePanel::chooseNotes() {
    const Id id = currentMomentId();
    if (!m_document || id == 0)
        return;
    std::vector<Id> attached;
    for (const auto& n : m_model->attachedNotes(id))
        attached.push_back(n.id);
    std::vector<PickableItem> items;
    for (const auto& n : m_document->repository().notes(m_document->learningTeamId()))
        items.push_back({n.id, u"%1 — %2"_s.arg(words(n.kind), QString::fromStdString(n.text)),
                         std::find(attached.begin(), attached.end(), n.id) != attached.end()});
    if (const auto chosen = pickItems(this, u"momentNotesDialog"_s, tr("Notes present at this moment"), items))
        m_document->attachNotesToMoment(id, *chosen);
}

void TimelinePanel::chooseSteps() {
    const Id id = currentMomentId();
    if (!m_document || id == 0)
        return;
    std::vector<Id> linked;
    for (const auto& s : m_model->linkedSteps(id))
        linked.push_back(s.id);
    std::vector<PickableItem> items;
    for (const auto& s : m_document->repository().workSteps(m_document->learningTeamId()))
        items.push_back({s.id,
                         u"%1 %2. %3"_s.arg(words(s.track)).arg(s.position + 1).arg(QString::fromStdString(s.text)),
                         std::find(linked.begin(), linked.end(), s.id) != linked.end()});
    if (const auto chosen = pickItems(this, u"momentStepsDialog"_s, tr("Work steps this moment happened at"), items))
        m_document->setMomentSteps(id, *chosen);
}

void TimelinePanel::editChosen() {
    const auto* m = m_model->moment(m_table->currentIndex().row());
    if (!m_document || !m)
        return;
    auto after = *m;
    after.place = m_chosenPlace->text().simplified().toStdString();
    after.who = m_chosenWho->text().simplified().toStdString();
    if (after != *m)
        m_document->editMoment(after);
}

void TimelinePanel::showCurrent() {
    const auto* m = m_model->moment(m_table->currentIndex().row());
    m_attached->clear();
    // What is being typed beside the timeline is never overwritten under the facilitator's fingers.
    for (auto [line, text] :
         {std::pair{m_chosenPlace, m ? m->place : std::string()}, std::pair{m_chosenWho, m ? m->who : std::string()}}) {
        line->setEnabled(m != nullptr);
        if (!line->hasFocus() || !m)
            line->setText(QString::fromStdString(text));
    }
    if (!m) {
        m_present->setText(m_model->rowCount() == 0
                               ? tr("<b>No moments yet.</b> Rebuild what happened, one moment at a time: type its "
                                    "time if someone knows it, then what happened, and press Enter.")
                               : tr("Choose a moment to see what was present then."));
        return;
    }
    const QString time = shownMomentTime(*m);
    m_present->setText(
        tr("<b>Present at %1</b>")
            .arg((time.isEmpty() ? shortened(m->text) : u"%1 — %2"_s.arg(time, shortened(m->text))).toHtmlEscaped()));
    for (const auto& n : m_model->attachedNotes(m->id))
        new QListWidgetItem(u"%1: %2"_s.arg(words(n.kind), QString::fromStdString(n.text)), m_attached);
    for (const auto& s : m_model->linkedSteps(m->id))
        new QListWidgetItem(tr("At the step (%1): %2").arg(words(s.track), QString::fromStdString(s.text)), m_attached);
    if (m_attached->count() == 0)
        new QListWidgetItem(tr("Nothing attached yet. Capture a note above while this moment is chosen, or "
                               "attach notes already on the board."),
                            m_attached);
}

} // namespace ltw::gui
