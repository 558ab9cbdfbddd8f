// density(): closed-form pdfs and pmfs written out here, and for every continuous type the
// integral of the density over an interval against the cdf difference (Simpson's rule).
#include "distributions/distribution.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>

namespace cr {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kPi = std::numbers::pi;

// Composite Simpson's rule over [a, b] with n (even) panels.
double integrate(const Distribution& d, double a, double b, int n = 2000) {
    const double h = (b - a) / n;
    double sum = density(d, a) + density(d, b);
    for (int i = 1; i < n; ++i) {
        sum += density(d, a + i * h) * (i % 2 == 1 ? 4 : 2);
    }
    return sum * h / 3;
}

TEST(Density, ClosedFormsOfContinuousTypes) {
    // Uniform: 1 / (max - min).
    EXPECT_DOUBLE_EQ(density(Uniform{2, 6}, 3), 0.25);
    // Triangular(0, 1, 4) at 2: 2 (max - x) / ((max - min)(max - mode)) = 2*2 / (4*3).
    EXPECT_NEAR(density(Triangular{0, 1, 4}, 2), 4.0 / 12, 1e-12);
    // Normal(10, 2) at 13: exp(-1.5^2/2) / (2 sqrt(2 pi)).
    EXPECT_NEAR(density(Normal{10, 2}, 13), std::exp(-1.125) / (2 * std::sqrt(2 * kPi)), 1e-14);
    // Normal(0, 1) truncated to [0, inf): twice the standard density.
    EXPECT_NEAR(density(Normal{0, 1, 0, kInf}, 1), 2 * std::exp(-0.5) / std::sqrt(2 * kPi), 1e-14);
    // Lognormal(0, 1) at e: exp(-1/2) / (e sqrt(2 pi)).
    EXPECT_NEAR(density(Lognormal{0, 1}, std::numbers::e),
                std::exp(-0.5) / (std::numbers::e * std::sqrt(2 * kPi)), 1e-14);
    // Gamma(shape 2, scale 3) at 3: x e^(-x/3) / (Gamma(2) 3^2) = 3 e^-1 / 9.
    EXPECT_NEAR(density(Gamma{2, 3}, 3), std::exp(-1.0) / 3, 1e-14);
    // Beta(2, 3) at 0.5: 12 x (1-x)^2 = 1.5.
    EXPECT_NEAR(density(Beta{2, 3}, 0.5), 1.5, 1e-13);
    // PERT(0, 0.5, 1, 4) is Beta(3, 3): 30 x^2 (1-x)^2 at 0.25 = 30/16 * 9/16.
    EXPECT_NEAR(density(Pert{0, 0.5, 1, 4}, 0.25), 30.0 / 16 * 9 / 16, 1e-13);
    // PERT on [10, 30]: the same Beta(3, 3) stretched by 20.
    EXPECT_NEAR(density(Pert{10, 20, 30, 4}, 15), 30.0 / 16 * 9 / 16 / 20, 1e-14);
    // Pareto(scale 2, shape 3) at 4: shape scale^shape / x^(shape+1) = 3*8/256.
    EXPECT_NEAR(density(Pareto{2, 3}, 4), 24.0 / 256, 1e-14);
    // Lomax(shape 3, scale 2) at 2: shape/scale (1 + x/scale)^-(shape+1) = 1.5 / 16.
    EXPECT_NEAR(density(Lomax{3, 2}, 2), 1.5 / 16, 1e-14);
}

TEST(Density, ProbabilityMassOfDiscreteTypes) {
    // Poisson(2.5) at 3: e^-2.5 2.5^3 / 3!.
    EXPECT_NEAR(density(Poisson{2.5}, 3), std::exp(-2.5) * 15.625 / 6, 1e-14);
    EXPECT_EQ(density(Poisson{2.5}, 2.5), 0); // counts have no mass between whole numbers
    EXPECT_EQ(density(Poisson{0}, 0), 1);     // lambda 0: always zero
    // Binomial(10, 0.3) at 2: C(10,2) 0.3^2 0.7^8.
    EXPECT_NEAR(density(Binomial{10, 0.3}, 2), 45 * 0.09 * std::pow(0.7, 8), 1e-14);
    // NegBinomial(size 3, prob 0.4) at 2: C(4,2) 0.4^3 0.6^2.
    EXPECT_NEAR(density(NegBinomial{3, 0.4}, 2), 6 * 0.064 * 0.36, 1e-14);
    EXPECT_DOUBLE_EQ(density(Bernoulli{0.3}, 1), 0.3);
    EXPECT_DOUBLE_EQ(density(Bernoulli{0.3}, 0), 0.7);
    EXPECT_EQ(density(Fixed{4}, 4), 1);
    EXPECT_EQ(density(Fixed{4}, 4.5), 0);
    // Discrete: weights normalised, repeated values add up.
    const Discrete d{{1, 5, 1}, {1, 2, 1}};
    EXPECT_DOUBLE_EQ(density(d, 1), 0.5);
    EXPECT_DOUBLE_EQ(density(d, 5), 0.5);
    EXPECT_EQ(density(d, 3), 0);
}

TEST(Density, ZeroOutsideTheSupport) {
    EXPECT_EQ(density(Uniform{2, 6}, 1.9), 0);
    EXPECT_EQ(density(Pareto{2, 3}, 1), 0);
    EXPECT_EQ(density(Lognormal{0, 1}, -1), 0);
    EXPECT_EQ(density(Normal{0, 1, -1, 1}, 1.5), 0);
    EXPECT_EQ(density(Binomial{10, 0.3}, 11), 0);
    EXPECT_EQ(density(Gamma{2, 3}, kInf), 0);
}

TEST(Density, DiscreteTypesAreNamed) {
    EXPECT_TRUE(isDiscrete(Fixed{1}));
    EXPECT_TRUE(isDiscrete(Poisson{1}));
    EXPECT_TRUE(isDiscrete(Discrete{{0.5}, {1}}));
    EXPECT_FALSE(isDiscrete(Pert{0, 1, 2, 4}));
    EXPECT_FALSE(isDiscrete(Lognormal{}));
}

// The integral of the density between two quantiles equals the cdf difference: density and cdf
// agree for every continuous type (cdf itself is checked against Boost in distribution_test).
TEST(Density, IntegratesToTheCdfDifference) {
    const std::vector<Distribution> continuous{
        Uniform{1, 3},   Triangular{0, 2, 5}, Pert{0.25, 0.75, 3, 4},
        Normal{5, 2},    Normal{1, 2, 0, 4},  lognormalFromPercentiles(2, 72),
        Gamma{2.5, 4},   Beta{2, 30},         Pareto{100, 2.5},
        Lomax{1.5, 1000}};
    for (const auto& d : continuous) {
        const double a = quantile(d, 0.05);
        const double b = quantile(d, 0.9);
        EXPECT_NEAR(integrate(d, a, b), cdf(d, b) - cdf(d, a), 1e-7) << describe(d);
    }
}

} // namespace
} // namespace cr
