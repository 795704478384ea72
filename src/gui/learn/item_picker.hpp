// A dialog that picks items from a list by ticking them, with a filter line: the notes attached to a work
// step or a moment, the work steps a moment happened at.
#pragma once

#include "ltw/domain.hpp"

#include <QString>

#include <optional>
#include <vector>

class QWidget;

namespace ltw::gui {

struct PickableItem {
    Id id = 0;
    QString text;
    bool checked = false;
};

// The ids ticked when the facilitator pressed OK, or nothing when they cancelled. `objectName` names the
// dialog (tests find it by that name).
std::optional<std::vector<Id>> pickItems(QWidget* parent, const QString& objectName, const QString& title,
                                         const std::vector<PickableItem>& items);

} // namespace ltw::gui
