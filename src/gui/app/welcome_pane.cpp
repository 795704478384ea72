#include "app/welcome_pane.hpp"

#include "common/text_util.hpp"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

QPushButton* buttonFor(QAction* action, const QString& text, const char* objectName) {
    auto* button = new QPushButton(text);
    button->setObjectName(QString::fromUtf8(objectName));
    const auto keys = action->shortcut().toString(QKeySequence::NativeText);
    if (!keys.isEmpty())
        button->setToolTip(keys);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

WelcomePane::WelcomePane(QAction* create, QAction* sample, QAction* import, QWidget* parent) : QWidget(parent) {
    setObjectName(u"emptyState"_s);
    auto* heading = new QLabel(tr("No Learning Team yet"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    auto* text = caption(tr("Set up the first one: the team whose work you will learn from, a title, and the "
                            "people taking part. Everything you capture is saved as you type."));
    text->setMaximumWidth(520);

    auto* first = buttonFor(create, tr("New Learning Team…"), "welcomeNewButton");
    first->setDefault(true);
    first->setMinimumHeight(first->sizeHint().height() * 3 / 2);
    const auto keys = create->shortcut().toString(QKeySequence::NativeText);
    auto* hint = caption(keys.isEmpty() ? QString() : tr("or press %1 at any time").arg(keys));
    auto* others = caption(tr("Or look around first:"));
    auto* sampleButton = buttonFor(sample, tr("Add the sample Learning Team"), "welcomeSampleButton");
    auto* importButton = buttonFor(import, tr("Import a bundle from another facilitator…"), "welcomeImportButton");
    m_first = first;

    auto* column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(heading);
    column->addWidget(text);
    column->addSpacing(8);
    column->addWidget(first);
    column->addWidget(hint);
    column->addSpacing(16);
    column->addWidget(others);
    column->addWidget(sampleButton);
    column->addWidget(importButton);

    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    auto* middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addLayout(column);
    middle->addStretch(2);
    layout->addLayout(middle);
    layout->addStretch(1);
}

void WelcomePane::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_first->setFocus(); // Enter or Space sets one up
}

} // namespace ltw::gui
