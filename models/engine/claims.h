// Losses by category and the claims a policy sees (the engine's bookkeeping types).
#pragma once

#include "scenario/category.h"

#include <array>
#include <cstdint>
#include <vector>

namespace cr {

using CategoryAmounts = std::array<double, kCategoryCount>;

// A claim: amounts by category, counted `multiplicity` times. Identical claims (a fixed-severity
// loss line with 2,000 events, 900 end users with the same downtime claim) are one Claim with a
// multiplicity, so their cost does not grow with the count.
struct Claim {
    CategoryAmounts amounts{};
    double multiplicity = 1;
};

// Identical end-user claims of one category (serial-loss clause off: each is its own claim).
struct UserClaimGroup {
    Category category = Category::BusinessInterruption;
    double amountEach = 0;
    double count = 0;
};

// One incident of a failure mode, before liability: the operator's loss L_c by category and the
// end-user claims that make up its business_interruption, data_loss and penalties amounts.
struct IncidentLoss {
    CategoryAmounts loss{};
    std::vector<UserClaimGroup> userClaims;
    bool hasClaimant = false;

    void clear() {
        loss.fill(0);
        userClaims.clear();
        hasClaimant = false;
    }
};

inline double sum(const CategoryAmounts& a) {
    double s = 0;
    for (double v : a) {
        s += v;
    }
    return s;
}

} // namespace cr
