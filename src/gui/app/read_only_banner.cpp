#include "app/read_only_banner.hpp"

using namespace Qt::StringLiterals;

namespace ltw::gui {

ReadOnlyBanner::ReadOnlyBanner(QWidget* parent) : QLabel(parent) {
    setObjectName(u"readOnlyBanner"_s);
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // the reason names a file, which may hold any character
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The calm amber of the Share page's warning about names: worth reading, nothing broken.
    setStyleSheet(u"QLabel { background: #fbecd0; color: #6b4a0e; padding: 6px 10px; }"_s);
    setAccessibleName(tr("Read-only"));
    setReason(tr("To make changes, copy the file to a folder where you may write and open the copy with --db."));
}

void ReadOnlyBanner::setReason(const QString& why) {
    setText(tr("This database is open read-only: you can read, search and export your work, but no change can be "
               "kept. %1")
                .arg(why));
}

} // namespace ltw::gui
