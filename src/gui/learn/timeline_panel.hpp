// The timeline of an event, in Learn: a line where "02:05 the door 7 printer jams again" becomes a moment
// (Enter), the moments in order with the gaps in time between them, editable in place, moved by hand or
// put in order by time, and beside them what was present at the chosen moment — the notes attached to it
// and the work steps it happened at. Every change is an undo step of the Learning Team's document.
#pragma once

#include "ltw/domain.hpp"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;
class TimelineModel;

class TimelinePanel final : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(ChangeHub& hub, QWidget* parent = nullptr);
    void setDocument(LearningTeamDocument* document);
    // The roles of the roster, offered as the "who" of a moment (never names).
    void setRoles(const QStringList& roles);

    QLineEdit* entry() const { return m_entry; }
    QLineEdit* placeEntry() const { return m_place; }
    QLineEdit* whoEntry() const { return m_who; }
    QTableView* table() const { return m_table; }
    TimelineModel* model() const { return m_model; }

    // What Enter in the capture line does: the line read into a time and a text, with where and who.
    void addMoment();
    Id currentMomentId() const;
    void selectMoment(Id momentId);
    // The moment a note captured now is attached to: the chosen one, unless the facilitator said not to.
    Id attachTarget() const;
    void moveSelected(int by); // -1 earlier, +1 later
    void removeSelected();
    void orderByTime();
    void chooseNotes(); // opens the picker of notes present at the chosen moment
    void chooseSteps(); // opens the picker of work steps the chosen moment happened at
    QLineEdit* chosenPlace() const { return m_chosenPlace; }
    QLineEdit* chosenWho() const { return m_chosenWho; }

private:
    void showCurrent();
    void editChosen(); // where and who of the chosen moment, as typed beside the timeline

    LearningTeamDocument* m_document = nullptr;
    TimelineModel* m_model = nullptr;
    QLineEdit* m_entry = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_who = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_present = nullptr;
    QLineEdit* m_chosenPlace = nullptr;
    QLineEdit* m_chosenWho = nullptr;
    QListWidget* m_attached = nullptr;
    QCheckBox* m_attachCaptured = nullptr;
    Id m_keep = 0; // the moment to choose again once the rows are read anew
};

} // namespace ltw::gui
