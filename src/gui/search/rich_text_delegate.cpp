#include "search/rich_text_delegate.hpp"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace ltw::gui {
namespace {

constexpr int kMargin = 6;

int textWidth(const QStyleOptionViewItem& option) {
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return std::max(120, view->viewport()->width() - 2 * kMargin);
    return std::max(120, option.rect.width() - 2 * kMargin);
}

void prepare(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html, int width) {
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(width);
}

} // namespace

RichTextDelegate::RichTextDelegate(int htmlRole, QObject* parent) : QStyledItemDelegate(parent), m_role(htmlRole) {}

void RichTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const auto* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    QTextDocument doc;
    prepare(doc, opt, index.data(m_role).toString(), opt.rect.width() - 2 * kMargin);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(kMargin, kMargin));
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size() - QSize(kMargin, kMargin)));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QTextDocument doc;
    const int width = textWidth(option);
    prepare(doc, option, index.data(m_role).toString(), width);
    return {width + 2 * kMargin, static_cast<int>(std::ceil(doc.size().height())) + 2 * kMargin};
}

} // namespace ltw::gui
