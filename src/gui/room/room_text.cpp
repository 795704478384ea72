#include "room/room_text.hpp"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPointer>
#include <QTextLayout>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace ltw::gui::roomtext {
namespace {

QTextOption wrapAtWords(bool evenInsideAWord = false) {
    QTextOption option;
    // Between words only: a word too wide overflows its line, which is how it is found (and its card's type
    // made smaller). Inside a word only where even the smallest type cannot hold it: broken, never cut off.
    option.setWrapMode(evenInsideAWord ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::WordWrap);
    return option;
}

Measured layOut(QTextLayout& layout, int width) {
    Measured m;
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        m.widest = std::max(m.widest, static_cast<int>(std::ceil(line.naturalTextWidth())));
        ++m.lines;
    }
    layout.endLayout();
    m.height = static_cast<int>(std::ceil(y));
    return m;
}

struct TextKey {
    QString text;
    int pixels;
    int width;
    bool bold;
    bool operator==(const TextKey&) const = default;
};
struct TextKeyHash {
    std::size_t operator()(const TextKey& k) const {
        return qHash(k.text) ^ (std::size_t(k.pixels) * 0x9e3779b9u) ^ (std::size_t(k.width) << 12) ^
               std::size_t(k.bold);
    }
};

// Where each word of a laid-out text was drawn, for the tests that check no word is cut or leaves its box.
void recordWords(const QTextLayout& layout, QPointF origin, const QRect& container, RoomPaintResult& result) {
    const QString text = layout.text();
    const QFontMetricsF fm(layout.font());
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const int end = line.textStart() + line.textLength();
        int k = line.textStart();
        while (k < end) {
            while (k < end && text.at(k).isSpace())
                ++k;
            const int first = k;
            while (k < end && !text.at(k).isSpace())
                ++k;
            if (k > first) {
                const qreal x1 = line.cursorToX(first);
                const qreal x2 = x1 + fm.horizontalAdvance(text.mid(first, k - first)); // as wide as its glyphs
                result.words.push_back(RoomWord{text.mid(first, k - first),
                                                QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()),
                                                container});
            }
        }
    }
}

// A text laid out for drawing, with where its words fall; kept across frames like the measurements.
struct Laid {
    std::unique_ptr<QTextLayout> layout;
    int height = 0;
    RoomPaintResult words; // relative to the layout's origin
};

Laid layOutForDrawing(const QString& text, const QFont& font, int width) {
    Laid laid;
    laid.layout = std::make_unique<QTextLayout>(text, font);
    laid.layout->setTextOption(wrapAtWords(true)); // the same lines as measured, unless a word cannot fit at all
    laid.height = layOut(*laid.layout, width).height;
    laid.layout->setCacheEnabled(true);
    recordWords(*laid.layout, QPointF(0, 0), QRect(), laid.words);
    return laid;
}

// The laid-out texts live as long as the application (a text layout must not outlive the fonts it uses), and
// serve its thread only.
class LaidOutTexts final : public QObject {
public:
    using QObject::QObject;
    std::unordered_map<TextKey, Laid, TextKeyHash> texts;

    static LaidOutTexts* forThisThread() {
        auto* app = QCoreApplication::instance();
        if (!app || QThread::currentThread() != app->thread())
            return nullptr;
        static QPointer<LaidOutTexts> kept;
        if (!kept)
            kept = new LaidOutTexts(app);
        return kept;
    }
};

} // namespace

QFont fontOf(int pixels, bool bold) {
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(std::max(kSmallest, pixels));
    f.setBold(bold);
    return f;
}

// Measuring is what a frame costs; from one frame to the next almost every card is the same, so sizes are
// kept (per thread: the PNG export may draw off the GUI thread).
Measured measure(const QString& text, int pixels, int width, bool bold) {
    thread_local std::unordered_map<TextKey, Measured, TextKeyHash> cache;
    if (cache.size() > 60000)
        cache.clear();
    auto [it, added] = cache.try_emplace(TextKey{text, pixels, width, bold});
    if (added) {
        QTextLayout layout(text, fontOf(pixels, bold));
        layout.setTextOption(wrapAtWords());
        it->second = layOut(layout, width);
        if (it->second.widest > width) { // drawn broken inside the word: that is the height it takes
            QTextLayout anywhere(text, fontOf(pixels, bold));
            anywhere.setTextOption(wrapAtWords(true));
            it->second.height = layOut(anywhere, width).height;
        }
    }
    return it->second;
}

// The largest size up to `pixels` at which no word of `text` is wider than `width`.
int sizeThatFits(const QString& text, int pixels, int width, bool bold) {
    int px = pixels;
    while (px > kSmallest && measure(text, px, width, bold).widest > width)
        px = std::max(kSmallest, std::min(px - 1, px * width / std::max(1, measure(text, px, width, bold).widest)));
    return px;
}

// Draws `text` at `origin` in lines of `width`, breaking only between words.
int drawText(QPainter& painter, const QString& text, const QFont& font, QPointF origin, int width,
             const QRect& container, RoomPaintResult& result) {
    Laid local;
    const Laid* found = &local;
    if (auto* kept = LaidOutTexts::forThisThread()) {
        if (kept->texts.size() > 4000)
            kept->texts.clear();
        auto [it, added] = kept->texts.try_emplace(TextKey{text, font.pixelSize(), width, font.bold()});
        if (added)
            it->second = layOutForDrawing(text, font, width);
        found = &it->second;
    } else {
        local = layOutForDrawing(text, font, width);
    }
    const Laid& laid = *found;
    laid.layout->draw(&painter, origin);
    for (const auto& w : laid.words.words)
        result.words.push_back(RoomWord{w.text, w.box.translated(origin), container});
    result.drawnTexts << text;
    return laid.height;
}

// A heading keeps to three lines; a longer one ends its third line with "…", so the room knows it is shortened.
QString headingText(const QString& heading, int pixels, int width) {
    QTextLayout layout(heading, fontOf(pixels, true));
    layout.setTextOption(wrapAtWords());
    layOut(layout, width);
    if (layout.lineCount() <= 3)
        return heading;
    const int third = layout.lineAt(2).textStart();
    const QFontMetrics fm(fontOf(pixels, true));
    return heading.left(third) + fm.elidedText(heading.mid(third).simplified(), Qt::ElideRight, width);
}

} // namespace ltw::gui::roomtext
