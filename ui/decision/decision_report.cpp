// reportDecisions: the pages' results that belong to the report's scenario.
#include "decision/decision_report.h"

#include "decision/cover_options_page.h"
#include "decision/safeguards_page.h"
#include "decision/sensitivity_page.h"
#include "report/report_words.h"

namespace cr::ui {

report::ReportDecisions reportDecisions(const QWidget* coverOptions, const QWidget* safeguards,
                                        const QWidget* sensitivity, const Scenario& scenario,
                                        Language language) {
    report::ReportDecisions decisions;
    if (const auto* page = qobject_cast<const CoverOptionsPage*>(coverOptions);
        page && page->sweep() && page->resultIsFor(scenario)) {
        decisions.coverOptions = page->sweep();
    }
    if (const auto* page = qobject_cast<const SafeguardsPage*>(safeguards);
        page && !page->figures().empty() && page->resultIsFor(scenario)) {
        decisions.safeguards = page->figures();
        // The page's labels are in the UI's language; the report speaks its own.
        decisions.safeguards.front().label = report::safeguardName("as-planned", language);
        for (std::size_t i = 1; i < decisions.safeguards.size(); ++i) {
            decisions.safeguards[i].label =
                report::safeguardName(page->variants().at(i - 1).id, language);
        }
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
