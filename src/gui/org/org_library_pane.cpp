#include "org/org_library_pane.hpp"

#include "common/conversions.hpp"
#include "org/org_sync_service.hpp"
#include "search/library_item_models.hpp"
#include "search/marked_text.hpp"
#include "search/rich_text_delegate.hpp"

#include "ltw/repository.hpp"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {

namespace {

QString esc(const std::string& text) { return toQString(text).toHtmlEscaped(); }

QString kindOf(const org::MirrorHit& hit) {
    if (hit.noteKind)
        return words(*hit.noteKind);
    switch (hit.type) {
    case ItemType::Defense: return QObject::tr("Defense");
    case ItemType::Action: return QObject::tr("Action");
    case ItemType::SharedLearning: return QObject::tr("Shared learning");
    case ItemType::Moment: return QObject::tr("Moment of the timeline");
    default: return QObject::tr("Note");
    }
}

QString answered(const org::AdoptionSummary& a) {
    if (a.teams == 0)
        return QObject::tr("not reviewed by another team yet");
    return QObject::tr("reviewed by %n team(s)", "", a.teams) + QLatin1Char(' ') +
           QObject::tr("at %n site(s)", "", a.sites) + u", "_s + QObject::tr("applies at %n", "", a.applies);
}

// The shared learning a row is about: its Learning Team's uid and its title, if it is one.
std::optional<std::pair<std::string, std::string>> learningOf(const OrgLibraryModel::Row& row) {
    if (const auto* l = std::get_if<org::OrgLearning>(&row))
        return std::pair{l->learningTeamUid, l->learning.title};
    const auto& hit = std::get<org::MirrorHit>(row);
    if (hit.type == ItemType::SharedLearning)
        return std::pair{hit.learningTeamUid, hit.title.text};
    return std::nullopt;
}

} // namespace

void OrgLibraryModel::setRows(std::vector<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const OrgLibraryModel::Row* OrgLibraryModel::row(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(index.row())];
}

int OrgLibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant OrgLibraryModel::data(const QModelIndex& index, int role) const {
    const Row* r = row(index);
    if (!r)
        return {};
    if (const auto* hit = std::get_if<org::MirrorHit>(r)) {
        const QString place = u"%1 › %2 · %3"_s.arg(esc(hit->site), esc(hit->learningTeamTitle),
                                                    tr("published %1").arg(shownDate(hit->publishedAt)));
        switch (role) {
        case Qt::DisplayRole:
            return kindOf(*hit) + u": "_s + toQString(hit->title.text.empty() ? hit->snippet.text : hit->title.text);
        case HtmlRole: {
            QString html =
                u"<div style='color:#5f6368'><b>%1</b> · %2</div>"_s.arg(kindOf(*hit).toHtmlEscaped(), place);
            if (!hit->title.text.empty())
                html += u"<div style='font-weight:600'>%1</div>"_s.arg(markedToHtml(hit->title));
            if (!hit->snippet.text.empty())
                html += u"<div>%1</div>"_s.arg(markedToHtml(hit->snippet));
            return html;
        }
        default: return {};
        }
    }
    const auto& l = std::get<org::OrgLearning>(*r);
    switch (role) {
    case Qt::DisplayRole: return toQString(l.learning.title);
    case HtmlRole: {
        QString html = u"<div style='font-weight:600'>%1</div>"_s.arg(esc(l.learning.title));
        if (!l.learning.summary.empty())
            html += u"<div>%1</div>"_s.arg(esc(l.learning.summary));
        if (!l.learning.lookFors.empty()) {
            QStringList looks;
            for (const auto& look : l.learning.lookFors)
                looks << esc(look);
            html += u"<div><i>%1</i> %2</div>"_s.arg(tr("Look for:").toHtmlEscaped(), looks.join(u" · "_s));
        }
        html += u"<div style='color:#5f6368'>%1 › %2 · %3 · %4</div>"_s.arg(
            esc(l.site), esc(l.learningTeamTitle), tr("published %1").arg(shownDate(l.publishedAt)),
            answered(l.adoption).toHtmlEscaped());
        return html;
    }
    default: return {};
    }
}

AnswerDialog::AnswerDialog(const QString& learning, const QString& where, const QStringList& teams,
                           const QList<QPair<QString, Id>>& learningTeams, QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"answerDialog"_s);
    setWindowTitle(tr("Does this apply to us?"));
    auto* intro = new QLabel(u"<b>%1</b><br>%2"_s.arg(learning.toHtmlEscaped(), where.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_applies = new QButtonGroup(this);
    auto* answers = new QVBoxLayout;
    const std::pair<org::Applies, QString> choices[] = {{org::Applies::Applies, tr("&Yes, it applies to our work")},
                                                        {org::Applies::Partly, tr("P&artly")},
                                                        {org::Applies::NotHere, tr("&Not here")}};
    for (const auto& [value, text] : choices) {
        auto* button = new QRadioButton(text);
        button->setObjectName(u"applies_%1"_s.arg(static_cast<int>(value)));
        m_applies->addButton(button, static_cast<int>(value));
        answers->addWidget(button);
    }
    m_applies->button(static_cast<int>(org::Applies::Applies))->setChecked(true);
    m_protects = new QPlainTextEdit;
    m_protects->setObjectName(u"protectsEdit"_s);
    m_protects->setTabChangesFocus(true);
    m_protects->setPlaceholderText(tr("What already protects us, in the work as it is done"));
    m_protects->setMaximumHeight(90);
    m_team = new QComboBox;
    m_team->setObjectName(u"answerTeam"_s);
    m_team->addItems(teams);
    m_team->setEditable(true);
    m_actionIn = new QComboBox;
    m_actionIn->setObjectName(u"answerActionIn"_s);
    m_actionIn->addItem(tr("No action"), QVariant::fromValue<qint64>(0));
    for (const auto& [title, id] : learningTeams)
        m_actionIn->addItem(title, QVariant::fromValue<qint64>(id));
    m_action = new QLineEdit;
    m_action->setObjectName(u"answerAction"_s);
    m_action->setPlaceholderText(tr("What we will do about it"));
    m_action->setEnabled(false);
    connect(m_actionIn, &QComboBox::currentIndexChanged, this,
            [this] { m_action->setEnabled(m_actionIn->currentData().toLongLong() != 0); });
    auto* form = new QFormLayout;
    form->addRow(tr("Our answer:"), answers);
    form->addRow(tr("What already &protects us:"), m_protects);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("Add an a&ction to:"), m_actionIn);
    form->addRow(tr("Acti&on:"), m_action);
    auto* note = new QLabel(tr("The answer is published to the organisation library with your team's name and "
                               "site, so that others see where the learning holds."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* ok = buttons->addButton(tr("&Record the answer"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(u"recordAnswerButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!team().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(500);
    ok->setDefault(true); // once it is in the dialog: Enter records the answer
    m_applies->button(static_cast<int>(org::Applies::Applies))->setFocus();
}

org::Applies AnswerDialog::applies() const { return static_cast<org::Applies>(m_applies->checkedId()); }
QString AnswerDialog::protects() const { return m_protects->toPlainText().trimmed(); }
QString AnswerDialog::team() const { return m_team->currentText().trimmed(); }
Id AnswerDialog::actionLearningTeam() const {
    return m_action->text().trimmed().isEmpty() ? 0 : m_actionIn->currentData().toLongLong();
}
QString AnswerDialog::actionTitle() const { return m_action->text().trimmed(); }

OrgLibraryPane::OrgLibraryPane(OrgSyncService& service, Repository& repo, QWidget* parent)
    : QWidget(parent), m_service(service), m_repo(repo), m_model(new OrgLibraryModel(this)) {
    setObjectName(u"orgLibraryPane"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"orgLibraryStatus"_s);
    m_status->setWordWrap(true);
    m_sync = new QPushButton(tr("Sync now"));
    m_sync->setObjectName(u"orgSyncButton"_s);
    m_sync->setToolTip(tr("Deliver what waits and bring in what other sites published (Ctrl+Shift+Y)"));
    connect(m_sync, &QPushButton::clicked, &m_service, &OrgSyncService::syncNow);
    m_count = new QLabel;
    m_count->setObjectName(u"orgLibraryCount"_s);
    m_count->setWordWrap(true);
    m_list = new QListView;
    m_list->setObjectName(u"orgLibraryList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new RichTextDelegate(HtmlRole, m_list));
    m_list->setAccessibleName(tr("The organisation library"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap to the page's width
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answer = new QPushButton(tr("Does this apply to us?…"));
    m_answer->setObjectName(u"orgAnswerButton"_s);
    connect(m_answer, &QPushButton::clicked, this, &OrgLibraryPane::answerSelected);
    connect(m_list, &QAbstractItemView::activated, this, &OrgLibraryPane::answerSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &OrgLibraryPane::updateButtons);
    connect(&m_service, &OrgSyncService::stateChanged, this, [this] {
        m_status->setText(m_service.statusText().isEmpty()
                              ? tr("Not connected to an organisation library yet: publish a Learning Team from Share, "
                                   "or sync (Ctrl+Shift+Y), to begin.")
                              : m_service.statusText());
        m_sync->setEnabled(m_service.available() && !m_service.busy());
    });
    connect(&m_service, &OrgSyncService::mirrorChanged, this, &OrgLibraryPane::refresh);
    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_sync);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_answer);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    emit m_service.stateChanged();
    refresh();
}

void OrgLibraryPane::setSearch(const QString& text, const LibraryFilter& filter) {
    m_text = text.trimmed();
    m_filter = filter;
    refresh();
}

int OrgLibraryPane::rowCount() const { return m_model->rowCount(); }

void OrgLibraryPane::refresh() {
    std::vector<OrgLibraryModel::Row> rows;
    try {
        if (m_text.isEmpty()) {
            for (auto& l : m_service.store().learnings())
                rows.emplace_back(std::move(l));
        } else {
            SearchRequest request;
            request.text = toStdString(m_text);
            request.filter = m_filter;
            for (auto& hit : m_service.store().search(request))
                rows.emplace_back(std::move(hit));
        }
    } catch (const Error& e) {
        emit message(toQString(e.what()));
    }
    m_model->setRows(std::move(rows));
    const int n = m_model->rowCount();
    if (m_text.isEmpty())
        m_count->setText(n == 0 ? tr("No shared learning from other sites yet.")
                                : tr("%n shared learning(s) from other sites", "", n));
    else
        m_count->setText(n == 0 ? tr("Nothing in the organisation library matches.")
                                : tr("%n match(es) in the organisation library", "", n));
    updateButtons();
}

void OrgLibraryPane::updateButtons() {
    const auto* row = m_model->row(m_list->currentIndex());
    m_answer->setEnabled(row && learningOf(*row) && m_service.available());
}

void OrgLibraryPane::answerSelected() {
    const auto* row = m_model->row(m_list->currentIndex());
    const auto learning = row ? learningOf(*row) : std::nullopt;
    if (!learning || !m_service.available())
        return;
    QString where;
    if (const auto* l = std::get_if<org::OrgLearning>(row))
        where = tr("From %1 › %2").arg(toQString(l->site), toQString(l->learningTeamTitle));
    else if (const auto* hit = std::get_if<org::MirrorHit>(row))
        where = tr("From %1 › %2").arg(toQString(hit->site), toQString(hit->learningTeamTitle));
    QStringList teams;
    for (const auto& team : m_repo.teams())
        teams << toQString(team.name);
    QList<QPair<QString, Id>> learningTeams;
    for (const auto& lt : m_repo.learningTeams())
        learningTeams.append({toQString(lt.title), lt.id});
    AnswerDialog dialog(toQString(learning->second), where, teams, learningTeams, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.actionLearningTeam() != 0 && m_addAction &&
        !m_addAction(dialog.actionLearningTeam(), dialog.actionTitle()))
        emit message(tr("The action was not added; the answer is recorded all the same."));
    QString error;
    if (!m_service.answer(learning->first, learning->second, toStdString(dialog.team()), dialog.applies(),
                          toStdString(dialog.protects()), &error))
        emit message(tr("The answer was not recorded: %1").arg(error));
    else
        emit message(tr("Answer recorded; it goes to the organisation library with the next sync."));
}

} // namespace ltw::gui
