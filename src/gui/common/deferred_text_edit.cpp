#include "common/deferred_text_edit.hpp"

#include <QTimer>

namespace ltw::gui {

DeferredTextEdit::DeferredTextEdit(QWidget* parent) : QPlainTextEdit(parent), m_pause(new QTimer(this)) {
    m_pause->setSingleShot(true);
    m_pause->setInterval(1500);
    setTabChangesFocus(true);
    connect(m_pause, &QTimer::timeout, this, &DeferredTextEdit::commit);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_pause->start();
    });
}

void DeferredTextEdit::setStoredText(const QString& text) {
    if (m_dirty || text == toPlainText())
        return;
    m_loading = true;
    setPlainText(text);
    m_loading = false;
}

void DeferredTextEdit::load(const QString& text) {
    m_pause->stop();
    m_dirty = false;
    if (text == toPlainText())
        return;
    m_loading = true;
    setPlainText(text);
    m_loading = false;
}

void DeferredTextEdit::commit() {
    m_pause->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    emit committed(toPlainText());
}

void DeferredTextEdit::focusOutEvent(QFocusEvent* event) {
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace ltw::gui
