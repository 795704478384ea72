// The inspector for the selected note: every field of it, editable. Each change is an undo step
// (typing into the text merges into one); the fields follow the note when it changes elsewhere. With the
// library, it also shows how widely its tags are used and the similar notes of other Learning Teams.
#pragma once

#include "ltw/library.hpp"
#include "ltw/repository.hpp"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;

namespace ltw::org {
class OrgStore;
}

namespace ltw::gui {

class ChangeHub;
class LearningTeamDocument;

class NoteInspector final : public QWidget {
    Q_OBJECT
public:
    explicit NoteInspector(ChangeHub& hub, QWidget* parent = nullptr);

    void setDocument(LearningTeamDocument* document);
    void showNote(Id noteId); // 0: nothing selected
    Id note() const { return m_noteId; }
    void setLibrary(Library* library);
    // The organisation library's mirror, for how widely a tag is used at other sites; nullptr: none.
    void setOrganisation(org::OrgStore* organisation) { m_organisation = organisation; }
    // While on (and the inspector is on screen), a note just captured in the shown Learning Team is the one
    // inspected: the one to compare with what was seen elsewhere. Off while the Library page is shown.
    void setFollowsCaptures(bool follows) { m_followsCaptures = follows; }

signals:
    // A note "seen elsewhere" was chosen.
    void openNoteRequested(ltw::Id learningTeamId, ltw::Id noteId);

private:
    void onChange(const Change& change);
    void load();
    void save();
    void loadPatterns();

    LearningTeamDocument* m_document = nullptr;
    Id m_noteId = 0;
    bool m_loading = false;
    bool m_followsCaptures = true;
    QStackedWidget* m_stack = nullptr;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_teller = nullptr;
    QLineEdit* m_tags = nullptr;
    QCheckBox* m_private = nullptr;
    QLabel* m_facts = nullptr;
    Library* m_library = nullptr;
    org::OrgStore* m_organisation = nullptr;
    QLabel* m_tagUse = nullptr;
    QWidget* m_patterns = nullptr;
    QLabel* m_seen = nullptr;
    QTimer* m_patternsSoon = nullptr; // the library is asked after the capture has shown, not before
};

} // namespace ltw::gui
