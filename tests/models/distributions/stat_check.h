// Helpers for the statistical tests of samplers: moments, Kolmogorov-Smirnov, standard errors.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace cr::testing {

struct Moments {
    double mean = 0, variance = 0, fourthCentral = 0;
};

inline Moments moments(const std::vector<double>& xs) {
    Moments m;
    for (double x : xs) {
        m.mean += x;
    }
    m.mean /= static_cast<double>(xs.size());
    for (double x : xs) {
        const double d2 = (x - m.mean) * (x - m.mean);
        m.variance += d2;
        m.fourthCentral += d2 * d2;
    }
    m.variance /= static_cast<double>(xs.size() - 1);
    m.fourthCentral /= static_cast<double>(xs.size());
    return m;
}

// Kolmogorov-Smirnov statistic sup |F_n(x) - F(x)| of a sample against a continuous cdf.
// Sorts xs.
template <class Cdf>
double ksStatistic(std::vector<double>& xs, Cdf cdf) {
    std::sort(xs.begin(), xs.end());
    const double n = static_cast<double>(xs.size());
    double d = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double f = cdf(xs[i]);
        d = std::max({d, f - static_cast<double>(i) / n, static_cast<double>(i + 1) / n - f});
    }
    return d;
}

// Critical value of the KS statistic at significance 0.001 (asymptotic: 1.949 / sqrt(n)).
inline double ksCritical(std::size_t n) {
    return 1.949 / std::sqrt(static_cast<double>(n));
}

} // namespace cr::testing
