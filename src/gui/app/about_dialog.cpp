#include "app/about_dialog.hpp"

#include "ui_about_dialog.h"

#include <QApplication>

namespace ltw::gui {

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>()) {
    m_ui->setupUi(this);
    m_ui->versionLabel->setText(tr("Version %1").arg(QApplication::applicationVersion()));
    m_ui->databaseLabel->setText(tr("Your work is kept in %1").arg(databasePath));
}

AboutDialog::~AboutDialog() = default;

} // namespace ltw::gui
