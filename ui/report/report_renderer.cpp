// Drives the sections over the pages; two passes so that the footer can say "page n of N".
#include "report/report_renderer.h"

#include "report/report_sections.h"

#include "format/atomic_file.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>

#include <stdexcept>

namespace cr::report {

namespace {

RenderedReport renderPass(const ReportInput& input, int totalPages) {
    RenderedReport out;
    QBuffer buffer(&out.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kDpi);
    writer.setCreator(QStringLiteral("ChangeRisk ") + QString::fromStdString(input.programVersion));
    const Words words(input.language);
    const QString title =
        QString::fromStdString(input.title.empty() ? input.main.scenario.name : input.title);
    writer.setTitle(words("cover.kind") + QStringLiteral(": ") + title);
    QPainter painter;
    if (!painter.begin(&writer)) {
        throw std::runtime_error("could not start the PDF painter");
    }
    PageWriter page(writer, painter, QStringLiteral("ChangeRisk · ") + title, totalPages);
    Section section(page, input);
    coverPage(section);
    summarySection(section);
    keyFiguresSection(section);
    inputsSection(section);
    insuranceSection(section);
    coverOptionsSection(section);
    safeguardsSection(section);
    sensitivitySection(section);
    methodSection(section);
    disclaimerSection(section);
    page.finish();
    out.pages = page.page();
    painter.end();
    buffer.close();
    if (out.pdf.isEmpty()) {
        throw std::runtime_error("Qt produced an empty PDF");
    }
    return out;
}

} // namespace

RenderedReport renderReport(const ReportInput& input) {
    const int pages = renderPass(input, 0).pages;
    return renderPass(input, pages);
}

int writeReport(const ReportInput& input, const std::string& path) {
    AtomicFile file(path); // fails before the rendering when the path cannot be written
    const RenderedReport report = renderReport(input);
    file.write(
        std::string_view(report.pdf.constData(), static_cast<std::size_t>(report.pdf.size())));
    file.commit();
    return report.pages;
}

} // namespace cr::report
