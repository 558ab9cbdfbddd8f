// The log-spaced grid's edges, and the histogram and loss exceedance curve read from its bins.
#include "stats/log_grid.h"

#include <algorithm>
#include <cmath>

namespace cr::detail {

const LogGrid::Log2Table& LogGrid::log2Table() {
    static const Log2Table table = [] {
        Log2Table t;
        for (std::size_t j = 0; j < t.at.size(); ++j) {
            const double m = 1.0 + static_cast<double>(j) / 256.0;
            t.at[j] = std::log2(m);
            t.slope[j] = (std::log2(m + 1.0 / 256.0) - t.at[j]) * 256.0;
        }
        return t;
    }();
    return table;
}

LogGrid::LogGrid(double min, double max) {
    // All values equal: one bin [min, max] that holds them all.
    const std::size_t steps = min < max ? kHistogramBins * kLecStepsPerBin : 1;
    m_stride = min < max ? kLecStepsPerBin : 1;
    m_last = steps - 1;
    m_edges.resize(steps + 1);
    // Edges exp(log min + i * step), pinned to exactly min and max at the ends and forced
    // non-decreasing, so that rounding can never make a value belong to two bins.
    const double logMin = std::log(min);
    const double step = (std::log(max) - logMin) / static_cast<double>(steps);
    m_edges.front() = min;
    for (std::size_t i = 1; i < steps; ++i) {
        const double e = std::exp(logMin + static_cast<double>(i) * step);
        m_edges[i] = std::clamp(e, m_edges[i - 1], max);
    }
    m_edges.back() = max;
    // A zero range in log space (max within an ulp of min) leaves the bin to the correction.
    m_log2Min = approxLog2(min);
    const double log2Range = approxLog2(max) - m_log2Min;
    m_perLog2 = log2Range > 0 ? static_cast<double>(steps) / log2Range : 0.0;
}

Histogram histogramOf(const LogGrid& grid, const std::vector<std::uint64_t>& counts) {
    Histogram h;
    if (grid.bins() == 0) {
        return h;
    }
    const std::size_t stride = grid.binsPerHistogramBin();
    const std::size_t histBins = grid.bins() / stride;
    h.counts.assign(histBins, 0);
    for (std::size_t j = 0; j <= histBins; ++j) {
        h.edges.push_back(grid.edges()[j * stride]);
    }
    for (std::size_t i = 0; i < grid.bins(); ++i) {
        h.counts[i / stride] += counts[i];
    }
    return h;
}

std::vector<std::pair<double, double>> lecOf(const LogGrid& grid,
                                             const std::vector<std::uint64_t>& counts,
                                             const std::vector<std::uint64_t>& onEdge,
                                             std::uint64_t k, std::uint64_t n) {
    std::vector<std::pair<double, double>> lec;
    if (n == 0) {
        return lec;
    }
    const double dn = static_cast<double>(n);
    lec.emplace_back(0.0, static_cast<double>(k) / dn);
    if (grid.bins() == 0) {
        return lec;
    }
    const std::vector<double>& edges = grid.edges();
    // atLeast = values >= edges[i]; P(X > edges[i]) leaves out those equal to the edge. Values
    // equal to a repeated edge are in the run's last bin, so only that index is exact; the
    // others would repeat its amount and are skipped.
    std::vector<std::pair<double, double>> points;
    std::uint64_t atLeast = 0;
    for (std::size_t i = grid.bins(); i-- > 0;) {
        atLeast += counts[i];
        if (edges[i] < edges[i + 1]) {
            points.emplace_back(edges[i], static_cast<double>(atLeast - onEdge[i]) / dn);
        }
    }
    lec.insert(lec.end(), points.rbegin(), points.rend());
    lec.emplace_back(edges.back(), 0.0);
    return lec;
}

} // namespace cr::detail
