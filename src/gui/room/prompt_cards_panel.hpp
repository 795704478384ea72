// Prompt cards the facilitator flips through during a session: the HOP principles, the 4Ds, the 4Ls,
// "what made sense at the time?", and for an event, prompts to build the timeline.
#pragma once

#include "ltw/prompts.hpp"

#include <QWidget>

class QLabel;
class QToolButton;

namespace ltw::gui {

class PromptCardsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit PromptCardsPanel(QWidget* parent = nullptr);

    void setUse(Use use);
    int current() const { return m_index; }
    int count() const { return static_cast<int>(m_cards.size()); }
    const PromptCard* currentCard() const;
    void next();
    void previous();

signals:
    void cardChanged(const QString& id);

private:
    void show(int index);

    std::vector<PromptCard> m_cards;
    int m_index = 0;
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
    QLabel* m_position = nullptr;
    QToolButton* m_prev = nullptr;
    QToolButton* m_next = nullptr;
};

} // namespace ltw::gui
