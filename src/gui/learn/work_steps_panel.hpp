// Work as imagined beside work as done: two ordered lists of steps, editable in place, with notes
// (adaptations, tradeoffs) attached to the step where the two differ. Every change is an undo step.
#pragma once

#include "ltw/domain.hpp"

#include <QWidget>

#include <array>

class QLineEdit;
class QListView;

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;
class WorkStepModel;

class WorkStepsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit WorkStepsPanel(ChangeHub& hub, QWidget* parent = nullptr);
    void setDocument(LearningTeamDocument* document);

    QListView* list(StepTrack track) const;
    QLineEdit* entry(StepTrack track) const;
    WorkStepModel* model(StepTrack track) const;

    void addStep(StepTrack track, const QString& text);
    void moveSelected(StepTrack track, int by); // -1 up, +1 down
    void removeSelected(StepTrack track);
    // Replaces the notes attached to the selected step with `noteIds`, as one undo step.
    void attachToSelected(StepTrack track, const std::vector<Id>& noteIds);
    void chooseAttachments(StepTrack track); // opens the picker

private:
    Id selectedStep(StepTrack track) const;

    ChangeHub& m_hub;
    LearningTeamDocument* m_document = nullptr;
    std::array<WorkStepModel*, 2> m_models{};
    std::array<QListView*, 2> m_lists{};
    std::array<QLineEdit*, 2> m_entries{};
};

} // namespace ltw::gui
