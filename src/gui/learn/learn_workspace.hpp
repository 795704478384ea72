// The Learn workspace: the quick-capture line above the board (and the same notes as a list). The
// capture line has the keyboard whenever the workspace is shown.
#pragma once

#include "ltw/domain.hpp"

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

class LearnWorkspace final : public QWidget {
    Q_OBJECT
public:
    LearnWorkspace(ChangeHub& hub, NoteTableModel* notes, QWidget* parent = nullptr);

    void setDocument(LearningTeamDocument* document);
    QuickCapture* capture() const { return m_capture; }
    NoteBoard* board() const { return m_board; }
    WorkStepsPanel* workSteps() const { return m_steps; }
    void refreshParticipants();

signals:
    void noteSelected(ltw::Id noteId);

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
};

} // namespace ltw::gui
