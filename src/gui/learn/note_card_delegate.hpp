// Draws a note as a card: a calm colour bar for its kind, the text wrapped, and who told it and its
// tags underneath. Editing in place opens a text editor on the card.
#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace ltw::gui {

class NoteCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // In Soak the weak signals stand out on every card list: an amber outline and a flag.
    void setHighlightWeakSignals(bool on) { m_highlightWeak = on; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    bool m_highlightWeak = false;
    // Laying out wrapped text is the costly part of a lane with thousands of cards, and a list asks
    // for every card's size on each change: keep the answers, keyed by what decides them.
    mutable QHash<quint64, QSize> m_sizes;
};

} // namespace ltw::gui
