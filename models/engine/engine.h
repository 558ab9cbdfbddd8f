// The Monte Carlo engine's entry point: scenario + options in, raw series out (MODEL.md).
//
// Threads belong to the engine. Iteration i draws from Rng::forStream(seed, i), whichever
// thread runs it; iterations are cut into fixed-size chunks whose results are merged in chunk
// order, so the result is bit-identical for any number of threads.
#pragma once

#include "engine/kept_claims.h"
#include "scenario/scenario.h"
#include "stats/sample.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace cr {

inline constexpr std::uint64_t kChunkIterations = 4096;

struct RunOptions {
    std::uint64_t iterations = 100000;
    std::uint64_t seed = 1;
    unsigned threads = 0;     // 0 = all cores
    bool keepSamples = false; // keep per-iteration rows for --samples
    // false: RunResult::series keep no values (each has only n; sameAs[i] == i), for callers
    // that need only keptClaims, draws or the policy outcomes (the cover-options sweep).
    bool keepSeries = true;
    // Keep the claims this policy (index in scenario.insurance) sees, for the cover-options
    // sweep (RunResult::keptClaims).
    std::optional<std::size_t> keepClaimsOf;
    // Record, per iteration, the first draw of each of these inputs (addresses of
    // distributions inside the scenario passed to runSimulation): RunResult::draws.
    std::vector<const Distribution*> recordDraws;
    // Replace every draw of these inputs (addresses inside the scenario passed to
    // runSimulation) by the value, after drawing it, so that all other draws stay those of the
    // unchanged scenario (the tornado). An input the scenario never draws is an error
    // (std::invalid_argument).
    std::vector<std::pair<const Distribution*, double>> fixDraws;
    // Called from worker threads (serialised by the engine) with iterations done so far.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    std::stop_token stop;
};

// Thrown by runSimulation when the stop token was triggered.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("simulation cancelled") {}
};

// Fixed series (FORMAT.md); then category.<c>, category.<c>.insured, policy.<id>.paid/.shortfall.
enum class FixedSeries : std::size_t {
    TotalLoss,
    InsurancePaid,
    Uninsured,
    OperatorNet,
    ContractorLiability,
    ContractorNet,
};
inline constexpr std::size_t kFixedSeriesCount = 6;

// Index of each series in RunResult::series.
struct SeriesLayout {
    std::size_t policyCount = 0;
    static constexpr std::size_t fixed(FixedSeries s) { return static_cast<std::size_t>(s); }
    static constexpr std::size_t category(std::size_t c) { return kFixedSeriesCount + c; }
    static constexpr std::size_t categoryInsured(std::size_t c) {
        return kFixedSeriesCount + kCategoryCount + c;
    }
    static constexpr std::size_t policyPaid(std::size_t p) {
        return kFixedSeriesCount + 2 * kCategoryCount + 2 * p;
    }
    static constexpr std::size_t policyShortfall(std::size_t p) { return policyPaid(p) + 1; }
    std::size_t size() const { return kFixedSeriesCount + 2 * kCategoryCount + 2 * policyCount; }
    // "total_loss", "category.support", "category.support.insured", "policy.<id>.paid", ...
    std::vector<std::string> names(const Scenario& scenario) const;
};

struct SampleRow {
    double totalLoss = 0, insurancePaid = 0, uninsured = 0, operatorNet = 0,
           contractorLiability = 0, contractorNet = 0;
};

struct PolicyOutcome {
    std::uint64_t claimCappedIterations = 0;        // any claim cut by the per-claim limit
    std::uint64_t aggregateExhaustedIterations = 0; // payments reached the annual aggregate
};

struct Convergence {
    std::vector<std::uint64_t> iterations;
    std::vector<double> meanTotalLoss;
    std::vector<double> stderrTotalLoss;
};

struct RunResult {
    std::uint64_t iterations = 0;
    std::uint64_t seed = 0;
    unsigned threads = 1;
    double elapsedSeconds = 0;
    std::uint64_t incidentIterations = 0;
    SeriesLayout layout;
    std::vector<std::string> seriesNames;   // parallel to series
    std::vector<ZeroInflatedSample> series; // see SeriesLayout
    // sameAs[i] == j < i when series i equals series j in every iteration (uninsured and
    // operator_net without a contractor, a single category and total_loss, ...): series i then
    // keeps no values of its own and its statistics are series j's. sameAs[i] == i otherwise.
    std::vector<std::size_t> sameAs;
    std::vector<PolicyOutcome> policies; // parallel to scenario.insurance
    Convergence convergence;
    std::vector<SampleRow> samples; // one per iteration when keepSamples
    KeptClaims keptClaims;          // when RunOptions::keepClaimsOf
    // Per recordDraws input, one value per iteration: its first draw, NaN when not drawn.
    std::vector<std::vector<double>> draws;
};

// Runs the simulation. Requires validateScenario(scenario) to be empty. Throws Cancelled.
RunResult runSimulation(const Scenario& scenario, const RunOptions& options);

} // namespace cr
