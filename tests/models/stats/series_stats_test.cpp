// Series statistics against hand calculations and a brute-force expanded, fully sorted sample.
#include "stats/series_stats.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <random>
#include <vector>

namespace cr {
namespace {

// The full sample with its zeros, sorted: what every definition in FORMAT.md is stated on.
std::vector<double> expanded(const std::vector<double>& nonzero, std::uint64_t n) {
    std::vector<double> all(n - nonzero.size(), 0.0);
    all.insert(all.end(), nonzero.begin(), nonzero.end());
    std::sort(all.begin(), all.end());
    return all;
}

// Hyndman & Fan type 7 on a sorted sample, written out from the definition.
double type7(const std::vector<double>& sorted, double p) {
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - std::floor(h)) * (sorted[hi] - sorted[lo]);
}

double countAbove(const std::vector<double>& values, double t) {
    return static_cast<double>(
        std::count_if(values.begin(), values.end(), [t](double x) { return x > t; }));
}

void expectRelNear(double expected, double actual, double rel, const char* what) {
    EXPECT_NEAR(expected, actual, rel * std::max(1.0, std::abs(expected))) << what;
}

// Checks every statistic of `st` against the expanded sample.
void checkAgainstBruteForce(const std::vector<double>& nonzero, std::uint64_t n,
                            const std::vector<double>& thresholds, const SeriesStats& st) {
    const std::vector<double> all = expanded(nonzero, n);
    const double dn = static_cast<double>(n);
    ASSERT_EQ(st.n, n);
    const double mean = std::accumulate(all.begin(), all.end(), 0.0) / dn;
    expectRelNear(mean, st.mean, 1e-12, "mean");
    if (n > 1) {
        double squares = 0;
        for (double x : all) {
            squares += (x - mean) * (x - mean);
        }
        const double sd = std::sqrt(squares / (dn - 1));
        expectRelNear(sd, st.sd, 1e-10, "sd");
        expectRelNear(sd / std::sqrt(dn), st.stderr_, 1e-10, "stderr");
    } else {
        EXPECT_TRUE(std::isnan(st.sd));
        EXPECT_TRUE(std::isnan(st.stderr_));
    }
    EXPECT_EQ(all.front(), st.min);
    EXPECT_EQ(all.back(), st.max);
    EXPECT_DOUBLE_EQ(static_cast<double>(nonzero.size()) / dn, st.pNonzero);

    const double levels[] = {0.5, 0.9, 0.95, 0.99, 0.995};
    ASSERT_EQ(st.quantiles.size(), 5u);
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(levels[i], st.quantiles[i].first);
        expectRelNear(type7(all, levels[i]), st.quantiles[i].second, 1e-14, "quantile");
    }
    const double var = type7(all, 0.99);
    expectRelNear(var, st.var99, 1e-14, "var");
    double excess = 0;
    for (double x : all) {
        excess += std::max(x - var, 0.0);
    }
    expectRelNear(var + excess / (0.01 * dn), st.tvar99, 1e-12, "tvar");

    ASSERT_EQ(st.exceedance.size(), thresholds.size());
    for (std::size_t i = 0; i < thresholds.size(); ++i) {
        EXPECT_EQ(thresholds[i], st.exceedance[i].first);
        EXPECT_DOUBLE_EQ(countAbove(all, thresholds[i]) / dn, st.exceedance[i].second);
    }

    // Histogram: bins [e_i, e_i+1), the last one closed, counted by plain comparison.
    const Histogram& h = st.histogram;
    if (nonzero.empty()) {
        EXPECT_TRUE(h.edges.empty());
        EXPECT_TRUE(h.counts.empty());
    } else {
        ASSERT_EQ(h.edges.size(), h.counts.size() + 1);
        EXPECT_EQ(*std::min_element(nonzero.begin(), nonzero.end()), h.edges.front());
        EXPECT_EQ(*std::max_element(nonzero.begin(), nonzero.end()), h.edges.back());
        std::uint64_t total = 0;
        for (std::size_t b = 0; b < h.counts.size(); ++b) {
            const bool last = b + 1 == h.counts.size();
            const auto expected = std::count_if(nonzero.begin(), nonzero.end(), [&](double x) {
                return x >= h.edges[b] && (x < h.edges[b + 1] || (last && x <= h.edges[b + 1]));
            });
            EXPECT_EQ(static_cast<std::uint64_t>(expected), h.counts[b]) << "bin " << b;
            total += h.counts[b];
        }
        EXPECT_EQ(nonzero.size(), total);
    }

    // LEC: starts at (0, pNonzero), exact everywhere, never rises, ends at (max, 0).
    ASSERT_FALSE(st.lec.empty());
    EXPECT_LE(st.lec.size(), 300u);
    EXPECT_EQ(0.0, st.lec.front().first);
    EXPECT_DOUBLE_EQ(st.pNonzero, st.lec.front().second);
    for (std::size_t i = 0; i < st.lec.size(); ++i) {
        EXPECT_DOUBLE_EQ(countAbove(all, st.lec[i].first) / dn, st.lec[i].second) << i;
        if (i > 0) {
            EXPECT_LT(st.lec[i - 1].first, st.lec[i].first) << i;
            EXPECT_LE(st.lec[i].second, st.lec[i - 1].second) << i;
        }
    }
    if (!nonzero.empty()) {
        EXPECT_EQ(all.back(), st.lec.back().first);
        EXPECT_EQ(0.0, st.lec.back().second);
    }
}

TEST(SeriesStats, HandWorkedExample) {
    // n = 10, six zeros and {3, 1, 4, 2}: sorted 0 0 0 0 0 0 1 2 3 4 (indices 0..9).
    std::vector<double> nonzero = {3, 1, 4, 2};
    const SeriesStats st = describe(nonzero, 10, {});
    EXPECT_DOUBLE_EQ(1.0, st.mean); // 10 / 10
    // (0-1)^2 * 6 + 0 + 1 + 4 + 9 = 20, over n - 1 = 9.
    EXPECT_DOUBLE_EQ(std::sqrt(20.0 / 9.0), st.sd);
    EXPECT_DOUBLE_EQ(std::sqrt(20.0 / 9.0) / std::sqrt(10.0), st.stderr_);
    EXPECT_EQ(0.0, st.min);
    EXPECT_EQ(4.0, st.max);
    EXPECT_DOUBLE_EQ(0.4, st.pNonzero);
    // h = 9p: 0.5 -> 4.5 (x4 = x5 = 0); 0.9 -> 8.1: 3 + 0.1 * (4 - 3); 0.95 -> 8.55;
    // 0.99 -> 8.91; 0.995 -> 8.955.
    const double expected[] = {0.0, 3.1, 3.55, 3.91, 3.955};
    ASSERT_EQ(5u, st.quantiles.size());
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_NEAR(expected[i], st.quantiles[i].second, 1e-12) << st.quantiles[i].first;
    }
    EXPECT_NEAR(3.91, st.var99, 1e-12);
    // Only 4 exceeds VaR: (4 - 3.91) / (0.01 * 10) = 0.9.
    EXPECT_NEAR(3.91 + 0.9, st.tvar99, 1e-12);
}

TEST(SeriesStats, HandWorkedGivenIncident) {
    // The same values given an incident in 4 iterations: sorted 1 2 3 4, h = 3p.
    ZeroInflatedSample sample{10, {3, 1, 4, 2}};
    const SeriesSummary s = summarize(sample, {}, 4);
    ASSERT_TRUE(s.givenIncident.has_value());
    const SeriesStats& g = *s.givenIncident;
    EXPECT_EQ(4u, g.n);
    EXPECT_DOUBLE_EQ(2.5, g.mean);
    EXPECT_DOUBLE_EQ(std::sqrt(5.0 / 3.0), g.sd); // 2.25 + 0.25 + 0.25 + 2.25 = 5
    EXPECT_EQ(1.0, g.min);
    EXPECT_DOUBLE_EQ(1.0, g.pNonzero);
    // 0.5 -> 1.5: 2.5; 0.9 -> 2.7: 3.7; 0.95 -> 2.85; 0.99 -> 2.97; 0.995 -> 2.985.
    const double expected[] = {2.5, 3.7, 3.85, 3.97, 3.985};
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_NEAR(expected[i], g.quantiles[i].second, 1e-12) << g.quantiles[i].first;
    }
    // (4 - 3.97) / (0.01 * 4) = 0.75.
    EXPECT_NEAR(3.97 + 0.75, g.tvar99, 1e-12);
    EXPECT_DOUBLE_EQ(1.0, s.all.mean);
    EXPECT_NEAR(3.1, s.all.quantiles[1].second, 1e-12);
}

TEST(SeriesStats, MatchesBruteForceOnRandomSamples) {
    std::mt19937_64 rng(20240611);
    std::lognormal_distribution<double> lognormal(8.0, 2.0);
    std::uniform_int_distribution<int> smallInts(1, 6); // many ties
    const std::pair<std::uint64_t, std::uint64_t> sizes[] = {
        {1, 0},      {1, 1},    {2, 1},       {2, 2},       {3, 1},        {10, 0},   {10, 10},
        {10, 1},     {10, 9},   {57, 3},      {100, 37},    {100, 100},    {101, 99}, {1000, 1},
        {1000, 999}, {1000, 2}, {4999, 1234}, {20000, 150}, {20000, 19990}};
    const std::vector<double> thresholds = {0, 1, 2.5, 3, 1000, 1500, 2999.99, 3000, 1e5, 1e6};
    for (const auto& [n, k] : sizes) {
        // Continuous values; a few integers (ties inside bins); two amounts (bins that hold
        // one repeated value at min and at max); one amount (a single bin).
        for (int kind = 0; kind < 4; ++kind) {
            std::vector<double> nonzero(k);
            for (double& x : nonzero) {
                switch (kind) {
                case 0:
                    x = lognormal(rng);
                    break;
                case 1:
                    x = static_cast<double>(smallInts(rng));
                    break;
                case 2:
                    x = smallInts(rng) <= 4 ? 1000.0 : 3000.0;
                    break;
                default:
                    x = 3.0;
                }
            }
            SCOPED_TRACE("n=" + std::to_string(n) + " k=" + std::to_string(k) +
                         " kind=" + std::to_string(kind));
            std::vector<double> work = nonzero;
            checkAgainstBruteForce(nonzero, n, thresholds, describe(work, n, thresholds));
            // The given-incident view of the same values, through summarize().
            const std::uint64_t incidents = k + (n - k) / 3;
            ZeroInflatedSample sample{n, nonzero};
            const SeriesSummary s = summarize(sample, thresholds, incidents);
            checkAgainstBruteForce(nonzero, n, thresholds, s.all);
            if (incidents > 0) {
                ASSERT_TRUE(s.givenIncident.has_value());
                checkAgainstBruteForce(nonzero, incidents, thresholds, *s.givenIncident);
            } else {
                EXPECT_FALSE(s.givenIncident.has_value());
            }
        }
    }
}

TEST(SeriesStats, BinsHoldingSeveralCloseValues) {
    // The first and the last of 280 log-spaced bins over [1, 1e6] each hold several distinct
    // values, and the quantiles and thresholds fall inside them.
    const std::vector<double> nonzero = {1e6, 1.00002, 999998, 1, 999999, 1.00001, 1e6};
    const std::vector<double> thresholds = {1, 1.000015, 999998.5, 999999};
    for (const std::uint64_t n : {7u, 9u}) {
        std::vector<double> work = nonzero;
        checkAgainstBruteForce(nonzero, n, thresholds, describe(work, n, thresholds));
    }
}

TEST(SeriesStats, ValuesOnBinEdgesLandInTheBinTheyStart) {
    std::mt19937_64 rng(7);
    std::lognormal_distribution<double> lognormal(5.0, 1.5);
    std::vector<double> nonzero(3000);
    for (double& x : nonzero) {
        x = lognormal(rng);
    }
    std::vector<double> work = nonzero;
    const SeriesStats first = describe(work, 5000, {});
    ASSERT_GE(first.histogram.counts.size(), 30u);
    // Adding every edge (and LEC amount) as a value keeps min and max, hence the grid; each
    // edge value must then sit in the bin that it opens, and the LEC must not count it as > itself.
    for (double e : first.histogram.edges) {
        nonzero.push_back(e);
        nonzero.push_back(e);
    }
    for (const auto& [amount, p] : first.lec) {
        if (amount > 0) {
            nonzero.push_back(amount);
        }
    }
    work = nonzero;
    const SeriesStats st = describe(work, 10000, {first.lec[100].first});
    EXPECT_EQ(first.histogram.edges, st.histogram.edges);
    checkAgainstBruteForce(nonzero, 10000, {first.lec[100].first}, st);
}

TEST(SeriesStats, ExceedanceIsStrictlyGreater) {
    std::vector<double> nonzero = {5, 10, 5};
    const SeriesStats st = describe(nonzero, 5, {0, 4.999, 5, 7, 10, 11});
    const double expected[] = {3.0 / 5, 3.0 / 5, 1.0 / 5, 1.0 / 5, 0.0, 0.0};
    ASSERT_EQ(6u, st.exceedance.size());
    for (std::size_t i = 0; i < 6; ++i) {
        EXPECT_DOUBLE_EQ(expected[i], st.exceedance[i].second) << st.exceedance[i].first;
    }
}

TEST(SeriesStats, HistogramShapes) {
    std::vector<double> same = {250, 250, 250};
    const SeriesStats one = describe(same, 8, {});
    EXPECT_EQ((std::vector<double>{250, 250}), one.histogram.edges);
    EXPECT_EQ((std::vector<std::uint64_t>{3}), one.histogram.counts);
    // LEC of a single value: P(X > 0) = 3/8, then nothing exceeds 250.
    ASSERT_EQ(2u, one.lec.size());
    EXPECT_EQ((std::pair<double, double>{0.0, 3.0 / 8}), one.lec[0]);
    EXPECT_EQ((std::pair<double, double>{250.0, 0.0}), one.lec[1]);

    std::vector<double> spread = {1, 1e6};
    const SeriesStats wide = describe(spread, 2, {});
    ASSERT_EQ(41u, wide.histogram.edges.size());
    // Log-spaced: six decades in 40 bins, ratio 10^(6/40) between neighbouring edges.
    for (std::size_t i = 1; i < wide.histogram.edges.size(); ++i) {
        EXPECT_NEAR(std::pow(10.0, 6.0 / 40), wide.histogram.edges[i] / wide.histogram.edges[i - 1],
                    1e-9);
    }
    EXPECT_EQ(1u, wide.histogram.counts.front());
    EXPECT_EQ(1u, wide.histogram.counts.back());
    EXPECT_LE(wide.lec.size(), 300u);
    EXPECT_GE(wide.lec.size(), 250u);
}

TEST(SeriesStats, NoIterationsAndNoLosses) {
    std::vector<double> none;
    const SeriesStats empty = describe(none, 0, {100});
    EXPECT_EQ(0u, empty.n);
    EXPECT_EQ(0.0, empty.mean);
    EXPECT_EQ(0.0, empty.sd);
    EXPECT_EQ(0.0, empty.tvar99);
    EXPECT_TRUE(empty.quantiles.empty());
    EXPECT_TRUE(empty.exceedance.empty());
    EXPECT_TRUE(empty.histogram.edges.empty());
    EXPECT_TRUE(empty.lec.empty());

    const SeriesStats zeros = describe(none, 50, {100});
    EXPECT_EQ(0.0, zeros.mean);
    EXPECT_EQ(0.0, zeros.sd);
    EXPECT_EQ(0.0, zeros.max);
    EXPECT_EQ(0.0, zeros.quantiles.back().second);
    EXPECT_EQ(0.0, zeros.tvar99);
    EXPECT_EQ(0.0, zeros.exceedance.front().second);
    EXPECT_TRUE(zeros.histogram.counts.empty());
    EXPECT_EQ((std::vector<std::pair<double, double>>{{0.0, 0.0}}), zeros.lec);

    ZeroInflatedSample sample{50, {}};
    EXPECT_FALSE(summarize(sample, {}, 0).givenIncident.has_value());
}

TEST(SeriesStats, DeterministicAndOrderOfStorageDecidesOnlyTheSumOrder) {
    std::mt19937_64 rng(99);
    std::lognormal_distribution<double> lognormal(9.0, 2.5);
    std::vector<double> nonzero(50000);
    for (double& x : nonzero) {
        x = lognormal(rng);
    }
    ZeroInflatedSample a{200000, nonzero}, b{200000, nonzero};
    const SeriesSummary sa = summarize(a, {1e4}, 120000);
    const SeriesSummary sb = summarize(b, {1e4}, 120000);
    EXPECT_EQ(a.nonzero, b.nonzero); // the same reordering
    EXPECT_EQ(sa.all.mean, sb.all.mean);
    EXPECT_EQ(sa.all.sd, sb.all.sd);
    EXPECT_EQ(sa.all.tvar99, sb.all.tvar99);
    EXPECT_EQ(sa.givenIncident->tvar99, sb.givenIncident->tvar99);
    EXPECT_EQ(sa.all.quantiles, sb.all.quantiles);
    EXPECT_EQ(sa.all.lec, sb.all.lec);
    // summarize() shares its work between the views; each view still equals describe() alone.
    std::vector<double> work = nonzero;
    const SeriesStats given = describe(work, 120000, {1e4});
    EXPECT_EQ(given.mean, sa.givenIncident->mean);
    EXPECT_EQ(given.quantiles, sa.givenIncident->quantiles);
    EXPECT_NEAR(given.tvar99, sa.givenIncident->tvar99, 1e-12 * given.tvar99);
    EXPECT_EQ(given.lec, sa.givenIncident->lec);
}

TEST(SeriesStats, RejectsImpossibleSamples) {
    std::vector<double> tooMany = {1, 2, 3};
    EXPECT_THROW(describe(tooMany, 2, {}), std::logic_error);
    std::vector<double> notPositive = {1, 0, 3};
    EXPECT_THROW(describe(notPositive, 5, {}), std::domain_error);
    std::vector<double> infinite = {1, INFINITY};
    EXPECT_THROW(describe(infinite, 5, {}), std::domain_error);
    ZeroInflatedSample sample{10, {1, 2, 3}};
    EXPECT_THROW(summarize(sample, {}, 2), std::logic_error);
}

} // namespace
} // namespace cr
