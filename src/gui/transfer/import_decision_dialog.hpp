// What the facilitator is asked when a bundle's Learning Team is here already: it started here (import a
// separate copy, or nothing), it is already up to date (nothing to do), or both sides changed it since the
// last import (keep mine, take theirs, keep both), with what each side changed.
#pragma once

#include "ltw/bundle.hpp"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QVBoxLayout;

namespace ltw::gui {

class ImportDecisionDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Decision {
        Nothing,    // cancel, keep mine, or a plain "OK" for a bundle that is up to date
        AsCopy,     // import the bundle as a separate copy ("keep both")
        TakeTheirs, // replace the copy here with the bundle's content
    };

    // `hereTitle` is the title of the Learning Team here; `copyTitle` the title a separate copy would get.
    ImportDecisionDialog(const ImportPlan& plan, const QString& hereTitle, const QString& copyTitle,
                         QWidget* parent = nullptr);

    Decision decision() const { return m_decision; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QPushButton* addChoice(const QString& text, const char* objectName, Decision decision);
    void buildHomeHere(const ImportPlan& plan, const QString& hereTitle, const QString& copyTitle);
    void buildUpToDate(const ImportPlan& plan, const QString& hereTitle);
    void buildChangedHere(const ImportPlan& plan, const QString& hereTitle, const QString& copyTitle);

    Decision m_decision = Decision::Nothing;
    QPushButton* m_safest = nullptr; // the default, with the keyboard on it: Enter never replaces anything
    QVBoxLayout* m_layout = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// "2 added, 1 changed", or a dash when nothing changed.
QString describeItemChanges(const ItemChanges& changes);

} // namespace ltw::gui
