// The strip across the top of a window whose database is open read-only (a full disk, a read-only
// folder): it stays while the window is open and says why nothing can be changed and what to do.
#pragma once

#include <QLabel>

namespace ltw::gui {

class ReadOnlyBanner final : public QLabel {
    Q_OBJECT
public:
    explicit ReadOnlyBanner(QWidget* parent = nullptr);

    // Why nothing can be written and what to do, in the words of `DatabaseLock::problem`.
    void setReason(const QString& why);
};

} // namespace ltw::gui
