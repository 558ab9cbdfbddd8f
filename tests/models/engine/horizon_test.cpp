// Incidents per iteration (MODEL.md "Horizon and incidents"): single change vs annual horizon.
#include "scenario_builders.h"

#include <boost/math/special_functions/beta.hpp>

#include <algorithm>
#include <cmath>

namespace cr::test {
namespace {

// One asset, surely affected when the mode occurs; each incident costs an overhead of 1, so
// category.overhead counts the incidents of the iteration.
Scenario countingScenario(Distribution probability) {
    Scenario s = certainIncident(1);
    s.failureModes[0].probability = probability;
    s.environment.support.incidentOverhead = Fixed{1};
    return s;
}

const ZeroInflatedSample& incidents(const RunResult& r) {
    return categorySeries(r, Category::Overhead);
}

TEST(Horizon, SingleChangeIgnoresChangesPerYear) {
    Scenario s = countingScenario(Fixed{1});
    s.change.changesPerYear = Fixed{5};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(incidents(r), 1));
    EXPECT_EQ(r.incidentIterations, 100u);
}

TEST(Horizon, AnnualHorizonRunsEveryChangeOfTheYear) {
    Scenario s = countingScenario(Fixed{1});
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Fixed{3};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(incidents(r), 3));
}

TEST(Horizon, AnnualIncidentsAreBinomial) {
    // M ~ Binomial(10, 0.3): mean 3, variance 2.1, P(M > 0) = 1 - 0.7^10.
    Scenario s = countingScenario(Fixed{0.3});
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Fixed{10};
    const std::uint64_t n = 40000;
    const RunResult r = run(s, n);
    const Moments m = moments(incidents(r));
    EXPECT_NEAR(m.mean, 3, kSigmas * std::sqrt(2.1 / m.n));
    EXPECT_NEAR(m.variance, 2.1, kSigmas * m.varianceStderr());
    expectProportion(r.incidentIterations, n, 1 - std::pow(0.7, 10), "P(any incident)");
}

TEST(Horizon, ProbabilityIsDrawnOncePerIteration) {
    // p ~ Beta(2, 8) once per iteration, then M | p ~ Binomial(10, p):
    // E[M] = 10 E[p] = 2; Var[M] = 10 E[p(1-p)] + 100 Var[p];
    // P(M = 0) = E[(1-p)^10] = B(2, 18) / B(2, 8).
    // A fresh p per change would make M ~ Binomial(10, 0.2) with variance 1.6.
    const double a = 2, b = 8;
    const double ep = a / (a + b);
    const double varp = a * b / ((a + b) * (a + b) * (a + b + 1));
    const double varM = 10 * (ep - (varp + ep * ep)) + 100 * varp;
    const double pNone = boost::math::beta(a, b + 10) / boost::math::beta(a, b);

    Scenario s = countingScenario(Beta{a, b});
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Fixed{10};
    const std::uint64_t n = 40000;
    const RunResult r = run(s, n);
    const Moments m = moments(incidents(r));
    EXPECT_NEAR(m.mean, 10 * ep, kSigmas * std::sqrt(varM / m.n));
    EXPECT_NEAR(m.variance, varM, kSigmas * m.varianceStderr());
    expectProportion(r.incidentIterations, n, 1 - pNone, "P(any incident)");
}

TEST(Horizon, SingleChangeWithARandomProbability) {
    // One Bernoulli(p) per iteration with p ~ Beta(2, 8): P(incident) = E[p] = 0.2.
    const std::uint64_t n = 40000;
    const RunResult r = run(countingScenario(Beta{2, 8}), n);
    expectProportion(r.incidentIterations, n, 0.2, "P(incident)");
    EXPECT_EQ(incidents(r).nonzero.size(), r.incidentIterations);
    EXPECT_TRUE(std::all_of(incidents(r).nonzero.begin(), incidents(r).nonzero.end(), [](double v) {
        return v == 1;
    })) << "a single change has at most one incident per failure mode";
}

TEST(Horizon, ChangesPerYearIsACountDrawnPerIteration) {
    // K ~ Poisson(4), p = 0.5: M ~ Poisson(2) (thinning): mean 2, variance 2, P(M = 0) = e^-2.
    Scenario s = countingScenario(Fixed{0.5});
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Poisson{4};
    const std::uint64_t n = 40000;
    const RunResult r = run(s, n);
    const Moments m = moments(incidents(r));
    EXPECT_NEAR(m.mean, 2, kSigmas * std::sqrt(2 / m.n));
    EXPECT_NEAR(m.variance, 2, kSigmas * m.varianceStderr());
    expectProportion(r.incidentIterations, n, 1 - std::exp(-2.0), "P(any incident)");
}

TEST(Horizon, FailureModesAreIndependent) {
    // Two modes with p = 0.5 each: incidents 0 (0.25), 1 (0.5), 2 (0.25).
    Scenario s = countingScenario(Fixed{0.5});
    s.failureModes.push_back(failureMode("second", Fixed{0.5}, Fixed{1}));
    const std::uint64_t n = 20000;
    const RunResult r = run(s, n);
    expectProportion(countValue(incidents(r), 0), n, 0.25, "no incident");
    expectProportion(countValue(incidents(r), 1), n, 0.5, "one incident");
    expectProportion(countValue(incidents(r), 2), n, 0.25, "two incidents");
    EXPECT_EQ(r.incidentIterations, incidents(r).nonzero.size());
}

} // namespace
} // namespace cr::test
