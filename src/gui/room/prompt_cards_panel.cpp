#include "room/prompt_cards_panel.hpp"
#include "app/shortcuts.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {

PromptCardsPanel::PromptCardsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(u"promptCards"_s);
    m_title = new QLabel;
    m_title->setObjectName(u"promptTitle"_s);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_body = new QLabel;
    m_body->setObjectName(u"promptBody"_s);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont body = m_body->font();
    body.setPointSizeF(body.pointSizeF() * 1.15);
    m_body->setFont(body);

    m_prev = new QToolButton;
    m_prev->setObjectName(u"promptPrevious"_s);
    m_prev->setText(tr("◀ Previous"));
    m_prev->setShortcut(keysFor(Shortcut::PreviousCard));
    m_prev->setToolTip(
        tr("Previous card (%1)").arg(keysFor(Shortcut::PreviousCard).toString(QKeySequence::NativeText)));
    m_next = new QToolButton;
    m_next->setObjectName(u"promptNext"_s);
    m_next->setText(tr("Next ▶"));
    m_next->setShortcut(keysFor(Shortcut::NextCard));
    m_next->setToolTip(tr("Next card (%1)").arg(keysFor(Shortcut::NextCard).toString(QKeySequence::NativeText)));
    m_position = new QLabel;
    m_position->setAlignment(Qt::AlignCenter);
    m_position->setStyleSheet(u"color: #5f6368;"_s);
    connect(m_prev, &QToolButton::clicked, this, &PromptCardsPanel::previous);
    connect(m_next, &QToolButton::clicked, this, &PromptCardsPanel::next);

    auto* card = new QWidget;
    card->setObjectName(u"promptCard"_s);
    card->setStyleSheet(u"#promptCard { background: #fbfaf6; border: 1px solid #deddd6; border-radius: 10px; }"_s);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 14, 16, 14);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_body, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_prev);
    buttons->addWidget(m_position, 1);
    buttons->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(card, 1);
    layout->addLayout(buttons);
    setUse(Use::Work);
}

void PromptCardsPanel::setUse(Use use) {
    const auto id = currentCard() ? currentCard()->id : std::string();
    m_cards = promptCards(use);
    int keep = 0;
    for (int i = 0; i < count(); ++i)
        if (m_cards[static_cast<std::size_t>(i)].id == id)
            keep = i;
    show(keep);
}

const PromptCard* PromptCardsPanel::currentCard() const {
    if (m_index < 0 || m_index >= count())
        return nullptr;
    return &m_cards[static_cast<std::size_t>(m_index)];
}

void PromptCardsPanel::next() { show((m_index + 1) % std::max(1, count())); }
void PromptCardsPanel::previous() { show((m_index + count() - 1) % std::max(1, count())); }

void PromptCardsPanel::show(int index) {
    m_index = index;
    const auto* card = currentCard();
    if (!card) {
        m_title->clear();
        m_body->clear();
        return;
    }
    m_title->setText(QString::fromStdString(card->title));
    QString html = u"<ul style='margin-left:-20px'>"_s;
    for (const auto& line : card->lines)
        html += u"<li style='margin-bottom:6px'>%1</li>"_s.arg(QString::fromStdString(line).toHtmlEscaped());
    m_body->setText(html + u"</ul>"_s);
    m_position->setText(tr("%1 of %2").arg(m_index + 1).arg(count()));
    emit cardChanged(QString::fromStdString(card->id));
}

} // namespace ltw::gui
