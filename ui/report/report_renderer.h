// Renders the consultation report (sections 1-7) as a PDF: A4, vector charts, embedded fonts.
#pragma once

#include "report/report_input.h"

#include <QByteArray>

#include <string>

namespace cr::report {

struct RenderedReport {
    QByteArray pdf;
    int pages = 0;
};

// Needs a QGuiApplication (fonts). Throws std::runtime_error when Qt cannot produce the PDF.
RenderedReport renderReport(const ReportInput& input);

// Renders and writes the report to `path` completely or not at all (temporary file, then
// rename; models/format/atomic_file.h). Throws std::runtime_error naming the path and reason.
int writeReport(const ReportInput& input, const std::string& path);

} // namespace cr::report
