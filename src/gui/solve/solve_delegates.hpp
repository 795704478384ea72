// How Solve draws and edits its rows: a defense as a coloured rating chip beside its title, and the
// editors of the action table (a date with "no date", a status, the defense an action belongs to).
#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace ltw::gui {

class ActionTableModel;

class DefenseDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

// A due date, or none: a date field with a calendar and a button that clears it.
class DueDateEditor final : public QWidget {
    Q_OBJECT
public:
    explicit DueDateEditor(QWidget* parent = nullptr);
    QDate date() const; // invalid for "no date"
    void setDate(const QDate& date);
    QDateEdit* dateEdit() const { return m_edit; }

private:
    QDateEdit* m_edit;
    QToolButton* m_clear;
};

class ActionDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    ActionDelegate(ActionTableModel* actions, QObject* parent = nullptr);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    ActionTableModel* m_actions;
};

} // namespace ltw::gui
