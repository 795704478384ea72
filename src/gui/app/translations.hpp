// The workbench's catalogues: the English plural forms ("1 note", "3 notes") always, under the
// translation of the facilitator's language when there is one.
#pragma once

class QCoreApplication;

namespace ltw::gui {

// Installs the catalogues on `app`; returns false when even the English one is missing (a broken build).
bool installTranslations(QCoreApplication& app);

} // namespace ltw::gui
