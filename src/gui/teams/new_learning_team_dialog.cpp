#include "teams/new_learning_team_dialog.hpp"
#include "common/conversions.hpp"

#include "ui_new_learning_team_dialog.h"

#include "document/learning_team_document.hpp"
#include "document/teams_document.hpp"

#include "ltw/errors.hpp"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

std::string cleaned(const QString& s) { return s.simplified().toStdString(); }

} // namespace

NewLearningTeamDialog::NewLearningTeamDialog(Repository& repo, QWidget* parent)
    : QDialog(parent), m_repo(repo), m_ui(std::make_unique<Ui::NewLearningTeamDialog>()) {
    m_ui->setupUi(this);
    m_teams = repo.teams();
    for (const auto& t : m_teams)
        m_ui->teamCombo->addItem(QString::fromStdString(t.name), QVariant::fromValue<qint64>(t.id));
    m_ui->teamCombo->setCurrentIndex(m_teams.empty() ? -1 : 0);
    m_ui->teamCombo->lineEdit()->setPlaceholderText(tr("Pick a team or type a new one"));
    // The team is required and first: as wide as the fields below it, never "Pick a …".
    m_ui->teamCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->teamCombo->setMinimumContentsLength(28);
    for (auto use : allValues<Use>())
        m_ui->useCombo->addItem(words(use), static_cast<int>(use));
    m_ui->participantsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int i = 0; i < 3; ++i)
        addParticipantRow();

    connect(m_ui->teamCombo, &QComboBox::currentTextChanged, this, &NewLearningTeamDialog::teamChanged);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &NewLearningTeamDialog::validate);
    connect(m_ui->addParticipantButton, &QPushButton::clicked, this, &NewLearningTeamDialog::addParticipantRow);
    connect(m_ui->removeParticipantButton, &QPushButton::clicked, this, &NewLearningTeamDialog::removeParticipantRow);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewLearningTeamDialog::accept);
    // Enter in the participants table (not editing a cell) creates the Learning Team, as anywhere else.
    m_ui->participantsTable->installEventFilter(this);
    teamChanged();
    // The cursor starts in the first field, the team, with its text ready to be typed over.
    m_ui->teamCombo->setFocus();
    m_ui->teamCombo->lineEdit()->selectAll();
}

bool NewLearningTeamDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->participantsTable && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers() == Qt::NoModifier) { // a cell being edited has the keys itself
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

NewLearningTeamDialog::NewLearningTeamDialog(TeamsDocument& teams, QWidget* parent)
    : NewLearningTeamDialog(teams.repository(), parent) {
    m_teamsDoc = &teams;
}

NewLearningTeamDialog::NewLearningTeamDialog(LearningTeamDocument& document, QWidget* parent)
    : NewLearningTeamDialog(document.repository(), parent) {
    m_document = &document;
    const auto lt = m_repo.learningTeam(document.learningTeamId()).value();
    setWindowTitle(tr("Learning Team details"));
    const auto team = m_repo.team(lt.teamId).value_or(Team{});
    m_ui->teamCombo->setCurrentText(QString::fromStdString(team.name));
    m_ui->teamCombo->setEnabled(false); // moving a Learning Team to another team is not an edit here
    m_ui->titleEdit->setFocus();
    m_ui->titleEdit->setText(QString::fromStdString(lt.title));
    m_ui->useCombo->setCurrentIndex(m_ui->useCombo->findData(static_cast<int>(lt.use)));
    m_ui->scopeEdit->setPlainText(QString::fromStdString(lt.scopeQuestion));
    m_ui->sponsorEdit->setText(QString::fromStdString(lt.sponsor));
    m_ui->facilitatorEdit->setText(QString::fromStdString(lt.facilitator));
    auto* table = m_ui->participantsTable;
    table->setRowCount(0);
    for (const auto& p : m_repo.participants(lt.id)) {
        addParticipantRow();
        const int row = table->rowCount() - 1;
        table->item(row, 0)->setText(QString::fromStdString(p.role));
        table->item(row, 0)->setData(Qt::UserRole, QVariant::fromValue<qint64>(p.id));
        table->item(row, 1)->setText(QString::fromStdString(p.name));
    }
    addParticipantRow();
    validate();
}

NewLearningTeamDialog::~NewLearningTeamDialog() = default;

LearningTeam NewLearningTeamDialog::fromForm(LearningTeam lt) const {
    lt.title = cleaned(m_ui->titleEdit->text());
    lt.use = static_cast<Use>(m_ui->useCombo->currentData().toInt());
    lt.scopeQuestion = m_ui->scopeEdit->toPlainText().trimmed().toStdString();
    lt.sponsor = cleaned(m_ui->sponsorEdit->text());
    lt.facilitator = cleaned(m_ui->facilitatorEdit->text());
    return lt;
}

// The rows that say something; a row keeps the id of the participant it shows (0 for a new one).
std::vector<Participant> NewLearningTeamDialog::participantsFromForm() const {
    std::vector<Participant> out;
    auto* table = m_ui->participantsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto* roleItem = table->item(row, 0);
        const auto role = cleaned(roleItem ? roleItem->text() : QString());
        const auto name = cleaned(table->item(row, 1) ? table->item(row, 1)->text() : QString());
        if (role.empty() && name.empty())
            continue;
        // A participant is known by the role; a name alone still needs one to stand in for it.
        out.push_back(Participant{roleItem ? roleItem->data(Qt::UserRole).toLongLong() : 0, 0,
                                  role.empty() ? "participant" : role, name});
    }
    return out;
}

// One undo step: the Learning Team's fields, and each participant added, changed or removed.
void NewLearningTeamDialog::acceptEdit() {
    const auto before = m_repo.learningTeam(m_document->learningTeamId()).value();
    m_document->editDetails(fromForm(before), participantsFromForm());
    QDialog::accept();
}

void NewLearningTeamDialog::addParticipantRow() {
    auto* table = m_ui->participantsTable;
    table->insertRow(table->rowCount());
    table->setItem(table->rowCount() - 1, 0, new QTableWidgetItem);
    table->setItem(table->rowCount() - 1, 1, new QTableWidgetItem);
}

void NewLearningTeamDialog::removeParticipantRow() {
    auto* table = m_ui->participantsTable;
    const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
    if (row >= 0)
        table->removeRow(row);
}

// An existing team brings its site; a new one asks for it.
void NewLearningTeamDialog::teamChanged() {
    const auto name = cleaned(m_ui->teamCombo->currentText());
    auto it = std::find_if(m_teams.begin(), m_teams.end(), [&](const Team& t) { return t.name == name; });
    const bool existing = it != m_teams.end();
    if (existing)
        m_ui->siteEdit->setText(QString::fromStdString(it->site));
    else if (!m_ui->siteEdit->isEnabled())
        m_ui->siteEdit->clear(); // the site shown was the other team's
    m_ui->siteEdit->setEnabled(!existing);
    validate();
}

void NewLearningTeamDialog::validate() {
    QString problem;
    if (cleaned(m_ui->teamCombo->currentText()).empty())
        problem = tr("Name the team whose work this is.");
    else if (cleaned(m_ui->titleEdit->text()).empty())
        problem = tr("Give the Learning Team a title.");
    m_ui->problemLabel->setText(problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void NewLearningTeamDialog::accept() {
    validate();
    if (!m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_document) {
        acceptEdit();
        return;
    }
    if (!m_teamsDoc)
        return;
    QString problem;
    const auto connection =
        connect(m_teamsDoc, &TeamsDocument::failed, this, [&problem](const QString& m) { problem = m; });
    LearningTeam lt;
    m_created = m_teamsDoc->createLearningTeam(cleaned(m_ui->teamCombo->currentText()), cleaned(m_ui->siteEdit->text()),
                                               fromForm(lt), participantsFromForm());
    disconnect(connection);
    if (m_created == 0) {
        m_ui->problemLabel->setText(problem); // the form stays open, as filled in
        return;
    }
    QDialog::accept();
}

} // namespace ltw::gui
