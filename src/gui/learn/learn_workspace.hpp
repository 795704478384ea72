// The Learn workspace: the quick-capture line above Learn's pictures — the board (and the same notes as a
// list), work as imagined beside work as done, and the timeline of an event, which comes first for a
// Learning Team about an event. The capture line has the keyboard whenever the workspace is shown, except
// on the timeline, whose own line takes moments.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/room_picture.hpp"

#include <QWidget>

class QTabWidget;
class QTableView;

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;
class WorkStepsPanel;
class NoteBoard;
class NoteTableModel;
class QuickCapture;
class TimelinePanel;

class LearnWorkspace final : public QWidget {
    Q_OBJECT
public:
    LearnWorkspace(ChangeHub& hub, NoteTableModel* notes, QWidget* parent = nullptr);

    void setDocument(LearningTeamDocument* document);
    QuickCapture* capture() const { return m_capture; }
    NoteBoard* board() const { return m_board; }
    WorkStepsPanel* workSteps() const { return m_steps; }
    TimelinePanel* timeline() const { return m_timeline; }
    QTabWidget* tabs() const { return m_tabs; }
    void refreshParticipants();
    // Which of Learn's pictures the facilitator has in front of them (the tab shown).
    LearnPicture picture() const;

signals:
    void noteSelected(ltw::Id noteId);
    // The facilitator turned to another of Learn's pictures; the room follows.
    void pictureChanged(ltw::LearnPicture picture);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void captureNote(NoteKind kind, const QString& text, std::optional<Id> teller);

    NoteTableModel* m_notes;
    LearningTeamDocument* m_document = nullptr;
    QuickCapture* m_capture = nullptr;
    QTabWidget* m_tabs = nullptr;
    NoteBoard* m_board = nullptr;
    QTableView* m_table = nullptr;
    WorkStepsPanel* m_steps = nullptr;
    TimelinePanel* m_timeline = nullptr;
};

} // namespace ltw::gui
