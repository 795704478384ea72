#include "solve/solve_delegates.hpp"
#include "common/conversions.hpp"

#include "solve/action_table_model.hpp"
#include "solve/defense_list_model.hpp"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QPainter>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

constexpr int kPad = 8;
constexpr int kChipWidth = 92;

} // namespace

// Two lines: the chip (rating, or "to build"), the title in bold, and under it how many notes it answers.
void DefenseDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(kPad, 6, -kPad, -6);
    const QColor chip = index.data(Qt::DecorationRole).value<QColor>();
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    const QRect chipRect(r.left(), r.top() + 2, kChipWidth, smallMetrics.height() + 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(chip);
    painter->drawRoundedRect(chipRect, chipRect.height() / 2.0, chipRect.height() / 2.0);
    painter->setFont(small);
    painter->setPen(chip.lightnessF() > 0.62 ? QColor(0x33, 0x2b, 0x00) : QColor(Qt::white));
    painter->drawText(chipRect, Qt::AlignCenter, index.data(DefenseListModel::RatingTextRole).toString());

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(textRole));
    const QRect titleRect(chipRect.right() + kPad, r.top(), r.width() - kChipWidth - kPad,
                          QFontMetrics(bold).height() + 4);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, titleRect.width()));

    const int answers = index.data(DefenseListModel::AnswerCountRole).toInt();
    const QString sub = answers == 0 ? DefenseListModel::tr("answers no note yet")
                                     : DefenseListModel::tr("answers %n note(s)", "", answers);
    painter->setFont(small);
    QColor muted = option.palette.color(textRole);
    muted.setAlphaF(0.65f);
    painter->setPen(muted);
    const QRect subRect(titleRect.left(), titleRect.bottom() + 1, titleRect.width(), smallMetrics.height() + 2);
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter, sub);
    painter->restore();
}

QSize DefenseDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    QFont bold = option.font;
    bold.setBold(true);
    // As narrow as a rating chip and a few words: the list gives every row its own width.
    return {160, QFontMetrics(bold).height() + option.fontMetrics.height() + 20};
}

// Renaming in place: the line edit sits where the title is drawn.
void DefenseDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                           const QModelIndex&) const {
    editor->setGeometry(option.rect.adjusted(kPad + kChipWidth + 4, 2, -4, -2));
}

DueDateEditor::DueDateEditor(QWidget* parent) : QWidget(parent), m_edit(new QDateEdit), m_clear(new QToolButton) {
    setAutoFillBackground(true);
    m_edit->setObjectName(u"dueDateEdit"_s);
    m_edit->setCalendarPopup(true);
    // The lowest date stands for "no date", shown in words.
    m_edit->setMinimumDate(QDate(2000, 1, 1));
    m_edit->setSpecialValueText(tr("No date"));
    m_edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_clear->setObjectName(u"clearDueDateButton"_s);
    m_clear->setText(tr("No date"));
    m_clear->setToolTip(tr("Take the due date away"));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::NoFocus);
    connect(m_clear, &QToolButton::clicked, this, [this] { m_edit->setDate(m_edit->minimumDate()); });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clear);
    setFocusProxy(m_edit);
}

QDate DueDateEditor::date() const { return m_edit->date() == m_edit->minimumDate() ? QDate() : m_edit->date(); }

void DueDateEditor::setDate(const QDate& date) {
    // Choosing a date for an action without one starts from today, not from the "no date" marker.
    m_edit->setDate(date.isValid() ? date : QDate::currentDate());
}

ActionDelegate::ActionDelegate(ActionTableModel* actions, QObject* parent)
    : QStyledItemDelegate(parent), m_actions(actions) {}

QWidget* ActionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const {
    switch (index.column()) {
    case ActionTableModel::DueColumn: return new DueDateEditor(parent);
    case ActionTableModel::StatusColumn: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(u"statusEditor"_s);
        for (auto s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
            combo->addItem(words(s), static_cast<int>(s));
        return combo;
    }
    case ActionTableModel::DefenseColumn: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(u"defenseEditor"_s);
        combo->addItem(tr("No defense"), QVariant::fromValue<qint64>(0));
        for (const auto& [id, title] : m_actions->defenseTitles())
            combo->addItem(QString::fromStdString(title), QVariant::fromValue<qint64>(id));
        return combo;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ActionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* due = qobject_cast<DueDateEditor*>(editor)) {
        due->setDate(index.data(Qt::EditRole).toDate());
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const auto value = index.data(Qt::EditRole);
        const int at = combo->findData(index.column() == ActionTableModel::DefenseColumn
                                           ? QVariant::fromValue<qint64>(value.toLongLong())
                                           : value);
        combo->setCurrentIndex(std::max(0, at));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    if (auto* due = qobject_cast<DueDateEditor*>(editor)) {
        model->setData(index, due->date());
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ActionDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const {
    QRect r = option.rect;
    if (index.column() == ActionTableModel::DueColumn)
        r.setWidth(std::max(r.width(), editor->sizeHint().width()));
    editor->setGeometry(r);
}

} // namespace ltw::gui
