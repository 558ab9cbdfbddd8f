// Sensitivity: the tornado against hand-computed swings, the draw probe against the losses it
// explains, and Spearman's rho against a hand calculation.
#include "decision/sensitivity.h"
#include "decision/uncertain_inputs.h"
#include "models/engine/scenario_builders.h"

#include <gtest/gtest.h>

#include <cmath>

namespace cr::test {
namespace {

// Total loss = A + 500 B: A ~ Uniform(1000, 3000) (one event each iteration), B ~ Bernoulli(0.5)
// events of 500. The support's contact rate is uncertain but, without failure modes, never
// enters the loss.
Scenario linearScenario() {
    Scenario s;
    s.name = "linear";
    s.lossLines.push_back(lossLine("a", Party::Operator, Fixed{1}, Uniform{1000, 3000}));
    s.lossLines.push_back(lossLine("b", Party::Operator, Bernoulli{0.5}, Fixed{500}));
    s.environment.support.contactRate = Pert{0.2, 0.4, 0.8, 4};
    return s;
}

RunOptions options(std::uint64_t iterations) {
    RunOptions o;
    o.iterations = iterations;
    o.seed = 11 + seedOffset();
    o.threads = 2;
    return o;
}

TEST(Sensitivity, LinearInputOnTopWithTheSwingByHand) {
    const Scenario s = linearScenario();
    ASSERT_TRUE(validateScenario(s).empty());
    const SensitivityResult r = runSensitivity(s, options(20000));
    ASSERT_EQ(r.tornado.size(), 3U);
    // A: P10 = 1000 + 0.1 * 2000 = 1200, P90 = 2800; E[total] moves by exactly 1600.
    EXPECT_EQ(r.tornado[0].input, "/loss_lines/0/severity");
    EXPECT_NEAR(r.tornado[0].low, 1200, 1e-9);
    EXPECT_NEAR(r.tornado[0].high, 2800, 1e-9);
    EXPECT_NEAR(r.tornado[0].totalLossSwing(), 1600, 1e-6);
    EXPECT_NEAR(r.tornado[0].uninsuredSwing(), 1600, 1e-6); // no insurance: all uninsured
    // B: P(B = 0) = 0.5 >= 0.1, so P10 = 0; P(B <= 0) = 0.5 < 0.9, so P90 = 1: swing 500.
    EXPECT_EQ(r.tornado[1].input, "/loss_lines/1/frequency");
    EXPECT_EQ(r.tornado[1].low, 0);
    EXPECT_EQ(r.tornado[1].high, 1);
    EXPECT_NEAR(r.tornado[1].totalLossSwing(), 500, 1e-6);
    // With A at P10 the mean is 1200 + 500 * (share of B = 1), about 1450.
    const double se = 500 * 0.5 / std::sqrt(20000.0);
    EXPECT_NEAR(r.tornado[0].totalLossAtLow, 1450, kSigmas * se);
    // The contact rate does not enter the loss: zero swing, exactly.
    EXPECT_EQ(r.tornado[2].input, "/environment/support/contact_rate");
    EXPECT_EQ(r.tornado[2].totalLossSwing(), 0.0);
    EXPECT_EQ(r.tornado[2].uninsuredSwing(), 0.0);
    // The scenario as it is: E[A] + 500 E[B] = 2000 + 250.
    const double baseSe = std::sqrt((2000.0 * 2000.0 / 12 + 500.0 * 500.0 / 4) / 20000.0);
    EXPECT_NEAR(r.expectedTotalLoss, 2250, kSigmas * baseSe);
    EXPECT_EQ(r.expectedUninsured, r.expectedTotalLoss);
    // Importance: A explains most of the ranks; the contact rate is never drawn.
    ASSERT_EQ(r.importance.size(), 3U);
    EXPECT_EQ(r.importance[0].input, "/loss_lines/0/severity");
    EXPECT_EQ(r.importance[0].iterationsDrawn, 20000U);
    EXPECT_EQ(r.importance[2].input, "/environment/support/contact_rate");
    EXPECT_EQ(r.importance[2].iterationsDrawn, 0U);
    EXPECT_FALSE(r.importance[2].spearman.has_value());
    EXPECT_GT(*r.importance[0].spearman, *r.importance[1].spearman);
}

TEST(Sensitivity, AnIncreasingFunctionOfOneInputHasRankCorrelationOne) {
    Scenario s = linearScenario();
    s.lossLines.pop_back();
    const SensitivityResult r = runSensitivity(s, options(5000));
    ASSERT_EQ(r.importance.front().input, "/loss_lines/0/severity");
    EXPECT_NEAR(*r.importance.front().spearman, 1.0, 1e-12);
}

TEST(Sensitivity, RecordedDrawsAreTheDrawsThatMadeTheLoss) {
    Scenario s = linearScenario();
    std::vector<UncertainInput> inputs = uncertainInputs(s);
    ASSERT_EQ(inputs.size(), 3U);
    RunOptions o = options(9000); // three chunks, the last one partial
    o.keepSamples = true;
    for (const UncertainInput& input : inputs) {
        o.recordDraws.push_back(input.value);
    }
    const RunResult recorded = runSimulation(s, o);
    ASSERT_EQ(recorded.draws.size(), 3U);
    ASSERT_EQ(recorded.draws[0].size(), 9000U);
    // Document order: the contact rate, then loss line 0's severity, then line 1's frequency.
    EXPECT_EQ(inputs[0].pointer, "/environment/support/contact_rate");
    for (std::size_t i = 0; i < 9000; ++i) {
        EXPECT_TRUE(std::isnan(recorded.draws[0][i]));
        const double a = recorded.draws[1][i], b = recorded.draws[2][i];
        ASSERT_EQ(recorded.samples[i].totalLoss, a + 500 * b) << i;
    }
    // Recording changes nothing in the run.
    RunOptions plain = options(9000);
    plain.keepSamples = true;
    const RunResult unrecorded = runSimulation(s, plain);
    for (std::size_t i = 0; i < 9000; ++i) {
        ASSERT_EQ(unrecorded.samples[i].totalLoss, recorded.samples[i].totalLoss);
    }
}

TEST(Sensitivity, SpearmanByHand) {
    // Ranks of y = {5, 6, 7, 8, 7}: {1, 2, 3.5, 5, 3.5}. Centred on 3: x {-2,-1,0,1,2},
    // y {-2,-1,0.5,2,0.5}; sxy = 4+1+0+2+1 = 8, sxx = 10, syy = 9.5; rho = 8 / sqrt(95).
    EXPECT_NEAR(*spearmanCorrelation({1, 2, 3, 4, 5}, {5, 6, 7, 8, 7}), 8 / std::sqrt(95.0), 1e-15);
    EXPECT_NEAR(*spearmanCorrelation({3, 2, 1}, {1, 5, 9}), -1.0, 1e-15);
    EXPECT_FALSE(spearmanCorrelation({1, 1, 1}, {1, 2, 3}).has_value());
    EXPECT_FALSE(spearmanCorrelation({1, 2}, {1, 2}).has_value());
}

} // namespace
} // namespace cr::test
