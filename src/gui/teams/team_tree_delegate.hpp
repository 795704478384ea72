// Draws a library row: a team in bold; a Learning Team as its title on one line, and its phase, date
// and number of notes on a second, quieter line.
#pragma once

#include <QStyledItemDelegate>

namespace ltw::gui {

class TeamTreeDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ltw::gui
