// reportDecisions: the pages' results that belong to the report's scenario.
#include "decision/decision_report.h"

#include "decision/cover_options_page.h"
#include "decision/safeguards_page.h"
#include "decision/sensitivity_page.h"

namespace cr::ui {

report::ReportDecisions reportDecisions(const QWidget* coverOptions, const QWidget* safeguards,
                                        const QWidget* sensitivity, const Scenario& scenario) {
    report::ReportDecisions decisions;
    if (const auto* page = qobject_cast<const CoverOptionsPage*>(coverOptions);
        page && page->sweep() && page->resultIsFor(scenario)) {
        decisions.coverOptions = page->sweep();
    }
    if (const auto* page = qobject_cast<const SafeguardsPage*>(safeguards);
        page && !page->figures().empty() && page->resultIsFor(scenario)) {
        decisions.safeguards = page->figures();
        decisions.safeguardIterations = page->resultScenario().simulation.iterations;
        decisions.safeguardSeed = page->resultScenario().simulation.seed;
    }
    if (const auto* page = qobject_cast<const SensitivityPage*>(sensitivity);
        page && page->sensitivity() && page->resultIsFor(scenario)) {
        decisions.sensitivity = page->sensitivity();
    }
    return decisions;
}

} // namespace cr::ui
