// Reproducibility and control (MODEL.md "Reproducibility", engine.h): the same seed gives the
// same series bit for bit whatever the number of threads; progress and cancellation.
#include "scenario_builders.h"

#include <atomic>
#include <mutex>
#include <stop_token>

namespace cr::test {
namespace {

// Several chunks and a partial last one, so that threads really share the work.
constexpr std::uint64_t kIterations = 3 * kChunkIterations + 123;

void expectIdentical(const RunResult& a, const RunResult& b) {
    EXPECT_EQ(a.incidentIterations, b.incidentIterations);
    ASSERT_EQ(a.series.size(), b.series.size());
    EXPECT_EQ(a.sameAs, b.sameAs);
    for (std::size_t i = 0; i < a.series.size(); ++i) {
        const ZeroInflatedSample &x = seriesAt(a, i), &y = seriesAt(b, i);
        EXPECT_EQ(x.n, y.n) << a.seriesNames.at(i);
        // operator== on vector<double> compares values exactly: bit-identical up to -0/NaN.
        EXPECT_TRUE(x.nonzero == y.nonzero) << a.seriesNames.at(i);
    }
    ASSERT_EQ(a.policies.size(), b.policies.size());
    for (std::size_t p = 0; p < a.policies.size(); ++p) {
        EXPECT_EQ(a.policies[p].claimCappedIterations, b.policies[p].claimCappedIterations);
        EXPECT_EQ(a.policies[p].aggregateExhaustedIterations,
                  b.policies[p].aggregateExhaustedIterations);
    }
    ASSERT_EQ(a.samples.size(), b.samples.size());
    for (std::size_t i = 0; i < a.samples.size(); ++i) {
        const SampleRow &x = a.samples[i], &y = b.samples[i];
        ASSERT_TRUE(x.totalLoss == y.totalLoss && x.insurancePaid == y.insurancePaid &&
                    x.uninsured == y.uninsured && x.operatorNet == y.operatorNet &&
                    x.contractorLiability == y.contractorLiability &&
                    x.contractorNet == y.contractorNet)
            << "sample row " << i;
    }
}

TEST(Determinism, SameSeedSameSeriesForAnyThreadCount) {
    const Scenario s = richScenario();
    const RunResult one = run(s, kIterations, 42, true, 1);
    ASSERT_GT(one.incidentIterations, 100u) << "the scenario must produce incidents";
    EXPECT_EQ(one.seriesNames, one.layout.names(s));
    for (unsigned threads : {2u, 8u}) {
        SCOPED_TRACE(threads);
        const RunResult many = run(s, kIterations, 42, true, threads);
        expectIdentical(one, many);
    }
}

TEST(Determinism, DifferentSeedsDiffer) {
    const Scenario s = richScenario();
    const RunResult a = run(s, kIterations, 1);
    const RunResult b = run(s, kIterations, 2);
    EXPECT_TRUE(a.samples.empty()) << "samples only when asked for";
    EXPECT_NE(totalLoss(a).nonzero, totalLoss(b).nonzero);
    EXPECT_NE(sampleMean(totalLoss(a)), sampleMean(totalLoss(b)));
}

TEST(Determinism, ProgressReachesTheTotal) {
    const Scenario s = richScenario();
    RunOptions options;
    options.iterations = kIterations;
    options.threads = 2;
    std::mutex mutex;
    std::uint64_t calls = 0, maxDone = 0, badTotals = 0;
    options.progress = [&](std::uint64_t done, std::uint64_t total) {
        const std::lock_guard lock(mutex);
        ++calls;
        maxDone = std::max(maxDone, done);
        badTotals += total == kIterations ? 0 : 1;
    };
    const RunResult r = runSimulation(s, options);
    EXPECT_EQ(r.iterations, kIterations);
    EXPECT_GT(calls, 0u);
    EXPECT_EQ(maxDone, kIterations);
    EXPECT_EQ(badTotals, 0u);
}

TEST(Determinism, StopFromTheProgressCallbackCancels) {
    const Scenario s = richScenario();
    std::stop_source source;
    RunOptions options;
    options.iterations = 40 * kChunkIterations;
    options.threads = 1;
    options.stop = source.get_token();
    std::atomic<int> calls = 0;
    options.progress = [&](std::uint64_t, std::uint64_t) {
        ++calls;
        source.request_stop();
    };
    EXPECT_THROW(runSimulation(s, options), Cancelled);
    EXPECT_GE(calls.load(), 1);
}

TEST(Determinism, StopBeforeTheStartCancels) {
    std::stop_source source;
    source.request_stop();
    RunOptions options;
    options.iterations = 10 * kChunkIterations;
    options.stop = source.get_token();
    EXPECT_THROW(runSimulation(richScenario(), options), Cancelled);
}

} // namespace
} // namespace cr::test
