#include "learn/note_board.hpp"
#include "common/conversions.hpp"

#include "document/learning_team_document.hpp"
#include "learn/note_card_delegate.hpp"
#include "learn/note_table_model.hpp"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

constexpr int kLaneWidth = 250;

} // namespace

NoteFilterModel::NoteFilterModel(Predicate accepts, QObject* parent)
    : QSortFilterProxyModel(parent), m_accepts(std::move(accepts)) {}

bool NoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    return m_accepts(sourceModel()->index(sourceRow, NoteTableModel::TextColumn, sourceParent));
}

LaneView::LaneView(const QString& name, QWidget* parent) : QListView(parent) {
    setObjectName(name);
    setSelectionMode(ExtendedSelection);
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setWordWrap(true);
    setUniformItemSizes(false);
    setResizeMode(Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(ScrollPerPixel);
    setEditTriggers(DoubleClicked | EditKeyPressed);
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(u"QListView { background: transparent; }"_s);
}

std::vector<Id> LaneView::selectedNoteIds() const {
    std::vector<Id> ids;
    for (const auto& index : selectionModel()->selectedIndexes())
        ids.push_back(index.data(NoteTableModel::IdRole).toLongLong());
    return ids;
}

void LaneView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(NoteTableModel::kNoteIdsMimeType))
        event->acceptProposedAction();
    else
        event->ignore();
}

void LaneView::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasFormat(NoteTableModel::kNoteIdsMimeType))
        event->acceptProposedAction();
    else
        event->ignore();
}

// The source lane must not remove rows itself, so the drop is taken as a copy: the models follow
// the repository once the owner's handler has made its undo command.
void LaneView::dropEvent(QDropEvent* event) {
    const auto ids = NoteTableModel::noteIdsFrom(event->mimeData());
    if (!m_onDrop || ids.empty()) {
        event->ignore();
        return;
    }
    m_onDrop(ids);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void LaneView::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && state() != EditingState &&
        m_onDelete) {
        m_onDelete(selectedNoteIds());
        return;
    }
    if (event->key() == Qt::Key_Escape && state() != EditingState) {
        clearSelection();
        emit leaveRequested();
        return;
    }
    QListView::keyPressEvent(event);
}

void LaneView::resizeEvent(QResizeEvent* event) {
    QListView::resizeEvent(event);
    scheduleDelayedItemsLayout(); // card heights depend on the width
}

NoteBoard::NoteBoard(NoteTableModel* notes, QWidget* parent) : QWidget(parent), m_notes(notes) {
    setObjectName(u"noteBoard"_s);
    auto* row = new QWidget;
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(4, 4, 4, 4);
    rowLayout->setSpacing(8);
    auto* delegate = new NoteCardDelegate(this);
    int shortcut = 1;
    for (auto kind : allValues<NoteKind>()) {
        const auto i = static_cast<std::size_t>(kind);
        auto* column = new QWidget;
        column->setFixedWidth(kLaneWidth);
        column->setObjectName(u"laneColumn"_s);
        column->setStyleSheet(u"#laneColumn { background: #f1f1ee; border-radius: 8px; }"_s);
        auto* layout = new QVBoxLayout(column);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->setSpacing(4);
        auto* header = new QLabel;
        header->setObjectName(u"laneHeader_"_s + QString::fromUtf8(toString(kind)));
        header->setTextFormat(Qt::RichText);
        header->setProperty("shortcut", shortcut++);
        m_headers[i] = header;
        auto* proxy = new NoteFilterModel(
            [kind](const QModelIndex& i) { return i.data(NoteTableModel::KindRole).toInt() == static_cast<int>(kind); },
            this);
        proxy->setSourceModel(notes);
        auto* lane = new LaneView(u"lane_"_s + QString::fromUtf8(toString(kind)));
        lane->setAccessibleName(words(kind));
        lane->setModel(proxy);
        lane->setModelColumn(NoteTableModel::TextColumn);
        lane->setItemDelegate(delegate);
        connect(lane, &LaneView::leaveRequested, this, &NoteBoard::leaveRequested);
        connect(lane, &QListView::activated, this, [this](const QModelIndex& index) {
            emit noteActivated(index.data(NoteTableModel::IdRole).toLongLong());
        });
        connect(lane->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
            if (current.isValid())
                emit noteSelected(current.data(NoteTableModel::IdRole).toLongLong());
        });
        m_lanes[i] = lane;
        layout->addWidget(header);
        layout->addWidget(lane, 1);
        rowLayout->addWidget(column);
    }
    rowLayout->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setWidget(row);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(notes, &QAbstractItemModel::rowsInserted, this, &NoteBoard::updateCounts);
    connect(notes, &QAbstractItemModel::rowsRemoved, this, &NoteBoard::updateCounts);
    connect(notes, &QAbstractItemModel::modelReset, this, &NoteBoard::updateCounts);
    connect(notes, &QAbstractItemModel::dataChanged, this, &NoteBoard::updateCounts);
    updateCounts();
}

void NoteBoard::setDocument(LearningTeamDocument* document) {
    for (auto kind : allValues<NoteKind>()) {
        auto* laneView = lane(kind);
        if (!document) {
            laneView->setDropHandler({});
            laneView->setDeleteHandler({});
            continue;
        }
        // Dropping cards into a lane gives them its kind.
        laneView->setDropHandler([document, kind](const std::vector<Id>& ids) { document->setNoteKind(ids, kind); });
        laneView->setDeleteHandler([document](const std::vector<Id>& ids) { document->removeNotes(ids); });
    }
}

LaneView* NoteBoard::lane(NoteKind kind) const { return m_lanes[static_cast<std::size_t>(kind)]; }

void NoteBoard::reveal(NoteKind kind, Id noteId) {
    auto* laneView = lane(kind);
    m_scroll->ensureWidgetVisible(laneView->parentWidget(), 0, 0);
    auto* proxy = static_cast<QSortFilterProxyModel*>(laneView->model());
    const auto index = proxy->mapFromSource(m_notes->indexOf(noteId));
    if (index.isValid())
        laneView->scrollTo(index);
}

void NoteBoard::updateCounts() {
    for (auto kind : allValues<NoteKind>()) {
        const auto i = static_cast<std::size_t>(kind);
        const int count = m_lanes[i]->model()->rowCount();
        if (count == m_counts[i])
            continue; // a rich-text label is costly to set: only the lanes that changed
        m_counts[i] = count;
        const auto colour = NoteTableModel::kindColor(kind).name();
        m_headers[i]->setText(u"<span style='color:%1;font-size:14pt'>&#9632;</span> <b>%2</b> "
                              u"<span style='color:#5f6368'>%3 · Ctrl+%4</span>"_s.arg(
                                  colour, words(kind).toHtmlEscaped(), QString::number(count),
                                  m_headers[i]->property("shortcut").toString()));
    }
}

} // namespace ltw::gui
