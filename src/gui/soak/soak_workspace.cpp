#include "soak/soak_workspace.hpp"
#include "app/shortcuts.hpp"
#include "common/conversions.hpp"
#include "common/text_util.hpp"

#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "learn/note_board.hpp"
#include "learn/note_card_delegate.hpp"
#include "learn/note_table_model.hpp"
#include "learn/quick_capture.hpp"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

constexpr int kColumnWidth = 260;

QString durationText(std::chrono::seconds left) {
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(left).count();
    if (minutes >= 48 * 60)
        return SoakWorkspace::tr("%1 days").arg(minutes / (24 * 60));
    if (minutes >= 60)
        return SoakWorkspace::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return SoakWorkspace::tr("%1 min").arg(std::max<long long>(1, minutes));
}

QWidget* column(const QString& objectName, QWidget* header, LaneView* lane) {
    auto* box = new QWidget;
    box->setObjectName(objectName);
    box->setFixedWidth(kColumnWidth);
    box->setStyleSheet(u"#%1 { background: #f1f1ee; border-radius: 8px; }"_s.arg(objectName));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(header);
    layout->addWidget(lane, 1);
    return box;
}

} // namespace

SoakWorkspace::SoakWorkspace(ChangeHub& hub, NoteTableModel* notes, QWidget* parent)
    : QWidget(parent), m_notes(notes), m_delegate(new NoteCardDelegate(this)) {
    setObjectName(u"soakWorkspace"_s);
    m_delegate->setHighlightWeakSignals(true);

    m_countdown = new QLabel;
    m_countdown->setObjectName(u"soakCountdown"_s);
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_countdown->setFont(big);
    auto* change = new QToolButton;
    change->setObjectName(u"changeSoakEndButton"_s);
    change->setText(tr("Change the soak end…"));
    connect(change, &QToolButton::clicked, this, &SoakWorkspace::chooseSoakEnd);
    m_signals = new QLabel;
    m_signals->setObjectName(u"weakSignalCount"_s);
    m_signals->setStyleSheet(u"color: #7a5a00; background: #fff6d6; border-radius: 4px; padding: 3px 8px;"_s);
    auto* banner = new QHBoxLayout;
    banner->setContentsMargins(8, 4, 8, 0);
    banner->addWidget(m_countdown);
    banner->addWidget(change);
    banner->addStretch();
    banner->addWidget(m_signals);

    m_capture = new QuickCapture;
    for (auto* action : m_capture->actions())
        addAction(action);
    connect(m_capture, &QuickCapture::captured, this, &SoakWorkspace::captureNote);

    // Notes not in a theme yet, on the left.
    auto* unthemedProxy = new NoteFilterModel(
        [](const QModelIndex& i) { return i.data(NoteTableModel::ThemeRole).toLongLong() == 0; }, this);
    unthemedProxy->setSourceModel(notes);
    m_unthemed = new LaneView(u"unthemedLane"_s);
    m_unthemed->setModel(unthemedProxy);
    m_unthemed->setModelColumn(NoteTableModel::TextColumn);
    m_unthemed->setItemDelegate(m_delegate);
    m_unthemed->setAccessibleName(tr("Notes not in a theme"));
    connect(m_unthemed, &LaneView::leaveRequested, m_capture, &QuickCapture::focusLine);
    followSelection(m_unthemed);
    auto* unthemedHeader = new QLabel(tr("<b>Not in a theme yet</b>"));
    auto* makeTheme = new QPushButton(tr("Make a theme of the selected notes (Ctrl+G)"));
    makeTheme->setObjectName(u"makeThemeButton"_s);
    connect(makeTheme, &QPushButton::clicked, this, &SoakWorkspace::makeThemeFromSelection);
    auto* shortcut = new QShortcut(keysFor(Shortcut::MakeTheme), this);
    shortcut->setObjectName(u"makeThemeShortcut"_s);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &SoakWorkspace::makeThemeFromSelection);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(column(u"unthemedColumn"_s, unthemedHeader, m_unthemed), 1);
    leftLayout->addWidget(makeTheme);
    left->setFixedWidth(kColumnWidth + 8);

    // The themes, side by side on the right.
    m_themeRow = new QWidget;
    m_themeLayout = new QHBoxLayout(m_themeRow);
    m_themeLayout->setContentsMargins(4, 0, 4, 0);
    m_themeLayout->setSpacing(8);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"themeArea"_s);
    scroll->setWidget(m_themeRow);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(4, 4, 4, 4);
    body->addWidget(left);
    body->addWidget(scroll, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(banner);
    layout->addWidget(m_capture);
    layout->addLayout(body, 1);
    setFocusProxy(m_capture->line());

    m_tick = new QTimer(this);
    m_tick->setInterval(30'000);
    connect(m_tick, &QTimer::timeout, this, &SoakWorkspace::updateCountdown);
    connect(&hub, &ChangeHub::changed, this, &SoakWorkspace::onChange);
    connect(notes, &QAbstractItemModel::modelReset, this, &SoakWorkspace::updateCountdown);
    connect(notes, &QAbstractItemModel::rowsInserted, this, &SoakWorkspace::updateCountdown);
    connect(notes, &QAbstractItemModel::rowsRemoved, this, &SoakWorkspace::updateCountdown);
    connect(notes, &QAbstractItemModel::dataChanged, this, &SoakWorkspace::updateCountdown);
}

void SoakWorkspace::setDocument(LearningTeamDocument* document) {
    m_document = document;
    m_capture->setKind(NoteKind::Reflection);
    refreshParticipants();
    if (document) {
        m_unthemed->setDropHandler(
            [document](const std::vector<Id>& ids) { document->setNotesTheme(ids, std::nullopt); });
        m_unthemed->setDeleteHandler([document](const std::vector<Id>& ids) { document->removeNotes(ids); });
        m_tick->start();
    } else {
        m_unthemed->setDropHandler({});
        m_unthemed->setDeleteHandler({});
        m_tick->stop();
    }
    rebuildThemes();
    updateCountdown();
}

void SoakWorkspace::refreshParticipants() {
    m_capture->setParticipants(m_document ? m_document->repository().participants(m_document->learningTeamId())
                                          : std::vector<Participant>{});
}

LaneView* SoakWorkspace::themeLane(Id themeId) const {
    auto it = m_themeLanes.find(themeId);
    return it == m_themeLanes.end() ? nullptr : it->second;
}

void SoakWorkspace::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    updateCountdown();
    m_capture->focusLine();
}

void SoakWorkspace::onChange(const Change& change) {
    if (!m_document || change.learningTeamId != m_document->learningTeamId())
        return;
    if (change.entity == EntityType::Theme)
        rebuildThemes(); // a handful of columns: rebuilding them is simpler than patching them
    else if (change.entity == EntityType::LearningTeam)
        updateCountdown();
}

// One column per theme: its name (edit to rename), a remove button, and its cards.
void SoakWorkspace::rebuildThemes() {
    while (auto* item = m_themeLayout->takeAt(0)) {
        if (auto* w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_themeLanes.clear();
    if (!m_document)
        return;
    auto* document = m_document;
    for (const auto& theme : document->repository().themes(document->learningTeamId())) {
        const Id themeId = theme.id;
        auto* name = new QLineEdit(QString::fromStdString(theme.name));
        name->setCursorPosition(0); // show the start of a long name
        name->setObjectName(u"themeName_%1"_s.arg(themeId));
        name->setPlaceholderText(tr("Name this theme"));
        name->setAccessibleName(tr("Theme name"));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        connect(name, &QLineEdit::editingFinished, this,
                [document, themeId, name] { document->renameTheme(themeId, name->text().simplified().toStdString()); });
        auto* remove = new QToolButton;
        remove->setObjectName(u"removeTheme_%1"_s.arg(themeId));
        remove->setText(u"✕"_s);
        remove->setToolTip(tr("Remove this theme; its notes stay"));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, [document, themeId] { document->removeTheme(themeId); });
        auto* header = new QWidget;
        auto* headerLayout = new QHBoxLayout(header);
        headerLayout->setContentsMargins(0, 0, 0, 0);
        headerLayout->addWidget(name, 1);
        headerLayout->addWidget(remove);

        auto* proxy = new NoteFilterModel(
            [themeId](const QModelIndex& i) { return i.data(NoteTableModel::ThemeRole).toLongLong() == themeId; },
            header);
        proxy->setSourceModel(m_notes);
        auto* lane = new LaneView(u"themeLane_%1"_s.arg(themeId));
        lane->setModel(proxy);
        lane->setModelColumn(NoteTableModel::TextColumn);
        lane->setItemDelegate(m_delegate);
        lane->setAccessibleName(QString::fromStdString(theme.name));
        lane->setDropHandler(
            [document, themeId](const std::vector<Id>& ids) { document->setNotesTheme(ids, themeId); });
        lane->setDeleteHandler([document](const std::vector<Id>& ids) { document->removeNotes(ids); });
        connect(lane, &LaneView::leaveRequested, m_capture, &QuickCapture::focusLine);
        followSelection(lane);
        m_themeLanes[themeId] = lane;
        m_themeLayout->addWidget(column(u"themeColumn"_s, header, lane));
    }
    if (m_themeLanes.empty()) {
        auto* hint = new QLabel(tr("<p style='color:#5f6368'>No themes yet. Select notes on the left (Ctrl+click "
                                   "for several) and press <b>Ctrl+G</b> to make a theme of them, then name it. "
                                   "Drag notes between themes as the picture settles.</p>"));
        hint->setWordWrap(true);
        hint->setFixedWidth(kColumnWidth * 2);
        hint->setAlignment(Qt::AlignTop);
        m_themeLayout->addWidget(hint);
    }
    m_themeLayout->addStretch();
}

Id SoakWorkspace::makeThemeFromSelection() {
    if (!m_document)
        return 0;
    std::vector<Id> ids = m_unthemed->selectedNoteIds();
    for (const auto& [id, lane] : m_themeLanes)
        for (Id n : lane->selectedNoteIds())
            ids.push_back(n);
    if (ids.empty())
        return 0;
    const auto theme = m_document->makeTheme(ids, tr("New theme").toStdString());
    if (theme.id == 0)
        return 0;
    // The columns are rebuilt by the change; then the new name field takes the keyboard.
    if (auto* name = findChild<QLineEdit*>(u"themeName_%1"_s.arg(theme.id))) {
        name->setFocus();
        name->selectAll();
    }
    return theme.id;
}

void SoakWorkspace::updateCountdown() {
    if (!isVisible())
        return; // brought up to date when shown
    if (!m_document) {
        m_countdown->clear();
        m_signals->hide();
        return;
    }
    const auto lt = m_document->repository().learningTeam(m_document->learningTeamId());
    if (lt && lt->soakPlannedEnd) {
        const auto end = shownDate(*lt->soakPlannedEnd);
        const auto left = *lt->soakPlannedEnd - now();
        m_countdown->setText(left.count() > 0 ? tr("Soak until <b>%1</b> — %2 to go").arg(end, durationText(left))
                                              : tr("The planned soak ended on <b>%1</b>: ready to solve").arg(end));
    } else {
        m_countdown->setText(tr("No end planned for the soak yet"));
    }
    int weak = 0;
    for (int row = 0; row < m_notes->rowCount(); ++row)
        if (m_notes->index(row, 0).data(NoteTableModel::KindRole).toInt() == static_cast<int>(NoteKind::WeakSignal))
            ++weak;
    m_signals->setText(tr("⚑ %n weak signal(s) on the board", "", weak));
    m_signals->setVisible(weak > 0);
}

void SoakWorkspace::chooseSoakEnd() {
    if (!m_document)
        return;
    auto lt = m_document->repository().learningTeam(m_document->learningTeamId());
    if (!lt)
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"soakEndDialog"_s);
    dialog.setWindowTitle(tr("Planned end of the soak"));
    auto* edit = new QDateTimeEdit;
    edit->setObjectName(u"soakEndEdit"_s);
    edit->setCalendarPopup(true);
    const auto planned = lt->soakPlannedEnd.value_or(now() + std::chrono::hours{24});
    edit->setDateTime(toQDateTime(planned).toLocalTime());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("The group meets again to solve on:"), edit);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    lt->soakPlannedEnd = toTimestamp(edit->dateTime());
    m_document->editLearningTeam(*lt, tr("Plan the soak to end on %1").arg(shownDate(*lt->soakPlannedEnd)));
}

void SoakWorkspace::followSelection(LaneView* lane) {
    connect(lane->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            emit noteSelected(current.data(NoteTableModel::IdRole).toLongLong());
    });
}

void SoakWorkspace::captureNote(NoteKind kind, const QString& text, std::optional<Id> teller) {
    if (m_document)
        m_document->captureNote(kind, text, teller);
}

} // namespace ltw::gui
