// Kept claims (the cover-options sweep's storage): a sparse round trip bit for bit, replaying
// the kept claims reproduces the engine's own payments, and a run without series values keeps
// the same claims and outcomes.
#include "engine/kept_claims.h"
#include "format/scenario_json.h"
#include "scenario_builders.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace cr::test {
namespace {

std::uint64_t bits(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

// Equal in every bit: amounts (zero and -0.0 apart), multiplicities and bundle ranges.
::testing::AssertionResult sameBook(const ClaimBook& a, const ClaimBook& b) {
    if (a.claims.size() != b.claims.size() || a.bundles.size() != b.bundles.size()) {
        return ::testing::AssertionFailure()
               << "sizes differ: " << a.claims.size() << "/" << a.bundles.size() << " against "
               << b.claims.size() << "/" << b.bundles.size();
    }
    for (std::size_t k = 0; k < a.bundles.size(); ++k) {
        if (a.bundles[k].begin != b.bundles[k].begin || a.bundles[k].end != b.bundles[k].end ||
            bits(a.bundles[k].multiplicity) != bits(b.bundles[k].multiplicity)) {
            return ::testing::AssertionFailure() << "bundle " << k << " differs";
        }
    }
    for (std::size_t i = 0; i < a.claims.size(); ++i) {
        if (bits(a.claims[i].multiplicity) != bits(b.claims[i].multiplicity)) {
            return ::testing::AssertionFailure() << "claim " << i << " multiplicity differs";
        }
        for (std::size_t c = 0; c < kCategoryCount; ++c) {
            if (bits(a.claims[i].amounts[c]) != bits(b.claims[i].amounts[c])) {
                return ::testing::AssertionFailure()
                       << "claim " << i << " category " << c << ": " << a.claims[i].amounts[c]
                       << " against " << b.claims[i].amounts[c];
            }
        }
    }
    return ::testing::AssertionSuccess();
}

TEST(KeptClaims, SparseClaimsRoundTripBitForBit) {
    // Iteration 1: an incident bundle (the operator's own claim of two categories, -0.0 in a
    // third, plus 900 identical user claims) and a loss-line bundle counted 2,000 times.
    ClaimBook first;
    first.openBundle(1);
    Claim& own = first.addClaim(1);
    own.amounts[index(Category::Support)] = 1234.5678;
    own.amounts[index(Category::Defence)] = 1e-300;
    own.amounts[index(Category::Overhead)] = -0.0;
    first.addClaim(900).amounts[index(Category::BusinessInterruption)] = 0.1 + 0.2;
    first.openBundle(2000);
    first.addClaim(1).amounts[index(Category::Other)] = std::nextafter(5000.0, 1e9);
    // Iteration 2: no claims for this policy (another holder's incident). Iteration 3: one
    // claim with every category non-zero, the last category and the first included.
    ClaimBook none;
    ClaimBook full;
    full.openBundle(0.5);
    Claim& all = full.addClaim(3);
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
        all.amounts[c] = static_cast<double>(c + 1) / 3.0;
    }

    KeptClaimsChunk chunk;
    chunk.keep(first, 10.25);
    chunk.keep(none, -0.0);
    chunk.keep(full, 7);
    ASSERT_EQ(chunk.iterationCount(), 3u);
    EXPECT_EQ(chunk.bundleCount(), 3u);
    EXPECT_EQ(chunk.claimCount(), 4u);
    // 3 stored amounts of the own claim (with -0.0), 1 + 1 more, then all 13 categories.
    EXPECT_EQ(chunk.amountCount(), 3u + 1u + 1u + kCategoryCount);

    ClaimBook back;
    back.openBundle(99); // leftovers of an earlier read must go
    back.addClaim(1).amounts[0] = 1;
    chunk.read(0, back);
    EXPECT_TRUE(sameBook(back, first));
    EXPECT_TRUE(std::signbit(back.claims[0].amounts[index(Category::Overhead)]));
    chunk.read(1, back);
    EXPECT_TRUE(sameBook(back, none));
    chunk.read(2, back);
    EXPECT_TRUE(sameBook(back, full));
    EXPECT_EQ(bits(chunk.holderNetBefore(0)), bits(10.25));
    EXPECT_EQ(bits(chunk.holderNetBefore(1)), bits(-0.0));
    EXPECT_EQ(chunk.holderNetBefore(2), 7);
    EXPECT_TRUE(chunk.hasClaims(0));
    EXPECT_FALSE(chunk.hasClaims(1));
    EXPECT_TRUE(chunk.hasClaims(2));

    // Reserving like another chunk changes nothing that is stored.
    KeptClaimsChunk sized;
    sized.reserveLike(chunk);
    sized.keep(full, 7);
    sized.read(0, back);
    EXPECT_TRUE(sameBook(back, full));
    EXPECT_EQ(sized.iterationCount(), 1u);
}

TEST(KeptClaims, PayingWithoutReducingLeavesTheClaimsAndThePayment) {
    Policy p = policy("cover", Party::Operator, {Category::Other, Category::Support});
    p.perClaimLimit = 3000;
    p.deductible.amount = 100;
    p.serialLossClause = false;
    ClaimBook book;
    book.openBundle(2);
    book.addClaim(1).amounts[index(Category::Other)] = 5000;
    book.addClaim(3).amounts[index(Category::Support)] = 700;
    const ClaimBook before = book;
    ClaimBook reduced = book;
    PolicyApplier applier(p);
    const PolicyYear kept = applier.apply(book, false);
    const PolicyYear paid = applier.apply(reduced);
    EXPECT_TRUE(sameBook(book, before));
    EXPECT_FALSE(sameBook(reduced, before)) << "the reducing call pays from the claims";
    // Two claims of min(5000 - 100, 3000) = 3000 and six of 700 - 100 = 600: 9,600, cut to
    // the default aggregate of 2 x 3,000.
    EXPECT_EQ(paid.paid, 6000);
    EXPECT_TRUE(paid.aggregateExhausted);
    EXPECT_EQ(bits(kept.paid), bits(paid.paid));
    EXPECT_EQ(bits(kept.shortfall), bits(paid.shortfall));
    EXPECT_EQ(kept.claimCapped, paid.claimCapped);
    EXPECT_TRUE(kept.claimCapped);
    EXPECT_EQ(kept.aggregateExhausted, paid.aggregateExhausted);
}

// The template with an operator policy, its policies' serial-loss clause off so that the
// operator's claims include the end users' individual claims (several claims per bundle).
Scenario smeWithoutSerialLoss() {
    Scenario s =
        readScenarioFile(std::string(CHANGERISK_TEMPLATES_DIR) + "/sme-database-migration.json");
    for (Policy& p : s.insurance) {
        p.serialLossClause = false;
    }
    return s;
}

TEST(KeptClaims, ReplayingTheKeptClaimsReproducesThePlainRun) {
    const Scenario s = smeWithoutSerialLoss();
    std::size_t cyber = s.insurance.size();
    for (std::size_t p = 0; p < s.insurance.size(); ++p) {
        if (s.insurance[p].holder == Party::Operator) {
            cyber = p;
        }
    }
    ASSERT_LT(cyber, s.insurance.size());
    RunOptions options;
    options.iterations = 20000;
    options.seed = 5 + seedOffset();
    options.threads = 2;
    const RunResult plain = runSimulation(s, options);
    options.keepClaimsOf = cyber;
    const RunResult kept = runSimulation(s, options);
    ASSERT_EQ(kept.keptClaims.policy, cyber);
    ASSERT_EQ(kept.keptClaims.chunks.size(),
              (options.iterations + kChunkIterations - 1) / kChunkIterations);
    // One record per iteration with an incident.
    EXPECT_EQ(kept.keptClaims.iterationCount(), plain.incidentIterations);

    // The operator's only policy: its payments and the operator's net loss, iteration by
    // iteration, are the plain run's series values in the same order.
    PolicyApplier applier(s.insurance[cyber]);
    ClaimBook book;
    std::vector<double> paid, net;
    std::size_t multiClaimBundles = 0;
    for (const KeptClaimsChunk& chunk : kept.keptClaims.chunks) {
        for (std::size_t i = 0; i < chunk.iterationCount(); ++i) {
            double p = 0;
            if (chunk.hasClaims(i)) {
                chunk.read(i, book);
                for (const ClaimBundle& b : book.bundles) {
                    multiClaimBundles += b.end - b.begin > 1 ? 1 : 0;
                }
                p = applier.apply(book).paid;
            }
            if (p > 1e-6) {
                paid.push_back(p);
            }
            if (chunk.holderNetBefore(i) - p > 1e-6) {
                net.push_back(chunk.holderNetBefore(i) - p);
            }
        }
    }
    EXPECT_GT(multiClaimBundles, 0u) << "the test should see end users' individual claims";
    EXPECT_FALSE(paid.empty());
    EXPECT_EQ(paid, policyPaid(plain, cyber).nonzero);
    EXPECT_EQ(net, fixedSeries(plain, FixedSeries::OperatorNet).nonzero);
}

TEST(KeptClaims, ARunWithoutSeriesKeepsTheSameClaimsAndOutcomes) {
    const Scenario s = smeWithoutSerialLoss();
    RunOptions options;
    options.iterations = 12000;
    options.seed = 3 + seedOffset();
    options.threads = 2;
    options.keepClaimsOf = 0;
    const RunResult full = runSimulation(s, options);
    options.keepSeries = false;
    options.threads = 1;
    const RunResult bare = runSimulation(s, options);
    EXPECT_EQ(bare.incidentIterations, full.incidentIterations);
    ASSERT_EQ(bare.policies.size(), full.policies.size());
    for (std::size_t p = 0; p < full.policies.size(); ++p) {
        EXPECT_EQ(bare.policies[p].claimCappedIterations, full.policies[p].claimCappedIterations);
        EXPECT_EQ(bare.policies[p].aggregateExhaustedIterations,
                  full.policies[p].aggregateExhaustedIterations);
    }
    EXPECT_EQ(bare.convergence.meanTotalLoss, full.convergence.meanTotalLoss);
    ASSERT_EQ(bare.series.size(), full.series.size());
    for (std::size_t i = 0; i < bare.series.size(); ++i) {
        EXPECT_EQ(bare.series[i].n, full.series[i].n);
        EXPECT_TRUE(bare.series[i].nonzero.empty()) << bare.seriesNames[i];
        EXPECT_EQ(bare.sameAs[i], i);
    }
    EXPECT_FALSE(totalLoss(full).nonzero.empty());
    ASSERT_EQ(bare.keptClaims.chunks.size(), full.keptClaims.chunks.size());
    ClaimBook a, b;
    for (std::size_t k = 0; k < full.keptClaims.chunks.size(); ++k) {
        const KeptClaimsChunk& x = full.keptClaims.chunks[k];
        const KeptClaimsChunk& y = bare.keptClaims.chunks[k];
        ASSERT_EQ(x.iterationCount(), y.iterationCount()) << "chunk " << k;
        for (std::size_t i = 0; i < x.iterationCount(); ++i) {
            EXPECT_EQ(bits(x.holderNetBefore(i)), bits(y.holderNetBefore(i)));
            x.read(i, a);
            y.read(i, b);
            EXPECT_TRUE(sameBook(a, b)) << "chunk " << k << " iteration " << i;
        }
    }
}

} // namespace
} // namespace cr::test
