// A text field for a longer answer (a sponsor's response, a defense's description) that hands its text
// over when the typing pauses or the field loses the keyboard, so a run of typing becomes one edit
// rather than one per keystroke.
#pragma once

#include <QPlainTextEdit>

class QTimer;

namespace ltw::gui {

class DeferredTextEdit final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit DeferredTextEdit(QWidget* parent = nullptr);

    // Shows `text` as the stored value, dropping anything not handed over (another item was chosen).
    void load(const QString& text);
    // Shows what is stored, unless the user has typed something not handed over yet.
    void setStoredText(const QString& text);
    // Hands over what was typed now, if anything (a pause or leaving the field does this by itself).
    void commit();

signals:
    void committed(const QString& text);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    QTimer* m_pause;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace ltw::gui
