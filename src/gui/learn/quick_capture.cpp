#include "learn/quick_capture.hpp"
#include "app/shortcuts.hpp"
#include "common/conversions.hpp"

#include "learn/note_table_model.hpp"

#include "ltw/blame_language.hpp"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ltw::gui {

QuickCapture::QuickCapture(QWidget* parent) : QWidget(parent) {
    setObjectName(u"quickCaptureBar"_s);
    m_kindButton = new QToolButton;
    m_kindButton->setObjectName(u"captureKind"_s);
    m_kindButton->setPopupMode(QToolButton::InstantPopup);
    m_kindButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_kindButton->setMinimumWidth(150);
    m_kindButton->setFocusPolicy(Qt::NoFocus);
    auto* menu = new QMenu(m_kindButton);
    int n = 1;
    for (auto kind : allValues<NoteKind>()) {
        auto* action = menu->addAction(words(kind), this, [this, kind] {
            setKind(kind);
            focusLine();
        });
        action->setObjectName(u"captureKind%1"_s.arg(n));
        action->setShortcut(shortcutSpec(Shortcut::CaptureKind).keys.value(n - 1));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        // The same keys work while typing: the actions live on the capture bar too.
        addAction(action);
        ++n;
    }
    m_kindButton->setMenu(menu);

    m_line = new QLineEdit;
    m_line->setObjectName(u"quickCapture"_s);
    m_line->setAccessibleName(tr("Capture a note"));
    m_line->setPlaceholderText(tr("Type what you hear and press Enter"));
    m_line->setClearButtonEnabled(true);
    QFont big = m_line->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_line->setFont(big);
    m_line->setMinimumHeight(36);

    m_teller = new QComboBox;
    m_teller->setObjectName(u"captureTeller"_s);
    m_teller->setAccessibleName(tr("Told by"));
    m_teller->setMinimumWidth(200);
    m_teller->setToolTip(tr("Who told it (Ctrl+T). Shows roles only."));
    m_teller->installEventFilter(this);
    auto* tellerKey = new QShortcut(keysFor(Shortcut::Teller), this);
    tellerKey->setObjectName(u"tellerShortcut"_s);
    tellerKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(tellerKey, &QShortcut::activated, this, [this] {
        m_teller->setFocus(Qt::ShortcutFocusReason);
        m_teller->showPopup();
    });

    m_hint = new QLabel;
    m_hint->setObjectName(u"blameHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"color: #7a5a00; background: #fff6d6; border-radius: 4px; padding: 3px 6px;"_s);
    m_hint->hide();

    m_keys = new QLabel;
    m_keys->setObjectName(u"captureKeys"_s);
    m_keys->setStyleSheet(u"color: #5f6368;"_s);
    QStringList keys;
    n = 1;
    for (auto kind : allValues<NoteKind>())
        keys << u"Ctrl+%1 %2"_s.arg(n++).arg(words(kind));
    m_keys->setText(keys.join(u"  ·  "_s) + u"  ·  "_s + tr("Ctrl+T told by"));
    m_keys->setWordWrap(true);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 2);
    grid->addWidget(m_kindButton, 0, 0);
    grid->addWidget(m_line, 0, 1);
    grid->addWidget(m_teller, 0, 2);
    grid->addWidget(m_hint, 1, 1, 1, 2);
    grid->addWidget(m_keys, 2, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    m_line->installEventFilter(this);
    connect(m_line, &QLineEdit::returnPressed, this, &QuickCapture::submit);
    connect(m_line, &QLineEdit::textChanged, this, &QuickCapture::updateHint);
    setKind(NoteKind::Story);
    setParticipants({});
}

void QuickCapture::setKind(NoteKind kind) {
    m_kind = kind;
    const auto colour = NoteTableModel::kindColor(kind);
    m_kindButton->setText(words(kind));
    m_kindButton->setStyleSheet(
        u"QToolButton { background: %1; color: %2; border-radius: 4px; padding: 6px 10px; "
        u"font-weight: bold; }"_s.arg(colour.name(), colour.lightness() > 150 ? u"#202124"_s : u"#ffffff"_s));
    m_line->setPlaceholderText(tr("%1: type what you hear and press Enter").arg(words(kind)));
}

void QuickCapture::setParticipants(const std::vector<Participant>& participants) {
    const auto current = teller();
    m_teller->clear();
    m_teller->addItem(tr("Told by: nobody in particular"));
    for (const auto& p : participants)
        m_teller->addItem(QString::fromStdString(p.role), QVariant::fromValue<qint64>(p.id));
    const int keep = current ? m_teller->findData(QVariant::fromValue<qint64>(*current)) : 0;
    m_teller->setCurrentIndex(std::max(0, keep));
}

std::optional<Id> QuickCapture::teller() const {
    const auto data = m_teller->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toLongLong();
}

void QuickCapture::focusLine() { m_line->setFocus(Qt::OtherFocusReason); }

// Enter or Escape in the teller list goes straight back to typing. Ctrl+Z in an empty capture line
// is the window's undo (take back the last capture), not the line's own.
bool QuickCapture::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_line && event->type() == QEvent::ShortcutOverride && m_line->text().isEmpty()) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_teller && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            focusLine();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuickCapture::submit() {
    const auto text = m_line->text().trimmed();
    if (text.isEmpty())
        return;
    emit captured(m_kind, text, teller());
    m_line->clear();
}

void QuickCapture::updateHint() {
    const auto hints = findBlameLanguage(m_line->text().toStdString());
    if (hints.empty()) {
        m_hint->hide();
        return;
    }
    m_hint->setText(
        tr("“%1” — %2").arg(QString::fromStdString(hints.front().phrase), QString::fromStdString(blameNudgeText())));
    m_hint->show();
}

} // namespace ltw::gui
