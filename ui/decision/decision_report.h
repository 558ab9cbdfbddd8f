// The decision pages' last results for the PDF report: each page's result goes in only when it
// was computed for the report's scenario exactly (an out-of-date one is left out).
#pragma once

#include "report/report_input.h"

class QWidget;

namespace cr::ui {

// `coverOptions`, `safeguards` and `sensitivity` are the pages (MainWindow::page with the ids
// "cover-options", "safeguards", "sensitivity"); a null or other widget contributes nothing.
// The safeguards are named in `language`, the report's (which may differ from the UI's).
report::ReportDecisions reportDecisions(const QWidget* coverOptions, const QWidget* safeguards,
                                        const QWidget* sensitivity, const Scenario& scenario,
                                        Language language);

} // namespace cr::ui
