// xoshiro256++ against a reference transcription of the published algorithm; stream derivation;
// uniform range and moments; Ziggurat normal and exponential against Boost's cdfs and tails.
#include "distributions/rng.h"

#include "models/distributions/stat_check.h"

#include <boost/math/distributions/normal.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace cr {
namespace {

using testing::ksCritical;
using testing::ksStatistic;
using testing::moments;

// Reference SplitMix64 and xoshiro256++ as printed by Vigna (prng.di.unimi.it).
std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}
std::uint64_t xoshiroNext(std::uint64_t s[4]) {
    const std::uint64_t result = rotl(s[0] + s[3], 23) + s[0];
    const std::uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

TEST(Rng, SplitMix64ReferenceValue) {
    std::uint64_t x = 0;
    EXPECT_EQ(splitmix64(x), 0xe220a8397b1dcdafULL); // published first output for seed 0
}

TEST(Rng, MatchesReferenceXoshiroSeededBySplitMix) {
    std::uint64_t x = 12345;
    std::uint64_t s[4];
    for (auto& w : s) {
        w = splitmix64(x);
    }
    Rng rng(12345);
    for (int i = 0; i < 1000; ++i) {
        ASSERT_EQ(rng.next(), xoshiroNext(s)) << i;
    }
}

TEST(Rng, SameSeedSameStreamDifferentSeedsDiffer) {
    Rng a(7), b(7), c(8);
    int same = 0;
    for (int i = 0; i < 100; ++i) {
        const auto x = a.next();
        EXPECT_EQ(x, b.next());
        same += x == c.next();
    }
    EXPECT_EQ(same, 0);
    Rng s1 = Rng::forStream(7, 3), s2 = Rng::forStream(7, 3);
    for (int i = 0; i < 100; ++i) {
        EXPECT_EQ(s1.next(), s2.next());
    }
}

TEST(Rng, StreamsAreDistinctAndUncorrelated) {
    std::set<std::uint64_t> firsts;
    for (std::uint64_t seed : {0ULL, 1ULL, 2ULL}) {
        for (std::uint64_t stream = 0; stream < 1000; ++stream) {
            firsts.insert(Rng::forStream(seed, stream).next());
        }
    }
    EXPECT_EQ(firsts.size(), 3000u);
    // Neighbouring streams: the correlation of their uniforms is ~N(0, 1/n).
    constexpr int n = 20000;
    for (std::uint64_t stream = 0; stream < 4; ++stream) {
        Rng a = Rng::forStream(1, stream), b = Rng::forStream(1, stream + 1);
        double sab = 0, sa = 0, sb = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; ++i) {
            const double x = a.uniform(), y = b.uniform();
            sab += x * y, sa += x, sb += y, saa += x * x, sbb += y * y;
        }
        const double cov = sab / n - sa / n * sb / n;
        const double corr =
            cov / std::sqrt((saa / n - sa * sa / n / n) * (sbb / n - sb * sb / n / n));
        EXPECT_LT(std::fabs(corr), 5 / std::sqrt(n)) << stream;
    }
}

TEST(Rng, UniformRangeAndMoments) {
    Rng rng(99);
    constexpr int n = 200000;
    std::vector<double> xs(n);
    for (auto& x : xs) {
        x = rng.uniform();
        ASSERT_GE(x, 0);
        ASSERT_LT(x, 1);
    }
    const auto m = moments(xs);
    EXPECT_NEAR(m.mean, 0.5, 5 * std::sqrt(1.0 / 12 / n));
    EXPECT_NEAR(m.variance, 1.0 / 12, 5 * std::sqrt((1.0 / 80 - 1.0 / 144) / n));
    EXPECT_LT(ksStatistic(xs, [](double x) { return x; }), ksCritical(n));
    for (int i = 0; i < n; ++i) {
        const double u = rng.uniformOpen();
        ASSERT_GT(u, 0);
        ASSERT_LT(u, 1);
    }
}

TEST(Rng, ZigguratNormalPassesKolmogorovSmirnov) {
    Rng rng(2024);
    constexpr int n = 200000;
    std::vector<double> xs(n);
    for (auto& x : xs) {
        x = rng.normal();
    }
    const auto m = moments(xs);
    EXPECT_NEAR(m.mean, 0, 5 / std::sqrt(n));
    EXPECT_NEAR(m.variance, 1, 5 * std::sqrt(2.0 / n));
    EXPECT_NEAR(m.fourthCentral, 3, 5 * std::sqrt(96.0 / n)); // Var(Z^4) = 105 - 9
    const boost::math::normal_distribution<> ref;
    EXPECT_LT(ksStatistic(xs, [&](double x) { return boost::math::cdf(ref, x); }), ksCritical(n));
}

// Count of draws in a region of probability p: within 5 binomial standard errors.
void expectFrequency(double count, double n, double p, const char* what) {
    EXPECT_NEAR(count / n, p, 5 * std::sqrt(p * (1 - p) / n)) << what;
}

TEST(Rng, ZigguratNormalTails) {
    Rng rng(31);
    constexpr double n = 4e6;
    double beyond3 = 0, above37 = 0, below37 = 0, beyond45 = 0;
    for (int i = 0; i < n; ++i) {
        const double z = rng.normal();
        beyond3 += std::fabs(z) > 3;
        above37 += z > 3.7; // beyond the base layer's r = 3.654: the tail algorithm
        below37 += z < -3.7;
        beyond45 += std::fabs(z) > 4.5;
    }
    const boost::math::normal_distribution<> ref;
    auto upper = [&](double z) { return boost::math::cdf(boost::math::complement(ref, z)); };
    expectFrequency(beyond3, n, 2 * upper(3), "|Z| > 3");
    expectFrequency(above37, n, upper(3.7), "Z > 3.7");
    expectFrequency(below37, n, upper(3.7), "Z < -3.7");
    expectFrequency(beyond45, n, 2 * upper(4.5), "|Z| > 4.5");
}

TEST(Rng, ZigguratExponential) {
    Rng rng(77);
    constexpr int n = 200000;
    std::vector<double> xs(n);
    for (auto& x : xs) {
        x = rng.exponential();
        ASSERT_GE(x, 0);
    }
    const auto m = moments(xs);
    EXPECT_NEAR(m.mean, 1, 5 / std::sqrt(n));
    EXPECT_NEAR(m.variance, 1, 5 * std::sqrt(8.0 / n)); // Var((E-1)^2) = 9 - 1
    EXPECT_LT(ksStatistic(xs, [](double x) { return -std::expm1(-x); }), ksCritical(n));
    constexpr double big = 4e6;
    double beyond8 = 0, beyond12 = 0;
    for (int i = 0; i < big; ++i) {
        const double e = rng.exponential();
        beyond8 += e > 8; // beyond r = 7.697: the tail path
        beyond12 += e > 12;
    }
    expectFrequency(beyond8, big, std::exp(-8.0), "E > 8");
    expectFrequency(beyond12, big, std::exp(-12.0), "E > 12");
}

} // namespace
} // namespace cr
