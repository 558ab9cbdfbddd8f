// Safeguard variants of a scenario: each switches on one safeguard, everything else unchanged.
//
// The magnitudes are stated defaults (docs/decision.md says where they come from); a variant
// is left out when the scenario already has the safeguard at least as strong, or has nothing
// for it to act on (no failure modes, no contractor).
#pragma once

#include "decision/comparison.h"
#include "scenario/scenario.h"

#include <string>
#include <vector>

namespace cr {

struct SafeguardMagnitudes {
    double canaryShare = 0.05;             // a first wave deploying 5 % of the assets
    double detectionProbability = 0.95;    // a failure in a wave is noticed before the next
    double backupShare = 0.9;              // share of data at risk that a backup restores
    double remoteRestoreShare = 0.8;       // share of affected assets restored remotely
    double failureProbabilityFactor = 0.5; // four-eyes review halves each failure probability
    double liabilityCapMultiple = 1;       // cap = 1 x contract value ...
    Money liabilityCapMinimum = 50000;     // ... at least 50,000 (EVB-IT Kauf)
};

struct SafeguardVariant {
    std::string id;    // "canary", "detection", "backups", "remote-restore", "four-eyes", ...
    std::string label; // English label for tables
    ComparedScenario variant;
};

// The variants that change `scenario`, in the order above.
std::vector<SafeguardVariant> safeguardVariants(const Scenario& scenario,
                                                const SafeguardMagnitudes& magnitudes = {});

// A probability distribution scaled by `factor` in (0, 1]: location/scale families exactly;
// Beta keeps alpha and scales the mean; Bernoulli becomes a two-point distribution.
Distribution scaleProbability(const Distribution& d, double factor);

} // namespace cr
