// The Soak workspace: the planned end of the soak with its countdown, reflections and late additions
// captured the quick way, and themes — select notes and make a theme, drag notes in and out, name it.
// Weak signals stand out on every card.
#pragma once

#include "ltw/repository.hpp"

#include <QWidget>

#include <map>

class QHBoxLayout;
class QLabel;
class QTimer;

namespace ltw::gui {

class ChangeHub;
class LaneView;
class LearningTeamDocument;
class NoteCardDelegate;
class NoteTableModel;
class QuickCapture;

class SoakWorkspace final : public QWidget {
    Q_OBJECT
public:
    SoakWorkspace(ChangeHub& hub, NoteTableModel* notes, QWidget* parent = nullptr);

    void setDocument(LearningTeamDocument* document);
    QuickCapture* capture() const { return m_capture; }
    LaneView* unthemedLane() const { return m_unthemed; }
    LaneView* themeLane(Id themeId) const;
    // Makes a theme of the notes selected in any list; returns its id (0 if nothing was selected).
    Id makeThemeFromSelection();
    void refreshParticipants();

signals:
    void noteSelected(ltw::Id noteId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChange(const Change& change);
    void rebuildThemes();
    void updateCountdown();
    void chooseSoakEnd();
    void captureNote(NoteKind kind, const QString& text, std::optional<Id> teller);
    void followSelection(LaneView* lane);

    NoteTableModel* m_notes;
    LearningTeamDocument* m_document = nullptr;
    NoteCardDelegate* m_delegate;
    QuickCapture* m_capture = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_signals = nullptr;
    QTimer* m_tick = nullptr;
    LaneView* m_unthemed = nullptr;
    QWidget* m_themeRow = nullptr;
    QHBoxLayout* m_themeLayout = nullptr;
    std::map<Id, LaneView*> m_themeLanes;
};

} // namespace ltw::gui
