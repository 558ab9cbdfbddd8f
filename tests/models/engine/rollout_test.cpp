// Blast radius of a rollout (MODEL.md "One incident" step 1): wave sizes, detection, rounding.
#include "scenario_builders.h"

#include <cmath>
#include <map>

namespace cr::test {
namespace {

// Every affected asset is restored remotely at a cost of 1, so category.remediation = A.
Scenario rolloutScenario(std::vector<std::int64_t> counts, std::vector<double> waves,
                         Distribution detection, Distribution affectedShare = Fixed{1}) {
    Scenario s = certainIncident(0);
    s.environment.assetGroups.clear();
    s.change.targets.clear();
    for (std::size_t i = 0; i < counts.size(); ++i) {
        std::string id = "g"; // appended, not "g" + ...: GCC 12 warns falsely on the latter
        id += std::to_string(i);
        AssetGroup g = assetGroup(id, counts[i]);
        g.remoteRestoreShare = Fixed{1};
        g.remoteRestoreCost = Fixed{1};
        s.environment.assetGroups.push_back(g);
        s.change.targets.push_back(g.id);
    }
    s.change.rollout.waves = std::move(waves);
    s.change.rollout.detectionProbability = detection;
    s.failureModes[0].affectedShare = affectedShare;
    return s;
}

const ZeroInflatedSample& affected(const RunResult& r) {
    return categorySeries(r, Category::Remediation);
}

// Checks that A takes only the given values, with the given probabilities.
void expectAtoms(const ZeroInflatedSample& a, const std::map<double, double>& atoms) {
    std::uint64_t seen = 0;
    for (auto [value, p] : atoms) {
        const std::uint64_t count = countValue(a, value);
        seen += count;
        expectProportion(count, a.n, p, "P(A = " + std::to_string(value) + ")");
    }
    EXPECT_EQ(seen, a.n) << "A took a value outside the expected atoms";
}

TEST(Rollout, CertainDetectionHaltsAfterTheFirstWave) {
    // 1000 assets, waves 10/30/60 %, every deployed asset fails, detection surely halts:
    // only wave 1's round(1000 * 0.1) = 100 assets are affected.
    const RunResult r = run(rolloutScenario({1000}, {0.1, 0.3, 0.6}, Fixed{1}), 200);
    EXPECT_TRUE(everyIterationIs(affected(r), 100));
    EXPECT_EQ(r.incidentIterations, 200u);
}

TEST(Rollout, NoDetectionDeploysEveryWave) {
    const RunResult r = run(rolloutScenario({1000}, {0.1, 0.3, 0.6}, Fixed{0}), 200);
    EXPECT_TRUE(everyIterationIs(affected(r), 1000));
}

TEST(Rollout, HalfDetectionGivesTheWaveMixture) {
    // After each failing wave the rollout halts with probability 0.5:
    // A = 100 (0.5), 100 + 300 = 400 (0.25), 1000 (0.25); E[A] = 100 + 0.5*300 + 0.25*600 = 400,
    // E[A^2] = 0.5*1e4 + 0.25*1.6e5 + 0.25*1e6 = 295,000, Var[A] = 295,000 - 400^2 = 135,000.
    const std::uint64_t n = 40000;
    const RunResult r = run(rolloutScenario({1000}, {0.1, 0.3, 0.6}, Fixed{0.5}), n);
    const double expectedMean = 100 + 0.5 * 300 + 0.25 * 600;
    EXPECT_NEAR(sampleMean(affected(r)), expectedMean, kSigmas * std::sqrt(135000.0 / n));
    expectAtoms(affected(r), {{100, 0.5}, {400, 0.25}, {1000, 0.25}});
}

TEST(Rollout, WaveSizesRoundHalvesAwayFromZero) {
    // Waves [0.5, 0.5], detection 1: A = round(n * 0.5). Half away from zero: n = 1 -> 1,
    // n = 5 -> 3, n = 9 -> 5 (banker's rounding would give 0, 2, 4); n = 3 -> 2.
    const std::map<std::int64_t, double> expected = {{1, 1}, {3, 2}, {5, 3}, {9, 5}};
    for (auto [count, a] : expected) {
        const RunResult r = run(rolloutScenario({count}, {0.5, 0.5}, Fixed{1}), 20);
        EXPECT_TRUE(everyIterationIs(affected(r), a)) << "count " << count;
    }
}

TEST(Rollout, SecondWaveIsTheRemainderOfTheRoundedCumulativeFraction) {
    // n = 5, waves [0.5, 0.5]: wave 1 = round(2.5) = 3, wave 2 = 5 - 3 = 2, so with detection 0.5
    // A = 3 (0.5) or 5 (0.5).
    const RunResult r = run(rolloutScenario({5}, {0.5, 0.5}, Fixed{0.5}), 20000);
    expectAtoms(affected(r), {{3, 0.5}, {5, 0.5}});
}

TEST(Rollout, ThirdsRoundTheCumulativeFractions) {
    const double third = 1.0 / 3.0;
    // n = 3: cumulative round(1), round(2), round(3) -> waves of 1, 1, 1 -> A = 1, 2, 3.
    const RunResult r3 = run(rolloutScenario({3}, {third, third, third}, Fixed{0.5}), 20000);
    expectAtoms(affected(r3), {{1, 0.5}, {2, 0.25}, {3, 0.25}});
    // n = 10: round(3.33) = 3, round(6.67) = 7, round(10) = 10 -> waves of 3, 4, 3 -> A = 3, 7, 10.
    const RunResult r10 = run(rolloutScenario({10}, {third, third, third}, Fixed{0.5}), 20000);
    expectAtoms(affected(r10), {{3, 0.5}, {7, 0.25}, {10, 0.25}});
}

TEST(Rollout, AWaveThatDeploysNothingTriggersNoDetection) {
    // n = 10, waves [0.04, 0.96]: wave 1 deploys round(0.4) = 0 assets, has no failure, so no
    // detection draw; wave 2 deploys all 10, which all fail.
    const RunResult r = run(rolloutScenario({10}, {0.04, 0.96}, Fixed{1}), 50);
    EXPECT_TRUE(everyIterationIs(affected(r), 10));
}

TEST(Rollout, DetectionNeedsAFailureInTheWave) {
    // n = 2, waves [0.5, 0.5], a = 0.5, detection 1. Wave 1 deploys 1 asset: if it fails (0.5)
    // the rollout halts with A = 1; if not, wave 2's single asset fails with 0.5.
    // P(A = 1) = 0.5 + 0.25 = 0.75, P(A = 0) = 0.25. Halting after every wave regardless of
    // failures would give P(A = 1) = 0.5.
    const std::uint64_t n = 20000;
    const RunResult r = run(rolloutScenario({2}, {0.5, 0.5}, Fixed{1}, Fixed{0.5}), n);
    expectAtoms(affected(r), {{0, 0.25}, {1, 0.75}});
    EXPECT_EQ(r.incidentIterations, affected(r).nonzero.size())
        << "an iteration with no affected asset has no incident";
}

TEST(Rollout, OneDetectionDrawCoversEveryGroup) {
    // Groups of 10 (restore cost 1) and 10 (restore cost 100), waves [0.5, 0.5], detection 1:
    // both groups deploy wave 1 (5 + 5 assets) before the rollout halts: 5*1 + 5*100 = 505.
    Scenario s = rolloutScenario({10, 10}, {0.5, 0.5}, Fixed{1});
    group(s, 1).remoteRestoreCost = Fixed{100};
    const RunResult r = run(s, 50);
    EXPECT_TRUE(everyIterationIs(affected(r), 505));
}

TEST(Rollout, DetectionProbabilityIsDrawnOncePerIncident) {
    // Detection probability 0 or 1 (one draw per incident), n = 3 in thirds: A = 1 or 3 with
    // 0.5 each. A fresh draw at every wave would also give A = 2 with probability 0.25.
    const double third = 1.0 / 3.0;
    Scenario s = rolloutScenario({3}, {third, third, third}, Discrete{{0, 1}, {1, 1}});
    const RunResult r = run(s, 20000);
    expectAtoms(affected(r), {{1, 0.5}, {3, 0.5}});
}

TEST(Rollout, FailuresAreBinomialGivenTheAffectedShare) {
    // a = 0.5, no detection: A ~ Binomial(1000, 0.5), mean 500, variance 250.
    const RunResult r = run(rolloutScenario({1000}, {0.1, 0.3, 0.6}, Fixed{0}, Fixed{0.5}), 20000);
    const Moments m = moments(affected(r));
    EXPECT_NEAR(m.mean, 500, kSigmas * std::sqrt(250.0 / m.n));
    // Var of the sample variance of a near-normal count: 2 sigma^4 / n.
    EXPECT_NEAR(m.variance, 250, kSigmas * 250 * std::sqrt(2 / m.n));
}

TEST(Rollout, AffectedShareIsACommonShockPerIncident) {
    // a = 0.2 or 0.8 (one draw per incident), n = 1000: E[A] = 500,
    // Var[A] = E[1000 a (1 - a)] + Var[1000 a] = 160 + 1e6 * 0.09 = 90,160.
    // Independent draws per asset would give Var[A] = 250.
    const RunResult r =
        run(rolloutScenario({1000}, {1.0}, Fixed{0}, Discrete{{0.2, 0.8}, {1, 1}}), 20000);
    const Moments m = moments(affected(r));
    EXPECT_NEAR(m.mean, 500, kSigmas * std::sqrt(90160.0 / m.n));
    EXPECT_NEAR(m.variance, 90160, kSigmas * m.varianceStderr());
}

} // namespace
} // namespace cr::test
