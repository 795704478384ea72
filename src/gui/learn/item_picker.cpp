#include "learn/item_picker.hpp"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {

std::optional<std::vector<Id>> pickItems(QWidget* parent, const QString& objectName, const QString& title,
                                         const std::vector<PickableItem>& items) {
    QDialog dialog(parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    auto* filter = new QLineEdit;
    filter->setObjectName(u"pickerFilter"_s);
    filter->setPlaceholderText(QDialog::tr("Type to find"));
    filter->setClearButtonEnabled(true);
    auto* list = new QListWidget;
    list->setObjectName(u"pickerList"_s);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    for (const auto& it : items) {
        auto* item = new QListWidgetItem(it.text, list);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(it.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(it.checked ? Qt::Checked : Qt::Unchecked);
    }
    QObject::connect(filter, &QLineEdit::textChanged, list, [list](const QString& text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(filter);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(560, 480);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    std::vector<Id> chosen;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            chosen.push_back(list->item(i)->data(Qt::UserRole).toLongLong());
    return chosen;
}

} // namespace ltw::gui
