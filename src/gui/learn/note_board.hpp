// The board of the Learn workspace: the notes as cards in one lane per kind. Cards can be edited in
// place (F2 or double-click), dragged to another lane to change their kind, selected several at a
// time, and deleted (Delete) — every change one undo step.
#pragma once

#include "ltw/domain.hpp"

#include <QListView>
#include <QSortFilterProxyModel>
#include <QWidget>

#include <array>
#include <functional>

class QLabel;
class QScrollArea;

namespace ltw::gui {

class LearningTeamDocument;
class NoteTableModel;

// The notes for which a test holds (of one kind, of one theme …), from the note model.
class NoteFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using Predicate = std::function<bool(const QModelIndex& sourceIndex)>;
    NoteFilterModel(Predicate accepts, QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Predicate m_accepts;
};

// A column of note cards that takes cards dropped on it and deletes with the Delete key; what a drop
// or a delete means is the owner's to say.
class LaneView final : public QListView {
    Q_OBJECT
public:
    using IdsHandler = std::function<void(const std::vector<Id>&)>;
    explicit LaneView(const QString& name, QWidget* parent = nullptr);
    void setDropHandler(IdsHandler handler) { m_onDrop = std::move(handler); }
    void setDeleteHandler(IdsHandler handler) { m_onDelete = std::move(handler); }
    std::vector<Id> selectedNoteIds() const;

signals:
    void leaveRequested(); // Escape: back to the capture line

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    IdsHandler m_onDrop;
    IdsHandler m_onDelete;
};

class NoteBoard final : public QWidget {
    Q_OBJECT
public:
    NoteBoard(NoteTableModel* notes, QWidget* parent = nullptr);

    void setDocument(LearningTeamDocument* document);
    LaneView* lane(NoteKind kind) const;
    // Scrolls the lane into view and shows the card, e.g. right after a capture.
    void reveal(NoteKind kind, Id noteId);

signals:
    void leaveRequested();
    void noteActivated(Id noteId);
    void noteSelected(Id noteId); // the card that became current in any lane

private:
    void updateCounts();

    NoteTableModel* m_notes;
    QScrollArea* m_scroll = nullptr;
    std::array<LaneView*, 9> m_lanes{};
    std::array<QLabel*, 9> m_headers{};
    std::array<int, 9> m_counts{-1, -1, -1, -1, -1, -1, -1, -1, -1};
};

} // namespace ltw::gui
