// Small text helpers the GUI shares: the short form of a user's text for undo entries and messages, and the
// quiet caption under a heading. (Plurals go through tr("%n …(s)", "", n) and the English catalogue.)
#pragma once

#include <QLabel>
#include <QString>

#include <string>

namespace ltw::gui {

// A user's text on one line, cut to 40 characters with an ellipsis, for "Delete “…”" and the like.
inline QString shortened(const std::string& text) {
    auto s = QString::fromStdString(text).simplified();
    return s.size() > 40 ? s.left(39) + QChar(0x2026) : s;
}

// A word-wrapped explanation in the quieter text colour, under a heading.
inline QLabel* caption(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace ltw::gui
