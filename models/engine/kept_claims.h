// The claims one policy saw in every iteration, kept so that other terms can be applied later.
//
// The cover-options sweep applies many variants of one policy's terms to the same simulated
// losses (common random numbers) instead of re-simulating them. Kept only for the one policy
// asked for, and only for iterations with an incident, so memory grows with the claims, not
// with the iterations. Each engine chunk keeps its own records where they were written (no
// joining copy), and a claim keeps only its non-zero categories: a claim of one category costs
// one amount and one category byte instead of a full CategoryAmounts.
#pragma once

#include "engine/insurance.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cr {

// One chunk's kept iterations, in iteration order, structure of arrays. Ranges are stored as
// ends only: record i spans [end of i - 1, end of i).
class KeptClaimsChunk {
public:
    // Appends one iteration: the holder's net loss just before the policy applies (its gross
    // loss less what its earlier policies paid) and the claims the policy sees.
    void keep(const ClaimBook& book, double holderNetBefore);

    std::size_t iterationCount() const { return m_netBefore.size(); }
    double holderNetBefore(std::size_t i) const { return m_netBefore[i]; }
    bool hasClaims(std::size_t i) const { return bundleBegin(i) < m_iterationBundleEnd[i]; }
    // Rebuilds iteration i's claims exactly (every amount bit for bit) into `book`.
    void read(std::size_t i, ClaimBook& book) const;

    // Reserves room for about as much as `like` holds (a worker's previous chunk), so that
    // the records are not reallocated while the chunk fills; unused room is never touched.
    void reserveLike(const KeptClaimsChunk& like);
    std::size_t bundleCount() const { return m_bundleMultiplicity.size(); }
    std::size_t claimCount() const { return m_claimMultiplicity.size(); }
    std::size_t amountCount() const { return m_amount.size(); }

private:
    std::size_t bundleBegin(std::size_t i) const {
        return i == 0 ? 0 : m_iterationBundleEnd[i - 1];
    }

    std::vector<double> m_netBefore;                 // per iteration
    std::vector<std::uint32_t> m_iterationBundleEnd; // per iteration
    std::vector<double> m_bundleMultiplicity;        // per bundle
    std::vector<std::uint32_t> m_bundleClaimEnd;     // per bundle
    std::vector<double> m_claimMultiplicity;         // per claim
    std::vector<std::uint32_t> m_claimAmountEnd;     // per claim
    std::vector<double> m_amount;                    // per non-zero category of a claim
    std::vector<std::uint8_t> m_category;            // parallel to m_amount
};

struct KeptClaims {
    std::size_t policy = 0;              // index in scenario.insurance
    std::vector<KeptClaimsChunk> chunks; // in chunk order: together, in iteration order
    std::size_t iterationCount() const;
};

} // namespace cr
