// Samplers against the exact distributions: moments within Monte Carlo standard errors,
// Kolmogorov-Smirnov and sample quantiles against Boost.Math cdfs; edge cases of the counts.
#include "distributions/sampler.h"
#include "distributions/variates.h"

#include "models/distributions/stat_check.h"

#include <boost/math/special_functions/gamma.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <limits>

namespace cr {
namespace {

using testing::ksCritical;
using testing::ksStatistic;
using testing::moments;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr int kDraws = 200000;
constexpr int kKsDraws = 30000; // Boost's beta cdf costs microseconds: KS on a prefix

struct Case {
    std::string name;
    Distribution dist;
    bool finiteFourthMoment = true; // else the variance check has no standard error
};

void PrintTo(const Case& c, std::ostream* os) {
    *os << c.name;
}

class SamplerMatches : public ::testing::TestWithParam<Case> {};

TEST_P(SamplerMatches, MomentsAndDistribution) {
    const Case& c = GetParam();
    ASSERT_TRUE(checkParameters(c.dist).empty());
    const Sampler sampler(c.dist);
    Rng rng = Rng::forStream(20240601, std::hash<std::string>{}(c.name));
    std::vector<double> xs(kDraws);
    for (auto& x : xs) {
        x = sampler(rng);
    }
    const auto [lo, hi] = support(c.dist);
    const auto [minIt, maxIt] = std::minmax_element(xs.begin(), xs.end());
    EXPECT_GE(*minIt, lo);
    EXPECT_LE(*maxIt, hi);

    // Mean within 5 standard errors of the exact mean.
    const auto m = moments(xs);
    const double n = kDraws;
    const double var = variance(c.dist);
    EXPECT_NEAR(m.mean, mean(c.dist), 5 * std::sqrt(var / n)) << "mean";
    if (c.finiteFourthMoment) {
        // SE of the sample variance: sqrt((mu4 - sigma^4) / n), mu4 estimated from the sample.
        EXPECT_NEAR(m.variance, var, 5 * std::sqrt((m.fourthCentral - var * var) / n) + 1e-12)
            << "variance";
    }

    if (isWholeNumberValued(c.dist)) {
        // Counts: the empirical cdf at every value seen, and at the 10/50/90 % quantiles.
        // Wide counts (n = 10^9) have ~10^5 distinct values: check at most ~1000 of them.
        std::sort(xs.begin(), xs.end());
        const std::size_t stride = std::max<std::size_t>(1, xs.size() / 1000);
        double worst = 0;
        for (std::size_t i = 0; i < xs.size(); i += stride) {
            // The last draw equal to xs[i] gives the empirical cdf at that value.
            const std::size_t last = std::upper_bound(xs.begin() + i, xs.end(), xs[i]) - xs.begin();
            worst = std::max(worst, std::fabs(last / n - cdf(c.dist, xs[i])));
        }
        EXPECT_LT(worst, ksCritical(kDraws)) << "KS on the distinct values";
        for (double p : {0.1, 0.5, 0.9}) {
            const double q = quantile(c.dist, p);
            const double below = std::upper_bound(xs.begin(), xs.end(), q) - xs.begin();
            const double f = cdf(c.dist, q);
            EXPECT_NEAR(below / n, f, 5 * std::sqrt(f * (1 - f) / n) + 1e-12) << "F(q" << p << ")";
        }
    } else {
        // Continuous: a sample quantile q^_p has F(q^_p) ~ N(p, p(1-p)/n).
        std::vector<double> prefix(xs.begin(), xs.begin() + kKsDraws);
        EXPECT_LT(ksStatistic(prefix, [&](double x) { return cdf(c.dist, x); }),
                  ksCritical(kKsDraws));
        std::sort(xs.begin(), xs.end());
        for (double p : {0.1, 0.5, 0.9}) {
            const double sampleQuantile = xs[static_cast<std::size_t>(p * n)];
            EXPECT_NEAR(cdf(c.dist, sampleQuantile), p, 5 * std::sqrt(p * (1 - p) / n))
                << "quantile " << p << ": sample " << sampleQuantile << ", exact "
                << quantile(c.dist, p);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Distributions, SamplerMatches,
    ::testing::Values(
        Case{"uniform", Uniform{2, 6}}, Case{"triangular", Triangular{0, 1, 4}},
        Case{"triangular_mode_at_min", Triangular{0, 0, 1}}, Case{"pert", Pert{0.25, 0.75, 3}},
        Case{"pert_mode_at_max", Pert{0, 10, 10, 4}},
        Case{"pert_lambda_10", Pert{100, 150, 300, 10}}, Case{"normal", Normal{10, 5}},
        Case{"normal_above_zero", Normal{10, 5, 0, kInf}},      // normal rejection
        Case{"normal_upper_tail", Normal{0, 1, 2, kInf}},       // exponential proposal
        Case{"normal_far_tail", Normal{0, 1, 30, kInf}},        // exponential proposal
        Case{"normal_lower_tail", Normal{0, 1, -kInf, -4}},     // mirrored
        Case{"normal_narrow_tail", Normal{0, 1, 3, 3.2}},       // uniform proposal in a tail
        Case{"normal_narrow_centre", Normal{0, 1, -0.1, 0.15}}, // uniform proposal at the centre
        Case{"normal_two_sided", Normal{100, 30, 40, 120}}, Case{"lognormal", Lognormal{1.5, 0.8}},
        Case{"lognormal_p05_p95", lognormalFromPercentiles(2, 72)},
        Case{"lognormal_moments", lognormalFromMoments(1000, 300)}, Case{"gamma", Gamma{2, 3}},
        Case{"gamma_small_shape", Gamma{0.3, 2}}, Case{"gamma_large_shape", Gamma{50, 0.1}},
        Case{"beta", Beta{2, 30}}, Case{"beta_rare", Beta{1, 199}},
        Case{"beta_arcsine", Beta{0.5, 0.5}}, Case{"beta_tiny_shapes", Beta{0.05, 0.2}},
        Case{"pareto", Pareto{1000, 5}}, Case{"pareto_heavy", Pareto{1000, 1.5}, false},
        Case{"lomax", Lomax{5, 10}}, Case{"lomax_heavy", Lomax{1.2, 10}, false},
        Case{"poisson_0_3", Poisson{0.3}}, Case{"poisson_3_5", Poisson{3.5}},
        Case{"poisson_9_9", Poisson{9.9}}, Case{"poisson_10", Poisson{10}},
        Case{"poisson_1000", Poisson{1000}}, Case{"poisson_1e7", Poisson{1e7}},
        Case{"binomial_small", Binomial{20, 0.3}}, Case{"binomial_btrd", Binomial{50, 0.5}},
        Case{"binomial_2000", Binomial{2000, 0.6}}, Case{"binomial_1e9", Binomial{1e9, 0.3}},
        Case{"binomial_tiny_p", Binomial{1e9, 2e-9}},
        Case{"binomial_p_near_1", Binomial{100, 0.999}}, Case{"negbinomial", NegBinomial{3, 0.4}},
        Case{"negbinomial_small_size", NegBinomial{0.5, 0.1}},
        Case{"negbinomial_large", NegBinomial{100, 0.9}}, Case{"bernoulli", Bernoulli{0.3}},
        Case{"discrete", Discrete{{5, 1, 3}, {1, 2, 1}}},
        Case{"discrete_zero_weight", Discrete{{1, 2, 3, 4}, {0.1, 0, 0.6, 0.3}}},
        Case{"discrete_many",
             Discrete{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 9, 2, 8, 3, 7, 4, 6, 5, 0.5}}}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(Sampler, ConstantsConsumeNoRandomNumbers) {
    for (const Distribution& d :
         std::vector<Distribution>{Fixed{1500}, Poisson{0}, Binomial{0, 0.4}, Binomial{7, 1},
                                   NegBinomial{2, 1}, Bernoulli{0}, Discrete{{4, 5}, {0, 1}}}) {
        const Sampler s(d);
        EXPECT_TRUE(s.isConstant()) << distName(d);
        EXPECT_EQ(s.constantValue(), mean(d)) << distName(d);
        Rng a(5), b(5);
        EXPECT_EQ(s(a), mean(d));
        EXPECT_EQ(a.next(), b.next()) << distName(d);
    }
    EXPECT_TRUE(Sampler().isConstant());
    EXPECT_EQ(Sampler()(*std::make_unique<Rng>(1)), 0);
    EXPECT_FALSE(Sampler(Uniform{0, 1}).isConstant());
}

TEST(Sampler, SameSeedSameDraws) {
    const Sampler s(lognormalFromPercentiles(2000, 40000));
    Rng a(11), b(11), c(12);
    int equal = 0;
    for (int i = 0; i < 1000; ++i) {
        const double x = s(a);
        EXPECT_EQ(x, s(b));
        equal += x == s(c);
    }
    EXPECT_EQ(equal, 0);
}

TEST(SampleBinomial, EdgeCases) {
    Rng rng(3);
    for (int i = 0; i < 100; ++i) {
        EXPECT_EQ(sampleBinomial(rng, 0, 0.5), 0u);
        EXPECT_EQ(sampleBinomial(rng, 1000, 0), 0u);
        EXPECT_EQ(sampleBinomial(rng, 1000, 1), 1000u);
        EXPECT_LE(sampleBinomial(rng, 3, 0.99), 3u);
    }
}

TEST(SampleBinomial, HugeNIsFastAndRight) {
    // 10^5 draws with n = 10^9: an O(n) method would take hours; BTRD takes milliseconds.
    Rng rng(8);
    constexpr double n = 1e9, p = 0.3;
    constexpr int draws = 100000;
    const auto start = std::chrono::steady_clock::now();
    std::vector<double> xs(draws);
    for (auto& x : xs) {
        x = static_cast<double>(sampleBinomial(rng, 1000000000, p));
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 1.0);
    const auto m = moments(xs);
    const double var = n * p * (1 - p);
    EXPECT_NEAR(m.mean, n * p, 5 * std::sqrt(var / draws));
    EXPECT_NEAR(m.variance, var, 5 * var * std::sqrt(2.0 / draws));
}

TEST(SampleBinomial, VaryingParametersPerDraw) {
    // As the engine uses it: n and p change from draw to draw; E[X] = sum n_i p_i.
    Rng rng(21);
    double sum = 0, expected = 0, var = 0;
    for (int i = 0; i < 100000; ++i) {
        const std::uint64_t n = 1 + i % 5000;
        const double p = 0.001 + (i % 97) / 100.0;
        sum += static_cast<double>(sampleBinomial(rng, n, p));
        expected += n * p;
        var += n * p * (1 - p);
    }
    EXPECT_NEAR(sum, expected, 5 * std::sqrt(var));
}

TEST(SamplePoisson, ZeroAndVaryingLambda) {
    Rng rng(4);
    for (int i = 0; i < 100; ++i) {
        EXPECT_EQ(samplePoisson(rng, 0), 0u);
    }
    double sum = 0, expected = 0;
    for (int i = 0; i < 100000; ++i) {
        const double lambda = 0.01 * (i % 3000); // both methods, changing every draw
        sum += static_cast<double>(samplePoisson(rng, lambda));
        expected += lambda;
    }
    EXPECT_NEAR(sum, expected, 5 * std::sqrt(expected));
}

TEST(SampleGammaBeta, FreeFunctionsMatchMoments) {
    Rng rng(6);
    constexpr int draws = 200000;
    for (const auto [shape, scale] : {std::pair{0.05, 1.0}, {0.7, 2.0}, {1.0, 1.0}, {7.5, 0.2}}) {
        std::vector<double> xs(draws);
        for (auto& x : xs) {
            x = sampleGamma(rng, shape, scale);
        }
        const auto m = moments(xs);
        const double var = shape * scale * scale;
        EXPECT_NEAR(m.mean, shape * scale, 5 * std::sqrt(var / draws)) << shape;
        EXPECT_NEAR(m.variance, var, 5 * std::sqrt((m.fourthCentral - var * var) / draws)) << shape;
    }
    for (const auto [a, b] : {std::pair{0.01, 0.01}, {0.5, 3.0}, {2.0, 5.0}}) {
        std::vector<double> xs(draws);
        for (auto& x : xs) {
            x = sampleBeta(rng, a, b);
            ASSERT_TRUE(x >= 0 && x <= 1) << x;
        }
        const auto m = moments(xs);
        const double var = a * b / ((a + b) * (a + b) * (a + b + 1));
        EXPECT_NEAR(m.mean, a / (a + b), 5 * std::sqrt(var / draws)) << a;
        EXPECT_NEAR(m.variance, var, 5 * std::sqrt((m.fourthCentral - var * var) / draws)) << a;
    }
}

TEST(Variates, LogFactorialMatchesBoostLgamma) {
    for (double k : {0.0, 1.0, 2.0, 5.0, 9.0, 10.0, 11.0, 30.0, 1000.0, 123456.0, 1e9, 1e15}) {
        const double exact = boost::math::lgamma(k + 1);
        EXPECT_NEAR(detail::logFactorial(k), exact, 1e-13 * std::max(1.0, exact)) << k;
    }
}

} // namespace
} // namespace cr
