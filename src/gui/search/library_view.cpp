#include "search/library_view.hpp"
#include "common/conversions.hpp"

#include "common/text_util.hpp"
#include "document/change_hub.hpp"
#include "document/teams_document.hpp"
#include "search/library_item_models.hpp"
#include "search/rich_text_delegate.hpp"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

const QDate kAnyDate(2000, 1, 1); // the date edits show "any" at their minimum

Timestamp startOf(const QDate& d) { return std::chrono::sys_days{std::chrono::year{d.year()} / d.month() / d.day()}; }

QListView* richList(QAbstractItemModel* model, const QString& name) {
    auto* view = new QListView;
    view->setObjectName(name);
    view->setModel(model);
    view->setItemDelegate(new RichTextDelegate(HtmlRole, view));
    view->setUniformItemSizes(false);
    view->setResizeMode(QListView::Adjust);
    view->setWordWrap(true);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

} // namespace

LibraryView::LibraryView(ChangeHub& hub, Library& library, TeamsDocument* libraryDoc, QWidget* parent)
    : QWidget(parent), m_hub(hub), m_library(library), m_teamsDoc(libraryDoc),
      m_resultModel(new SearchResultModel(this)), m_learningModel(new LibraryLearningModel(this)),
      m_actionModel(new FollowThroughModel(this)), m_typing(new QTimer(this)), m_changes(new QTimer(this)) {
    setObjectName(u"libraryView"_s);

    auto* heading = new QLabel(tr("<h2 style='margin:0'>Library</h2>"));
    auto* intro = caption(tr("Everything every Learning Team captured, and what they shared: one team's learning "
                             "is every team's look-for. Double-click or press Enter to open a Learning Team."));

    m_search = new QLineEdit;
    m_search->setObjectName(u"librarySearch"_s);
    m_search->setPlaceholderText(tr("Search notes, defenses, actions, learnings and look-fors in every Learning Team"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_search->setFont(big);

    m_kind = new QComboBox;
    m_kind->setObjectName(u"libraryKind"_s);
    m_kind->addItem(tr("Everything"), -1);
    m_kind->addItem(tr("Notes"), static_cast<int>(ItemType::Note));
    m_kind->addItem(tr("Defenses"), static_cast<int>(ItemType::Defense));
    m_kind->addItem(tr("Actions"), static_cast<int>(ItemType::Action));
    m_kind->addItem(tr("Shared learnings"), static_cast<int>(ItemType::SharedLearning));
    m_team = new QComboBox;
    m_team->setObjectName(u"libraryTeam"_s);
    m_use = new QComboBox;
    m_use->setObjectName(u"libraryUse"_s);
    m_use->addItem(tr("Any use"), -1);
    for (auto use : allValues<Use>())
        m_use->addItem(words(use), static_cast<int>(use));
    m_tag = new QComboBox;
    m_tag->setObjectName(u"libraryTag"_s);
    auto dateEdit = [](const QString& name) {
        auto* edit = new QDateEdit;
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kAnyDate);
        edit->setDisplayFormat(u"d MMM yyyy"_s);
        return edit;
    };
    m_from = dateEdit(u"libraryFrom"_s);
    m_until = dateEdit(u"libraryUntil"_s);

    // Two rows, so the page fits beside the inspector on a laptop screen.
    auto* filters = new QGridLayout;
    filters->setHorizontalSpacing(6);
    int at = 0;
    auto addFilter = [&](const QString& text, QWidget* w) {
        auto* l = new QLabel(text);
        l->setBuddy(w);
        filters->addWidget(l, at / 3, (at % 3) * 2, Qt::AlignRight);
        filters->addWidget(w, at / 3, (at % 3) * 2 + 1);
        ++at;
    };
    for (auto* combo : {m_team, m_tag}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    addFilter(tr("&Kind:"), m_kind);
    addFilter(tr("T&eam:"), m_team);
    addFilter(tr("&Use:"), m_use);
    addFilter(tr("&From:"), m_from);
    addFilter(tr("&To:"), m_until);
    addFilter(tr("Ta&g:"), m_tag);
    for (int c = 1; c < 6; c += 2)
        filters->setColumnStretch(c, 1);

    m_results = richList(m_resultModel, u"libraryResults"_s);
    m_resultCount = caption(QString());
    m_resultCount->setObjectName(u"libraryResultCount"_s);
    auto* resultsPage = new QWidget;
    auto* resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->addWidget(m_resultCount);
    resultsLayout->addWidget(m_results, 1);

    m_learnings = richList(m_learningModel, u"libraryLearnings"_s);

    m_actions = new QTableView;
    m_actions->setObjectName(u"libraryActions"_s);
    m_actions->setModel(m_actionModel);
    m_actions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actions->verticalHeader()->hide();
    m_actions->horizontalHeader()->setSectionResizeMode(FollowThroughModel::TitleColumn, QHeaderView::Stretch);
    m_actions->horizontalHeader()->setSectionResizeMode(FollowThroughModel::LearningTeamColumn, QHeaderView::Stretch);
    m_actions->setAlternatingRowColors(true);
    m_actionCount = caption(QString());
    m_actionCount->setObjectName(u"libraryActionCount"_s);
    m_done = new QPushButton(tr("Mark &done"));
    m_done->setObjectName(u"libraryActionDone"_s);
    m_dropped = new QPushButton(tr("Mark d&ropped"));
    m_dropped->setObjectName(u"libraryActionDropped"_s);
    auto* open = new QPushButton(tr("&Open its Learning Team"));
    open->setObjectName(u"libraryActionOpen"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_actionCount, 1);
    buttons->addWidget(m_done);
    buttons->addWidget(m_dropped);
    buttons->addWidget(open);
    auto* actionsPage = new QWidget;
    auto* actionsLayout = new QVBoxLayout(actionsPage);
    actionsLayout->addLayout(buttons);
    actionsLayout->addWidget(m_actions, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"libraryTabs"_s);
    m_tabs->addTab(resultsPage, tr("Search results"));
    m_tabs->addTab(m_learnings, tr("Shared learnings and look-fors"));
    m_tabs->addTab(actionsPage, tr("Follow-through"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    m_changes->setSingleShot(true);
    m_changes->setInterval(100);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] {
        runSearch();
        if (!m_search->text().trimmed().isEmpty())
            m_tabs->setCurrentIndex(0);
    });
    connect(m_changes, &QTimer::timeout, this, &LibraryView::refreshNow);
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryView::enterResults);
    m_search->installEventFilter(this); // Down, like Enter, goes into the results
    for (auto* combo : {m_kind, m_team, m_use, m_tag})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refreshNow();
        });
    for (auto* edit : {m_from, m_until})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                refreshNow();
        });
    for (auto* view : std::initializer_list<QAbstractItemView*>{m_results, m_learnings, m_actions})
        connect(view, &QAbstractItemView::activated, this, &LibraryView::openIndex);
    connect(open, &QPushButton::clicked, this, [this] { openIndex(m_actions->currentIndex()); });
    connect(m_done, &QPushButton::clicked, this, [this] { setSelectedActionStatus(ActionStatus::Done); });
    connect(m_dropped, &QPushButton::clicked, this, [this] { setSelectedActionStatus(ActionStatus::Dropped); });
    connect(m_actions->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryView::updateCounts);
    connect(&hub, &ChangeHub::changed, this, &LibraryView::onChange);
    setFocusProxy(m_search);
}

LibraryView::~LibraryView() = default;

void LibraryView::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

LibraryFilter LibraryView::filter() const {
    LibraryFilter f;
    if (const auto team = m_team->currentData(); team.isValid() && team.toLongLong() > 0)
        f.teamId = team.toLongLong();
    if (const int use = m_use->currentData().toInt(); use >= 0)
        f.use = static_cast<Use>(use);
    if (m_from->date() != kAnyDate)
        f.from = startOf(m_from->date());
    if (m_until->date() != kAnyDate)
        f.until = startOf(m_until->date().addDays(1)); // the day chosen is included
    f.tag = m_tag->currentData().toString().toStdString();
    return f;
}

void LibraryView::onChange(const Change& change) {
    const bool reload = m_actionModel->apply(change);
    if (reload || change.entity != EntityType::Action || !m_search->text().trimmed().isEmpty()) {
        m_dirty = true;
        if (isVisible())
            m_changes->start();
    }
    updateCounts();
}

void LibraryView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty)
        refreshNow();
}

void LibraryView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool LibraryView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        enterResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// From the search field into the results, on the first one, without waiting for the pause in typing.
void LibraryView::enterResults() {
    m_typing->stop();
    runSearch();
    if (m_resultModel->rowCount() > 0) {
        m_tabs->setCurrentIndex(0);
        m_results->setFocus();
        m_results->setCurrentIndex(m_resultModel->index(0, 0));
    }
}

void LibraryView::refreshNow() {
    m_typing->stop();
    m_changes->stop();
    refillFilters();
    runSearch();
    refreshLists();
    m_dirty = false;
}

// Teams and tags change as the facilitator works; the choice made stays if it still exists.
void LibraryView::refillFilters() {
    m_filling = true;
    const auto team = m_team->currentData();
    m_team->clear();
    m_team->addItem(tr("All teams"), QVariant::fromValue<qint64>(0));
    for (const auto& t : m_hub.repository().teams())
        m_team->addItem(QString::fromStdString(t.name), QVariant::fromValue<qint64>(t.id));
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    const auto tag = m_tag->currentData();
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const auto& use : m_library.tagUse())
        m_tag->addItem(
            tr("%1 — seen in %n Learning Team(s)", "", use.learningTeams).arg(QString::fromStdString(use.tag)),
            QString::fromStdString(use.tag));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    m_filling = false;
}

void LibraryView::runSearch() {
    const auto text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_resultModel->setHits({});
    } else {
        SearchRequest request;
        request.text = text.toStdString();
        request.filter = filter();
        if (const int kind = m_kind->currentData().toInt(); kind >= 0)
            request.kinds = {static_cast<ItemType>(kind)};
        m_resultModel->setHits(m_library.search(request));
    }
    updateCounts();
    emit searchChanged(text, filter());
}

void LibraryView::addPage(QWidget* page, const QString& title) { m_tabs->addTab(page, title); }

QString LibraryView::searchText() const { return m_search->text().trimmed(); }

void LibraryView::refreshLists() {
    const auto f = filter();
    m_learningModel->setLearnings(m_library.learnings(f));
    m_actionModel->setItems(m_library.followThrough(today(), f));
    m_actions->resizeColumnToContents(FollowThroughModel::DueColumn);
    m_actions->resizeColumnToContents(FollowThroughModel::OwnerColumn);
    updateCounts();
}

void LibraryView::updateCounts() {
    if (m_search->text().trimmed().isEmpty()) {
        m_resultCount->setText(tr("Type to search every note, defense, action, shared learning and look-for. Every "
                                  "word counts; the start of a word is enough."));
    } else {
        std::map<ItemType, int> counts;
        for (const auto& hit : m_resultModel->hits())
            ++counts[hit.type];
        QStringList parts;
        if (const int n = counts[ItemType::Note])
            parts << tr("%n note(s)", "", n);
        if (const int n = counts[ItemType::Defense])
            parts << tr("%n defense(s)", "", n);
        if (const int n = counts[ItemType::Action])
            parts << tr("%n action(s)", "", n);
        if (const int n = counts[ItemType::SharedLearning])
            parts << tr("%n shared learning(s)", "", n);
        m_resultCount->setText(parts.isEmpty() ? tr("Nothing found. Fewer words, or the start of a word, find more.")
                                               : parts.join(u" · "_s));
    }
    m_tabs->setTabText(0, tr("Search results (%1)").arg(m_resultModel->rowCount()));
    m_tabs->setTabText(1, tr("Shared learnings and look-fors (%1)").arg(m_learningModel->rowCount()));
    const int open = m_actionModel->rowCount();
    const int overdue = m_actionModel->overdueCount();
    m_tabs->setTabText(2, overdue > 0 ? tr("Follow-through (%1 open, %2 overdue)").arg(open).arg(overdue)
                                      : tr("Follow-through (%1 open)").arg(open));
    m_actionCount->setText(open == 0 ? tr("No open actions in any Learning Team.")
                                     : tr("%n action(s) still open across the Learning Teams", "", open));
    const bool chosen = m_actions->currentIndex().isValid();
    m_done->setEnabled(chosen);
    m_dropped->setEnabled(chosen);
}

void LibraryView::openIndex(const QModelIndex& index) {
    if (!index.isValid())
        return;
    emit openRequested(index.data(LearningTeamIdRole).toLongLong(), index.data(ItemTypeRole).toInt(),
                       index.data(ItemIdRole).toLongLong());
}

void LibraryView::setSelectedActionStatus(ActionStatus status) {
    const auto index = m_actions->currentIndex();
    if (!index.isValid())
        return;
    if (m_teamsDoc)
        m_teamsDoc->setActionStatus(index.data(ItemIdRole).toLongLong(), status);
}

} // namespace ltw::gui
