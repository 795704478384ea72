#include "teams/team_tree_delegate.hpp"

#include "teams/team_tree_model.hpp"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

constexpr int kPad = 4;

QString subtitle(const QModelIndex& index) {
    const auto full = index.data(Qt::DisplayRole).toString();
    const auto cut = full.indexOf(u'\n');
    return cut < 0 ? QString() : full.mid(cut + 1);
}

QFont small(QFont f) {
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

} // namespace

QSize TeamTreeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QFontMetrics fm(option.font);
    if (index.data(TeamTreeModel::IsTeamRole).toBool())
        return {option.rect.width(), fm.height() + 2 * kPad + 2};
    return {option.rect.width(), fm.height() + QFontMetrics(small(option.font)).height() + 2 * kPad + 2};
}

void TeamTreeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const auto* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background and selection
    const bool selected = option.state & QStyle::State_Selected;
    const QRect area = option.rect.adjusted(kPad, kPad, -kPad, -kPad);
    painter->save();
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics fm(option.font);
    QFont title = option.font;
    const bool team = index.data(TeamTreeModel::IsTeamRole).toBool();
    title.setBold(team);
    painter->setFont(title);
    painter->setPen(text);
    const auto name = team ? index.data(Qt::DisplayRole).toString() : index.data(TeamTreeModel::TitleRole).toString();
    painter->drawText(QRect(area.left(), area.top(), area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(title).elidedText(name, Qt::ElideRight, area.width()));
    if (!team) {
        const QFont sub = small(option.font);
        painter->setFont(sub);
        painter->setPen(selected ? text : QColor(0x5f, 0x63, 0x68));
        painter->drawText(QRect(area.left(), area.top() + fm.height(), area.width(), QFontMetrics(sub).height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(sub).elidedText(subtitle(index), Qt::ElideRight, area.width()));
    }
    painter->restore();
}

} // namespace ltw::gui
