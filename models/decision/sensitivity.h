// Which inputs matter: a tornado (each uncertain input fixed at its 10th and 90th percentile,
// all else unchanged, same seed) and the rank correlation of each input with the total loss.
#pragma once

#include "engine/engine.h"
#include "scenario/scenario.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cr {

inline constexpr double kTornadoLow = 0.1, kTornadoHigh = 0.9;

struct TornadoBar {
    std::string input;        // JSON pointer
    std::string description;  // "PERT 0.2 / 0.4 / 0.8"
    double low = 0, high = 0; // the input's 10th and 90th percentile (Boost.Math quantiles)
    double totalLossAtLow = 0, totalLossAtHigh = 0;
    double uninsuredAtLow = 0, uninsuredAtHigh = 0;
    double totalLossSwing() const { return std::abs(totalLossAtHigh - totalLossAtLow); }
    double uninsuredSwing() const { return std::abs(uninsuredAtHigh - uninsuredAtLow); }
};

struct InputImportance {
    std::string input;
    // Spearman rank correlation of the input's draw with the iteration's total loss, over the
    // iterations that drew it; nullopt when it cannot be computed (fewer than 3 such
    // iterations, or no spread in the draws or the losses).
    std::optional<double> spearman;
    std::uint64_t iterationsDrawn = 0;
};

struct SensitivityResult {
    std::uint64_t iterations = 0, seed = 0;
    double expectedTotalLoss = 0, expectedUninsured = 0; // the scenario as it is
    std::vector<TornadoBar> tornado;                     // by total-loss swing, largest first
    std::vector<InputImportance> importance;             // by |spearman|, largest first
};

// Runs the scenario once as it is (recording the inputs' draws for the importance) and twice
// per uncertain input. Requires a valid scenario. Throws Cancelled.
SensitivityResult runSensitivity(const Scenario& scenario, const RunOptions& options);

// Spearman's rho of two equally long samples (average ranks for ties); nullopt when either has
// no spread or there are fewer than 3 pairs.
std::optional<double> spearmanCorrelation(const std::vector<double>& x,
                                          const std::vector<double>& y);

} // namespace cr
