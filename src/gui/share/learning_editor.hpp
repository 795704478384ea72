// The editor of one shared learning: its title, summary, look-fors and audience. Text fields are saved
// when the facilitator leaves them (focus out, Return); look-for lines are saved as soon as one is
// added, changed, removed or moved. Every save is an undo command on the Learning Team's stack, and
// the fields follow the stored value when it changes (an undo, say) unless a field holds unsaved typing.
#pragma once

#include "ltw/repository.hpp"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;

class LearningEditor final : public QWidget {
    Q_OBJECT
public:
    explicit LearningEditor(ChangeHub& hub, QWidget* parent = nullptr);

    void setDocument(LearningTeamDocument* document);
    // Shows one learning (0: none); unsaved typing in the one shown before is saved first.
    void showLearning(Id learningId);
    Id learningId() const { return m_shown ? m_shown->id : 0; }
    // Saves what was typed into the text fields and not saved yet.
    void commit();
    // Puts the keyboard in the title with its text selected, so typing replaces it.
    void focusTitle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildForm();
    void apply(const Change& change);
    void fill(const SharedLearning& learning);
    void fillLookFors(const std::vector<std::string>& lines);
    void save(const SharedLearning& after, const QString& text, int mergeId);
    std::vector<std::string> lookForsInList() const;
    void saveLookFors(const QString& text);
    void addLookFor();
    void removeLookFor();
    void moveLookFor(int delta);
    void updateButtons();

    Repository& m_repo;
    QPointer<LearningTeamDocument> m_document;
    std::optional<SharedLearning> m_shown; // the stored value the fields were last filled from
    bool m_filling = false;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QListWidget* m_lookFors = nullptr;
    QLineEdit* m_newLookFor = nullptr;
    QPushButton* m_addLookFor = nullptr;
    QPushButton* m_removeLookFor = nullptr;
    QPushButton* m_upLookFor = nullptr;
    QPushButton* m_downLookFor = nullptr;
    QLineEdit* m_audience = nullptr;
};

} // namespace ltw::gui
