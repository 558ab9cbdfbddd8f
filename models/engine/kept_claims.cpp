// Concatenating the kept claims of chunks in chunk order.
#include "engine/kept_claims.h"

namespace cr {

void KeptClaims::append(const KeptClaims& later) {
    const std::size_t bundleOffset = bundles.size();
    const std::size_t claimOffset = claims.size();
    iterations.reserve(iterations.size() + later.iterations.size());
    for (Iteration record : later.iterations) {
        record.bundleBegin += bundleOffset;
        record.bundleEnd += bundleOffset;
        record.claimBegin += claimOffset;
        record.claimEnd += claimOffset;
        iterations.push_back(record);
    }
    bundles.insert(bundles.end(), later.bundles.begin(), later.bundles.end());
    claims.insert(claims.end(), later.claims.begin(), later.claims.end());
}

} // namespace cr
