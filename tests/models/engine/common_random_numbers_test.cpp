// Common random numbers (docs/model.md): iteration i draws from its own stream, and a fixed
// input keeps drawing, so two runs that differ in one place differ only where that place acts.
#include "decision/safeguards.h"
#include "decision/uncertain_inputs.h"
#include "distributions/rng.h"
#include "format/scenario_json.h"
#include "scenario_builders.h"

#include <cmath>
#include <optional>
#include <stdexcept>
#include <string>

namespace cr::test {
namespace {

Scenario routerTemplate() {
    return readScenarioFile(std::string(CHANGERISK_TEMPLATES_DIR) + "/isp-router-reset.json");
}

RunOptions samplesOf(std::uint64_t iterations) {
    RunOptions o;
    o.iterations = iterations;
    o.seed = 17;
    o.threads = 2;
    o.keepSamples = true;
    return o;
}

// A liability cap changes only who pays, and it consumes extra draws (the chance that it fails)
// only in iterations where the contractor's share exceeds it. With one stream per iteration
// every other iteration is bit for bit the run without the cap; with one stream per
// 4,096-iteration chunk (as before), every iteration after the first capped one in its chunk
// would have drawn different numbers.
TEST(CommonRandomNumbers, ALiabilityCapChangesOnlyTheIterationsItCaps) {
    Scenario base = routerTemplate();
    ASSERT_TRUE(base.contract.contractor);
    base.contract.liabilityCap.reset();
    Scenario capped = base;
    capped.contract.liabilityCap = LiabilityCap{LiabilityCap::Kind::Amount, 20000, std::nullopt};
    ASSERT_TRUE(validateScenario(capped).empty()) << describeProblems(validateScenario(capped));

    const RunOptions o = samplesOf(3 * kChunkIterations);
    const RunResult a = runSimulation(base, o), b = runSimulation(capped, o);
    ASSERT_EQ(a.samples.size(), b.samples.size());
    std::size_t cappedIterations = 0, laterInChunk = 0;
    std::optional<std::size_t> firstCappedInChunk;
    for (std::size_t i = 0; i < a.samples.size(); ++i) {
        if (i % kChunkIterations == 0) {
            firstCappedInChunk.reset();
        }
        if (a.samples[i].contractorLiability > 20000) {
            ++cappedIterations;
            firstCappedInChunk = firstCappedInChunk.value_or(i);
            continue;
        }
        ASSERT_EQ(a.samples[i].totalLoss, b.samples[i].totalLoss) << "iteration " << i;
        ASSERT_EQ(a.samples[i].contractorLiability, b.samples[i].contractorLiability) << i;
        laterInChunk += firstCappedInChunk.has_value();
    }
    // The cap did act, and iterations after a capped one in the same chunk were checked
    // (otherwise the check above proves nothing about the streams).
    EXPECT_GT(cappedIterations, 0U);
    EXPECT_GT(laterInChunk, 1000U);
}

// The tornado's fixed input: every iteration that did not draw the input is bit for bit the
// baseline's, because the input still consumes its random numbers.
TEST(CommonRandomNumbers, AFixedInputChangesOnlyTheIterationsThatDrawIt) {
    Scenario base = routerTemplate();
    const std::vector<UncertainInput> inputs = uncertainInputs(base);
    ASSERT_FALSE(inputs.empty());
    const RunOptions plain = samplesOf(2 * kChunkIterations + 77);
    std::size_t inputsChecked = 0;
    for (const UncertainInput& input : inputs) {
        SCOPED_TRACE(input.pointer);
        RunOptions recorded = plain;
        recorded.recordDraws = {input.value};
        const RunResult a = runSimulation(base, recorded);
        RunOptions fixed = plain;
        // A value no draw takes exactly, so drawing iterations really change.
        fixed.fixDraws = {{input.value, quantile(*input.value, 0.9) + 0.125}};
        const RunResult b = runSimulation(base, fixed);
        ASSERT_EQ(a.samples.size(), b.samples.size());
        std::size_t notDrawn = 0;
        for (std::size_t i = 0; i < a.samples.size(); ++i) {
            if (std::isnan(a.draws.at(0).at(i))) {
                ++notDrawn;
                ASSERT_EQ(a.samples[i].totalLoss, b.samples[i].totalLoss) << "iteration " << i;
                ASSERT_EQ(a.samples[i].uninsured, b.samples[i].uninsured) << "iteration " << i;
            }
        }
        // Inputs drawn in every iteration (the failure probability) have nothing to check.
        inputsChecked += notDrawn > 0;
    }
    // The per-incident inputs (support, claims, contract) were checked.
    EXPECT_GE(inputsChecked, inputs.size() / 2);
}

// Inside an iteration that draws the fixed input, every later draw is the baseline's too:
// fixing the support contacts' handling time changes the support category and nothing else.
// (A fixed input that took no draws would shift everything drawn after it.)
TEST(CommonRandomNumbers, AFixedInputLeavesTheOtherDrawsOfItsIteration) {
    Scenario base = routerTemplate();
    Distribution* handling = nullptr;
    for (const UncertainInput& input : uncertainInputs(base)) {
        if (input.pointer == "/environment/support/handling_minutes") {
            handling = input.value;
        }
    }
    ASSERT_NE(handling, nullptr);
    const RunOptions plain = samplesOf(2 * kChunkIterations);
    RunOptions fixed = plain;
    fixed.fixDraws = {{handling, 33.0}};
    const RunResult a = runSimulation(base, plain), b = runSimulation(base, fixed);
    EXPECT_NE(categorySeries(a, Category::Support).nonzero,
              categorySeries(b, Category::Support).nonzero);
    for (const Category c :
         {Category::Remediation, Category::Onsite, Category::DataLoss, Category::Defence}) {
        SCOPED_TRACE(std::string(categoryName(c)));
        EXPECT_TRUE(categorySeries(a, c).nonzero == categorySeries(b, c).nonzero);
        EXPECT_GT(categorySeries(a, c).nonzero.size(), 0U) << "nothing compared";
    }
}

TEST(CommonRandomNumbers, FixingAnInputTheScenarioDoesNotDrawIsRefused) {
    const Scenario base = routerTemplate();
    const Distribution elsewhere = Normal{10, 1};
    RunOptions o = samplesOf(100);
    o.fixDraws = {{&elsewhere, 10}};
    EXPECT_THROW(runSimulation(base, o), std::invalid_argument);
}

// Iteration i's outcome does not depend on how many iterations the run has.
TEST(CommonRandomNumbers, AnIterationDoesNotDependOnTheRunLength) {
    const Scenario base = routerTemplate();
    const RunResult shorter = runSimulation(base, samplesOf(kChunkIterations + 5));
    const RunResult longer = runSimulation(base, samplesOf(3 * kChunkIterations));
    for (std::size_t i = 0; i < shorter.samples.size(); ++i) {
        ASSERT_EQ(shorter.samples[i].totalLoss, longer.samples[i].totalLoss) << i;
    }
}

TEST(CommonRandomNumbers, StreamsOfOneSeedAreThoseOfForStream) {
    const RngStreams streams(42);
    for (std::uint64_t s : {0ULL, 1ULL, 4095ULL, 4096ULL, 99999999ULL}) {
        Rng a = streams.stream(s), b = Rng::forStream(42, s);
        for (int k = 0; k < 4; ++k) {
            ASSERT_EQ(a.next(), b.next()) << s;
        }
    }
}

} // namespace
} // namespace cr::test
