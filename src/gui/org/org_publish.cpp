#include "org/org_publish.hpp"

#include "common/conversions.hpp"
#include "org/org_sync_service.hpp"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {

PublishDialog::PublishDialog(const QString& title, const QString& server, QWidget* parent) : QDialog(parent) {
    setObjectName(u"publishDialog"_s);
    setWindowTitle(tr("Publish to the organisation library"));
    auto* intro = new QLabel(tr("<b>%1</b> goes to the organisation library as it is now, for facilitators at "
                                "other sites to find and learn from.")
                                 .arg(title.toHtmlEscaped()));
    intro->setWordWrap(true);
    auto* travels = new QLabel(tr("It carries what the share-out report shows, redacted the same way: no "
                                  "participant's name, none of the notes kept only for you, and every term of "
                                  "the redaction list replaced. Publishing it again later shares the changes; "
                                  "withdrawing it takes it out of every other facilitator's library."));
    travels->setWordWrap(true);
    m_everyone = new QRadioButton(tr("&Everyone in the organisation"));
    m_everyone->setObjectName(u"visibilityOrganisation"_s);
    m_everyone->setChecked(true);
    m_site = new QRadioButton(tr("Only facilitators of &my site"));
    m_site->setObjectName(u"visibilitySite"_s);
    m_server = new QLineEdit(server);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(tr("host=library.example.org dbname=ltw sslmode=verify-full"));
    m_server->setToolTip(tr("The organisation library's PostgreSQL server, as a connection string or URI. Left "
                            "empty, the PG* environment variables say. A password never goes here: give it "
                            "through PGPASSWORD or the password file."));
    auto* readers = new QVBoxLayout;
    readers->addWidget(m_everyone);
    readers->addWidget(m_site);
    auto* form = new QFormLayout;
    form->addRow(tr("Who may read it:"), readers);
    form->addRow(tr("&Server:"), m_server);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    publish->setObjectName(u"publishButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(travels);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    publish->setDefault(true); // once it is in the dialog: Enter publishes, Escape cancels
    m_everyone->setFocus();
}

org::Visibility PublishDialog::visibility() const {
    return m_site->isChecked() ? org::Visibility::Site : org::Visibility::Organisation;
}

QString PublishDialog::server() const { return m_server->text().trimmed(); }

OrgPublishBar::OrgPublishBar(OrgSyncService& service, QWidget* parent) : QWidget(parent), m_service(service) {
    setObjectName(u"orgPublishBar"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"orgPublishStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_publish = new QPushButton(tr("Publish…"));
    m_publish->setObjectName(u"orgPublishButton"_s);
    m_publish->setToolTip(tr("Publish to the organisation library, for facilitators at other sites"));
    m_withdraw = new QPushButton(tr("Withdraw…"));
    m_withdraw->setObjectName(u"orgWithdrawButton"_s);
    m_withdraw->setToolTip(tr("Take it out of the organisation library"));
    connect(m_publish, &QPushButton::clicked, this, &OrgPublishBar::publish);
    connect(m_withdraw, &QPushButton::clicked, this, &OrgPublishBar::withdraw);
    connect(&m_service, &OrgSyncService::stateChanged, this, &OrgPublishBar::refresh);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Organisation library:")));
    layout->addWidget(m_status, 1);
    layout->addWidget(m_publish);
    layout->addWidget(m_withdraw);
    refresh();
}

void OrgPublishBar::setLearningTeam(const LearningTeam* lt) {
    m_learningTeamId = lt ? lt->id : 0;
    m_title = lt ? toQString(lt->title) : QString();
    m_revision = lt ? lt->revision : 0;
    refresh();
}

QString OrgPublishBar::statusText() const { return m_status->text(); }

void OrgPublishBar::refresh() {
    using State = org::PublicationStatus::State;
    const bool usable = m_learningTeamId != 0 && m_service.available();
    m_publish->setEnabled(usable);
    if (!usable) {
        m_withdraw->setEnabled(false);
        m_status->setText(m_learningTeamId != 0 ? tr("not available while the database is read-only") : QString());
        return;
    }
    const auto s = m_service.store().status(m_learningTeamId);
    const QString readers = s.visibility == org::Visibility::Site ? tr("for your site") : tr("for everyone");
    QString text;
    m_status->setStyleSheet(QString());
    switch (s.state) {
    case State::NotPublished: text = tr("not published."); break;
    case State::Queued:
        text = tr("queued %1; delivered at the next sync.").arg(readers);
        if (m_service.busy())
            text = tr("being delivered %1…").arg(readers);
        break;
    case State::Failed:
        text = tr("the server refused it: %1").arg(toQString(s.lastError));
        m_status->setStyleSheet(u"QLabel { color: #8a1c1c; }"_s);
        break;
    case State::Delivered:
        text = tr("published %1, %2.").arg(readers, shownDate(*s.deliveredAt));
        if (m_revision > s.revision)
            text += QLatin1Char(' ') + tr("It changed since: publish again to share the changes.");
        break;
    case State::Withdrawn:
        text = s.queued ? tr("withdrawn; the withdrawal goes at the next sync.") : tr("withdrawn.");
        break;
    }
    m_status->setText(text);
    m_status->setToolTip(s.lastError.empty() ? QString() : toQString(s.lastError));
    m_publish->setText(s.state == State::Delivered || s.state == State::Queued ? tr("Publish again…") : tr("Publish…"));
    m_withdraw->setEnabled(s.state != State::NotPublished && s.state != State::Withdrawn);
}

void OrgPublishBar::publish() {
    PublishDialog dialog(m_title, m_service.server(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (dialog.server() != m_service.server() && !m_service.setServer(dialog.server(), &error)) {
        emit message(false, error);
        return;
    }
    if (!m_service.publish(m_learningTeamId, dialog.visibility(), &error)) {
        emit message(false, tr("Not published: %1").arg(error));
        return;
    }
    emit message(true, tr("Queued for the organisation library; it is delivered now if the server can be reached, "
                          "or at the next sync."));
    refresh();
}

void OrgPublishBar::withdraw() {
    const auto answer = QMessageBox::question(
        this, tr("Withdraw from the organisation library"),
        tr("Take \"%1\" out of the organisation library? Other facilitators will no longer find it. You can "
           "publish it again later.")
            .arg(m_title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_service.withdraw(m_learningTeamId, &error))
        emit message(false, tr("Not withdrawn: %1").arg(error));
    refresh();
}

} // namespace ltw::gui
