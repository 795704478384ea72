#include "learn/learn_workspace.hpp"

#include "document/learning_team_document.hpp"
#include "learn/note_board.hpp"
#include "learn/note_table_model.hpp"
#include "learn/quick_capture.hpp"
#include "learn/timeline_panel.hpp"
#include "learn/work_steps_panel.hpp"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {

LearnWorkspace::LearnWorkspace(ChangeHub& hub, NoteTableModel* notes, QWidget* parent)
    : QWidget(parent), m_notes(notes) {
    setObjectName(u"learnWorkspace"_s);
    m_capture = new QuickCapture;
    // Ctrl+1 … Ctrl+9 choose the kind wherever the focus is in the workspace, board included.
    for (auto* action : m_capture->actions())
        addAction(action);

    m_board = new NoteBoard(notes);
    connect(m_board, &NoteBoard::leaveRequested, m_capture, &QuickCapture::focusLine);

    m_table = new QTableView;
    m_table->setObjectName(u"noteTable"_s);
    m_table->setModel(notes);
    m_table->setAccessibleName(tr("Notes as a list"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteTableModel::TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NoteTableModel::KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteTableModel::PhaseColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultSectionSize(170);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"learnTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_board, tr("Board"));
    m_steps = new WorkStepsPanel(hub);
    m_tabs->addTab(m_steps, tr("Work as imagined / as done"));
    m_timeline = new TimelinePanel(hub);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_timeline), tr("What happened, moment by moment, and what was present "
                                                          "then: for learning from an event"));
    m_tabs->addTab(m_table, tr("List"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_capture);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_capture->line());

    // On the timeline the keyboard goes to the line of moments (Ctrl+1…9 still jump to the capture line).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const bool timeline = m_tabs->currentWidget() == m_timeline;
        setFocusProxy(timeline ? static_cast<QWidget*>(m_timeline->entry()) : m_capture->line());
        if (timeline && isVisible())
            m_timeline->entry()->setFocus();
        emit pictureChanged(picture());
    });
    connect(m_capture, &QuickCapture::captured, this, &LearnWorkspace::captureNote);
    connect(m_board, &NoteBoard::noteSelected, this, &LearnWorkspace::noteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            emit noteSelected(current.data(NoteTableModel::IdRole).toLongLong());
    });
}

void LearnWorkspace::setDocument(LearningTeamDocument* document) {
    m_document = document;
    m_board->setDocument(document);
    m_steps->setDocument(document);
    m_timeline->setDocument(document);
    refreshParticipants();
    if (document) {
        const auto lt = document->repository().learningTeam(document->learningTeamId());
        // In Soak the natural thing to capture is a reflection.
        m_capture->setKind(lt && lt->phase == Phase::Soak ? NoteKind::Reflection : NoteKind::Story);
        // Learning from an event starts from what happened: its timeline comes first and is shown first.
        const bool event = lt && lt->use == Use::Event;
        const int at = m_tabs->indexOf(m_timeline);
        const int wanted = event ? 0 : 2;
        if (at != wanted)
            m_tabs->tabBar()->moveTab(at, wanted);
        m_tabs->setCurrentIndex(event ? m_tabs->indexOf(m_timeline) : m_tabs->indexOf(m_board));
    }
}

void LearnWorkspace::refreshParticipants() {
    const auto people =
        m_document ? m_document->repository().participants(m_document->learningTeamId()) : std::vector<Participant>{};
    m_capture->setParticipants(people);
    QStringList roles;
    for (const auto& p : people)
        if (!roles.contains(QString::fromStdString(p.role)))
            roles << QString::fromStdString(p.role);
    m_timeline->setRoles(roles);
}

LearnPicture LearnWorkspace::picture() const {
    QWidget* shown = m_tabs->currentWidget();
    if (shown == m_steps)
        return LearnPicture::WorkSteps;
    if (shown == m_timeline)
        return LearnPicture::Timeline;
    return LearnPicture::Board; // the board, and the same notes as a list
}

void LearnWorkspace::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    focusProxy()->setFocus();
}

void LearnWorkspace::captureNote(NoteKind kind, const QString& text, std::optional<Id> teller) {
    if (!m_document)
        return;
    // On the timeline, a note captured while a moment is chosen was present at that moment.
    const Id moment = m_tabs->currentWidget() == m_timeline ? m_timeline->attachTarget() : 0;
    const auto stored =
        moment ? m_document->captureNoteAt(moment, kind, text, teller) : m_document->captureNote(kind, text, teller);
    if (stored.id != 0 && !moment)
        m_board->reveal(kind, stored.id);
}

} // namespace ltw::gui
