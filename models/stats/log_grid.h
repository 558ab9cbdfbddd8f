// A log-spaced grid of bins over [min, max] of a series' non-zero values.
//
// One grid serves the histogram (every kLecStepsPerBin-th edge) and the loss exceedance curve
// (every edge), and lets the order statistics and exceedance counts look at a few bins only.
// A value's bin is guessed from a cheap table-based log2 and then settled by exact comparison
// with the edges, so a value lying exactly on an edge always lands in the bin that it opens.
#pragma once

#include "stats/series_stats.h"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace cr::detail {

inline constexpr std::size_t kHistogramBins = 40;
inline constexpr std::size_t kLecStepsPerBin = 7; // 280 LEC steps: 282 points with (0, p)

class LogGrid {
public:
    LogGrid() = default; // no bins: a sample without non-zero values
    // Requires 0 < min <= max, both finite. min == max gives the one bin [min, max].
    LogGrid(double min, double max);

    std::size_t bins() const { return m_edges.empty() ? 0 : m_edges.size() - 1; }
    std::size_t binsPerHistogramBin() const { return m_stride; }
    // Non-decreasing, front() = min, back() = max.
    const std::vector<double>& edges() const { return m_edges; }

    // The rightmost bin i with edges[i] <= x (the last bin also holds max). x in [min, max].
    std::size_t binOf(double x) const {
        const double t = (approxLog2(x) - m_log2Min) * m_perLog2;
        std::size_t i = 0;
        if (t >= static_cast<double>(m_last)) {
            i = m_last;
        } else if (t > 0) {
            i = static_cast<std::size_t>(t);
        }
        while (i > 0 && x < m_edges[i]) {
            --i;
        }
        while (i < m_last && x >= m_edges[i + 1]) {
            ++i;
        }
        return i;
    }

private:
    // log2 of a positive normal double within ~3e-6: exponent plus a linearly interpolated
    // 256-entry table of the mantissa. Only a guess for binOf, which corrects it exactly.
    double approxLog2(double x) const {
        const auto bits = std::bit_cast<std::uint64_t>(x);
        const auto exponent = static_cast<std::int64_t>(bits >> 52) - 1023;
        const std::size_t j = (bits >> 44) & 0xFF;
        const auto low = static_cast<std::int64_t>(bits & ((std::uint64_t{1} << 44) - 1));
        return static_cast<double>(exponent) + m_table->at[j] +
               static_cast<double>(low) * 0x1p-52 * m_table->slope[j];
    }
    struct Log2Table {
        std::array<double, 256> at{}, slope{};
    };
    static const Log2Table& log2Table();

    const Log2Table* m_table = &log2Table();
    std::vector<double> m_edges;
    std::size_t m_last = 0; // last bin index
    std::size_t m_stride = 1;
    double m_log2Min = 0, m_perLog2 = 0;
};

// The ~40-bin histogram from the grid's per-bin counts.
Histogram histogramOf(const LogGrid& grid, const std::vector<std::uint64_t>& counts);

// (0, k/n), then (edge, P(X > edge)) at every distinct edge, ending at (max, 0). `onEdge[i]`
// counts the values of bin i that equal edges[i].
std::vector<std::pair<double, double>> lecOf(const LogGrid& grid,
                                             const std::vector<std::uint64_t>& counts,
                                             const std::vector<std::uint64_t>& onEdge,
                                             std::uint64_t k, std::uint64_t n);

} // namespace cr::detail
