// Exact properties of the distribution value types against closed forms, hand calculations and
// direct Boost.Math calls; parameter rules; lognormal conversions; descriptions.
#include "distributions/distribution.h"

#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/pareto.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>

namespace cr {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// "key: message" of every problem, for readable failures.
std::vector<std::string> problemsOf(const Distribution& d) {
    std::vector<std::string> out;
    for (const auto& p : checkParameters(d)) {
        out.push_back(p.parameter + ": " + p.message);
    }
    return out;
}

bool hasProblem(const Distribution& d, const std::string& key, const std::string& fragment) {
    for (const auto& p : checkParameters(d)) {
        if (p.parameter == key && p.message.find(fragment) != std::string::npos) {
            return true;
        }
    }
    return false;
}

TEST(DistributionNames, MatchJsonDistNames) {
    EXPECT_EQ(distName(Pert{}), "pert");
    EXPECT_EQ(distName(NegBinomial{}), "negbinomial");
    EXPECT_EQ(distName(Lomax{}), "lomax");
    EXPECT_EQ(distName(Discrete{}), "discrete");
    EXPECT_EQ(distName(Fixed{}), "fixed");
}

TEST(CheckParameters, ValidDefaultsHaveNoProblems) {
    const std::vector<Distribution> valid{Fixed{3},
                                          Uniform{1, 2},
                                          Triangular{0, 0, 1},
                                          Pert{0, 1, 1, 4},
                                          Normal{},
                                          Normal{0, 1, 0, kInf},
                                          Lognormal{},
                                          lognormalFromPercentiles(2, 72),
                                          lognormalFromMoments(10, 3),
                                          Gamma{},
                                          Beta{0.5, 0.5},
                                          Pareto{},
                                          Lomax{},
                                          Poisson{0},
                                          Binomial{0, 1},
                                          NegBinomial{2, 1},
                                          Bernoulli{0},
                                          Discrete{{1, 2}, {0, 3}}};
    for (const auto& d : valid) {
        EXPECT_TRUE(checkParameters(d).empty()) << distName(d) << ": " << problemsOf(d).front();
    }
}

TEST(CheckParameters, NonFiniteNumbersAreRejectedWithTheirKey) {
    EXPECT_TRUE(hasProblem(Fixed{kNaN}, "value", "finite number, got nan"));
    EXPECT_TRUE(hasProblem(Uniform{0, kInf}, "max", "got inf"));
    EXPECT_TRUE(hasProblem(Triangular{0, kNaN, 1}, "mode", "finite"));
    EXPECT_TRUE(hasProblem(Pert{0, 1, 2, kInf}, "lambda", "finite"));
    EXPECT_TRUE(hasProblem(Normal{kNaN, 1}, "mean", "finite"));
    EXPECT_TRUE(hasProblem(Normal{0, 1, kNaN, kInf}, "min", "got nan"));
    EXPECT_TRUE(hasProblem(Normal{0, 1, kInf, kInf}, "min", "-infinity"));
    EXPECT_TRUE(hasProblem(Normal{0, 1, -kInf, -kInf}, "max", "+infinity"));
    EXPECT_TRUE(hasProblem(Gamma{kInf, 1}, "shape", "finite"));
    EXPECT_TRUE(hasProblem(Poisson{kNaN}, "lambda", "finite"));
    EXPECT_TRUE(hasProblem(Binomial{kInf, 0.5}, "n", "finite"));
    EXPECT_TRUE(hasProblem(Discrete{{1, kNaN}, {1, 1}}, "values/1", "finite"));
    EXPECT_TRUE(hasProblem(Discrete{{1, 2, 3}, {1, 1, kInf}}, "weights/2", "finite"));
}

TEST(CheckParameters, RangeRulesNameTheParameter) {
    EXPECT_EQ(problemsOf(Normal{0, -1}), std::vector<std::string>{"sd: must be > 0, got -1"});
    EXPECT_EQ(problemsOf(Uniform{5, 3}), std::vector<std::string>{"max: must be > min (5), got 3"});
    EXPECT_TRUE(hasProblem(Uniform{2, 2}, "max", "must be > min"));
    EXPECT_TRUE(hasProblem(Triangular{0, 5, 4}, "mode", "between min (0) and max (4), got 5"));
    EXPECT_TRUE(hasProblem(Triangular{3, 3, 1}, "max", "must be > min"));
    EXPECT_TRUE(hasProblem(Pert{0, -1, 4}, "mode", "between"));
    EXPECT_TRUE(hasProblem(Pert{0, 1, 4, 0}, "lambda", "must be > 0, got 0"));
    EXPECT_TRUE(hasProblem(Normal{0, 1, 3, 2}, "max", "must be > min"));
    EXPECT_TRUE(hasProblem(Gamma{1, -2}, "scale", "> 0, got -2"));
    EXPECT_TRUE(hasProblem(Beta{0, 1}, "alpha", "> 0"));
    EXPECT_TRUE(hasProblem(Pareto{0, 1}, "scale", "> 0"));
    EXPECT_TRUE(hasProblem(Lomax{-1, 1}, "shape", "> 0"));
    EXPECT_TRUE(hasProblem(Poisson{-0.5}, "lambda", ">= 0, got -0.5"));
    EXPECT_TRUE(hasProblem(Bernoulli{1.7}, "p", "[0, 1], got 1.7"));
    EXPECT_TRUE(hasProblem(Binomial{10, -0.1}, "p", "[0, 1]"));
    EXPECT_TRUE(hasProblem(Binomial{2.5, 0.5}, "n", "whole number, got 2.5"));
    EXPECT_TRUE(hasProblem(Binomial{-3, 0.5}, "n", ">= 0"));
    EXPECT_TRUE(hasProblem(Binomial{1e17, 0.5}, "n", "at most"));
    EXPECT_TRUE(hasProblem(NegBinomial{0, 0.5}, "size", "> 0"));
    EXPECT_TRUE(hasProblem(NegBinomial{1, 0}, "prob", "(0, 1], got 0"));
    EXPECT_TRUE(hasProblem(NegBinomial{1, 1.2}, "prob", "(0, 1]"));
}

TEST(CheckParameters, LognormalRulesFollowTheStatedForm) {
    EXPECT_TRUE(hasProblem(Lognormal{0, 0}, "sdlog", "> 0"));
    EXPECT_TRUE(hasProblem(Lognormal{kNaN, 1}, "meanlog", "finite"));
    EXPECT_TRUE(hasProblem(lognormalFromPercentiles(0, 10), "p05", "> 0, got 0"));
    EXPECT_TRUE(hasProblem(lognormalFromPercentiles(10, 5), "p95", "must be > p05 (10), got 5"));
    EXPECT_TRUE(hasProblem(lognormalFromPercentiles(10, kInf), "p95", "finite"));
    EXPECT_TRUE(hasProblem(lognormalFromMoments(-1, 2), "mean", "> 0, got -1"));
    EXPECT_TRUE(hasProblem(lognormalFromMoments(1, 0), "sd", "> 0, got 0"));
    // Valid stated numbers whose canonical pair overflows.
    EXPECT_TRUE(hasProblem(lognormalFromMoments(1e-300, 1e300), "", "no usable lognormal"));
}

TEST(CheckParameters, TruncationIntervalNeedsProbability) {
    EXPECT_TRUE(checkParameters(Normal{0, 1, 30, 31}).empty());
    EXPECT_TRUE(hasProblem(Normal{0, 1, 50, kInf}, "", "probability 0"));
    EXPECT_TRUE(hasProblem(Normal{0, 1, -kInf, -60}, "", "probability 0"));
}

TEST(CheckParameters, DiscreteRules) {
    EXPECT_TRUE(hasProblem(Discrete{}, "values", "must not be empty"));
    EXPECT_TRUE(
        hasProblem(Discrete{{1, 2, 3}, {1, 1}}, "weights", "as many entries as values (3), got 2"));
    EXPECT_TRUE(hasProblem(Discrete{{1, 2, 3}, {1, -1, 1}}, "weights/1", ">= 0, got -1"));
    EXPECT_TRUE(hasProblem(Discrete{{1, 2}, {0, 0}}, "weights", "positive sum"));
    EXPECT_TRUE(hasProblem(Discrete{{1, 2}, {1e308, 1e308}}, "weights", "finite sum"));
}

TEST(CheckParameters, ReportsEveryProblemNotJustTheFirst) {
    EXPECT_EQ(checkParameters(Gamma{-1, kNaN}).size(), 2u);
    EXPECT_EQ(checkParameters(Triangular{kNaN, kNaN, kInf}).size(), 3u);
}

TEST(ExactProperties, UniformAndTriangularByHand) {
    const Distribution u = Uniform{2, 6};
    EXPECT_DOUBLE_EQ(mean(u), 4);
    EXPECT_DOUBLE_EQ(variance(u), 16.0 / 12);
    EXPECT_DOUBLE_EQ(cdf(u, 3), 0.25);
    EXPECT_DOUBLE_EQ(quantile(u, 0.75), 5);
    // Triangular(0, 1, 4): var = (a^2+b^2+c^2-ab-ac-bc)/18 = 13/18;
    // F(1) = 1^2/(4*1) = 0.25, F(2) = 1 - 2^2/(4*3) = 2/3.
    const Distribution t = Triangular{0, 1, 4};
    EXPECT_DOUBLE_EQ(mean(t), 5.0 / 3);
    EXPECT_NEAR(variance(t), 13.0 / 18, 1e-14);
    EXPECT_NEAR(cdf(t, 1), 0.25, 1e-14);
    EXPECT_NEAR(cdf(t, 2), 2.0 / 3, 1e-14);
    EXPECT_NEAR(quantile(t, 2.0 / 3), 2, 1e-12);
}

TEST(ExactProperties, PertUsesTheClassicalMeanForLambda4) {
    const Pert p{0.25, 0.75, 3};
    // alpha = 1 + 4*0.5/2.75, beta = 1 + 4*2.25/2.75, alpha + beta = 6.
    const double alpha = 1 + 2 / 2.75, beta = 1 + 9 / 2.75;
    EXPECT_NEAR(mean(p), (0.25 + 4 * 0.75 + 3) / 6, 1e-14);
    EXPECT_NEAR(variance(p), 2.75 * 2.75 * alpha * beta / (36 * 7), 1e-14);
    EXPECT_NEAR(cdf(p, quantile(p, 0.3)), 0.3, 1e-12);
    EXPECT_EQ(cdf(p, 0.25), 0);
    EXPECT_EQ(cdf(p, 3), 1);
    // Symmetric PERT: median at the mode.
    EXPECT_NEAR(quantile(Pert{0, 5, 10, 6}, 0.5), 5, 1e-12);
}

// Simpson's rule on [lo, hi] with n (even) panels.
template <class F>
double simpson(F f, double lo, double hi, int n = 20000) {
    const double h = (hi - lo) / n;
    double s = f(lo) + f(hi);
    for (int i = 1; i < n; ++i) {
        s += f(lo + i * h) * (i % 2 ? 4 : 2);
    }
    return s * h / 3;
}

TEST(ExactProperties, TruncatedNormalAgainstNumericalIntegration) {
    for (const Normal n : {Normal{10, 5, 0, kInf}, Normal{10, 5, 8, 20}, Normal{0, 2, -1, 0.5},
                           Normal{100, 30, -kInf, 40}}) {
        const double lo = std::isfinite(n.min) ? n.min : n.mean - 12 * n.sd;
        const double hi = std::isfinite(n.max) ? n.max : n.mean + 12 * n.sd;
        auto density = [&](double x) { return std::exp(-0.5 * std::pow((x - n.mean) / n.sd, 2)); };
        const double mass = simpson(density, lo, hi);
        const double m = simpson([&](double x) { return x * density(x); }, lo, hi) / mass;
        const double v =
            simpson([&](double x) { return (x - m) * (x - m) * density(x); }, lo, hi) / mass;
        EXPECT_NEAR(mean(n), m, 1e-9 * n.sd);
        EXPECT_NEAR(variance(n), v, 1e-9 * n.sd * n.sd);
        const double x = lo + 0.3 * (hi - lo);
        EXPECT_NEAR(cdf(n, x), simpson(density, lo, x) / mass, 1e-10);
        for (double p : {0.01, 0.5, 0.97}) {
            EXPECT_NEAR(cdf(n, quantile(n, p)), p, 1e-12);
        }
    }
}

TEST(ExactProperties, FarTailTruncatedNormalKeepsPrecision) {
    // N(0,1) above a = 30: mean = phi(a)/Q(a) = a + 1/a - 2/a^3 + 10/a^5 - ... (Mills ratio).
    const double a = 30;
    const Normal n{0, 1, a, kInf};
    EXPECT_NEAR(mean(n), a + 1 / a - 2 / std::pow(a, 3) + 10 / std::pow(a, 5), 1e-8);
    // var = 1 - m(m - a) with m the mean, = 1/a^2 - 6/a^4 + ...
    EXPECT_NEAR(variance(n), 1 / (a * a) - 6 / std::pow(a, 4), 1e-7);
    EXPECT_NEAR(quantile(n, 0.5), a + std::log(2) / a, 2e-3); // P(X > a+t) ~ e^{-a t}
    EXPECT_NEAR(cdf(n, quantile(n, 0.9)), 0.9, 1e-9);
}

TEST(ExactProperties, UntruncatedNormalIsBoostsNormal) {
    const boost::math::normal_distribution<> ref(3, 2);
    const Normal n{3, 2};
    EXPECT_DOUBLE_EQ(mean(n), 3);
    EXPECT_DOUBLE_EQ(variance(n), 4);
    EXPECT_NEAR(cdf(n, 1), boost::math::cdf(ref, 1), 1e-15);
    EXPECT_NEAR(quantile(n, 0.999), boost::math::quantile(ref, 0.999), 1e-12);
    EXPECT_NEAR(quantile(n, 1e-10), boost::math::quantile(ref, 1e-10), 1e-9);
}

TEST(ExactProperties, LognormalMomentsAndMedian) {
    const double mu = 1.5, sigma = 0.8;
    const Lognormal l{mu, sigma};
    EXPECT_NEAR(mean(l), std::exp(mu + sigma * sigma / 2), 1e-12);
    EXPECT_NEAR(variance(l), std::expm1(sigma * sigma) * std::exp(2 * mu + sigma * sigma), 1e-10);
    EXPECT_NEAR(quantile(l, 0.5), std::exp(mu), 1e-12);
    EXPECT_NEAR(cdf(l, std::exp(mu + sigma)), 0.8413447460685429, 1e-14); // Phi(1)
    EXPECT_EQ(cdf(l, -3), 0);
}

TEST(LognormalForms, PercentilesReproduceTheStatedInterval) {
    for (const auto [p05, p95] : {std::pair{2.0, 72.0}, {2000.0, 40000.0}, {0.01, 0.011}}) {
        const Lognormal l = lognormalFromPercentiles(p05, p95);
        const boost::math::lognormal_distribution<> ref(l.meanlog, l.sdlog);
        EXPECT_NEAR(boost::math::quantile(ref, 0.05), p05, 1e-12 * p95);
        EXPECT_NEAR(boost::math::quantile(ref, 0.95), p95, 1e-12 * p95);
        EXPECT_EQ(l.form, Lognormal::Form::Percentiles);
        EXPECT_EQ(l.given1, p05);
        EXPECT_EQ(l.given2, p95);
    }
}

TEST(LognormalForms, MomentsReproduceMeanAndSd) {
    for (const auto [m, s] : {std::pair{100.0, 50.0}, {1.0, 5.0}, {1e6, 1.0}}) {
        const Lognormal l = lognormalFromMoments(m, s);
        const boost::math::lognormal_distribution<> ref(l.meanlog, l.sdlog);
        EXPECT_NEAR(boost::math::mean(ref), m, 1e-12 * m);
        EXPECT_NEAR(boost::math::standard_deviation(ref), s, 1e-8 * s);
        EXPECT_EQ(l.form, Lognormal::Form::Moments);
    }
}

TEST(ExactProperties, GammaBetaClosedForms) {
    // Gamma(2, 3): F(x) = 1 - exp(-x/3)(1 + x/3).
    const Gamma g{2, 3};
    EXPECT_DOUBLE_EQ(mean(g), 6);
    EXPECT_DOUBLE_EQ(variance(g), 18);
    EXPECT_NEAR(cdf(g, 4), 1 - std::exp(-4.0 / 3) * (1 + 4.0 / 3), 1e-14);
    EXPECT_NEAR(cdf(g, quantile(g, 0.42)), 0.42, 1e-13);
    // Beta(2, 3): pdf 12x(1-x)^2, F(x) = 6x^2 - 8x^3 + 3x^4.
    const Beta b{2, 3};
    EXPECT_DOUBLE_EQ(mean(b), 0.4);
    EXPECT_NEAR(variance(b), 0.04, 1e-15);
    const double x = 0.3;
    EXPECT_NEAR(cdf(b, x), 6 * x * x - 8 * x * x * x + 3 * x * x * x * x, 1e-14);
    EXPECT_NEAR(quantile(b, 6 * x * x - 8 * x * x * x + 3 * x * x * x * x), x, 1e-12);
}

TEST(ExactProperties, ParetoAndLomax) {
    const Pareto p{1000, 2.5};
    EXPECT_NEAR(cdf(p, 3000), 1 - std::pow(1000.0 / 3000, 2.5), 1e-14);
    EXPECT_DOUBLE_EQ(mean(p), 2.5 * 1000 / 1.5);
    EXPECT_NEAR(variance(p), 1e6 * 2.5 / (1.5 * 1.5 * 0.5), 1e-6);
    EXPECT_NEAR(quantile(p, 0.9), 1000 * std::pow(0.1, -1 / 2.5), 1e-9);
    EXPECT_EQ(cdf(p, 999), 0);
    EXPECT_EQ(variance(Pareto{1, 2}), kInf);
    EXPECT_EQ(mean(Pareto{1, 0.8}), kInf);
    // Lomax(x) = Pareto(x + scale) - scale.
    const Lomax l{3, 10};
    const boost::math::pareto_distribution<> shifted(10, 3);
    EXPECT_NEAR(cdf(l, 7), boost::math::cdf(shifted, 17), 1e-14);
    EXPECT_NEAR(quantile(l, 0.95), boost::math::quantile(shifted, 0.95) - 10, 1e-10);
    EXPECT_NEAR(quantile(l, 1e-12), 10 * 1e-12 / 3, 1e-22); // F(x) ~ shape x / scale near 0
    EXPECT_DOUBLE_EQ(mean(l), 5);
    EXPECT_DOUBLE_EQ(variance(l), 75);
    EXPECT_EQ(variance(Lomax{1.5, 1}), kInf);
}

TEST(ExactProperties, PoissonByHand) {
    const Poisson p{0.3};
    const double p0 = std::exp(-0.3);
    EXPECT_NEAR(cdf(p, 0), p0, 1e-15);
    EXPECT_NEAR(cdf(p, 1.7), p0 * 1.3, 1e-15); // counts: F(1.7) = F(1)
    EXPECT_EQ(quantile(p, p0 * 0.999), 0);
    EXPECT_EQ(quantile(p, p0 * 1.001), 1);
    EXPECT_EQ(quantile(p, p0 * 1.3 * 1.0001), 2);
    EXPECT_DOUBLE_EQ(mean(p), 0.3);
    EXPECT_DOUBLE_EQ(variance(p), 0.3);
    EXPECT_TRUE(isConstant(Poisson{0}));
    EXPECT_EQ(quantile(Poisson{0}, 0.7), 0);
    EXPECT_EQ(cdf(Poisson{0}, 0), 1);
}

// Smallest k with F(k) >= p by summing the probability mass function term by term.
double bruteQuantile(auto pmf, double p) {
    double f = 0;
    for (int k = 0;; ++k) {
        f += pmf(k);
        if (f >= p * (1 - 1e-13)) {
            return k;
        }
    }
}

TEST(ExactProperties, CountQuantilesFollowTheDefinition) {
    auto binomialPmf = [](int k) {
        return std::tgamma(11.0) / (std::tgamma(k + 1.0) * std::tgamma(11.0 - k)) *
               std::pow(0.3, k) * std::pow(0.7, 10 - k);
    };
    // NegBinomial(3, 0.4): P(k) = C(k+2, 2) 0.4^3 0.6^k.
    auto negbinPmf = [](int k) { return (k + 2.0) * (k + 1) / 2 * 0.064 * std::pow(0.6, k); };
    for (double p : {0.05, 0.2, 0.5, 0.77, 0.99}) {
        EXPECT_EQ(quantile(Binomial{10, 0.3}, p), bruteQuantile(binomialPmf, p)) << p;
        EXPECT_EQ(quantile(NegBinomial{3, 0.4}, p), bruteQuantile(negbinPmf, p)) << p;
    }
    double f2 = 0;
    for (int k = 0; k <= 2; ++k) {
        f2 += binomialPmf(k);
    }
    EXPECT_NEAR(cdf(Binomial{10, 0.3}, 2.5), f2, 1e-14);
    EXPECT_DOUBLE_EQ(mean(NegBinomial{3, 0.4}), 4.5);
    EXPECT_DOUBLE_EQ(variance(NegBinomial{3, 0.4}), 11.25);
    EXPECT_DOUBLE_EQ(variance(Binomial{2000, 0.6}), 480);
    EXPECT_EQ(support(Binomial{20, 1}), std::make_pair(20.0, 20.0));
}

TEST(ExactProperties, BernoulliAndDiscrete) {
    EXPECT_DOUBLE_EQ(cdf(Bernoulli{0.3}, 0), 0.7);
    EXPECT_EQ(quantile(Bernoulli{0.3}, 0.7), 0);
    EXPECT_EQ(quantile(Bernoulli{0.3}, 0.71), 1);
    // Weights 1:2:1 on values 5, 1, 3 -> 1 (0.5), 3 (0.25), 5 (0.25).
    const Discrete d{{5, 1, 3}, {1, 2, 1}};
    EXPECT_DOUBLE_EQ(mean(d), 2.5);
    EXPECT_DOUBLE_EQ(variance(d), 0.25 * 6.25 + 0.5 * 2.25 + 0.25 * 0.25);
    EXPECT_DOUBLE_EQ(cdf(d, 3), 0.75);
    EXPECT_DOUBLE_EQ(cdf(d, 0.9), 0);
    EXPECT_EQ(quantile(d, 0.5), 1);
    EXPECT_EQ(quantile(d, 0.51), 3);
    EXPECT_EQ(quantile(d, 1), 5);
    EXPECT_EQ(support(d), std::make_pair(1.0, 5.0));
    // A zero weight takes the value out of the support.
    EXPECT_TRUE(isConstant(Discrete{{1, 7}, {0, 2}}));
    EXPECT_EQ(mean(Discrete{{1, 7}, {0, 2}}), 7);
}

TEST(Kinds, WholeNumbersAndConstants) {
    EXPECT_TRUE(isWholeNumberValued(Fixed{3}));
    EXPECT_FALSE(isWholeNumberValued(Fixed{3.5}));
    EXPECT_TRUE(isWholeNumberValued(Poisson{2}));
    EXPECT_TRUE(isWholeNumberValued(Binomial{5, 0.2}));
    EXPECT_TRUE(isWholeNumberValued(NegBinomial{2, 0.5}));
    EXPECT_TRUE(isWholeNumberValued(Bernoulli{0.5}));
    EXPECT_TRUE(isWholeNumberValued(Discrete{{0, 1, 4}, {1, 1, 1}}));
    EXPECT_FALSE(isWholeNumberValued(Discrete{{0, 1.5}, {1, 1}}));
    EXPECT_FALSE(isWholeNumberValued(Uniform{0, 10}));
    EXPECT_FALSE(isWholeNumberValued(Gamma{}));
    EXPECT_TRUE(isConstant(Fixed{2}));
    EXPECT_TRUE(isConstant(Bernoulli{1}));
    EXPECT_TRUE(isConstant(Binomial{0, 0.5}));
    EXPECT_FALSE(isConstant(Uniform{0, 1}));
    EXPECT_FALSE(isConstant(Poisson{0.1}));
    EXPECT_EQ(support(Lognormal{}), std::make_pair(0.0, kInf));
    EXPECT_EQ(support(Pareto{3, 1}), std::make_pair(3.0, kInf));
    EXPECT_EQ(support(Normal{}), std::make_pair(-kInf, kInf));
}

TEST(Describe, ReadableOneLiners) {
    EXPECT_EQ(describe(Fixed{1500}), "1,500");
    EXPECT_EQ(describe(Fixed{-1234.5}), "-1,234.5");
    EXPECT_EQ(describe(Fixed{-1234567.5}), "-1,234,568"); // six significant digits at most
    EXPECT_EQ(describe(Pert{0.25, 0.75, 3}), "PERT 0.25 / 0.75 / 3");
    EXPECT_EQ(describe(Pert{0, 1, 2, 6}), "PERT 0 / 1 / 2, lambda 6");
    EXPECT_EQ(describe(lognormalFromPercentiles(2000, 40000)),
              "lognormal, 90 % between 2,000 and 40,000");
    // Any form is shown by its 90 % interval: exp(0 -+ 1.6448536 * 1) = 0.193041 .. 5.18025.
    EXPECT_EQ(describe(Lognormal{0, 1}), "lognormal, 90 % between 0.193041 and 5.18025");
    EXPECT_EQ(describe(Poisson{0.3}), "Poisson(0.3)");
    EXPECT_EQ(describe(Normal{10, 2, 0, kInf}), "normal, mean 10, sd 2, at least 0");
    EXPECT_EQ(describe(Discrete{{0, 1}, {3, 1}}), "discrete: 0 (75 %), 1 (25 %)");
    EXPECT_EQ(describe(Beta{2, 30}), "beta(2, 30)");
}

} // namespace
} // namespace cr
