// The room's picture as the wall shows it, at the projectors rooms have: no word is ever cut or runs out
// of its card, the type stays readable from the back, and the sample's notes are there to be seen.
#include "room/room_painter.hpp"

#include "ltw/prompts.hpp"
#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>
#include <map>

using namespace ltw;
using namespace ltw::gui;
using namespace Qt::StringLiterals;

namespace {

const QSize kSizes[] = {{1024, 768}, {1280, 720}, {1920, 1080}};

// LTW_SCREENSHOT_DIR keeps each picture drawn as room-PHASE-WxH.png (the pictures in docs/ come from here).
RoomPaintResult paint(const RoomPicture& picture, QSize size, const QString& name = {}) {
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    const auto result = paintRoomPicture(painter, QRect(QPoint(0, 0), size), picture);
    painter.end();
    const auto out = qEnvironmentVariable("LTW_SCREENSHOT_DIR");
    if (!out.isEmpty())
        image.save(u"%1/room-%2-%3x%4.png"_s
                       .arg(out, name.isEmpty() ? QString::fromStdString(picture.subtitle).toLower() : name)
                       .arg(size.width())
                       .arg(size.height()));
    return result;
}

std::string where(Phase phase, QSize size) {
    return std::string(label(phase)) + " at " + std::to_string(size.width()) + "×" + std::to_string(size.height());
}

// Every word inside its card or heading (half a pixel of rounding aside), and on the screen.
void expectNoWordCut(const RoomPaintResult& painted, QSize size, const std::string& context) {
    ASSERT_FALSE(painted.words.empty()) << context;
    const QRectF screen(QPointF(0, 0), QSizeF(size));
    for (const auto& w : painted.words) {
        const QRectF container = QRectF(w.container).adjusted(-0.5, -0.5, 1.5, 1.5);
        EXPECT_TRUE(container.contains(w.box))
            << context << ": “" << w.text.toStdString() << "” leaves its box: " << w.box.x() << "+" << w.box.width()
            << " in " << container.x() << "+" << container.width();
        EXPECT_TRUE(screen.contains(w.box)) << context << ": “" << w.text.toStdString() << "” is off the screen";
    }
}

class RoomPictureTest : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    LearningTeamSnapshot sample = repo.snapshot(addSampleLearningTeam(repo).id);
    int visibleNotes() const {
        return static_cast<int>(
            std::count_if(sample.notes.begin(), sample.notes.end(), [](const Note& n) { return !n.facilitatorOnly; }));
    }
};

TEST_F(RoomPictureTest, NoWordIsCutInAnyPhaseOnAnyProjector) {
    for (const auto phase : {Phase::Learn, Phase::Soak, Phase::Solve, Phase::Share})
        for (const auto size : kSizes) {
            const auto painted = paint(buildRoomPicture(sample, phase), size);
            expectNoWordCut(painted, size, where(phase, size));
            EXPECT_GE(painted.fontPixels, size.height() / 40) << where(phase, size) << ": readable from the back";
            EXPECT_GE(painted.smallestFontPixels, 12) << where(phase, size);
        }
}

// The sample's 25 notes are more than a wall holds at a size the back row reads: the picture flows the kinds
// into the columns the type leaves room for, and the oldest notes of the fullest kinds give way first. Even
// at 1024×768 it carries more than the old layout's 1280×720 did (about half of them, cut words and all).
TEST_F(RoomPictureTest, LearnUsesTheWallForAsManyNotesAsCanBeRead) {
    const std::map<int, int> atLeast = {{1024, 13}, {1280, 16}, {1920, 16}};
    for (const auto size : kSizes) {
        const auto painted = paint(buildRoomPicture(sample, Phase::Learn), size);
        EXPECT_GE(painted.shownCards, atLeast.at(size.width())) << where(Phase::Learn, size);
        EXPECT_EQ(painted.shownCards + painted.hiddenCards, visibleNotes()) << "every other note is counted";
        EXPECT_GE(painted.columns, 4) << where(Phase::Learn, size) << ": the kinds share the wall";
        EXPECT_TRUE(painted.drawnTexts.contains(QString::fromStdString(sample.notes.back().text)))
            << "the newest note is always there";
    }
}

// Learn's other two pictures, the steps side by side and the timeline, on every projector: no word cut, type
// the back row reads, and when not all fits the latest rows stay and the room is told how many gave way.
TEST_F(RoomPictureTest, TheStepsAndTheTimelineNeverCutAWordOnAnyProjector) {
    for (const auto& [which, name] :
         {std::pair{LearnPicture::WorkSteps, u"steps"_s}, std::pair{LearnPicture::Timeline, u"timeline"_s}}) {
        const auto picture = buildRoomPicture(sample, Phase::Learn, which);
        const int rows =
            static_cast<int>(which == LearnPicture::WorkSteps ? picture.steps.size() : picture.moments.size());
        ASSERT_GT(rows, 5);
        for (const auto size : kSizes) {
            const auto context =
                name.toStdString() + " at " + std::to_string(size.width()) + "×" + std::to_string(size.height());
            const auto painted = paint(picture, size, name);
            expectNoWordCut(painted, size, context);
            // A note shortened to one line ends after a whole word of it: "two blasts…", never "bla…".
            QStringList noteWords;
            for (const auto& n : sample.notes)
                noteWords << QString::fromStdString(n.text).simplified().split(u' ');
            for (const auto& w : painted.words)
                if (w.text.endsWith(QChar(0x2026)) && w.text.size() > 1) {
                    EXPECT_TRUE(noteWords.contains(w.text.chopped(1)))
                        << context << ": “" << w.text.toStdString() << "” cuts a word";
                }
            EXPECT_GE(painted.fontPixels, size.height() / 40) << context << ": readable from the back";
            EXPECT_GE(painted.smallestFontPixels, 12) << context;
            EXPECT_EQ(painted.shownCards + painted.hiddenCards, rows) << context << ": every row shown or counted";
            EXPECT_GE(painted.shownCards, rows * 2 / 3) << context << ": most of it on the wall";
            const auto last =
                which == LearnPicture::WorkSteps ? picture.steps.back().done : picture.moments.back().text;
            EXPECT_TRUE(painted.drawnTexts.contains(QString::fromStdString(last))) << context << ": the latest stays";
            if (painted.hiddenCards > 0) {
                EXPECT_TRUE(
                    std::any_of(painted.drawnTexts.begin(), painted.drawnTexts.end(),
                                [](const QString& t) { return t.startsWith(u"+ "_s) && t.contains(u"earlier"_s); }))
                    << context << ": the room is told what gave way";
            }
        }
    }
}

// The timeline says its times, the stretches of the night between moments, and the notes present then.
TEST_F(RoomPictureTest, TheTimelineShowsTimesGapsAndTheNotesOfEachMoment) {
    const auto picture = buildRoomPicture(sample, Phase::Learn, LearnPicture::Timeline);
    const auto painted = paint(picture, QSize(1920, 1080));
    const auto& texts = painted.drawnTexts;
    EXPECT_TRUE(texts.contains(u"02:05"_s));
    EXPECT_TRUE(texts.contains(u"3 h 40 min later"_s));
    const auto& walk = picture.moments[6]; // the walk behind the trailers, with three notes
    ASSERT_EQ(walk.notes.size(), 3u);
    // Whole, or a line each ("When the door 7 printer jams, l…"), or how many there are.
    const auto note = QString::fromStdString(walk.notes.front().text);
    const bool notesShown = std::any_of(texts.begin(), texts.end(), [&](const QString& t) {
        return t == note || (t.endsWith(QChar(0x2026)) && note.startsWith(t.chopped(1).trimmed()));
    });
    const bool notesCounted = texts.contains(u"3 notes attached"_s);
    EXPECT_TRUE(notesShown || notesCounted) << "the notes, or how many there are";
    EXPECT_TRUE(texts.contains(QString::fromStdString(picture.moments[1].day))) << "the date over its moment";
}

// A timeline longer than a wall: the latest moments stay, whole, and the earliest are counted.
TEST_F(RoomPictureTest, ALongTimelineKeepsTheLatestMoments) {
    RoomPicture picture;
    picture.title = "A long night";
    picture.subtitle = "Learn: the timeline of the event";
    picture.layout = RoomLayout::Timeline;
    for (int i = 0; i < 60; ++i) {
        RoomMoment m;
        m.momentId = i + 1;
        m.clock = u"%1:%2"_s.arg(i / 4 + 10).arg((i % 4) * 15, 2, 10, QChar(u'0')).toStdString();
        m.time = m.clock;
        m.text = "Moment number " + std::to_string(i + 1) + " of a long night on the dock";
        m.where = "Dock \u00b7 Loader";
        m.gapBefore = i % 10 == 5 ? "1 h later" : "";
        m.notes = {RoomCard{0, "A note on it", RoomTone::Adaptation, false, {}, {}}};
        picture.moments.push_back(std::move(m));
    }
    for (const auto size : kSizes) {
        const auto painted = paint(picture, size, u"long-timeline"_s);
        expectNoWordCut(painted, size, "a long timeline at " + std::to_string(size.width()));
        EXPECT_GT(painted.hiddenCards, 0);
        EXPECT_EQ(painted.shownCards + painted.hiddenCards, 60);
        EXPECT_TRUE(painted.drawnTexts.contains(u"Moment number 60 of a long night on the dock"_s));
        EXPECT_FALSE(painted.drawnTexts.contains(u"Moment number 1 of a long night on the dock"_s));
        EXPECT_TRUE(painted.drawnTexts.contains(u"+ %1 earlier moments"_s.arg(painted.hiddenCards)));
        EXPECT_GE(painted.fontPixels, size.height() / 40);
    }
}

TEST_F(RoomPictureTest, SolveShowsEveryDefenseWholeAndEveryAction) {
    const auto picture = buildRoomPicture(sample, Phase::Solve);
    for (const auto size : {QSize(1280, 720), QSize(1920, 1080)}) {
        const auto painted = paint(picture, size);
        EXPECT_EQ(painted.hiddenCards, 0) << where(Phase::Solve, size);
        for (const auto& d : sample.defenses) {
            const auto title = QString::fromStdString(d.title);
            EXPECT_TRUE(std::any_of(painted.drawnTexts.begin(), painted.drawnTexts.end(),
                                    [&](const QString& t) { return t.startsWith(title); }))
                << d.title << " whole, " << where(Phase::Solve, size);
        }
        for (const auto& a : sample.actions)
            EXPECT_TRUE(painted.drawnTexts.contains(QString::fromStdString(a.title)))
                << a.title << ", " << where(Phase::Solve, size);
    }
}

TEST_F(RoomPictureTest, AWordTooWideForItsCardMakesThatCardSmallerNotCut) {
    auto picture = buildRoomPicture(sample, Phase::Learn);
    const QString longWord = u"Rückwärtsfahrwarneinrichtung"_s;
    picture.columns.front().cards.push_back(RoomCard{0, longWord.toStdString(), RoomTone::Story, false, {}, {}});
    for (const auto size : kSizes) {
        const auto painted = paint(picture, size);
        expectNoWordCut(painted, size, "a long word at " + std::to_string(size.width()));
        EXPECT_LT(painted.smallestFontPixels, painted.fontPixels) << "only that card's type is smaller";
        EXPECT_TRUE(std::any_of(painted.words.begin(), painted.words.end(), [&](const RoomWord& w) {
            return w.text == longWord;
        })) << "drawn whole";
    }
}

TEST_F(RoomPictureTest, ALongHeadingSaysItIsShortened) {
    RoomPicture picture;
    picture.title = "A Learning Team";
    picture.subtitle = "Solve";
    std::string heading;
    for (int i = 0; i < 40; ++i)
        heading += "defense words ";
    picture.columns.push_back(
        RoomColumn{heading, RoomTone::Defense, {RoomCard{0, "a note", RoomTone::Hard, false, {}, {}}}});
    const auto painted = paint(picture, QSize(1024, 768));
    expectNoWordCut(painted, QSize(1024, 768), "a long heading");
    EXPECT_TRUE(std::any_of(painted.drawnTexts.begin(), painted.drawnTexts.end(),
                            [](const QString& t) { return t.endsWith(QChar(0x2026)); }));
}

TEST_F(RoomPictureTest, TheSpotlightAndThePromptCardNeverCutAWord) {
    const auto& note = sample.notes.front();
    const auto spotlight = spotlightPicture(sample, note.id);
    ASSERT_TRUE(spotlight);
    for (const auto size : kSizes) {
        expectNoWordCut(paint(*spotlight, size), size, "spotlight at " + std::to_string(size.width()));
        QImage image(size, QImage::Format_RGB32);
        QPainter painter(&image);
        const auto card = promptCards(Use::Work).front();
        QStringList lines;
        for (const auto& q : card.lines)
            lines << QString::fromStdString(q);
        lines << u"Electroencephalographically-unpronounceable-supercalifragilistic-words"_s;
        const auto painted =
            paintRoomMessage(painter, QRect(QPoint(0, 0), size), QString::fromStdString(card.title), lines);
        expectNoWordCut(painted, size, "prompt card at " + std::to_string(size.width()));
    }
}

} // namespace

namespace {

// A frame starts from the last frame's size: a picture that follows a full one still gets the largest type
// it can have.
TEST_F(RoomPictureTest, AFullPictureDoesNotKeepTheNextOneSmall) {
    const QSize size(1024, 768);
    auto full = buildRoomPicture(sample, Phase::Learn);
    // Another picture with as many cards, each a single word: it fits in larger type.
    auto terse = full;
    terse.subtitle = "Soak";
    for (auto& column : terse.columns)
        for (auto& card : column.cards)
            card.text = "Word";
    const int alone = paint(terse, size).fontPixels;
    ASSERT_GT(paint(full, size).hiddenCards, 0);
    EXPECT_EQ(paint(terse, size).fontPixels, alone) << "another picture after a full one";

    // The same picture, full, then with most of its cards gone: the type grows again.
    const int crowded = paint(full, size).fontPixels;
    for (auto& column : full.columns)
        column.cards.resize(std::min<std::size_t>(column.cards.size(), 1));
    const auto fewer = paint(full, size);
    EXPECT_EQ(fewer.hiddenCards, 0);
    EXPECT_GT(fewer.fontPixels, crowded);
}

} // namespace
