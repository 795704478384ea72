// The library's marked texts (search matches) as HTML for the views: every piece of the user's text is
// escaped first, and only then are the matched words wrapped in <b>, so no text can become markup.
#pragma once

#include "ltw/library.hpp"

#include <QString>

namespace ltw::gui {

inline QString markedToHtml(const MarkedText& marked) {
    QString html;
    std::size_t at = 0;
    auto piece = [&](std::size_t begin, std::size_t end) {
        return QString::fromUtf8(marked.text.data() + begin, static_cast<qsizetype>(end - begin)).toHtmlEscaped();
    };
    for (const auto& [begin, end] : marked.marks) {
        if (begin < at || end > marked.text.size() || begin >= end)
            continue; // never trust a range blindly
        html += piece(at, begin);
        html += QStringLiteral("<b style='background-color:#fde68a'>") + piece(begin, end) + QStringLiteral("</b>");
        at = end;
    }
    return html + piece(at, marked.text.size());
}

} // namespace ltw::gui
