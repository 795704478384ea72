// Help → About: what the workbench is for, its version, and which database file is open.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace ltw::gui {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace ltw::gui
