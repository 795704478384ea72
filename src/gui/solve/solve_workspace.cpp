#include "solve/solve_workspace.hpp"
#include "common/text_util.hpp"

#include "common/deferred_text_edit.hpp"
#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"
#include "solve/action_table_model.hpp"
#include "solve/defense_list_model.hpp"
#include "solve/defense_panel.hpp"
#include "solve/solve_delegates.hpp"
#include "solve/solve_note_list_model.hpp"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

QListView* noteList(const QString& name, const QString& accessibleName, QAbstractItemModel* model) {
    auto* view = new QListView;
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QLabel* hint(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: palette(mid);"_s);
    return label;
}

} // namespace

SolveWorkspace::SolveWorkspace(ChangeHub& hub, QWidget* parent)
    : QWidget(parent), m_defenses(new DefenseListModel(hub, this)),
      m_gaps(new SolveNoteListModel(hub, SolveNoteListModel::Mode::Gaps, this)),
      m_parking(new SolveNoteListModel(hub, SolveNoteListModel::Mode::ParkingLot, this)),
      m_actions(new ActionTableModel(hub, this)), m_sortedActions(new QSortFilterProxyModel(this)) {
    setObjectName(u"solveWorkspace"_s);

    m_defensePanel = new DefensePanel(hub, m_defenses);
    connect(m_defensePanel, &DefensePanel::defenseSelected, this, &SolveWorkspace::updateButtons);

    // Gaps: what no defense answers yet.
    m_gapList = noteList(u"gapList"_s, tr("Gaps: notes no defense answers"), m_gaps);
    m_answerGap = new QPushButton(tr("Answered by the selected defense"));
    m_answerGap->setObjectName(u"answerGapButton"_s);
    m_answerGap->setToolTip(tr("Link the selected gap to the defense selected on the left"));
    connect(m_answerGap, &QPushButton::clicked, this, &SolveWorkspace::answerGapWithSelectedDefense);
    connect(m_gapList, &QListView::activated, this, &SolveWorkspace::answerGapWithSelectedDefense);
    m_gapBox = new QGroupBox;
    m_gapBox->setObjectName(u"gapsBox"_s);
    auto* gapLayout = new QVBoxLayout(m_gapBox);
    gapLayout->addWidget(hint(tr("Hard conditions, weak signals and adaptations that no defense answers yet.")));
    gapLayout->addWidget(m_gapList, 1);
    auto* gapButtons = new QHBoxLayout;
    gapButtons->addStretch();
    gapButtons->addWidget(m_answerGap);
    gapLayout->addLayout(gapButtons);

    // Parking lot: ideas held back in Learn, reviewed now.
    m_parkingList = noteList(u"parkingLotList"_s, tr("Ideas from the parking lot"), m_parking);
    m_parkingToAction = new QPushButton(tr("Turn into an action"));
    m_parkingToAction->setObjectName(u"parkingToActionButton"_s);
    connect(m_parkingToAction, &QPushButton::clicked, this, &SolveWorkspace::turnIdeaIntoAction);
    m_parkingBox = new QGroupBox;
    m_parkingBox->setObjectName(u"parkingLotBox"_s);
    auto* parkingLayout = new QVBoxLayout(m_parkingBox);
    parkingLayout->addWidget(m_parkingList, 1);
    auto* parkingButtons = new QHBoxLayout;
    parkingButtons->addStretch();
    parkingButtons->addWidget(m_parkingToAction);
    parkingLayout->addLayout(parkingButtons);

    auto* notesColumn = new QSplitter(Qt::Vertical);
    notesColumn->setChildrenCollapsible(false);
    notesColumn->addWidget(m_gapBox);
    notesColumn->addWidget(m_parkingBox);
    notesColumn->setStretchFactor(0, 3);
    notesColumn->setStretchFactor(1, 2);
    notesColumn->setMinimumWidth(180);

    // Actions: what we'll change, with an owner, a date, and a way to know it worked.
    m_newAction = new QLineEdit;
    m_newAction->setObjectName(u"newActionTitle"_s);
    m_newAction->setPlaceholderText(tr("Name a change to make and press Enter"));
    auto* add = new QPushButton(tr("Add action"));
    add->setObjectName(u"addActionButton"_s);
    const auto addFromLine = [this] {
        if (m_newAction->text().simplified().isEmpty()) {
            m_newAction->setFocus();
            return;
        }
        if (addAction(m_newAction->text()) != 0)
            m_newAction->clear();
    };
    connect(add, &QPushButton::clicked, this, addFromLine);
    connect(m_newAction, &QLineEdit::returnPressed, this, addFromLine);

    m_sortedActions->setSourceModel(m_actions);
    m_sortedActions->setSortRole(ActionTableModel::SortRole);
    m_sortedActions->setDynamicSortFilter(true);
    m_actionTable = new QTableView;
    m_actionTable->setObjectName(u"actionTable"_s);
    m_actionTable->setAccessibleName(tr("Actions"));
    m_actionTable->setToolTip(tr("Enter or typing edits a cell · + and − vote · Delete removes the action"));
    m_actionTable->setModel(m_sortedActions);
    m_actionTable->setItemDelegate(new ActionDelegate(m_actions, m_actionTable));
    m_actionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed);
    m_actionTable->setAlternatingRowColors(true);
    m_actionTable->setWordWrap(true);
    m_actionTable->verticalHeader()->hide();
    m_actionTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* header = m_actionTable->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder); // as added, until someone sorts
    m_actionTable->setSortingEnabled(true);
    header->resizeSection(ActionTableModel::OwnerColumn, 130);
    header->resizeSection(ActionTableModel::DueColumn, 100);
    header->resizeSection(ActionTableModel::StatusColumn, 100);
    header->resizeSection(ActionTableModel::DefenseColumn, 170);
    header->resizeSection(ActionTableModel::VotesColumn, 96);
    m_actionTable->viewport()->installEventFilter(this);
    m_actionTable->installEventFilter(this);
    connect(m_actionTable, &QTableView::activated, m_actionTable, qOverload<const QModelIndex&>(&QTableView::edit));
    connect(m_actionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SolveWorkspace::updateButtons);

    m_voteUp = new QPushButton(tr("+ Vote"));
    m_voteUp->setObjectName(u"voteUpButton"_s);
    m_voteUp->setToolTip(tr("One more vote for the selected action (+)"));
    connect(m_voteUp, &QPushButton::clicked, this, [this] { voteSelected(+1); });
    m_voteDown = new QPushButton(tr("− Vote"));
    m_voteDown->setObjectName(u"voteDownButton"_s);
    m_voteDown->setToolTip(tr("Take a vote back from the selected action (−)"));
    connect(m_voteDown, &QPushButton::clicked, this, [this] { voteSelected(-1); });
    m_sortByVotes = new QPushButton(tr("Most votes first"));
    m_sortByVotes->setObjectName(u"sortByVotesButton"_s);
    m_sortByVotes->setCheckable(true);
    connect(m_sortByVotes, &QPushButton::toggled, this, [this](bool on) {
        m_actionTable->sortByColumn(on ? ActionTableModel::VotesColumn : -1,
                                    on ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        const QSignalBlocker block(m_sortByVotes);
        m_sortByVotes->setChecked(section == ActionTableModel::VotesColumn && order == Qt::DescendingOrder);
    });
    m_removeAction = new QPushButton(tr("Delete action"));
    m_removeAction->setObjectName(u"removeActionButton"_s);
    m_removeAction->setToolTip(tr("Delete the selected action (Delete); Ctrl+Z brings it back"));
    connect(m_removeAction, &QPushButton::clicked, this, &SolveWorkspace::removeSelectedActions);

    auto* actionsBox = new QGroupBox(tr("Actions"));
    actionsBox->setObjectName(u"actionsBox"_s);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newAction, 1);
    addRow->addWidget(add);
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(m_voteUp);
    actionButtons->addWidget(m_voteDown);
    actionButtons->addWidget(m_sortByVotes);
    actionButtons->addStretch();
    actionButtons->addWidget(m_removeAction);
    auto* actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->addLayout(addRow);
    actionsLayout->addWidget(m_actionTable, 1);
    actionsLayout->addLayout(actionButtons);

    // The sponsor's response, in their words.
    m_sponsor = new DeferredTextEdit;
    m_sponsor->setObjectName(u"sponsorResponse"_s);
    m_sponsor->setMinimumWidth(160);
    m_sponsor->setAccessibleName(tr("Sponsor's response"));
    m_sponsor->setPlaceholderText(tr("What the sponsor said about the defenses and actions, and what they will "
                                     "support"));
    connect(m_sponsor, &DeferredTextEdit::committed, this, &SolveWorkspace::commitSponsorResponse);
    auto* sponsorBox = new QGroupBox(tr("Sponsor's response"));
    sponsorBox->setObjectName(u"sponsorBox"_s);
    auto* sponsorLayout = new QVBoxLayout(sponsorBox);
    sponsorLayout->addWidget(m_sponsor);

    // Two pages, each with the whole height: what protects the work and what nothing answers yet; the
    // actions decided and the sponsor's response. On a laptop's screen neither is squeezed beside the other.
    auto* defensesPage = new QSplitter(Qt::Horizontal);
    defensesPage->setObjectName(u"solveTopSplitter"_s);
    defensesPage->setChildrenCollapsible(false);
    defensesPage->addWidget(m_defensePanel);
    defensesPage->addWidget(notesColumn);
    defensesPage->setStretchFactor(0, 2);
    defensesPage->setStretchFactor(1, 1);
    defensesPage->setSizes({930, 470});
    auto* actionsPage = new QSplitter(Qt::Horizontal);
    actionsPage->setObjectName(u"solveBottomSplitter"_s);
    actionsPage->setChildrenCollapsible(false);
    actionsPage->addWidget(actionsBox);
    actionsPage->addWidget(sponsorBox);
    actionsPage->setStretchFactor(0, 3);
    actionsPage->setStretchFactor(1, 1);
    actionsPage->setSizes({1030, 370});
    m_pages = new QTabWidget;
    m_pages->setObjectName(u"solvePages"_s);
    m_pages->setDocumentMode(true);
    m_pages->addTab(defensesPage, tr("Defenses and &gaps"));
    m_pages->addTab(actionsPage, tr("&Actions and the sponsor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pages);

    connect(&hub, &ChangeHub::changed, this, &SolveWorkspace::onChange);
    for (auto* model : {static_cast<QAbstractItemModel*>(m_gaps), static_cast<QAbstractItemModel*>(m_parking),
                        static_cast<QAbstractItemModel*>(m_defenses), static_cast<QAbstractItemModel*>(m_actions)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &SolveWorkspace::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SolveWorkspace::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &SolveWorkspace::updateCounts);
    }
    connect(m_parkingList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SolveWorkspace::updateButtons);
    connect(m_gapList->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SolveWorkspace::updateButtons);
    setDocument(nullptr);
}

void SolveWorkspace::setDocument(LearningTeamDocument* document) {
    if (m_document)
        m_sponsor->commit(); // nothing typed is lost when another Learning Team opens
    m_document = document;
    const Id ltId = document ? document->learningTeamId() : 0;
    m_defenses->setDocument(document);
    m_actions->setDocument(document);
    m_gaps->setLearningTeam(ltId);
    m_parking->setLearningTeam(ltId);
    m_defensePanel->setDocument(document);
    setEnabled(document != nullptr);
    const auto lt = document ? document->repository().learningTeam(ltId) : std::nullopt;
    m_sponsor->load(lt ? QString::fromStdString(lt->sponsorResponse) : QString());
    updateCounts();
    updateButtons();
}

void SolveWorkspace::onChange(const Change& change) {
    if (!m_document || change.learningTeamId != m_document->learningTeamId())
        return;
    if (change.entity == EntityType::LearningTeam && change.kind == ChangeKind::Updated)
        m_sponsor->setStoredText(QString::fromStdString(std::get<LearningTeam>(change.item).sponsorResponse));
    else if (change.entity == EntityType::LearningTeam && change.kind == ChangeKind::Removed)
        setDocument(nullptr);
}

void SolveWorkspace::updateCounts() {
    m_gapBox->setTitle(tr("Gaps: nothing answers these yet (%1)").arg(m_gaps->rowCount()));
    m_parkingBox->setTitle(tr("Parking lot: ideas held back in Learn (%1)").arg(m_parking->rowCount()));
    if (m_pages) {
        m_pages->setTabText(
            0, tr("Defenses and &gaps (%1 · %n gap(s))", "", m_gaps->rowCount()).arg(m_defenses->rowCount()));
        m_pages->setTabText(1, tr("&Actions and the sponsor (%1)").arg(m_actions->rowCount()));
    }
}

void SolveWorkspace::updateButtons() {
    const bool actionSelected = m_actionTable->selectionModel()->hasSelection();
    m_voteUp->setEnabled(actionSelected);
    m_voteDown->setEnabled(actionSelected);
    m_removeAction->setEnabled(actionSelected);
    m_parkingToAction->setEnabled(m_parkingList->selectionModel()->hasSelection());
    m_answerGap->setEnabled(m_gapList->selectionModel()->hasSelection() && m_defensePanel->selectedDefense() != 0);
}

Id SolveWorkspace::addAction(const QString& title) {
    const auto name = title.simplified().toStdString();
    if (!m_document || name.empty())
        return 0;
    const Id id = m_document->addAction(name).id;
    if (id == 0)
        return 0; // it failed, was reported and dropped
    selectAction(id);
    return id;
}

void SolveWorkspace::selectAction(Id actionId) {
    const auto index = m_sortedActions->mapFromSource(m_actions->indexOf(actionId));
    if (!index.isValid())
        return;
    m_actionTable->setCurrentIndex(index);
    m_actionTable->scrollTo(index);
}

void SolveWorkspace::removeSelectedActions() {
    if (!m_document)
        return;
    std::vector<Action> chosen;
    for (const auto& i : m_actionTable->selectionModel()->selectedRows())
        if (auto a = m_actions->actionAt(m_sortedActions->mapToSource(i).row()))
            chosen.push_back(*a);
    std::vector<Id> ids;
    for (const auto& a : chosen)
        ids.push_back(a.id);
    m_document->removeActions(ids);
}

void SolveWorkspace::voteSelected(int delta) {
    const auto current = m_actionTable->currentIndex();
    if (!m_document || !current.isValid())
        return;
    const Id id = current.data(ActionTableModel::IdRole).toLongLong();
    m_actions->vote(m_sortedActions->mapToSource(current), delta);
    selectAction(id); // sorted by votes, the row may have moved
}

// One step: the action, named after the idea, and a link from the idea to it. The idea stays.
void SolveWorkspace::turnIdeaIntoAction() {
    const auto current = m_parkingList->currentIndex();
    if (!m_document || !current.isValid())
        return;
    if (const Id action = m_document->turnIdeaIntoAction(current.data(SolveNoteListModel::IdRole).toLongLong())) {
        m_pages->setCurrentIndex(1); // the new action, where the actions are
        selectAction(action);
    }
}

void SolveWorkspace::answerGapWithSelectedDefense() {
    const Id defenseId = m_defensePanel->selectedDefense();
    const auto current = m_gapList->currentIndex();
    if (!m_document || defenseId == 0 || !current.isValid())
        return;
    m_defensePanel->linkNote(defenseId, current.data(SolveNoteListModel::IdRole).toLongLong());
}

void SolveWorkspace::commitSponsorResponse(const QString& text) {
    if (!m_document)
        return;
    auto lt = m_document->repository().learningTeam(m_document->learningTeamId());
    if (!lt)
        return;
    lt->sponsorResponse = text.trimmed().toStdString();
    m_document->editLearningTeam(*lt, tr("Write down the sponsor's response"));
}

// The two texts share the room the other columns leave, and never get too narrow to read: when the
// workspace is narrow, the table scrolls sideways instead.
void SolveWorkspace::fitActionColumns() {
    auto* header = m_actionTable->horizontalHeader();
    int fixed = 0;
    for (int c = 0; c < ActionTableModel::ColumnCount; ++c)
        if (c != ActionTableModel::TitleColumn && c != ActionTableModel::SuccessColumn)
            fixed += header->sectionSize(c);
    const int room = m_actionTable->viewport()->width() - fixed;
    const int title = std::max(200, room * 55 / 100);
    header->resizeSection(ActionTableModel::TitleColumn, title);
    header->resizeSection(ActionTableModel::SuccessColumn, std::max(170, room - title));
}

// On the action table: Delete removes, + and − vote; the rest (Enter, typing) edits the cell.
bool SolveWorkspace::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_actionTable->viewport() && event->type() == QEvent::Resize)
        fitActionColumns();
    // Keys that reach the table from an open editor belong to the editor.
    if (watched == m_actionTable && event->type() == QEvent::KeyPress &&
        !m_actionTable->indexWidget(m_actionTable->currentIndex())) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace: removeSelectedActions(); return true;
        case Qt::Key_Plus:
        case Qt::Key_Equal: voteSelected(+1); return true;
        case Qt::Key_Minus: voteSelected(-1); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ltw::gui
