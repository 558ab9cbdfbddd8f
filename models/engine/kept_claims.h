// The claims one policy saw in every iteration, kept so that other terms can be applied later.
//
// The cover-options sweep applies many variants of one policy's terms to the same simulated
// losses (common random numbers) instead of re-simulating them. Kept only for the one policy
// asked for, and only for iterations with an incident, so memory grows with the claims, not
// with the iterations.
#pragma once

#include "engine/insurance.h"

#include <cstddef>
#include <vector>

namespace cr {

struct KeptClaims {
    // One record per iteration with an incident, in iteration order (chunk by chunk).
    struct Iteration {
        // The holder's net loss just before the policy applies: its gross loss less what the
        // holder's earlier policies paid (FixedSeries::OperatorNet or ContractorNet so far).
        double holderNetBefore = 0;
        std::size_t bundleBegin = 0, bundleEnd = 0; // range in `bundles`
        std::size_t claimBegin = 0, claimEnd = 0;   // range in `claims`
    };
    std::size_t policy = 0; // index in scenario.insurance
    std::vector<Iteration> iterations;
    // A bundle's begin/end count from its iteration's claimBegin, so that an iteration's
    // claims copy into a ClaimBook as they are.
    std::vector<ClaimBundle> bundles;
    std::vector<Claim> claims;

    // Appends iteration records of a later chunk, rebasing their ranges.
    void append(const KeptClaims& later);
};

} // namespace cr
