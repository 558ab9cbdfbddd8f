// Cover options: one policy's terms swept over limits, deductibles and premiums on one sample.
//
// The losses are simulated once (RunOptions::keepClaimsOf keeps the claims the chosen policy
// sees); every option's terms are then applied to those same claims, so differences between
// options are exact differences on one sample (common random numbers), not noise.
#pragma once

#include "engine/engine.h"
#include "scenario/scenario.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace cr {

inline constexpr double kDefaultCapTarget = 0.01;

struct SweepRequest {
    std::size_t policy = 0;            // index in scenario.insurance
    std::vector<Money> limits;         // per-claim limits, > 0
    std::vector<Money> deductibles;    // fixed deductibles, >= 0; empty = the policy's own
    std::vector<Money> premiums;       // one per option (limit-major) or empty
    double target = kDefaultCapTarget; // recommended: smallest limit with P(capped) < target
};

struct CoverOption {
    Policy terms;                       // the chosen policy with this option's terms
    std::optional<Money> annualPremium; // nullopt when no premium was given
    double expectedPaid = 0;            // the policy's payment
    double expectedUninsured = 0;       // the holder's net loss after all its policies
    double uninsured1in100 = 0;         // its 0.99 quantile (type 7)
    double pClaimCapped = 0;
    double pAggregateExhausted = 0;
    std::optional<double> expectedUninsuredPlusPremium;
};

struct SweepResult {
    std::size_t policy = 0;
    double target = kDefaultCapTarget;
    std::uint64_t iterations = 0, seed = 0;
    std::vector<CoverOption> options; // limit-major: for each limit, each deductible
    std::optional<std::size_t> recommended;
    double elapsedSeconds = 0;
};

// The policy with per-claim limit `limit`; the aggregate follows: the default (2 x limit) stays
// the default, unlimited stays unlimited, an amount keeps its multiple of the old limit (or
// stays as it is when the old limit was unlimited, or the limit is unchanged). A deductible,
// when given, replaces the policy's as a fixed amount.
Policy withTerms(const Policy& policy, Money limit, std::optional<Money> deductible);

// The options of `request` in order (limit-major), without figures.
std::vector<CoverOption> coverOptions(const Scenario& scenario, const SweepRequest& request);

// Applies every option to `run.keptClaims` (which must be for request.policy).
SweepResult evaluateCoverOptions(const Scenario& scenario, const SweepRequest& request,
                                 const RunResult& run, unsigned threads);

// Simulates once with the claims kept, then evaluates the options. Requires a valid scenario
// and request (checkSweepRequest empty). Throws Cancelled.
SweepResult runSweep(const Scenario& scenario, const SweepRequest& request, RunOptions options);

// Index of the option with the smallest limit whose pClaimCapped < target (the first such in
// option order among equal limits); nullopt when none.
std::optional<std::size_t> recommendedOption(const std::vector<CoverOption>& options,
                                             double target);

} // namespace cr
