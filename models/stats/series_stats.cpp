// Statistics of a zero-inflated series in O(k) of its k non-zero values, never per zero.
//
// The unconditional view (n = iterations) and the view given an incident (n = incident
// iterations) differ only in their number of zeros, so both read one NonzeroSummary: its sum
// (taken in stored order), spread, bins and the few order statistics that either view's
// quantiles need. Nothing is reordered, and every figure is a deterministic function of the
// sample.
#include "stats/series_stats.h"

#include "stats/nonzero_summary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace cr {

namespace {

constexpr double kVarLevel = 0.99;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Where quantile type 7 of level p reads the sorted full sample of n values.
struct QuantilePosition {
    std::uint64_t lo = 0, hi = 0; // full-sample indices
    double frac = 0;              // weight of hi
};

QuantilePosition quantilePosition(std::uint64_t n, double p) {
    const double h = static_cast<double>(n - 1) * p;
    QuantilePosition q;
    q.lo = std::min(static_cast<std::uint64_t>(std::floor(h)), n - 1);
    q.frac = h - static_cast<double>(q.lo);
    q.hi = std::min(q.lo + 1, n - 1);
    return q;
}

// Asks `s` for the order statistics that the quantiles of a view of n values read.
void needQuantiles(detail::NonzeroSummary& s, std::uint64_t n) {
    if (n == 0 || s.k() == 0) {
        return;
    }
    const std::uint64_t zeros = n - s.k();
    for (const double p : kQuantileLevels) {
        const QuantilePosition q = quantilePosition(n, p);
        if (q.lo >= zeros) {
            s.needRank(q.lo - zeros);
        }
        if (q.frac > 0 && q.hi >= zeros) {
            s.needRank(q.hi - zeros);
        }
    }
}

// A view's statistics once the order statistics it needs are selected.
SeriesStats viewStats(const detail::NonzeroSummary& s, std::uint64_t n,
                      const std::vector<double>& thresholds) {
    SeriesStats st;
    st.n = n;
    if (n == 0) {
        return st;
    }
    const double dn = static_cast<double>(n);
    const std::uint64_t zeros = n - s.k();
    const double k = static_cast<double>(s.k());
    st.mean = s.sum() / dn;
    // Squares about the view's mean: the non-zero values' own spread, their offset from this
    // mean, and the zeros. Every term is >= 0, so nothing cancels.
    if (n > 1) {
        const double nonzeroMean = s.k() > 0 ? s.sum() / k : 0.0;
        const double offset = nonzeroMean - st.mean;
        const double squares = s.centeredSquares() + k * offset * offset +
                               static_cast<double>(zeros) * st.mean * st.mean;
        st.sd = std::sqrt(squares / (dn - 1));
        st.stderr_ = st.sd / std::sqrt(dn);
    } else {
        st.sd = kNaN;
        st.stderr_ = kNaN;
    }
    st.min = zeros > 0 ? 0.0 : s.min();
    st.max = s.max();
    st.pNonzero = k / dn;

    auto orderStatistic = [&](std::uint64_t i) {
        return i < zeros ? 0.0 : s.orderStatistic(i - zeros);
    };
    auto quantile = [&](double p) {
        const QuantilePosition q = quantilePosition(n, p);
        const double lo = orderStatistic(q.lo);
        if (q.frac == 0) {
            return lo;
        }
        const double hi = orderStatistic(q.hi);
        // Rounding must not carry the interpolation outside [lo, hi].
        return std::clamp(lo + q.frac * (hi - lo), lo, hi);
    };
    for (const double p : kQuantileLevels) {
        st.quantiles.emplace_back(p, quantile(p));
    }
    st.var99 = quantile(kVarLevel);
    st.tvar99 = st.var99 + s.excessOver(st.var99) / ((1 - kVarLevel) * dn);

    for (const double t : thresholds) {
        st.exceedance.emplace_back(t, static_cast<double>(s.countAbove(t)) / dn);
    }
    st.histogram = detail::histogramOf(s.grid(), s.counts());
    st.lec = detail::lecOf(s.grid(), s.counts(), s.onEdge(), s.k(), n);
    return st;
}

std::vector<SeriesStats> describeViews(const std::vector<double>& nonzero,
                                       const std::vector<std::uint64_t>& ns,
                                       const std::vector<double>& thresholds) {
    for (const std::uint64_t n : ns) {
        if (nonzero.size() > n) {
            throw std::logic_error("series has " + std::to_string(nonzero.size()) +
                                   " non-zero values but only " + std::to_string(n) +
                                   " iterations");
        }
    }
    detail::NonzeroSummary s(nonzero);
    for (const std::uint64_t n : ns) {
        needQuantiles(s, n);
    }
    for (const double t : thresholds) {
        s.needAbove(t);
    }
    s.resolve(nonzero);
    std::vector<SeriesStats> views;
    for (const std::uint64_t n : ns) {
        views.push_back(viewStats(s, n, thresholds));
    }
    return views;
}

} // namespace

SeriesStats describe(std::vector<double>& nonzero, std::uint64_t n,
                     const std::vector<double>& thresholds) {
    return std::move(describeViews(nonzero, {n}, thresholds).front());
}

SeriesSummary summarize(ZeroInflatedSample& sample, const std::vector<double>& thresholds,
                        std::uint64_t incidentIterations) {
    SeriesSummary summary;
    if (incidentIterations == 0) {
        summary.all = describe(sample.nonzero, sample.n, thresholds);
        return summary;
    }
    std::vector<SeriesStats> views =
        describeViews(sample.nonzero, {sample.n, incidentIterations}, thresholds);
    summary.all = std::move(views[0]);
    summary.givenIncident = std::move(views[1]);
    return summary;
}

} // namespace cr
