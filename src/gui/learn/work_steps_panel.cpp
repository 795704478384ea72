#include "learn/work_steps_panel.hpp"
#include "app/shortcuts.hpp"
#include "common/conversions.hpp"

#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"
#include "learn/item_picker.hpp"
#include "learn/work_step_model.hpp"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

std::size_t slot(StepTrack track) { return static_cast<std::size_t>(track); }

} // namespace

WorkStepsPanel::WorkStepsPanel(ChangeHub& hub, QWidget* parent) : QWidget(parent), m_hub(hub) {
    setObjectName(u"workStepsPanel"_s);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(12);
    for (auto track : allValues<StepTrack>()) {
        const auto i = slot(track);
        const auto key = QString::fromUtf8(toString(track));
        auto* title = new QLabel(u"<b style='font-size:13pt'>%1</b><br><span style='color:#5f6368'>%2</span>"_s.arg(
            words(track).toHtmlEscaped(), track == StepTrack::Imagined
                                              ? tr("as the procedure, the training or the plan describes it")
                                              : tr("as the people in the room actually do it")));
        m_models[i] = new WorkStepModel(hub, track, this);
        auto* list = new QListView;
        list->setObjectName(u"steps_"_s + key);
        list->setModel(m_models[i]);
        list->setWordWrap(true);
        list->setSpacing(3);
        list->setAlternatingRowColors(true);
        list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        list->setAccessibleName(words(track));
        m_lists[i] = list;
        auto* entry = new QLineEdit;
        entry->setObjectName(u"addStep_"_s + key);
        entry->setPlaceholderText(tr("Add a step and press Enter"));
        connect(entry, &QLineEdit::returnPressed, this, [this, track, entry] {
            addStep(track, entry->text());
            entry->clear();
        });
        m_entries[i] = entry;

        auto* up = new QToolButton;
        up->setText(tr("▲ Up"));
        up->setToolTip(tr("Move the step earlier (Alt+Up)"));
        connect(up, &QToolButton::clicked, this, [this, track] { moveSelected(track, -1); });
        auto* down = new QToolButton;
        down->setText(tr("▼ Down"));
        down->setToolTip(tr("Move the step later (Alt+Down)"));
        connect(down, &QToolButton::clicked, this, [this, track] { moveSelected(track, +1); });
        auto* attach = new QPushButton(tr("Attach notes…"));
        attach->setObjectName(u"attach_"_s + key);
        attach->setToolTip(tr("Attach the adaptations and tradeoffs that happen at this step"));
        connect(attach, &QPushButton::clicked, this, [this, track] { chooseAttachments(track); });
        auto* remove = new QToolButton;
        remove->setText(tr("Delete"));
        remove->setToolTip(tr("Delete the step (Delete)"));
        connect(remove, &QToolButton::clicked, this, [this, track] { removeSelected(track); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(up);
        buttons->addWidget(down);
        buttons->addStretch();
        buttons->addWidget(attach);
        buttons->addWidget(remove);

        const int column = static_cast<int>(i);
        grid->addWidget(title, 0, column);
        grid->addWidget(list, 1, column);
        grid->addWidget(entry, 2, column);
        grid->addLayout(buttons, 3, column);
    }
    grid->setRowStretch(1, 1);
    // Keys on a list: Delete removes, Alt+Up/Down reorders.
    for (auto track : allValues<StepTrack>()) {
        auto* list = m_lists[slot(track)];
        auto* del = new QAction(list);
        del->setObjectName(u"deleteStepAction"_s);
        applyShortcut(del, Shortcut::DeleteStep);
        connect(del, &QAction::triggered, this, [this, track] { removeSelected(track); });
        auto* upKey = new QAction(list);
        upKey->setObjectName(u"stepUpAction"_s);
        applyShortcut(upKey, Shortcut::StepUp);
        connect(upKey, &QAction::triggered, this, [this, track] { moveSelected(track, -1); });
        auto* downKey = new QAction(list);
        downKey->setObjectName(u"stepDownAction"_s);
        applyShortcut(downKey, Shortcut::StepDown);
        connect(downKey, &QAction::triggered, this, [this, track] { moveSelected(track, +1); });
        list->addActions({del, upKey, downKey});
    }
}

void WorkStepsPanel::setDocument(LearningTeamDocument* document) {
    m_document = document;
    for (auto* m : m_models)
        m->setDocument(document);
}

QListView* WorkStepsPanel::list(StepTrack track) const { return m_lists[slot(track)]; }
QLineEdit* WorkStepsPanel::entry(StepTrack track) const { return m_entries[slot(track)]; }
WorkStepModel* WorkStepsPanel::model(StepTrack track) const { return m_models[slot(track)]; }

Id WorkStepsPanel::selectedStep(StepTrack track) const {
    const auto index = list(track)->currentIndex();
    return index.isValid() ? index.data(WorkStepModel::IdRole).toLongLong() : 0;
}

void WorkStepsPanel::addStep(StepTrack track, const QString& text) {
    const auto clean = text.simplified().toStdString();
    if (!m_document || clean.empty())
        return;
    m_document->addStep(track, clean);
}

// Swaps the step with its neighbour: both positions in one undo step.
void WorkStepsPanel::moveSelected(StepTrack track, int by) {
    if (!m_document)
        return;
    const int row = list(track)->currentIndex().row();
    const auto* a = model(track)->step(row);
    const auto* b = model(track)->step(row + by);
    if (!a || !b)
        return;
    const Id moved = a->id;
    m_document->swapSteps(a->id, b->id);
    for (int r = 0; r < model(track)->rowCount(); ++r)
        if (model(track)->step(r)->id == moved)
            list(track)->setCurrentIndex(model(track)->index(r));
}

void WorkStepsPanel::removeSelected(StepTrack track) {
    if (!m_document)
        return;
    const auto* s = model(track)->step(list(track)->currentIndex().row());
    if (!s)
        return;
    m_document->removeStep(s->id);
}

void WorkStepsPanel::attachToSelected(StepTrack track, const std::vector<Id>& noteIds) {
    const Id stepId = selectedStep(track);
    if (m_document && stepId != 0)
        m_document->attachNotes(stepId, noteIds);
}

void WorkStepsPanel::chooseAttachments(StepTrack track) {
    const Id stepId = selectedStep(track);
    if (!m_document || stepId == 0)
        return;
    std::vector<Id> attached;
    for (const auto& n : model(track)->attachedNotes(stepId))
        attached.push_back(n.id);
    // Adaptations and tradeoffs first: they are what usually explains a difference.
    auto all = m_document->repository().notes(m_document->learningTeamId());
    std::stable_sort(all.begin(), all.end(), [](const Note& a, const Note& b) {
        auto rank = [](const Note& n) {
            return n.kind == NoteKind::Adaptation || n.kind == NoteKind::Tradeoff ? 0 : 1;
        };
        return rank(a) < rank(b);
    });
    std::vector<PickableItem> items;
    for (const auto& n : all)
        items.push_back({n.id, u"%1 — %2"_s.arg(words(n.kind), QString::fromStdString(n.text)),
                         std::find(attached.begin(), attached.end(), n.id) != attached.end()});
    if (const auto chosen = pickItems(this, u"attachNotesDialog"_s, tr("Attach notes to this step"), items))
        attachToSelected(track, *chosen);
}

} // namespace ltw::gui
