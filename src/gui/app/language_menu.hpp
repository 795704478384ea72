// View → Language: the facilitator's choice of the workbench's language, kept in the settings. "As the
// system" follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG; a choice takes effect at the next start.
#pragma once

#include <QMenu>

#include <functional>

namespace ltw::gui {

class LanguageMenu final : public QMenu {
    Q_OBJECT
public:
    // `tell` shows a short line to the facilitator (the status bar) after a choice.
    LanguageMenu(std::function<void(const QString&)> tell, QWidget* parent = nullptr);

private:
    void choose(const QString& code);

    std::function<void(const QString&)> m_tell;
};

} // namespace ltw::gui
