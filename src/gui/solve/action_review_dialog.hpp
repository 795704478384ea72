// When a team's next Learning Team reaches Solve, the actions its earlier Learning Teams left open come up
// for review: each can be marked done or dropped (undo steps of the Learning Team in Solve), kept open,
// or its Learning Team opened. Not modal: the session goes on beside it.
#pragma once

#include "ltw/library.hpp"

#include <QDialog>
#include <QPointer>

#include <set>

class QLabel;
class QPushButton;
class QTableView;

namespace ltw {
struct Change;
}

namespace ltw::gui {

class ChangeHub;
class FollowThroughModel;
class LearningTeamDocument;

class ActionReviewDialog final : public QDialog {
    Q_OBJECT
public:
    ActionReviewDialog(ChangeHub& hub, Library& library, QWidget* parent = nullptr);

    // Shows the open actions left by the earlier Learning Teams of `document`'s team; false (and stays
    // hidden) when there are none.
    bool review(LearningTeamDocument* document, const QString& teamName);
    // The Learning Team the facilitator has open: the review comes up by itself the moment it reaches Solve.
    void setShownDocument(LearningTeamDocument* document) { m_shown = document; }
    int count() const;

signals:
    void openRequested(ltw::Id learningTeamId);

private:
    void setStatus(ActionStatus status);
    void updateButtons();
    void reload();
    void onChange(const Change& change);

    ChangeHub& m_hub;
    Library& m_library;
    std::set<Id> m_kept;                       // left open on purpose: not asked about again in this review
    QPointer<LearningTeamDocument> m_document; // gone if its Learning Team is deleted meanwhile
    QPointer<LearningTeamDocument> m_shown;
    FollowThroughModel* m_model;
    QTableView* m_table = nullptr;
    QLabel* m_intro = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_dropped = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace ltw::gui
