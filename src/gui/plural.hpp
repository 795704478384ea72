// English plurals without a translation catalogue: "1 note", "3 notes". Both texts go through tr()
// at the call site, so a translation can still give its own forms.
#pragma once

#include <QString>

namespace ltw::gui {

inline QString plural(qsizetype n, const QString& one, const QString& many) { return (n == 1 ? one : many).arg(n); }

} // namespace ltw::gui
