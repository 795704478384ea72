// Publishing from Share: where the Learning Team stands in the organisation library (not published,
// queued, delivered, refused with the reason, withdrawn), and the buttons to publish and withdraw. The
// dialog asks who may read it and which server, and says what travels and what never does.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/org/org.hpp"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ltw::gui {

class OrgSyncService;

class PublishDialog final : public QDialog {
    Q_OBJECT
public:
    PublishDialog(const QString& title, const QString& server, QWidget* parent = nullptr);
    org::Visibility visibility() const;
    QString server() const;

private:
    QRadioButton* m_everyone = nullptr;
    QRadioButton* m_site = nullptr;
    QLineEdit* m_server = nullptr;
};

class OrgPublishBar final : public QWidget {
    Q_OBJECT
public:
    OrgPublishBar(OrgSyncService& service, QWidget* parent = nullptr);

    void setLearningTeam(const LearningTeam* lt); // nullptr: nothing shown
    void refresh();
    QString statusText() const;

signals:
    void message(bool ok, const QString& text);

private:
    void publish();
    void withdraw();

    OrgSyncService& m_service;
    Id m_learningTeamId = 0;
    QString m_title;
    std::int64_t m_revision = 0;
    QLabel* m_status = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace ltw::gui
