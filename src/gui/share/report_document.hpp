// The share-out report on paper: the core's printable report laid out by Qt's rich text, with its pictures
// drawn from SVG, painted page by page onto a PDF writer or a printer (a cover, then pages that carry the
// title and "Page N of M" in the footer), or written as an ODF text document. Works on any thread: it uses
// images, never pixmaps, and owns everything it draws with.
#pragma once

#include "ltw/report.hpp"

#include <QByteArray>
#include <QImage>
#include <QPageSize>
#include <QString>
#include <QTextDocument>

#include <functional>
#include <vector>

class QPagedPaintDevice;

namespace ltw::gui {

enum class PaperSize { A4, Letter };

// Letter where the system's locale measures in US units, A4 everywhere else.
PaperSize defaultPaperSize();
QPageSize pageSizeOf(PaperSize paper);

// Called after each page is painted with (pages done, pages in all); returning false stops the work.
using PageProgress = std::function<bool(int done, int total)>;

class ReportDocument {
public:
    explicit ReportDocument(const PrintableReport& report);
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    QTextDocument& document() { return m_document; }
    QString title() const { return m_title; }

    // Lays the report out for `device`'s page and paints every page. Sets the page layout's margins;
    // keeps the page size the device has. Returns false when `progress` asked to stop.
    bool print(QPagedPaintDevice& device, const PageProgress& progress = {});

private:
    void addPictures(const PrintableReport& report);
    void paginate(qreal pageHeight, qreal slack);

    QTextDocument m_document;
    QString m_title;
    struct Page {
        qreal top = 0; // the part of the document on this page
        qreal bottom = 0;
        qreal inked = 0; // where drawing stops: the foot of the last thing on the page
        QRectF header;   // a table's header row repeated above it, or empty
    };
    std::vector<Page> m_pageBreaks;
};

// A picture of the report drawn from its SVG at `scale` times its laid-out size.
QImage pictureImage(const ReportPicture& picture, qreal scale);

// The whole report as PDF bytes, or empty when cancelled through `progress`.
QByteArray reportPdf(const PrintableReport& report, PaperSize paper, const PageProgress& progress = {});
// The whole report as an OpenDocument text (.odt), for editing in a word processor.
QByteArray reportOdt(const PrintableReport& report);

} // namespace ltw::gui
