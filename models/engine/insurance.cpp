// Sublimit -> deductible -> coinsurance -> per-claim limit -> annual deductible -> aggregate.
#include "engine/insurance.h"

#include <algorithm>
#include <limits>

namespace cr {

namespace {
constexpr std::size_t kDefence = index(Category::Defence);
} // namespace

PolicyApplier::PolicyApplier(const Policy& policy)
    : m_policy(policy), m_aggregate(policy.annualAggregate()) {
    m_sublimit.fill(std::numeric_limits<double>::infinity());
    for (const auto& [category, limit] : policy.sublimits) {
        m_sublimit[index(category)] = limit;
    }
}

PolicyApplier::Evaluated PolicyApplier::evaluate(const CategoryAmounts& amounts,
                                                 double& unlimitedPayment, double& unlimitedDefence,
                                                 bool& capped) const {
    Evaluated e;
    double coveredWithoutSublimits = 0;
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
        if (!m_policy.covers[c] || amounts[c] <= 0 || c == index(Category::Rework)) {
            continue;
        }
        const double afterSublimit = std::min(amounts[c], m_sublimit[c]);
        if (c == kDefence && m_policy.defenceOutsideLimit) {
            e.defenceOut = afterSublimit;
            unlimitedDefence = amounts[c];
            continue;
        }
        e.covered[c] = afterSublimit;
        e.coveredSum += afterSublimit;
        coveredWithoutSublimits += amounts[c];
    }
    const auto payable = [&](double covered) {
        return m_policy.coinsurance *
               std::max(covered - m_policy.deductible.forClaim(covered), 0.0);
    };
    const double raw = payable(e.coveredSum);
    e.payment = raw;
    if (m_policy.perClaimLimit && raw > *m_policy.perClaimLimit) {
        e.payment = *m_policy.perClaimLimit;
        capped = true;
    }
    unlimitedPayment = payable(coveredWithoutSublimits);
    return e;
}

void PolicyApplier::allocate(const Evaluated& e, double factor, const CategoryAmounts& claimAmounts,
                             CategoryAmounts& allocation) const {
    const double pay = e.payment * factor;
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
        allocation[c] = e.coveredSum > 0 ? pay * e.covered[c] / e.coveredSum : 0.0;
    }
    allocation[kDefence] += e.defenceOut;
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
        allocation[c] = std::min(allocation[c], claimAmounts[c]);
    }
}

PolicyYear PolicyApplier::apply(ClaimBook& book, bool reduceClaims) {
    PolicyYear year;
    m_scratch.clear();
    double total = 0, unlimitedTotal = 0, defenceTotal = 0, unlimitedDefenceTotal = 0;
    // Pass 1: each claim's payment under the per-claim terms.
    // Pass 2 needs each claim's evaluation (and each bundle's sum); without it nothing is kept.
    const auto evaluateClaim = [&](const CategoryAmounts& amounts, double multiplicity) {
        double unlimited = 0, unlimitedDefence = 0;
        const Evaluated e = evaluate(amounts, unlimited, unlimitedDefence, year.claimCapped);
        total += multiplicity * e.payment;
        defenceTotal += multiplicity * e.defenceOut;
        unlimitedTotal += multiplicity * unlimited;
        unlimitedDefenceTotal += multiplicity * unlimitedDefence;
        if (reduceClaims) {
            m_scratch.push_back(e);
        }
    };
    thread_local std::vector<CategoryAmounts> bundleSums;
    bundleSums.clear();
    for (const ClaimBundle& b : book.bundles) {
        if (m_policy.serialLossClause) {
            CategoryAmounts sum{};
            for (std::size_t i = b.begin; i < b.end; ++i) {
                for (std::size_t c = 0; c < kCategoryCount; ++c) {
                    sum[c] += book.claims[i].multiplicity * book.claims[i].amounts[c];
                }
            }
            if (reduceClaims) {
                bundleSums.push_back(sum);
            }
            evaluateClaim(sum, b.multiplicity);
        } else {
            for (std::size_t i = b.begin; i < b.end; ++i) {
                evaluateClaim(book.claims[i].amounts, b.multiplicity * book.claims[i].multiplicity);
            }
        }
    }

    // The year: annual deductible, then the aggregate; every claim scales alike.
    const double afterDeductible = std::max(total - m_policy.annualDeductible, 0.0);
    double paidWithinLimits = afterDeductible;
    if (m_aggregate && afterDeductible >= *m_aggregate && total > 0) {
        paidWithinLimits = *m_aggregate;
        year.aggregateExhausted = true;
    }
    const double factor = total > 0 ? paidWithinLimits / total : 0.0;
    year.paid = paidWithinLimits + defenceTotal;
    const double unlimited =
        std::max(unlimitedTotal - m_policy.annualDeductible, 0.0) + unlimitedDefenceTotal;
    year.shortfall = std::max(unlimited - year.paid, 0.0);
    if (!reduceClaims) {
        return year;
    }

    // Pass 2: split each payment over its categories and reduce the claims by it.
    std::size_t k = 0, bundleIndex = 0;
    CategoryAmounts allocation{};
    for (const ClaimBundle& b : book.bundles) {
        if (m_policy.serialLossClause) {
            const CategoryAmounts& sum = bundleSums[bundleIndex++];
            allocate(m_scratch[k++], factor, sum, allocation);
            for (std::size_t c = 0; c < kCategoryCount; ++c) {
                year.paidByCategory[c] += b.multiplicity * allocation[c];
                const double keep = sum[c] > 0 ? 1.0 - allocation[c] / sum[c] : 1.0;
                for (std::size_t i = b.begin; i < b.end; ++i) {
                    book.claims[i].amounts[c] *= keep;
                }
            }
        } else {
            for (std::size_t i = b.begin; i < b.end; ++i) {
                Claim& claim = book.claims[i];
                allocate(m_scratch[k++], factor, claim.amounts, allocation);
                for (std::size_t c = 0; c < kCategoryCount; ++c) {
                    year.paidByCategory[c] += b.multiplicity * claim.multiplicity * allocation[c];
                    claim.amounts[c] = std::max(claim.amounts[c] - allocation[c], 0.0);
                }
            }
        }
    }
    return year;
}

} // namespace cr
