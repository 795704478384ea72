// BM_ExportPdf: the share-out report of a Learning Team of 1,000 notes, from its snapshot to the bytes of
// a PDF on A4 (the report built, its pictures drawn, laid out with rows and headings kept together, every
// page painted with its footer). BM_PrintHtmlBaseline: the same HTML, with the same pictures already
// drawn, printed by a bare QTextDocument to a QPdfWriter.
#include "share/report_document.hpp"

#include "ltw/report.hpp"
#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>
#include <benchmark/benchmark.h>

using namespace ltw;
using namespace ltw::gui;

namespace {

constexpr int kNotes = 1'000;

// The sample (defenses, actions, learnings, a roster with names in its text) grown to 1,000 notes.
const LearningTeamSnapshot& bigSnapshot() {
    static const LearningTeamSnapshot snapshot = [] {
        SqliteRepository repo(":memory:");
        const Id id = addSampleLearningTeam(repo).id;
        const auto people = repo.participants(id);
        repo.transaction([&] {
            for (int i = repo.noteCount(id); i < kNotes; ++i) {
                Note n;
                n.learningTeamId = id;
                n.kind = static_cast<NoteKind>(i % 9);
                n.tellerId = people[static_cast<std::size_t>(i) % people.size()].id;
                n.text = "When the late trailers arrive together the crew loads two at once, and the walkway fills "
                         "with pallets until the morning shift clears it; heard as note " +
                         std::to_string(i);
                repo.addNote(n);
            }
        });
        return repo.snapshot(id);
    }();
    return snapshot;
}

void BM_ExportPdf(benchmark::State& state) {
    const auto& snapshot = bigSnapshot();
    std::size_t bytes = 0;
    for (auto _ : state) {
        const QByteArray pdf = reportPdf(reportPrintable(snapshot, {}), PaperSize::A4);
        bytes = std::size_t(pdf.size());
        benchmark::DoNotOptimize(pdf.constData());
    }
    state.counters["pdf_kib"] = double(bytes) / 1024.0;
}
BENCHMARK(BM_ExportPdf)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_PrintHtmlBaseline(benchmark::State& state) {
    const auto printable = reportPrintable(bigSnapshot(), {});
    const QString html = QString::fromStdString(printable.html);
    std::vector<std::pair<QUrl, QImage>> pictures;
    for (const auto& p : printable.pictures) {
        QSvgRenderer renderer(QByteArray::fromStdString(p.svg));
        QImage image((QSizeF(p.width, p.height) * 2.5).toSize(), QImage::Format_RGB32); // as ReportDocument draws them
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        pictures.emplace_back(QUrl(QString::fromStdString(p.name)), image);
    }
    for (auto _ : state) {
        QByteArray pdf;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QTextDocument document;
        for (const auto& [url, image] : pictures)
            document.addResource(QTextDocument::ImageResource, url, image);
        document.setHtml(html);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        document.print(&writer);
        benchmark::DoNotOptimize(pdf.constData());
    }
}
BENCHMARK(BM_PrintHtmlBaseline)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace
