#include "inspector/note_inspector.hpp"

#include "common/conversions.hpp"
#include "ltw/org/org_store.hpp"

#include "common/text_util.hpp"
#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"
#include "search/marked_text.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

// The text field saves when the facilitator leaves it, not on every keystroke.
class FocusOutTextEdit final : public QPlainTextEdit {
public:
    std::function<void()> onLeave;

protected:
    void focusOutEvent(QFocusEvent* event) override {
        QPlainTextEdit::focusOutEvent(event);
        if (onLeave)
            onLeave();
    }
};

// Enough of a note to recognise it: longer than an undo entry's text.
QString excerpt(const std::string& text) {
    auto s = QString::fromStdString(text).simplified();
    return s.size() > 110 ? s.left(109) + QChar(0x2026) : s;
}

std::vector<std::string> splitTags(const QString& text) {
    std::vector<std::string> tags;
    for (const auto& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto tag = part.simplified().toStdString();
        if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end())
            tags.push_back(tag);
    }
    return tags;
}

} // namespace

NoteInspector::NoteInspector(ChangeHub& hub, QWidget* parent) : QWidget(parent) {
    setObjectName(u"noteInspector"_s);
    auto* none = new QLabel(tr("Select a card to see and edit all of it here."));
    none->setWordWrap(true);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    none->setStyleSheet(u"color: #5f6368; padding: 8px;"_s);

    m_kind = new QComboBox;
    m_kind->setObjectName(u"inspectorKind"_s);
    for (auto kind : allValues<NoteKind>())
        m_kind->addItem(words(kind), static_cast<int>(kind));
    auto* text = new FocusOutTextEdit;
    text->onLeave = [this] { save(); };
    m_text = text;
    m_text->setObjectName(u"inspectorText"_s);
    m_text->setTabChangesFocus(true);
    m_teller = new QComboBox;
    m_teller->setObjectName(u"inspectorTeller"_s);
    m_tags = new QLineEdit;
    m_tags->setObjectName(u"inspectorTags"_s);
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_private = new QCheckBox(tr("Only for me"));
    m_private->setToolTip(tr("A note only for you: never shown to the room, never exported"));
    m_private->setObjectName(u"inspectorPrivate"_s);
    m_facts = new QLabel;
    m_facts->setObjectName(u"inspectorFacts"_s);
    m_facts->setStyleSheet(u"color: #5f6368;"_s);
    m_facts->setWordWrap(true);
    m_tags->setMinimumWidth(120);
    m_text->setMinimumWidth(120);

    m_tagUse = new QLabel;
    m_tagUse->setObjectName(u"inspectorTagUse"_s);
    m_tagUse->setWordWrap(true);
    m_tagUse->setForegroundRole(QPalette::PlaceholderText);
    m_tagUse->hide();
    m_seen = new QLabel;
    m_seen->setObjectName(u"seenElsewhere"_s);
    // Searching the library takes a few milliseconds: after the capture or the selection has shown, so
    // that typing never waits for it; a burst of changes asks once.
    m_patternsSoon = new QTimer(this);
    m_patternsSoon->setSingleShot(true);
    m_patternsSoon->setInterval(0);
    connect(m_patternsSoon, &QTimer::timeout, this, &NoteInspector::loadPatterns);
    m_seen->setWordWrap(true);
    m_seen->setTextFormat(Qt::RichText);
    m_seen->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_seen->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_seen->setMinimumWidth(120);
    connect(m_seen, &QLabel::linkActivated, this, [this](const QString& link) {
        // "note:LT:ID", made below from ids, never from text
        const auto parts = link.split(u':');
        if (parts.size() == 3 && parts[0] == u"note"_s)
            emit openNoteRequested(parts[1].toLongLong(), parts[2].toLongLong());
    });
    m_patterns = new QWidget;
    auto* patterns = new QVBoxLayout(m_patterns);
    patterns->setContentsMargins(0, 8, 0, 0);
    auto* heading = new QLabel(tr("<b>Seen elsewhere</b>"));
    heading->setObjectName(u"seenElsewhereHeading"_s);
    patterns->addWidget(heading);
    patterns->addWidget(m_seen);
    m_patterns->hide();

    // The fields keep a reading height so that "seen elsewhere" has room below them; a narrow or short
    // dock scrolls rather than squeezing either.
    m_text->setMinimumHeight(70);
    m_text->setMaximumHeight(160);
    auto* form = new QWidget;
    auto* column = new QVBoxLayout(form);
    column->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QFormLayout;
    layout->addRow(tr("Kind:"), m_kind);
    layout->addRow(tr("Text:"), m_text);
    layout->addRow(tr("Told by:"), m_teller);
    layout->addRow(tr("Tags:"), m_tags);
    layout->addRow(QString(), m_tagUse);
    layout->addRow(QString(), m_private);
    layout->addRow(QString(), m_facts);
    column->addLayout(layout);
    column->addWidget(m_patterns);
    column->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack = new QStackedWidget;
    m_stack->addWidget(none);
    m_stack->addWidget(scroll);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(m_stack);

    connect(m_kind, &QComboBox::activated, this, &NoteInspector::save);
    connect(m_teller, &QComboBox::activated, this, &NoteInspector::save);
    connect(m_tags, &QLineEdit::editingFinished, this, &NoteInspector::save);
    connect(m_private, &QCheckBox::toggled, this, &NoteInspector::save);
    connect(&hub, &ChangeHub::changed, this, &NoteInspector::onChange);
}

void NoteInspector::setDocument(LearningTeamDocument* document) {
    m_document = document;
    showNote(0);
}

void NoteInspector::setLibrary(Library* library) {
    m_library = library;
    load();
}

void NoteInspector::showNote(Id noteId) {
    m_noteId = m_document ? noteId : 0;
    load();
}

void NoteInspector::onChange(const Change& change) {
    if (m_followsCaptures && m_document && change.entity == EntityType::Note && change.kind == ChangeKind::Added &&
        change.learningTeamId == m_document->learningTeamId() && isVisible()) {
        showNote(change.id);
        return;
    }
    if (m_noteId == 0 || change.entity != EntityType::Note || change.id != m_noteId)
        return;
    if (change.kind == ChangeKind::Removed)
        showNote(0);
    else
        load();
}

void NoteInspector::load() {
    const auto note = m_noteId ? m_document->repository().note(m_noteId) : std::nullopt;
    m_stack->setCurrentIndex(note ? 1 : 0);
    if (!note)
        return;
    m_loading = true;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(note->kind)));
    if (m_text->toPlainText().toStdString() != note->text)
        m_text->setPlainText(QString::fromStdString(note->text));
    m_teller->clear();
    m_teller->addItem(tr("nobody in particular"));
    for (const auto& p : m_document->repository().participants(note->learningTeamId))
        m_teller->addItem(QString::fromStdString(p.role), QVariant::fromValue<qint64>(p.id));
    m_teller->setCurrentIndex(
        note->tellerId ? std::max(0, m_teller->findData(QVariant::fromValue<qint64>(*note->tellerId))) : 0);
    QStringList tags;
    for (const auto& t : note->tags)
        tags << QString::fromStdString(t);
    m_tags->setText(tags.join(u", "_s));
    m_private->setChecked(note->facilitatorOnly);
    m_facts->setText(tr("Captured in %1 on %2; last changed %3.")
                         .arg(words(note->phase), shownDate(note->created), shownDate(note->updated)));
    m_loading = false;
    m_patternsSoon->start();
}

// The pattern across teams: how many Learning Teams used each tag, and the notes of other Learning Teams
// that share the most telling words with this one.
void NoteInspector::loadPatterns() {
    const auto found = m_noteId && m_document ? m_document->repository().note(m_noteId) : std::nullopt;
    if (!found)
        return;
    const Note& note = *found;
    m_tagUse->setVisible(m_library && !note.tags.empty());
    m_patterns->setVisible(m_library != nullptr);
    if (!m_library)
        return;
    QStringList uses;
    for (const auto& tag : note.tags) {
        const auto use = m_library->tagUse(tag);
        const auto name = QString::fromStdString(tag);
        QString line = use.learningTeams <= 1 ? tr("“%1” only here").arg(name)
                                              : tr("“%1” seen in %2 Learning Teams").arg(name).arg(use.learningTeams);
        if (m_organisation) {
            org::OrgTagUse elsewhere;
            try {
                elsewhere = m_organisation->tagUse(tag);
            } catch (const Error&) {
            }
            if (elsewhere.learningTeams > 0)
                line += QLatin1Char(' ') + tr("(and in %n Learning Team(s)", "", elsewhere.learningTeams) +
                        QLatin1Char(' ') + tr("at %n other site(s))", "", elsewhere.sites);
        }
        uses << line;
    }
    m_tagUse->setText(uses.join(u" · "_s));

    const auto similar = m_library->seenElsewhere(note.id, 5);
    std::vector<org::MirrorHit> atOtherSites;
    if (m_organisation) {
        try {
            atOtherSites = m_organisation->seenElsewhere(note, 3);
        } catch (const Error&) {
        }
    }
    QString elsewhere;
    for (const auto& hit : atOtherSites)
        elsewhere += u"<p style='margin:0 0 6px 0'>%1<br><span style='color:#5f6368'>%2 › %3 · %4</span></p>"_s.arg(
            markedToHtml(hit.snippet), QString::fromStdString(hit.site).toHtmlEscaped(),
            QString::fromStdString(hit.learningTeamTitle).toHtmlEscaped(), shownDate(hit.publishedAt));
    if (!elsewhere.isEmpty())
        elsewhere =
            u"<p style='margin:6px 0 4px 0'><b>%1</b></p>"_s.arg(tr("At other sites").toHtmlEscaped()) + elsewhere;
    if (similar.empty()) {
        m_seen->setText(
            u"<span style='color:#5f6368'>%1</span>"_s.arg(tr("Nothing like it in other Learning Teams yet.")) +
            elsewhere);
        return;
    }
    QString html;
    for (const auto& s : similar) {
        QStringList shared;
        for (const auto& term : s.sharedTerms)
            shared << QString::fromStdString(term).toHtmlEscaped();
        html += u"<p style='margin:0 0 6px 0'><a href='note:%1:%2'>%3</a><br><span style='color:#5f6368'>%4 · %5 "
                u"· %6</span><br><span style='color:#5f6368'>%7</span></p>"_s.arg(
                    QString::number(s.place.learningTeamId), QString::number(s.note.id),
                    excerpt(s.note.text).toHtmlEscaped(), QString::fromStdString(s.place.teamName).toHtmlEscaped(),
                    QString::fromStdString(s.place.learningTeamTitle).toHtmlEscaped(), shownDate(s.note.created),
                    tr("shares: %1").arg(shared.join(u", "_s)));
    }
    m_seen->setText(html + elsewhere);
}

void NoteInspector::save() {
    if (m_loading || !m_document || m_noteId == 0)
        return;
    auto note = m_document->repository().note(m_noteId);
    if (!note)
        return;
    auto after = *note;
    after.kind = static_cast<NoteKind>(m_kind->currentData().toInt());
    const auto text = m_text->toPlainText().trimmed().toStdString();
    if (!text.empty())
        after.text = text;
    const auto teller = m_teller->currentData();
    after.tellerId = teller.isValid() ? std::optional<Id>(teller.toLongLong()) : std::nullopt;
    after.tags = splitTags(m_tags->text());
    after.facilitatorOnly = m_private->isChecked();
    m_document->editNote(after);
}

} // namespace ltw::gui
