// Draws an item's HTML (the role given) wrapped to the view's width: the library's results, with their
// matched words in bold, and its shared learnings with their look-fors.
#pragma once

#include <QStyledItemDelegate>

namespace ltw::gui {

class RichTextDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    RichTextDelegate(int htmlRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace ltw::gui
