// The quick-capture line: type what you hear, press Enter, and the note is on the board. The kind is
// chosen with Ctrl+1 … Ctrl+9 and stays until changed; Ctrl+T picks who told it, without the mouse.
// A quiet hint appears when the words sound like blame; it never stops the capture.
#pragma once

#include "ltw/domain.hpp"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace ltw::gui {

class QuickCapture final : public QWidget {
    Q_OBJECT
public:
    explicit QuickCapture(QWidget* parent = nullptr);

    NoteKind kind() const { return m_kind; }
    void setKind(NoteKind kind);
    // The participants to pick a teller from, by role (names stay private: the list shows roles).
    void setParticipants(const std::vector<Participant>& participants);
    std::optional<Id> teller() const;

    QLineEdit* line() const { return m_line; }
    void focusLine();

signals:
    void captured(ltw::NoteKind kind, const QString& text, std::optional<ltw::Id> teller);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();
    void updateHint();

    NoteKind m_kind = NoteKind::Story;
    QToolButton* m_kindButton = nullptr;
    QLineEdit* m_line = nullptr;
    QComboBox* m_teller = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_keys = nullptr;
};

} // namespace ltw::gui
