// Small text helpers the GUI shares: English plurals without a translation catalogue, the short form
// of a user's text for undo entries and messages, and the quiet caption under a heading.
#pragma once

#include <QLabel>
#include <QString>

#include <string>

namespace ltw::gui {

// "1 note", "3 notes". Both texts go through tr() at the call site, so a translation can still give
// its own forms.
inline QString plural(qsizetype n, const QString& one, const QString& many) { return (n == 1 ? one : many).arg(n); }

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
