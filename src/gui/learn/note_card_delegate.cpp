#include "learn/note_card_delegate.hpp"

#include "learn/note_table_model.hpp"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

constexpr int kMargin = 4;  // around the card
constexpr int kPadding = 8; // inside the card
constexpr int kBar = 5;     // the colour bar on the left

QString footerOf(const QModelIndex& index) {
    QStringList parts;
    if (const auto teller = index.data(NoteTableModel::TellerRole).toString(); !teller.isEmpty())
        parts << teller;
    for (const auto& tag : index.data(NoteTableModel::TagsRole).toStringList())
        parts << u"#"_s + tag;
    if (index.data(NoteTableModel::PrivateRole).toBool())
        parts << NoteCardDelegate::tr("only for you");
    return parts.join(u"  ·  "_s);
}

int textWidth(const QStyleOptionViewItem& option) {
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        width = view->viewport()->width();
    return std::max(80, width - 2 * kMargin - 2 * kPadding - kBar);
}

QFont smaller(QFont f) {
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

} // namespace

QSize NoteCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const int width = textWidth(option);
    const auto text = index.data(Qt::DisplayRole).toString();
    const bool footer = !footerOf(index).isEmpty();
    const quint64 key = (quint64(qHash(text)) << 20) ^ (quint64(width) << 1) ^ quint64(footer) ^
                        (quint64(qHash(option.font.key())) << 40);
    if (auto it = m_sizes.constFind(key); it != m_sizes.cend())
        return *it;
    if (m_sizes.size() > 20'000)
        m_sizes.clear(); // widths change with the window; old answers are not worth keeping forever
    const QFontMetrics fm(option.font);
    const auto textRect = fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text);
    int height = textRect.height() + 2 * kPadding + 2 * kMargin;
    if (footer)
        height += QFontMetrics(smaller(option.font)).height() + 4;
    const QSize size{width + 2 * kMargin + 2 * kPadding + kBar, height};
    m_sizes.insert(key, size);
    return size;
}

void NoteCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const auto kind = static_cast<NoteKind>(index.data(NoteTableModel::KindRole).toInt());
    const QColor colour = NoteTableModel::kindColor(kind);

    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    const bool flagged = m_highlightWeak && kind == NoteKind::WeakSignal;
    painter->fillPath(path, selected  ? colour.lighter(185)
                            : flagged ? QColor(0xff, 0xf8, 0xdc)
                                      : QColor(0xfd, 0xfd, 0xfb));
    painter->setPen(QPen(selected  ? colour.darker(130)
                         : flagged ? QColor(0xd9, 0x9a, 0x00)
                                   : QColor(0xd8, 0xd8, 0xd4),
                         selected || flagged ? 2 : 1));
    painter->drawPath(path);
    QPainterPath bar;
    bar.addRoundedRect(QRectF(card.left(), card.top(), kBar + 4, card.height()), 6, 6);
    painter->setClipRect(QRectF(card.left(), card.top(), kBar, card.height()));
    painter->fillPath(bar, colour);
    painter->setClipping(false);

    const QRect textRect = card.adjusted(kBar + kPadding, kPadding, -kPadding, -kPadding).toRect();
    painter->setPen(option.palette.color(QPalette::Text));
    QFont font = option.font;
    font.setItalic(index.data(NoteTableModel::PrivateRole).toBool());
    painter->setFont(font);
    painter->drawText(textRect, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, index.data().toString());

    if (const auto footer = footerOf(index); !footer.isEmpty()) {
        const QFont small = smaller(option.font);
        painter->setFont(small);
        painter->setPen(QColor(0x5f, 0x63, 0x68));
        const int h = QFontMetrics(small).height();
        const QRect footerRect(textRect.left(), textRect.bottom() - h + 1, textRect.width(), h);
        painter->drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(footer, Qt::ElideRight, footerRect.width()));
    }
    painter->restore();
}

QWidget* NoteCardDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const {
    auto* editor = new QPlainTextEdit(parent);
    editor->setObjectName(u"noteCardEditor"_s);
    editor->setTabChangesFocus(true);
    return editor;
}

void NoteCardDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    static_cast<QPlainTextEdit*>(editor)->setPlainText(index.data(Qt::EditRole).toString());
}

void NoteCardDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    model->setData(index, static_cast<QPlainTextEdit*>(editor)->toPlainText(), Qt::EditRole);
}

void NoteCardDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                            const QModelIndex&) const {
    editor->setGeometry(option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin));
}

} // namespace ltw::gui
