// The decision pages' last results for the PDF report: each page's result goes in only when it
// was computed for the report's scenario exactly (an out-of-date one is left out).
#pragma once

#include "report/report_input.h"

class QWidget;

namespace cr::ui {

// `coverOptions`, `safeguards` and `sensitivity` are the pages (MainWindow::page with the ids
// "cover-options", "safeguards", "sensitivity"); a null or other widget contributes nothing.
report::ReportDecisions reportDecisions(const QWidget* coverOptions, const QWidget* safeguards,
                                        const QWidget* sensitivity, const Scenario& scenario);

} // namespace cr::ui
