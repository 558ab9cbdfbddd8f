// Loss lines (MODEL.md "Loss lines"): a fixed-severity line with many events, and the collective
// risk model S = X_1 + ... + X_N checked against its closed-form moments and limited expected
// values (Boost.Math), including what a per-claim deductible and limit pay.
#include "scenario_builders.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <cmath>
#include <functional>

namespace cr::test {
namespace {

// A plain frequency-severity model: one operator line, optionally one operator policy on it
// with a per-claim deductible d and limit u and no aggregate.
Scenario collectiveModel(Distribution frequency, Distribution severity) {
    Scenario s;
    s.name = "collective risk model";
    s.lossLines = {lossLine("line", Party::Operator, frequency, severity)};
    return s;
}

Policy perClaimLayer(double deductible, double limit) {
    Policy p = policy("layer", Party::Operator, {Category::Other});
    p.deductible.amount = deductible;
    p.perClaimLimit = limit;
    p.aggregateSpec = Policy::AggregateSpec::Unlimited;
    return p;
}

TEST(LossLines, FixedSeverityWithManyEvents) {
    // N ~ Binomial(2000, 0.6) events of 500; deductible 100, limit 300 per claim, no aggregate:
    // each event pays min(500 - 100, 300) = 300, so paid = 300 N = 0.6 x total, and the
    // shortfall is (400 - 300) N = total / 5.
    Scenario s = collectiveModel(Binomial{2000, 0.6}, Fixed{500});
    s.insurance = {perClaimLayer(100, 300)};
    const std::uint64_t n = 4000;
    const RunResult r = run(s, n, 3, true);
    ASSERT_EQ(r.samples.size(), n);
    std::uint64_t bad = 0;
    for (const SampleRow& row : r.samples) {
        const double events = row.totalLoss / 500;
        bad += (events == std::round(events) && nearlyEqual(row.insurancePaid, 300 * events) &&
                nearlyEqual(row.uninsured, 200 * events))
                   ? 0
                   : 1;
    }
    EXPECT_EQ(bad, 0u) << "iterations where paid != 300 N";
    // E[N] = 1,200 and Var[N] = 480: total = 500 N.
    const Moments m = moments(totalLoss(r));
    EXPECT_NEAR(m.mean, 500 * 1200.0, kSigmas * 500 * std::sqrt(480.0 / n));
    EXPECT_NEAR(m.variance / (500.0 * 500), 480, kSigmas * 480 * std::sqrt(2.0 / n));
    EXPECT_NEAR(sampleMean(policyShortfall(r, 0)), m.mean / 5, 1e-9 * m.mean);
    EXPECT_EQ(r.policies.at(0).claimCappedIterations, n);
    EXPECT_EQ(r.incidentIterations, n);

    // With the default aggregate 2 x 300 every year pays 600.
    s.insurance[0].aggregateSpec = Policy::AggregateSpec::Default;
    const RunResult capped = run(s, 200);
    EXPECT_TRUE(everyIterationIs(policyPaid(capped, 0), 600));
    EXPECT_EQ(capped.policies.at(0).aggregateExhaustedIterations, 200u);
}

// Closed forms of one collective risk model.
struct Expected {
    double meanN, varN, pNoEvent;
    double meanX, varX;
    std::function<double(double)> lev; // limited expected value E[min(X, u)]
    double meanS() const { return meanN * meanX; }
    double varS() const { return meanN * varX + varN * meanX * meanX; }
    // Expected payment per claim of the layer (d, d + u].
    double layer(double d, double u) const { return lev(d + u) - lev(d); }
};

// The standard error of the sample variance of S, from theory or from the sample itself;
// empty when the variance is not checked.
using VarianceStderr = std::function<double(const Moments&)>;

// Checks mean, variance, P(S > 0) and the insured mean of a layer (d, d + u] per claim.
void checkCollectiveModel(Scenario s, const Expected& e, double d, double u,
                          const VarianceStderr& varianceStderr) {
    s.insurance = {perClaimLayer(d, u)};
    const std::uint64_t n = 200000;
    const RunResult r = run(s, n, 2024);
    const Moments m = moments(totalLoss(r));
    EXPECT_NEAR(m.mean, e.meanS(), kSigmas * std::sqrt(e.varS() / n)) << "E[S]";
    if (varianceStderr) {
        EXPECT_NEAR(m.variance, e.varS(), kSigmas * varianceStderr(m)) << "Var[S]";
    }
    expectProportion(totalLoss(r).nonzero.size(), n, 1 - e.pNoEvent, "P(S > 0)");
    EXPECT_EQ(r.incidentIterations, totalLoss(r).nonzero.size());
    const Moments paid = moments(insurancePaid(r));
    EXPECT_NEAR(paid.mean, e.meanN * e.layer(d, u), kSigmas * paid.meanStderr())
        << "E[insurance paid] = E[N] (E[min(X, d+u)] - E[min(X, d)])";
}

TEST(LossLines, CompoundPoissonLognormal) {
    const double lambda = 3, mu = 8, sigma = 1;
    const boost::math::normal phi;
    Expected e;
    e.meanN = lambda;
    e.varN = lambda;
    e.pNoEvent = std::exp(-lambda);
    e.meanX = std::exp(mu + sigma * sigma / 2);
    e.varX = (std::exp(sigma * sigma) - 1) * std::exp(2 * mu + sigma * sigma);
    e.lev = [&](double u) {
        return std::exp(mu + sigma * sigma / 2) *
                   boost::math::cdf(phi, (std::log(u) - mu - sigma * sigma) / sigma) +
               u * (1 - boost::math::cdf(phi, (std::log(u) - mu) / sigma));
    };
    // Compound Poisson cumulants kappa_r = lambda E[X^r], E[X^r] = exp(r mu + r^2 sigma^2 / 2);
    // Var(sample variance) = (mu4 - sigma^4) / n = (kappa4 + 2 kappa2^2) / n.
    const double k2 = lambda * std::exp(2 * mu + 2 * sigma * sigma);
    const double k4 = lambda * std::exp(4 * mu + 8 * sigma * sigma);
    checkCollectiveModel(collectiveModel(Poisson{lambda}, Lognormal{mu, sigma}), e, 2000, 10000,
                         [=](const Moments& m) { return std::sqrt((k4 + 2 * k2 * k2) / m.n); });
}

TEST(LossLines, NegativeBinomialGamma) {
    const double size = 2, prob = 0.4, shape = 2, scale = 1000;
    Expected e;
    e.meanN = size * (1 - prob) / prob;
    e.varN = size * (1 - prob) / (prob * prob);
    e.pNoEvent = std::pow(prob, size);
    e.meanX = shape * scale;
    e.varX = shape * scale * scale;
    e.lev = [&](double u) {
        return shape * scale * boost::math::gamma_p(shape + 1, u / scale) +
               u * (1 - boost::math::gamma_p(shape, u / scale));
    };
    // Light tails: the sample's fourth moment estimates the variance's standard error well.
    checkCollectiveModel(collectiveModel(NegBinomial{size, prob}, Gamma{shape, scale}), e, 1000,
                         3000, [](const Moments& m) { return m.varianceStderr(); });
}

// Lomax (Pareto II): E[X^k] = scale^k k! / prod_{i=1..k} (shape - i) for shape > k;
// E[min(X, u)] = scale / (shape - 1) (1 - (scale / (scale + u))^(shape - 1)).
Expected compoundPoissonLomax(double lambda, double shape, double scale) {
    Expected e;
    e.meanN = lambda;
    e.varN = lambda;
    e.pNoEvent = std::exp(-lambda);
    e.meanX = scale / (shape - 1);
    e.varX = 2 * scale * scale / ((shape - 1) * (shape - 2)) - e.meanX * e.meanX;
    e.lev = [=](double u) {
        return scale / (shape - 1) * (1 - std::pow(scale / (scale + u), shape - 1));
    };
    return e;
}

TEST(LossLines, CompoundPoissonLomax) {
    // Shape 5: the fourth moment E[X^4] = 24 scale^4 / (4 x 3 x 2 x 1) = scale^4 exists, so the
    // sample variance has a standard error: (kappa4 + 2 kappa2^2) / n with kappa_r = lambda E[X^r].
    const double lambda = 2, shape = 5, scale = 8000;
    const double k2 = lambda * 2 * scale * scale / ((shape - 1) * (shape - 2));
    const double k4 = lambda * std::pow(scale, 4);
    checkCollectiveModel(collectiveModel(Poisson{lambda}, Lomax{shape, scale}),
                         compoundPoissonLomax(lambda, shape, scale), 500, 5000,
                         [=](const Moments& m) { return std::sqrt((k4 + 2 * k2 * k2) / m.n); });
}

TEST(LossLines, CompoundPoissonHeavyTailedLomax) {
    // Shape 3: finite variance (the mean's standard error exists) but no fourth moment, so the
    // sample variance has no standard error and is not checked.
    const double lambda = 2, shape = 3, scale = 4000;
    checkCollectiveModel(collectiveModel(Poisson{lambda}, Lomax{shape, scale}),
                         compoundPoissonLomax(lambda, shape, scale), 1000, 20000, {});
}

} // namespace
} // namespace cr::test
