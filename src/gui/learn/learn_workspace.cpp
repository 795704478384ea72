#include "learn/learn_workspace.hpp"

#include "document/learning_team_document.hpp"
#include "learn/note_board.hpp"
#include "learn/note_table_model.hpp"
#include "learn/quick_capture.hpp"
#include "learn/work_steps_panel.hpp"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
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
    m_tabs->addTab(m_table, tr("List"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_capture);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_capture->line());

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { emit pictureChanged(picture()); });
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
    refreshParticipants();
    if (document) {
        const auto lt = document->repository().learningTeam(document->learningTeamId());
        // In Soak the natural thing to capture is a reflection.
        m_capture->setKind(lt && lt->phase == Phase::Soak ? NoteKind::Reflection : NoteKind::Story);
    }
}

void LearnWorkspace::refreshParticipants() {
    m_capture->setParticipants(m_document ? m_document->repository().participants(m_document->learningTeamId())
                                          : std::vector<Participant>{});
}

LearnPicture LearnWorkspace::picture() const {
    QWidget* shown = m_tabs->currentWidget();
    if (shown == m_steps)
        return LearnPicture::WorkSteps;
    return LearnPicture::Board; // the board, and the same notes as a list
}

void LearnWorkspace::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_capture->focusLine();
}

void LearnWorkspace::captureNote(NoteKind kind, const QString& text, std::optional<Id> teller) {
    if (!m_document)
        return;
    if (const auto stored = m_document->captureNote(kind, text, teller); stored.id != 0)
        m_board->reveal(kind, stored.id);
}

} // namespace ltw::gui
