// Contractor fault, contributory negligence, the liability cap and the chance that it fails.
#include "engine/liability.h"

#include <algorithm>

namespace cr {

Liability assignLiability(const CompiledScenario& s, const CategoryAmounts& loss, Rng& rng) {
    Liability out;
    if (!s.contractor) {
        return out;
    }
    const double fault = s.faultProbability(rng);
    if (!(rng.uniform() < fault)) {
        return out;
    }
    out.atFault = true;
    const double recoverable = 1.0 - s.contributoryNegligence(rng);
    double total = 0;
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
        out.byCategory[c] = loss[c] * recoverable;
        total += out.byCategory[c];
    }
    if (s.liabilityCap && total > *s.liabilityCap) {
        const double capFails = s.capFailsProbability(rng);
        // Gross negligence, an invalid clause or a cap below the foreseeable damage.
        const bool capHolds = !(rng.uniform() < capFails);
        if (capHolds) {
            const double scale = *s.liabilityCap / total;
            for (double& v : out.byCategory) {
                v *= scale;
            }
        }
    }
    out.rework = s.reworkHours(rng) * s.contractorHourlyRate(rng);
    return out;
}

} // namespace cr
