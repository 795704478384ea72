#include "solve/link_notes_dialog.hpp"
#include "common/conversions.hpp"

#include "learn/note_table_model.hpp"
#include "solve/solve_note_list_model.hpp"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

constexpr int kNoteIdRole = Qt::UserRole + 1;

} // namespace

LinkNotesDialog::LinkNotesDialog(const QString& defenseTitle, const std::vector<Note>& notes,
                                 const std::set<Id>& linked, QWidget* parent)
    : QDialog(parent), m_search(new QLineEdit), m_list(new QListWidget), m_count(new QLabel) {
    setObjectName(u"linkNotesDialog"_s);
    setWindowTitle(tr("Notes this defense answers"));
    resize(640, 520);

    auto* intro = new QLabel(tr("Tick the notes that <b>%1</b> answers. Hard conditions, weak signals and "
                                "adaptations come first.")
                                 .arg(defenseTitle.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_search->setObjectName(u"noteSearch"_s);
    m_search->setPlaceholderText(tr("Search the notes…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setObjectName(u"notePickList"_s);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAccessibleName(tr("Notes of the Learning Team"));

    // The kinds a defense usually answers first, then the rest, each in the order they were heard.
    auto ordered = notes;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Note& a, const Note& b) {
        return SolveNoteListModel::canBeAGap(a.kind) && !SolveNoteListModel::canBeAGap(b.kind);
    });
    for (const auto& n : ordered) {
        auto* item = new QListWidgetItem(u"%1 — %2"_s.arg(words(n.kind), QString::fromStdString(n.text)), m_list);
        item->setData(kNoteIdRole, QVariant::fromValue<qint64>(n.id));
        item->setData(Qt::DecorationRole, NoteTableModel::kindColor(n.kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(linked.count(n.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    connect(m_search, &QLineEdit::textChanged, this, &LinkNotesDialog::filter);
    connect(m_list, &QListWidget::itemChanged, this, &LinkNotesDialog::updateCount);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link the ticked notes"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_count->setObjectName(u"pickedCount"_s);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    updateCount();
    m_search->setFocus();
}

std::set<Id> LinkNotesDialog::checkedNoteIds() const {
    std::set<Id> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.insert(m_list->item(i)->data(kNoteIdRole).toLongLong());
    return ids;
}

void LinkNotesDialog::filter(const QString& text) {
    const auto words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        auto* item = m_list->item(i);
        const bool shown = std::all_of(words.begin(), words.end(),
                                       [&](const QString& w) { return item->text().contains(w, Qt::CaseInsensitive); });
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (first && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(first);
}

void LinkNotesDialog::updateCount() {
    const auto n = static_cast<int>(checkedNoteIds().size());
    m_count->setText(tr("%n note(s) ticked", "", n));
}

// Down from the search line goes into the list, onto the first note still shown; Space there ticks it.
bool LinkNotesDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            m_list->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ltw::gui
