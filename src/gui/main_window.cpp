#include "main_window.hpp"

#include "about_dialog.hpp"
#include "change_hub.hpp"
#include "learning_team_list_model.hpp"
#include "note_table_model.hpp"
#include "settings.hpp"

#include "ltw/errors.hpp"
#include "ltw/sample.hpp"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {

MainWindow::MainWindow(SqliteRepository& repo, QWidget* parent)
    : QMainWindow(parent), m_repo(repo), m_hub(new ChangeHub(repo, this)),
      m_teams(new LearningTeamListModel(*m_hub, this)), m_notes(new NoteTableModel(*m_hub, this)) {
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Learning Team Workbench"));

    m_list = new QListView;
    m_list->setObjectName(u"learningTeamList"_s);
    m_list->setModel(m_teams);
    m_list->setSpacing(4);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Learning Teams"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_header = new QLabel;
    m_header->setObjectName(u"learningTeamHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(8, 8, 8, 8);

    m_table = new QTableView;
    m_table->setObjectName(u"noteTable"_s);
    m_table->setModel(m_notes);
    m_table->setAccessibleName(tr("Notes"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteTableModel::TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NoteTableModel::KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteTableModel::PhaseColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultSectionSize(160);

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_table, 1);

    m_empty = new QLabel(tr("<h2>No Learning Team yet</h2><p>Choose <b>File → Add sample Learning Team</b> to "
                            "look around with a complete example, or run <code>ltw import</code> with a bundle "
                            "from another facilitator.</p>"));
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(detail);

    auto* splitter = new QSplitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    setCentralWidget(splitter);

    statusBar()->showMessage(
        tr("Everything is saved as you work, in %1").arg(QString::fromStdString(repo.database().path().string())));

    buildMenus();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);
    connect(m_hub, &ChangeHub::changed, this, &MainWindow::onChange);

    Settings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
    splitter->restoreState(settings.splitterState());

    // Open where the facilitator left off: the Learning Team worked on last.
    if (m_teams->rowCount() > 0)
        showLearningTeam(m_teams->data(m_teams->index(0), LearningTeamListModel::IdRole).toLongLong());
    else
        showLearningTeam(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* sample = file->addAction(tr("Add &sample Learning Team"), this, &MainWindow::addSample);
    sample->setObjectName(u"addSampleAction"_s);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* about = help->addAction(tr("&About"), this, [this] {
        AboutDialog dialog(QString::fromStdString(m_repo.database().path().string()), this);
        dialog.exec();
    });
    about->setObjectName(u"aboutAction"_s);
}

void MainWindow::showLearningTeam(Id ltId) {
    const auto index = m_teams->indexOf(ltId);
    if (index.isValid() && m_list->currentIndex() != index) {
        m_list->setCurrentIndex(index); // comes back through onSelectionChanged
        return;
    }
    m_current = index.isValid() ? ltId : 0;
    m_notes->setLearningTeam(m_current);
    m_stack->setCurrentIndex(m_current == 0 ? 0 : 1);
    refreshHeader();
}

void MainWindow::onSelectionChanged() {
    const auto index = m_list->currentIndex();
    showLearningTeam(index.isValid() ? index.data(LearningTeamListModel::IdRole).toLongLong() : 0);
}

void MainWindow::refreshHeader() {
    if (m_current == 0) {
        m_header->clear();
        setWindowTitle(tr("Learning Team Workbench"));
        return;
    }
    const auto lt = m_repo.learningTeam(m_current);
    if (!lt)
        return;
    const auto team = m_repo.team(lt->teamId).value_or(Team{});
    auto esc = [](const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); };
    QString html = u"<h2 style='margin:0'>%1</h2><p style='margin:4px 0'>%2 · %3 · <b>%4</b></p>"_s.arg(
        esc(lt->title), esc(team.name), QString::fromUtf8(label(lt->use)).toHtmlEscaped(),
        tr("Phase: %1").arg(QString::fromUtf8(label(lt->phase))));
    if (!lt->scopeQuestion.empty())
        html += u"<p style='margin:4px 0'><i>%1</i></p>"_s.arg(esc(lt->scopeQuestion));
    m_header->setText(html);
    setWindowTitle(tr("%1 — Learning Team Workbench").arg(QString::fromStdString(lt->title)));
}

void MainWindow::onChange(const Change& change) {
    if (change.entity == EntityType::LearningTeam && change.id == m_current) {
        if (change.kind == ChangeKind::Removed)
            showLearningTeam(0);
        else
            refreshHeader();
    } else if (change.entity == EntityType::LearningTeam && m_current == 0 && change.kind == ChangeKind::Added) {
        showLearningTeam(change.id);
    }
}

void MainWindow::addSample() {
    try {
        const auto lt = addSampleLearningTeam(m_repo);
        showLearningTeam(lt.id);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("The sample could not be added"), QString::fromUtf8(e.what()));
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    if (auto* splitter = findChild<QSplitter*>(u"mainSplitter"_s))
        settings.setSplitterState(splitter->saveState());
    event->accept();
}

} // namespace ltw::gui
