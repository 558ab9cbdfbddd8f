// Scenarios side by side: each run with the same seed and iterations, key figures per scenario.
//
// Common random numbers as far as the scenarios share structure: chunk k of every run draws
// from the same stream (seed, k), and draws line up as long as both scenarios consume them in
// the same order (docs/model.md "Common random numbers").
#pragma once

#include "engine/engine.h"
#include "scenario/scenario.h"

#include <string>
#include <vector>

namespace cr {

struct KeyFigures {
    std::string label;
    double pAnyIncident = 0;
    double expectedTotalLoss = 0, totalLoss1in100 = 0;
    double expectedUninsured = 0, uninsured1in100 = 0; // total loss less all insurance paid
    double expectedInsurancePaid = 0;
    double expectedOperatorNet = 0, expectedContractorNet = 0;
};

// The key figures of one run (means and 0.99 quantiles, type 7, as in the result document).
KeyFigures keyFigures(const RunResult& run, std::string label);

struct ComparedScenario {
    std::string label;
    Scenario scenario;
};

// Runs every scenario with `options` (same seed and iterations for all). Requires valid
// scenarios. Throws Cancelled.
std::vector<KeyFigures> compareScenarios(const std::vector<ComparedScenario>& scenarios,
                                         const RunOptions& options);

} // namespace cr
