// Chooses the notes a defense answers: every note of the Learning Team with a check box, its kind and
// its text, narrowed as you type. Down goes from the search to the list, Space ticks, Enter accepts.
#pragma once

#include "ltw/domain.hpp"

#include <QDialog>

#include <set>
#include <vector>

class QLineEdit;
class QListWidget;
class QLabel;

namespace ltw::gui {

class LinkNotesDialog final : public QDialog {
    Q_OBJECT
public:
    LinkNotesDialog(const QString& defenseTitle, const std::vector<Note>& notes, const std::set<Id>& linked,
                    QWidget* parent = nullptr);
    std::set<Id> checkedNoteIds() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter(const QString& text);
    void updateCount();

    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_count;
};

} // namespace ltw::gui
