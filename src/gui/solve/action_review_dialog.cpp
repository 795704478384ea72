#include "solve/action_review_dialog.hpp"

#include "common/text_util.hpp"
#include "document/change_hub.hpp"
#include "document/commands.hpp"
#include "document/learning_team_document.hpp"
#include "search/library_item_models.hpp"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {

ActionReviewDialog::ActionReviewDialog(ChangeHub& hub, Library& library, QWidget* parent)
    : QDialog(parent), m_hub(hub), m_library(library), m_model(new FollowThroughModel(this)) {
    setObjectName(u"actionReview"_s);
    setWindowTitle(tr("Open actions from earlier Learning Teams"));
    setModal(false);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_intro->setObjectName(u"actionReviewIntro"_s);
    m_table = new QTableView;
    m_table->setObjectName(u"actionReviewTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FollowThroughModel::TitleColumn, QHeaderView::Stretch);
    m_table->setMinimumSize(720, 200);

    m_done = new QPushButton(tr("&Done"));
    m_done->setObjectName(u"reviewDone"_s);
    m_done->setToolTip(tr("It was done: mark it done"));
    m_dropped = new QPushButton(tr("D&ropped"));
    m_dropped->setObjectName(u"reviewDropped"_s);
    m_dropped->setToolTip(tr("It will not be done: mark it dropped"));
    m_keep = new QPushButton(tr("&Still open"));
    m_keep->setObjectName(u"reviewKeep"_s);
    m_keep->setToolTip(tr("It is still to do: leave it open and take it off this list"));
    m_open = new QPushButton(tr("&Open its Learning Team"));
    m_open->setObjectName(u"reviewOpen"_s);
    auto* row = new QHBoxLayout;
    for (auto* b : {m_done, m_dropped, m_keep, m_open})
        row->addWidget(b);
    row->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(close);

    connect(m_done, &QPushButton::clicked, this, [this] { setStatus(ActionStatus::Done); });
    connect(m_dropped, &QPushButton::clicked, this, [this] { setStatus(ActionStatus::Dropped); });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        if (const auto index = m_table->currentIndex(); index.isValid()) {
            const Id id = index.data(ItemIdRole).toLongLong();
            m_kept.insert(id);
            m_model->dismiss(id);
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto index = m_table->currentIndex(); index.isValid())
            emit openRequested(index.data(LearningTeamIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActionReviewDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateButtons();
        if (m_model->rowCount() == 0)
            hide(); // everything reviewed
    });
    // An action reopened (an undone "Done") comes back to the list; a closed one leaves it.
    connect(&hub, &ChangeHub::changed, this, [this](const Change& change) {
        if (m_model->apply(change) && isVisible())
            reload();
    });
    connect(&hub, &ChangeHub::changed, this, &ActionReviewDialog::onChange);
}

// Reaching Solve is the moment: the phase log says the shown Learning Team just came from Soak (not an
// old entry brought back by an undo or an import).
void ActionReviewDialog::onChange(const Change& change) {
    const auto* entry = std::get_if<PhaseLogEntry>(&change.item);
    if (!m_shown || change.entity != EntityType::PhaseLogEntry || change.kind != ChangeKind::Added || !entry ||
        change.learningTeamId != m_shown->learningTeamId() || entry->from != Phase::Soak || entry->to != Phase::Solve ||
        entry->at < now() - std::chrono::minutes(1))
        return;
    auto& repo = m_hub.repository();
    const auto lt = repo.learningTeam(change.learningTeamId);
    const auto team = lt ? repo.team(lt->teamId) : std::nullopt;
    review(m_shown, QString::fromStdString(team ? team->name : std::string()));
}

void ActionReviewDialog::reload() {
    if (!m_document)
        return;
    auto items = m_library.earlierOpenActions(m_document->learningTeamId(), today());
    std::erase_if(items, [this](const FollowThroughItem& i) { return m_kept.contains(i.action.id); });
    const auto current = m_table->currentIndex().data(ItemIdRole);
    m_model->setItems(std::move(items));
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(ItemIdRole) == current)
            m_table->setCurrentIndex(m_model->index(row, 0));
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

bool ActionReviewDialog::review(LearningTeamDocument* document, const QString& teamName) {
    m_document = document;
    m_kept.clear();
    m_model->setItems(document ? m_library.earlierOpenActions(document->learningTeamId(), today())
                               : std::vector<FollowThroughItem>{});
    if (m_model->rowCount() == 0) {
        hide();
        return false;
    }
    const int overdue = m_model->overdueCount();
    auto text = tr("<b>%1</b>'s earlier Learning Teams left %n action(s) open. Before deciding new ones: was it done, "
                   "dropped, or is it still to do?",
                   "", m_model->rowCount())
                    .arg(teamName.toHtmlEscaped());
    if (overdue > 0)
        text += u" "_s + tr("%n is overdue.", "", overdue);
    m_intro->setText(text);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(FollowThroughModel::TitleColumn, QHeaderView::Stretch);
    m_table->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
    show();
    raise();
    return true;
}

int ActionReviewDialog::count() const { return m_model->rowCount(); }

void ActionReviewDialog::updateButtons() {
    const bool chosen = m_table->currentIndex().isValid();
    for (auto* b : {m_done, m_dropped, m_keep, m_open})
        b->setEnabled(chosen);
}

// The decision is part of the session in Solve, so it is an undo step of that Learning Team.
void ActionReviewDialog::setStatus(ActionStatus status) {
    const auto index = m_table->currentIndex();
    if (!index.isValid() || !m_document)
        return;
    m_document->setActionStatus(index.data(ItemIdRole).toLongLong(), status);
}

} // namespace ltw::gui
