#include "learn/timeline_model.hpp"

#include "common/conversions.hpp"
#include "document/change_hub.hpp"
#include "document/learning_team_document.hpp"

#include "ltw/timeline.hpp"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace ltw::gui {

QString shownMomentTime(const TimelineMoment& m) {
    const QString clock = QString::fromStdString(clockText(m.minute));
    if (!m.day)
        return clock;
    return clock.isEmpty() ? shownDate(*m.day) : u"%1 %2"_s.arg(shownDate(*m.day), clock);
}

TimelineModel::TimelineModel(ChangeHub& hub, QObject* parent) : QAbstractTableModel(parent), m_repo(hub.repository()) {
    connect(&hub, &ChangeHub::changed, this, &TimelineModel::apply);
}

void TimelineModel::setDocument(LearningTeamDocument* document) {
    m_document = document;
    reload();
}

void TimelineModel::reload() {
    beginResetModel();
    m_moments = m_document ? m_repo.moments(m_document->learningTeamId()) : std::vector<TimelineMoment>{};
    m_gaps = gapsBefore(m_moments);
    m_links = m_document ? m_repo.links(m_document->learningTeamId()) : std::vector<Link>{};
    endResetModel();
}

void TimelineModel::refreshLinks() {
    m_links = m_document ? m_repo.links(m_document->learningTeamId()) : std::vector<Link>{};
    if (!m_moments.empty())
        emit dataChanged(index(0, NotesColumn), index(rowCount() - 1, NotesColumn));
}

void TimelineModel::apply(const Change& change) {
    if (!m_document || change.learningTeamId != m_document->learningTeamId())
        return;
    switch (change.entity) {
    case EntityType::Moment: {
        // A moment changed in place keeps its row (an edit being typed stays where it is); one added,
        // removed or moved changes the order, and the gaps around it.
        const int row = rowOf(change.id);
        if (change.kind == ChangeKind::Updated && row >= 0) {
            const auto& updated = std::get<TimelineMoment>(change.item);
            if (updated.position == m_moments[static_cast<std::size_t>(row)].position) {
                m_moments[static_cast<std::size_t>(row)] = updated;
                m_gaps = gapsBefore(m_moments);
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
                return;
            }
        }
        reload();
        return;
    }
    case EntityType::Link:
    case EntityType::Note:
    case EntityType::WorkStep: refreshLinks(); return;
    default: return;
    }
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_moments.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const TimelineMoment* TimelineModel::moment(int row) const {
    return row >= 0 && row < rowCount() ? &m_moments[static_cast<std::size_t>(row)] : nullptr;
}

int TimelineModel::rowOf(Id momentId) const {
    for (std::size_t i = 0; i < m_moments.size(); ++i)
        if (m_moments[i].id == momentId)
            return static_cast<int>(i);
    return -1;
}

std::vector<Note> TimelineModel::attachedNotes(Id momentId) const {
    std::vector<Note> out;
    const ItemRef ref{ItemType::Moment, momentId};
    for (const auto& l : m_links)
        if (l.kind == LinkKind::AttachedTo && l.to == ref && l.from.type == ItemType::Note)
            if (auto n = m_repo.note(l.from.id))
                out.push_back(*n);
    return out;
}

std::vector<WorkStep> TimelineModel::linkedSteps(Id momentId) const {
    std::vector<WorkStep> out;
    const ItemRef ref{ItemType::Moment, momentId};
    for (const auto& l : m_links)
        if (l.kind == LinkKind::AttachedTo && l.from == ref && l.to.type == ItemType::WorkStep)
            if (auto s = m_repo.workStep(l.to.id))
                out.push_back(*s);
    return out;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const auto& m = m_moments[row];
    const auto& gap = m_gaps[row];
    if (role == IdRole)
        return QVariant::fromValue<qint64>(m.id);
    if (role == NotableGapRole)
        return gap && (*gap >= notableGapMinutes || *gap < 0);
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole) {
            if (!m.minute && !m.day)
                return tr("—", "a moment without a known time");
            // The date above the clock, so that the column stays narrow.
            const QString clock = QString::fromStdString(clockText(m.minute));
            return m.day ? (clock.isEmpty() ? shownDate(*m.day) : u"%1\n%2"_s.arg(shownDate(*m.day), clock)) : clock;
        }
        if (role == Qt::EditRole) {
            // As it can be typed back: "2026-11-20 02:05".
            QString text = m.day ? QString::fromStdString(toIso(*m.day)) : QString();
            if (m.minute)
                text += (text.isEmpty() ? u""_s : u" "_s) + QString::fromStdString(clockText(m.minute));
            return text;
        }
        if (role == Qt::ToolTipRole)
            return m.minute || m.day ? QVariant()
                                     : tr("Nobody knows the time of this moment: its place in the list says what "
                                          "came before and after.");
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case GapColumn:
        if (!gap)
            return {};
        if (role == Qt::DisplayRole)
            return *gap < 0 ? QString::fromStdString(gapText(*gap))
                            : u"+%1"_s.arg(QString::fromStdString(gapText(*gap)));
        if (role == Qt::ToolTipRole)
            return *gap < 0 ? tr("The clock says this happened before the moment above it. Order by time, or "
                                 "correct the time.")
                            : tr("Time since the moment before");
        if (role == Qt::ForegroundRole && (*gap < 0 || *gap >= notableGapMinutes))
            return QBrush(*gap < 0 ? QColor(0xb0, 0x3a, 0x2e) : QColor(0x8a, 0x5a, 0x00));
        if (role == Qt::FontRole && (*gap < 0 || *gap >= notableGapMinutes)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return {};
    case TextColumn:
        if (role == Qt::DisplayRole) {
            // Where and who, when said, on a line of their own under what happened.
            QStringList around;
            for (const auto* part : {&m.place, &m.who})
                if (!part->empty())
                    around << QString::fromStdString(*part);
            return around.isEmpty() ? QString::fromStdString(m.text)
                                    : u"%1\n%2"_s.arg(QString::fromStdString(m.text), around.join(u" · "_s));
        }
        if (role == Qt::EditRole || role == Qt::ToolTipRole)
            return QString::fromStdString(m.text);
        return {};
    case PlaceColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString::fromStdString(m.place);
        return {};
    case WhoColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString::fromStdString(m.who);
        return {};
    case NotesColumn: {
        const auto notes = attachedNotes(m.id);
        const auto steps = linkedSteps(m.id);
        if (role == Qt::DisplayRole) {
            // The kinds of what was present, one line each; the panel beside the timeline has the words.
            QStringList kinds;
            for (const auto& n : notes)
                if (!kinds.contains(words(n.kind)))
                    kinds << words(n.kind);
            if (!steps.empty())
                kinds << tr("%n step(s)", "", static_cast<int>(steps.size()));
            return kinds.join(u'\n');
        }
        if (role != Qt::ToolTipRole)
            return {};
        QStringList lines;
        for (const auto& n : notes)
            lines << u"%1: %2"_s.arg(words(n.kind), QString::fromStdString(n.text));
        for (const auto& s : steps)
            lines << tr("At the step: %1").arg(QString::fromStdString(s.text));
        return lines.join(u'\n');
    }
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case GapColumn: return tr("Gap");
    case TextColumn: return tr("What happened");
    case PlaceColumn: return tr("Where");
    case WhoColumn: return tr("Who (role)");
    case NotesColumn: return tr("Present then");
    default: return {};
    }
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const {
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_document && index.column() != GapColumn && index.column() != NotesColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto before = m_moments[static_cast<std::size_t>(index.row())];
    auto after = before;
    const QString text = value.toString().simplified();
    switch (index.column()) {
    case TimeColumn: {
        const auto read = parseMomentLine(text.toStdString());
        if (!read.text.empty()) {
            emit refused(tr("“%1” is not a time. Type it like 02:05 or 14:30, with a date before it if it "
                            "matters (2026-11-20 02:05), or leave it empty when nobody knows.")
                             .arg(text));
            return false;
        }
        after.minute = read.minute;
        after.day = read.day;
        break;
    }
    case TextColumn:
        if (text.isEmpty())
            return false;
        after.text = text.toStdString();
        break;
    case PlaceColumn: after.place = text.toStdString(); break;
    case WhoColumn: after.who = text.toStdString(); break;
    default: return false;
    }
    if (after == before)
        return false;
    m_document->editMoment(after);
    return true;
}

} // namespace ltw::gui
