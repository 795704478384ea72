// The Library's "Organisation" page: what other sites published, from the mirror the sync keeps. While
// the Library's search field holds words it lists what they find there, each with its site and date;
// otherwise the organisation's shared learnings with how other teams answered them ("reviewed by 3 teams
// at 2 sites, applies at 2"). "Does this apply to us?" records this team's answer and publishes it.
#pragma once

#include "ltw/org/org_store.hpp"

#include <QAbstractListModel>
#include <QDialog>
#include <QWidget>

#include <functional>
#include <variant>
#include <vector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace ltw {
class Repository;
}

namespace ltw::gui {

class OrgSyncService;

class OrgLibraryModel final : public QAbstractListModel {
    Q_OBJECT
public:
    using Row = std::variant<org::MirrorHit, org::OrgLearning>;
    using QAbstractListModel::QAbstractListModel;
    void setRows(std::vector<Row> rows);
    const Row* row(const QModelIndex& index) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    std::vector<Row> m_rows;
};

class AnswerDialog final : public QDialog {
    Q_OBJECT
public:
    // `learningTeams`: this laptop's Learning Teams (title, id), where an action may be added with the answer.
    AnswerDialog(const QString& learning, const QString& where, const QStringList& teams,
                 const QList<QPair<QString, Id>>& learningTeams, QWidget* parent = nullptr);
    org::Applies applies() const;
    QString protects() const;
    QString team() const;
    Id actionLearningTeam() const; // 0: no action
    QString actionTitle() const;

private:
    QButtonGroup* m_applies = nullptr;
    QPlainTextEdit* m_protects = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_actionIn = nullptr;
    QLineEdit* m_action = nullptr;
};

class OrgLibraryPane final : public QWidget {
    Q_OBJECT
public:
    OrgLibraryPane(OrgSyncService& service, Repository& repo, QWidget* parent = nullptr);

    // The Library's search words (empty: list the organisation's shared learnings) and its filter.
    void setSearch(const QString& text, const LibraryFilter& filter);
    // Adds an action to a Learning Team of this laptop, as one step of its history; false when it failed.
    void setActionAdder(std::function<bool(Id learningTeamId, const QString& title)> adder) {
        m_addAction = std::move(adder);
    }
    void refresh();
    int rowCount() const;
    QListView* list() const { return m_list; }

signals:
    void message(const QString& text);

private:
    void answerSelected();
    void updateButtons();

    OrgSyncService& m_service;
    Repository& m_repo;
    OrgLibraryModel* m_model;
    QString m_text;
    LibraryFilter m_filter;
    QLabel* m_status = nullptr;
    QLabel* m_count = nullptr;
    QListView* m_list = nullptr;
    QPushButton* m_sync = nullptr;
    QPushButton* m_answer = nullptr;
    std::function<bool(Id, const QString&)> m_addAction;
};

} // namespace ltw::gui
