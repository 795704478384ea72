// What the window shows while the library holds no Learning Team: the ways in, the first of them to
// set one up (New Learning Team…, Ctrl+N), then the sample to look around and a bundle from a colleague.
#pragma once

#include <QWidget>

class QAction;

namespace ltw::gui {

class WelcomePane final : public QWidget {
    Q_OBJECT
public:
    // Each button triggers its action and says its shortcut; the first one has the keyboard.
    WelcomePane(QAction* create, QAction* sample, QAction* import, QWidget* parent = nullptr);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* m_first = nullptr;
};

} // namespace ltw::gui
