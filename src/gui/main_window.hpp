// The workbench window: the library of Learning Teams on the left, the selected one on the right.
#pragma once

#include "ltw/sqlite_repository.hpp"

#include <QMainWindow>

class QLabel;
class QListView;
class QStackedWidget;
class QTableView;

namespace ltw::gui {

class ChangeHub;
class LearningTeamListModel;
class NoteTableModel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(SqliteRepository& repo, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a Learning Team (selects it in the list); 0 clears the selection.
    void showLearningTeam(Id learningTeamId);
    Id currentLearningTeam() const { return m_current; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void onSelectionChanged();
    void refreshHeader();
    void addSample();
    void onChange(const Change& change);

    SqliteRepository& m_repo;
    ChangeHub* m_hub;
    LearningTeamListModel* m_teams;
    NoteTableModel* m_notes;
    QListView* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_header = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    Id m_current = 0;
};

} // namespace ltw::gui
