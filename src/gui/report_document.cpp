#include "report_document.hpp"

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

// Pictures are drawn at three times the size they are laid out at: about 290 dots to the inch on paper.
constexpr int kPictureScale = 3;
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

void ReportDocument::addPictures(const PrintableReport& report) {
    for (const auto& picture : report.pictures) {
        QSvgRenderer renderer(QByteArray::fromStdString(picture.svg));
        QImage image(QSize(picture.width, picture.height) * kPictureScale, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
        painter.end();
        image.setDotsPerMeterX(qRound(96.0 * kPictureScale / 0.0254));
        image.setDotsPerMeterY(image.dotsPerMeterX());
        m_document.addResource(QTextDocument::ImageResource, QUrl(fromUtf8(picture.name)), image);
    }
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

int pageOf(qreal y, qreal pageHeight) { return static_cast<int>(std::floor(y / pageHeight)); }

} // namespace

// Qt's layout knows no "keep with next" and breaks a table's row between two pages. Before the pages are
// painted, a heading at the foot of a page goes to the next one with its text; a one-cell box (a story, a
// defense, a learning) that would be cut goes whole to the next page; and in a longer table, the row above
// a row that would be cut is padded to the foot of the page, so that row starts the next page. Each change
// moves what follows it, so everything after it is laid out again before the next one is measured.
void ReportDocument::keepTogether(qreal pageHeight) {
    auto& layout = *m_document.documentLayout();
    const qreal wanted = pageHeight / 9; // a heading wants a few lines of what follows it on its page
    auto relayoutFrom = [&](int position) {
        m_document.markContentsDirty(position, m_document.characterCount() - position);
    };
    QTextFrame* root = m_document.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table)
                continue;
            const QRectF whole = layout.frameBoundingRect(table);
            if (pageOf(whole.top() + 1, pageHeight) == pageOf(whole.bottom() - 1, pageHeight))
                continue;
            if (table->rows() == 1) {
                if (whole.height() < pageHeight * 0.9) {
                    QTextTableFormat format = table->format();
                    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    table->setFormat(format);
                    relayoutFrom(table->firstPosition() - 1);
                }
                continue;
            }
            for (int row = table->format().headerRowCount() + 1; row < table->rows(); ++row) {
                const QRectF rect = rowRect(layout, *table, row);
                const int page = pageOf(rect.top() + 1, pageHeight);
                if (page == pageOf(rect.bottom() - 1, pageHeight) || rect.height() > pageHeight * 0.6)
                    continue;
                const qreal push = (page + 1) * pageHeight - rect.top() + 1;
                for (int column = 0; column < table->columns(); ++column) {
                    QTextTableCell above = table->cellAt(row - 1, column);
                    QTextTableCellFormat format = above.format().toTableCellFormat();
                    format.setBottomPadding(format.bottomPadding() + push);
                    above.setFormat(format);
                }
                relayoutFrom(table->cellAt(row - 1, 0).firstPosition());
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QRectF rect = layout.blockBoundingRect(block);
        const qreal top = std::fmod(rect.top(), pageHeight);
        // A heading wants the paragraphs that follow it up to a table or the next heading (an intro and
        // a picture), or a few lines, on its page.
        qreal following = 0;
        for (QTextBlock next = block.next();
             next.isValid() && next.blockFormat().headingLevel() == 0 && following < pageHeight; next = next.next()) {
            if (QTextTable* table = QTextCursor(next).currentTable()) {
                // A box goes whole, a longer table needs its first rows.
                following += table->rows() == 1
                                 ? layout.frameBoundingRect(table).height()
                                 : rowRect(layout, *table, 0).height() + rowRect(layout, *table, 1).height();
                break;
            }
            following += layout.blockBoundingRect(next).height();
        }
        const qreal keep = std::clamp(following, wanted, pageHeight * 0.85);
        if (top < 1 || top + rect.height() + keep <= pageHeight)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
        relayoutFrom(block.position());
    }
}

bool ReportDocument::print(QPagedPaintDevice& device, const PageProgress& progress) {
    device.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
    const int dpi = device.logicalDpiY();
    const QRectF paintRect = device.pageLayout().paintRectPixels(dpi);
    const qreal footer = footerHeight(device);
    const QSizeF body(paintRect.width(), paintRect.height() - footer);

    m_document.documentLayout()->setPaintDevice(&device); // type measured at the device's resolution
    m_document.setPageSize(body);
    keepTogether(body.height());
    m_pages = m_document.pageCount();

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < m_pages; ++page) {
        if (page > 0)
            device.newPage();
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body)); // a line or picture that starts here, ends here
        painter.translate(0, -visible.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, QColor(0x1f, 0x2a, 0x33));
        m_document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (page > 0) // the cover carries no footer
            paintFooter(painter, QRectF(0, body.height(), body.width(), footer), m_title, page + 1, m_pages);
        if (progress && !progress(page + 1, m_pages)) {
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
