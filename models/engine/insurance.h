// Applies a policy's terms to one iteration's claims (MODEL.md "Liability" step 4).
//
// Claims are kept fine-grained: a bundle is one incident (or one loss-line event, counted
// `multiplicity` times) and holds the holder's fine claims: for an operator, its own categories
// plus each group of identical end-user claims. A policy with the serial-loss clause treats a
// bundle as one claim; without it, every fine claim is its own claim. Payments reduce the fine
// claims' amounts, so the next policy of the holder sees what is left.
#pragma once

#include "engine/claims.h"
#include "scenario/scenario.h"

#include <vector>

namespace cr {

struct ClaimBundle {
    std::size_t begin = 0, end = 0; // range in ClaimBook::claims
    double multiplicity = 1;
};

struct ClaimBook {
    std::vector<Claim> claims;
    std::vector<ClaimBundle> bundles;

    void clear() {
        claims.clear();
        bundles.clear();
    }
    // Starts a bundle; add its fine claims with addClaim, then closeBundle.
    void openBundle(double multiplicity) {
        bundles.push_back({claims.size(), claims.size(), multiplicity});
    }
    Claim& addClaim(double multiplicity) {
        claims.push_back({});
        claims.back().multiplicity = multiplicity;
        bundles.back().end = claims.size();
        return claims.back();
    }
};

struct PolicyYear {
    double paid = 0;
    double shortfall = 0;
    bool claimCapped = false;
    bool aggregateExhausted = false;
    CategoryAmounts paidByCategory{};
};

class PolicyApplier {
public:
    explicit PolicyApplier(const Policy& policy);
    // Pays this iteration's claims of `book` (the holder's), reducing them by what it pays.
    // With reduceClaims false (nothing applies after it) the claims stay as they are and
    // paidByCategory stays zero; paid, shortfall and the flags are the same either way.
    PolicyYear apply(ClaimBook& book, bool reduceClaims = true);

private:
    struct Evaluated {
        CategoryAmounts covered{}; // after sublimits, defence excluded when outside the limit
        double coveredSum = 0;
        double payment = 0;    // per claim, before the annual deductible and aggregate
        double defenceOut = 0; // paid in full outside the limit
    };
    Evaluated evaluate(const CategoryAmounts& amounts, double& unlimitedPayment,
                       double& unlimitedDefence, bool& capped) const;
    void allocate(const Evaluated& e, double factor, const CategoryAmounts& claimAmounts,
                  CategoryAmounts& allocation) const;

    const Policy& m_policy;
    std::optional<Money> m_aggregate;
    CategoryAmounts m_sublimit{};
    std::vector<Evaluated> m_scratch;
};

} // namespace cr
