#include "transfer/import_decision_dialog.hpp"
#include "common/conversions.hpp"

#include "common/text_util.hpp"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {

namespace {

QString quoted(const QString& title) { return u"“%1”"_s.arg(title.toHtmlEscaped()); }

// "made by Amara Osei on 1 Dec 2026", or as much of it as the bundle says.
QString madeBy(const ImportPlan& plan) {
    const auto who = QString::fromStdString(plan.exportedBy).toHtmlEscaped();
    const auto when = plan.exportedAt ? shownDate(*plan.exportedAt) : QString();
    if (!who.isEmpty() && !when.isEmpty())
        return ImportDecisionDialog::tr("made by %1 on %2").arg(who, when);
    if (!who.isEmpty())
        return ImportDecisionDialog::tr("made by %1").arg(who);
    if (!when.isEmpty())
        return ImportDecisionDialog::tr("made on %1").arg(when);
    return {};
}

QLabel* paragraph(const QString& html) {
    auto* label = new QLabel(html);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QString describeItemChanges(const ItemChanges& c) {
    QStringList parts;
    if (c.added)
        parts << ImportDecisionDialog::tr("%n added", "", c.added);
    if (c.changed)
        parts << ImportDecisionDialog::tr("%n changed", "", c.changed);
    if (c.removed)
        parts << ImportDecisionDialog::tr("%n removed", "", c.removed);
    return parts.isEmpty() ? u"—"_s : parts.join(u", "_s);
}

ImportDecisionDialog::ImportDecisionDialog(const ImportPlan& plan, const QString& hereTitle, const QString& copyTitle,
                                           QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"importDecisionDialog"_s);
    m_layout = new QVBoxLayout(this);
    m_buttons = new QDialogButtonBox;
    switch (plan.situation) {
    case ImportSituation::HomeHere: buildHomeHere(plan, hereTitle, copyTitle); break;
    case ImportSituation::UpToDate: buildUpToDate(plan, hereTitle); break;
    case ImportSituation::ChangedHere: buildChangedHere(plan, hereTitle, copyTitle); break;
    case ImportSituation::New:
    case ImportSituation::Newer: break; // imported without a question
    }
    m_layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

void ImportDecisionDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (m_safest)
        m_safest->setFocus();
}

QPushButton* ImportDecisionDialog::addChoice(const QString& text, const char* objectName, Decision decision) {
    auto* button = m_buttons->addButton(text, decision == Decision::Nothing ? QDialogButtonBox::RejectRole
                                                                            : QDialogButtonBox::AcceptRole);
    button->setObjectName(QString::fromUtf8(objectName));
    if (decision == Decision::Nothing) {
        button->setDefault(true);
        m_safest = button;
    }
    connect(button, &QPushButton::clicked, this, [this, decision] {
        m_decision = decision;
        if (decision == Decision::Nothing)
            reject();
        else
            accept();
    });
    return button;
}

void ImportDecisionDialog::buildHomeHere(const ImportPlan& plan, const QString& hereTitle, const QString& copyTitle) {
    setWindowTitle(tr("This Learning Team started here"));
    const auto made = madeBy(plan);
    m_layout->addWidget(paragraph(u"<p><b>%1</b></p><p>%2</p><p>%3</p>"_s.arg(
        tr("%1 started on this laptop, and this bundle is a copy of it%2.")
            .arg(quoted(hereTitle), made.isEmpty() ? QString() : u" ("_s + made + u')'),
        tr("An import never replaces a Learning Team that started here, so nothing written here can be lost."),
        tr("You can import the bundle as a separate copy, called %1, and keep both.").arg(quoted(copyTitle)))));
    addChoice(tr("Import as a separate copy"), "importAsCopyButton", Decision::AsCopy);
    addChoice(tr("Cancel"), "cancelImportButton", Decision::Nothing);
}

void ImportDecisionDialog::buildUpToDate(const ImportPlan& plan, const QString& hereTitle) {
    setWindowTitle(tr("Already up to date"));
    const QString why =
        plan.sameContent
            ? tr("%1 here already holds everything this bundle holds.").arg(quoted(hereTitle))
            : tr("This bundle holds revision %1 of %2, and revision %3 was imported here already: it is not newer.")
                  .arg(plan.bundleRevision)
                  .arg(quoted(hereTitle))
                  .arg(plan.importedRevision);
    m_layout->addWidget(paragraph(u"<p>%1</p><p>%2</p>"_s.arg(
        why, tr("Nothing was changed. If you want what the bundle holds anyway, import it as a separate copy."))));
    addChoice(tr("Import as a separate copy"), "importAsCopyButton", Decision::AsCopy);
    addChoice(tr("OK"), "closeImportButton", Decision::Nothing);
}

void ImportDecisionDialog::buildChangedHere(const ImportPlan& plan, const QString& hereTitle,
                                            const QString& copyTitle) {
    setWindowTitle(tr("Both sides changed this Learning Team"));
    const auto made = madeBy(plan);
    m_layout->addWidget(paragraph(u"<p><b>%1</b></p><p>%2</p>"_s.arg(
        tr("%1 was changed on this laptop since it was imported, and this bundle%2 changes it too.")
            .arg(quoted(hereTitle), made.isEmpty() ? QString() : u" ("_s + made + u')'),
        plan.baseKnown ? tr("What each side changed since the last import:")
                       : tr("It was imported by an earlier version of the workbench, which kept no record of what it "
                            "held then, so the bundle can only be compared with what is here now:"))));

    auto* table = new QWidget;
    table->setObjectName(u"importChanges"_s);
    auto* grid = new QGridLayout(table);
    grid->setContentsMargins(12, 4, 12, 4);
    grid->setHorizontalSpacing(24);
    auto header = [](const QString& text) {
        auto* label = new QLabel(u"<b>%1</b>"_s.arg(text));
        label->setTextFormat(Qt::RichText);
        return label;
    };
    const bool twoSides = plan.baseKnown;
    grid->addWidget(header(twoSides ? tr("Changed here") : tr("The bundle, against what is here")), 0, 1);
    if (twoSides)
        grid->addWidget(header(tr("Changed in the bundle")), 0, 2);
    const std::pair<QString, const ItemChanges SideChanges::*> rows[] = {
        {tr("Notes"), &SideChanges::notes},
        {tr("Defenses"), &SideChanges::defenses},
        {tr("Actions"), &SideChanges::actions},
        {tr("Shared learnings"), &SideChanges::learnings},
    };
    int row = 1;
    for (const auto& [name, member] : rows) {
        grid->addWidget(new QLabel(name), row, 0);
        if (twoSides) {
            grid->addWidget(new QLabel(describeItemChanges(plan.mine.*member)), row, 1);
            grid->addWidget(new QLabel(describeItemChanges(plan.theirs.*member)), row, 2);
        } else {
            grid->addWidget(new QLabel(describeItemChanges(plan.theirs.*member)), row, 1);
        }
        ++row;
    }
    grid->addWidget(new QLabel(tr("Title, scope, summary, phase")), row, 0);
    auto details = [](bool changed) { return new QLabel(changed ? tr("changed") : u"—"_s); };
    if (twoSides) {
        grid->addWidget(details(plan.mine.details), row, 1);
        grid->addWidget(details(plan.theirs.details), row, 2);
    } else {
        grid->addWidget(details(plan.theirs.details), row, 1);
    }
    m_layout->addWidget(table);

    m_layout->addWidget(paragraph(u"<p>%1</p><ul><li>%2</li><li>%3</li><li>%4</li></ul><p>%5</p>"_s.arg(
        tr("Choose what to keep:"), tr("<b>Keep mine</b>: import nothing; this laptop stays as it is."),
        tr("<b>Take theirs</b>: this Learning Team takes the bundle's content. A backup of the database is made "
           "first, and Edit → Undo puts it back."),
        tr("<b>Keep both</b>: import the bundle beside it as a separate copy, called %1.").arg(quoted(copyTitle)),
        tr("Whatever you choose, your facilitator-only notes, the participants' names and the redaction list "
           "stay."))));
    addChoice(tr("Keep both"), "keepBothButton", Decision::AsCopy);
    addChoice(tr("Take theirs"), "takeTheirsButton", Decision::TakeTheirs);
    addChoice(tr("Keep mine"), "keepMineButton", Decision::Nothing);
}

} // namespace ltw::gui
