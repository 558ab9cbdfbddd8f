// Writing a ClaimBook into a chunk's sparse records and reading it back bit for bit.
#include "engine/kept_claims.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace cr {

namespace {

// Offsets are 32-bit to halve the bookkeeping; a chunk of kChunkIterations iterations would
// need billions of claims to overflow them, so this only guards against silent corruption.
std::uint32_t offset(std::size_t size) {
    if (size > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("kept claims: too many claims in one chunk");
    }
    return static_cast<std::uint32_t>(size);
}

// Zero is the one value left out; -0.0 is kept so that the round trip is exact in every bit.
bool stored(double amount) {
    return amount != 0.0 || std::signbit(amount);
}

// Headroom over the previous chunk's size: chunks differ by their random draws.
std::size_t roomFor(std::size_t size) {
    return size + size / 8 + 16;
}

} // namespace

void KeptClaimsChunk::keep(const ClaimBook& book, double holderNetBefore) {
    m_netBefore.push_back(holderNetBefore);
    for (const ClaimBundle& bundle : book.bundles) {
        m_bundleMultiplicity.push_back(bundle.multiplicity);
        for (std::size_t i = bundle.begin; i < bundle.end; ++i) {
            const Claim& claim = book.claims[i];
            m_claimMultiplicity.push_back(claim.multiplicity);
            for (std::size_t c = 0; c < kCategoryCount; ++c) {
                if (stored(claim.amounts[c])) {
                    m_amount.push_back(claim.amounts[c]);
                    m_category.push_back(static_cast<std::uint8_t>(c));
                }
            }
            m_claimAmountEnd.push_back(offset(m_amount.size()));
        }
        m_bundleClaimEnd.push_back(offset(m_claimMultiplicity.size()));
    }
    m_iterationBundleEnd.push_back(offset(m_bundleMultiplicity.size()));
}

void KeptClaimsChunk::read(std::size_t i, ClaimBook& book) const {
    book.clear();
    const std::size_t firstBundle = bundleBegin(i);
    const std::size_t endBundle = m_iterationBundleEnd[i];
    std::size_t claim = firstBundle == 0 ? 0 : m_bundleClaimEnd[firstBundle - 1];
    std::size_t amount = claim == 0 ? 0 : m_claimAmountEnd[claim - 1];
    for (std::size_t b = firstBundle; b < endBundle; ++b) {
        book.openBundle(m_bundleMultiplicity[b]);
        for (; claim < m_bundleClaimEnd[b]; ++claim) {
            Claim& out = book.addClaim(m_claimMultiplicity[claim]);
            for (; amount < m_claimAmountEnd[claim]; ++amount) {
                out.amounts[m_category[amount]] = m_amount[amount];
            }
        }
    }
}

void KeptClaimsChunk::reserveLike(const KeptClaimsChunk& like) {
    m_netBefore.reserve(roomFor(like.m_netBefore.size()));
    m_iterationBundleEnd.reserve(roomFor(like.m_iterationBundleEnd.size()));
    m_bundleMultiplicity.reserve(roomFor(like.m_bundleMultiplicity.size()));
    m_bundleClaimEnd.reserve(roomFor(like.m_bundleClaimEnd.size()));
    m_claimMultiplicity.reserve(roomFor(like.m_claimMultiplicity.size()));
    m_claimAmountEnd.reserve(roomFor(like.m_claimAmountEnd.size()));
    m_amount.reserve(roomFor(like.m_amount.size()));
    m_category.reserve(roomFor(like.m_category.size()));
}

std::size_t KeptClaims::iterationCount() const {
    std::size_t n = 0;
    for (const KeptClaimsChunk& chunk : chunks) {
        n += chunk.iterationCount();
    }
    return n;
}

} // namespace cr
