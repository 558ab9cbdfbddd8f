// Key figures of several scenarios on common random numbers.
#include "decision/comparison.h"

#include "stats/series_stats.h"

namespace cr {

namespace {

SeriesStats statsOf(const RunResult& run, FixedSeries series) {
    const std::size_t i = SeriesLayout::fixed(series);
    std::vector<double> values = run.series.at(run.sameAs.at(i)).nonzero; // describe may reorder
    return describe(values, run.iterations, {});
}

} // namespace

KeyFigures keyFigures(const RunResult& run, std::string label) {
    KeyFigures k;
    k.label = std::move(label);
    k.pAnyIncident = run.iterations > 0 ? static_cast<double>(run.incidentIterations) /
                                              static_cast<double>(run.iterations)
                                        : 0.0;
    const SeriesStats total = statsOf(run, FixedSeries::TotalLoss);
    k.expectedTotalLoss = total.mean;
    k.totalLoss1in100 = total.var99;
    const SeriesStats uninsured = statsOf(run, FixedSeries::Uninsured);
    k.expectedUninsured = uninsured.mean;
    k.uninsured1in100 = uninsured.var99;
    k.expectedInsurancePaid = statsOf(run, FixedSeries::InsurancePaid).mean;
    k.expectedOperatorNet = statsOf(run, FixedSeries::OperatorNet).mean;
    k.expectedContractorNet = statsOf(run, FixedSeries::ContractorNet).mean;
    return k;
}

std::vector<KeyFigures> compareScenarios(const std::vector<ComparedScenario>& scenarios,
                                         const RunOptions& options) {
    std::vector<KeyFigures> figures;
    figures.reserve(scenarios.size());
    for (const ComparedScenario& s : scenarios) {
        figures.push_back(keyFigures(runSimulation(s.scenario, options), s.label));
    }
    return figures;
}

} // namespace cr
