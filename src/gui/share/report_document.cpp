#include "share/report_document.hpp"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

// Pictures are drawn at two and a half times the size they are laid out at: about 240 dots to the inch on
// paper, sharp in print and quick to draw.
constexpr qreal kPictureScale = 2.5;
const QString kFontFamily = u"DejaVu Sans"_s;
constexpr qreal kFooterPoints = 8;

QString fromUtf8(const std::string& text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

// How tall the footer band is, in the device's units: two lines of its type.
qreal footerHeight(const QPagedPaintDevice& device) { return kFooterPoints * 3.2 * device.logicalDpiY() / 72.0; }

void paintFooter(QPainter& painter, const QRectF& band, const QString& title, int page, int pages) {
    painter.save();
    QFont font(kFontFamily);
    font.setPointSizeF(kFooterPoints);
    painter.setFont(font);
    painter.setPen(QPen(QColor(0xc9, 0xd6, 0xe0), 0));
    const qreal rule = band.top() + band.height() * 0.3;
    painter.drawLine(QPointF(band.left(), rule), QPointF(band.right(), rule));
    painter.setPen(QColor(0x5b, 0x6e, 0x7c));
    const QRectF text(band.left(), rule, band.width(), band.bottom() - rule);
    const QString number = QCoreApplication::translate("ReportDocument", "Page %1 of %2").arg(page).arg(pages);
    const QFontMetricsF metrics(font, painter.device());
    const QString shownTitle =
        metrics.elidedText(title, Qt::ElideRight, band.width() - metrics.horizontalAdvance(number) * 1.5);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, shownTitle);
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, number);
    painter.restore();
}

} // namespace

PaperSize defaultPaperSize() {
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? PaperSize::Letter : PaperSize::A4;
}

QPageSize pageSizeOf(PaperSize paper) {
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

ReportDocument::ReportDocument(const PrintableReport& report) : m_title(fromUtf8(report.title)) {
    QFont font(kFontFamily);
    font.setPointSizeF(10);
    font.setStyleHint(QFont::SansSerif);
    m_document.setDefaultFont(font);
    m_document.setDocumentMargin(0);
    m_document.setMetaInformation(QTextDocument::DocumentTitle, m_title);
    addPictures(report); // before the HTML, so its images are found when it is laid out
    m_document.setHtml(fromUtf8(report.html));
}

QImage pictureImage(const ReportPicture& picture, qreal scale) {
    QSvgRenderer renderer(QByteArray::fromStdString(picture.svg));
    QImage image((QSizeF(picture.width, picture.height) * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    image.setDotsPerMeterX(qRound(96.0 * scale / 0.0254));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    return image;
}

void ReportDocument::addPictures(const PrintableReport& report) {
    for (const auto& picture : report.pictures)
        m_document.addResource(QTextDocument::ImageResource, QUrl(fromUtf8(picture.name)),
                               pictureImage(picture, kPictureScale));
}

namespace {

// Where a table's row lies in the laid-out document: from the top of its highest cell to the bottom of
// its lowest.
QRectF rowRect(QAbstractTextDocumentLayout& layout, QTextTable& table, int row) {
    QRectF rect;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (!cell.isValid() || cell.row() != row)
            continue; // spanned from the row above
        const QTextBlock first = cell.firstCursorPosition().block();
        const QTextBlock last = cell.lastCursorPosition().block();
        const auto padding = cell.format().toTableCellFormat();
        const QRectF top = layout.blockBoundingRect(first);
        const QRectF bottom = layout.blockBoundingRect(last);
        rect |= QRectF(top.left(), top.top() - padding.topPadding(), top.width(),
                       bottom.bottom() - top.top() + padding.topPadding() + padding.bottomPadding());
    }
    return rect;
}

// A stretch of the laid-out document that a page break must not cut: a line of text, a box, a table's
// row, a heading with the start of what follows it. `header` is the header row to repeat above the rest
// of a table that a break lands in.
struct Span {
    qreal top = 0;
    qreal bottom = 0;
    QRectF header;
};

} // namespace

// The document is laid out once, as one long page, and the breaks are chosen here rather than by Qt's
// paginated layout, which cuts boxes and rows in two and knows no "keep with next". A break never falls
// inside a line, a box (a story, a theme, a defense, a learning), a table's row, or between a heading and
// the start of what follows it; a forced break (after the cover) is kept; a long table that continues on
// the next page repeats its header row there.
void ReportDocument::paginate(qreal pageHeight, qreal slack) {
    auto& layout = *m_document.documentLayout();
    std::vector<Span> spans;
    std::vector<qreal> forced;
    auto lines = [&](const QTextBlock& block) {
        const QRectF rect = layout.blockBoundingRect(block);
        const QTextLayout* text = block.layout();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QRectF line = text->lineAt(i).rect();
            spans.push_back({rect.top() + line.top(), rect.top() + line.bottom(), {}});
        }
    };
    // A box or a row taller than a page must be cut somewhere: between two of its lines, then.
    auto cellLines = [&](QTextTable& table, int row) {
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            const QTextBlock last = cell.lastCursorPosition().block();
            for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
                lines(b);
                if (b == last)
                    break;
            }
        }
    };
    const qreal tall = pageHeight * 0.9;
    const qreal wanted = pageHeight / 9; // a heading wants a few lines of what follows it on its page
    QTextFrame* root = m_document.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            const QRectF whole = layout.frameBoundingRect(frame);
            if (!table) {
                spans.push_back({whole.top(), whole.bottom(), {}});
                continue;
            }
            if (table->rows() == 1) {
                // To the foot of its cell, not of its frame: the frame's margin below holds no ink.
                spans.push_back({whole.top(), rowRect(layout, *table, 0).bottom() + slack, {}});
                if (whole.height() > tall)
                    cellLines(*table, 0);
                continue;
            }
            const int headers = table->format().headerRowCount();
            QRectF header;
            for (int row = 0; row < headers; ++row)
                header |= rowRect(layout, *table, row);
            for (int row = headers; row < table->rows(); ++row) {
                const QRectF rect = rowRect(layout, *table, row);
                // A break just above a row (but not above the first) repeats the header.
                spans.push_back({rect.top(), rect.bottom(), row > headers ? header : QRectF()});
                if (rect.height() > tall)
                    cellLines(*table, row);
            }
            if (headers > 0) // the header never stands alone at the foot of a page
                spans.push_back({header.top(), rowRect(layout, *table, headers).bottom(), {}});
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (block.length() > 1) // the empty blocks Qt keeps between two tables hold nothing to keep whole
            lines(block);
        const QRectF rect = layout.blockBoundingRect(block);
        const auto policy = block.blockFormat().pageBreakPolicy();
        if (policy & QTextFormat::PageBreak_AlwaysBefore)
            forced.push_back(rect.top());
        if (policy & QTextFormat::PageBreak_AlwaysAfter)
            forced.push_back(rect.bottom());
        if (block.blockFormat().headingLevel() == 0)
            continue;
        // A heading keeps the paragraphs that follow it up to a table or the next heading (an intro and
        // a picture), or the first rows of a table, or a few lines, on its page.
        qreal following = 0;
        for (QTextBlock next = block.next();
             next.isValid() && next.blockFormat().headingLevel() == 0 && following < pageHeight; next = next.next()) {
            if (QTextTable* table = QTextCursor(next).currentTable()) {
                following += table->rows() == 1
                                 ? layout.frameBoundingRect(table).height()
                                 : rowRect(layout, *table, 0).height() + rowRect(layout, *table, 1).height();
                break;
            }
            following += layout.blockBoundingRect(next).height();
        }
        spans.push_back({rect.top(), rect.bottom() + std::clamp(following, wanted, pageHeight * 0.85), {}});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.top < b.top; });
    std::sort(forced.begin(), forced.end());

    const qreal end = layout.documentSize().height();
    m_pageBreaks.clear();
    qreal top = 0;
    QRectF repeated; // the header row shown above this page's part of a table
    std::size_t first = 0;
    while (top < end - 1) {
        const qreal room = pageHeight - repeated.height();
        qreal cut = top + room;
        for (qreal f : forced)
            if (f > top + 1 && f < cut) {
                cut = f;
                break;
            }
        QRectF nextHeader;
        while (first < spans.size() && spans[first].bottom <= top + 1)
            ++first;
        // Move the cut up to the start of anything it would cut, as long as that is not taller than a page.
        for (bool moved = true; moved && cut < end;) {
            moved = false;
            for (std::size_t i = first; i < spans.size() && spans[i].top < cut; ++i) {
                const Span& span = spans[i];
                if (span.bottom > cut + slack && span.top < cut - slack && span.top > top + 1 &&
                    span.bottom - span.top <= room) {
                    cut = span.top;
                    moved = true;
                }
            }
        }
        for (std::size_t i = first; i < spans.size() && spans[i].top <= cut + 0.5; ++i)
            if (!spans[i].header.isEmpty() && std::abs(spans[i].top - cut) < 0.5)
                nextHeader = spans[i].header;
        // What is drawn stops at the foot of the last thing that belongs on this page: the edge of a box
        // that starts the next page, drawn a hair above its top, stays there.
        // Something cut because it is taller than a page is drawn down to the cut.
        qreal inked = top;
        for (std::size_t i = first; i < spans.size() && spans[i].top < cut - slack; ++i)
            inked = std::max(inked, std::min(spans[i].bottom, cut - slack));
        m_pageBreaks.push_back({top, std::min(cut, end), std::min(inked + slack, cut), repeated});
        top = cut;
        repeated = cut < end ? nextHeader : QRectF();
    }
}

bool ReportDocument::print(QPagedPaintDevice& device, const PageProgress& progress) {
    device.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
    const int dpi = device.logicalDpiY();
    const QRectF paintRect = device.pageLayout().paintRectPixels(dpi);
    const qreal footer = footerHeight(device);
    const QSizeF body(paintRect.width(), paintRect.height() - footer);

    m_document.documentLayout()->setPaintDevice(&device); // type measured at the device's resolution
    // The title sits a fifth of the way down the cover: one long page has one top (in CSS pixels).
    QTextFrameFormat root = m_document.rootFrame()->frameFormat();
    root.setTopMargin(body.height() / 5 * 96.0 / dpi);
    m_document.rootFrame()->setFrameFormat(root);
    m_document.setTextWidth(body.width()); // one long page; the breaks are ours
    const qreal slack = dpi / 40.0;        // neighbours may touch by a hair: about half a millimetre
    paginate(body.height(), slack);

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    auto drawPart = [&](const QRectF& part, qreal at) {
        painter.save();
        painter.setClipRect(QRectF(0, at, body.width(), part.height()));
        painter.translate(0, at - part.top());
        QAbstractTextDocumentLayout::PaintContext context;
        // Qt draws every line the clip touches; a line of the page before or after must not even touch
        // it, or its text would be in the PDF twice (hidden, but found by search and copy).
        context.clip = part.adjusted(0, slack, 0, -slack);
        context.palette.setColor(QPalette::Text, QColor(0x1f, 0x2a, 0x33));
        m_document.documentLayout()->draw(&painter, context);
        painter.restore();
    };
    const int pages = int(m_pageBreaks.size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        const auto& p = m_pageBreaks[std::size_t(page)];
        const qreal width = m_document.textWidth();
        if (!p.header.isEmpty())
            drawPart(QRectF(0, p.header.top(), width, p.header.height()), 0);
        drawPart(QRectF(0, p.top, width, p.inked - p.top), p.header.height());
        if (page > 0) // the cover carries no footer
            paintFooter(painter, QRectF(0, body.height(), body.width(), footer), m_title, page + 1, pages);
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            return false;
        }
    }
    painter.end();
    return true;
}

QByteArray reportPdf(const PrintableReport& report, PaperSize paper, const PageProgress& progress) {
    ReportDocument document(report);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(pageSizeOf(paper));
        writer.setTitle(document.title());
        writer.setCreator(u"Learning Team Workbench"_s);
        if (!document.print(writer, progress))
            return {};
    }
    buffer.close();
    return bytes;
}

QByteArray reportOdt(const PrintableReport& report) {
    ReportDocument document(report);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document.document()))
        return {};
    buffer.close();
    return bytes;
}

} // namespace ltw::gui
