// The board of the Learn workspace: the notes as cards in one lane per kind. Cards can be edited in
// place (F2 or double-click), dragged to another lane to change their kind, selected several at a
// time, and deleted (Delete) — every change one undo step.
#pragma once

#include "ltw/domain.hpp"

#include <QListView>
#include <QSortFilterProxyModel>
#include <QWidget>

#include <array>

class QLabel;
class QScrollArea;

namespace ltw::gui {

class LearningTeamDocument;
class NoteTableModel;

// The notes of one kind, from the note model.
class KindFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    KindFilterModel(NoteKind kind, QObject* parent = nullptr);
    NoteKind kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    NoteKind m_kind;
};

class LaneView final : public QListView {
    Q_OBJECT
public:
    LaneView(NoteKind kind, QWidget* parent = nullptr);
    void setDocument(LearningTeamDocument* document) { m_document = document; }
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
    NoteKind m_kind;
    LearningTeamDocument* m_document = nullptr;
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

private:
    void updateCounts();

    NoteTableModel* m_notes;
    QScrollArea* m_scroll = nullptr;
    std::array<LaneView*, 9> m_lanes{};
    std::array<QLabel*, 9> m_headers{};
};

} // namespace ltw::gui
