// What a series' statistics need from its non-zero values alone, whatever the number of zeros.
//
// Two passes over the values in their stored order: the first for the sum (so the mean never
// depends on a reordering) and the extremes, the second for the squares about the non-zero
// mean and the bin of every value on a LogGrid. After that, an order statistic or the count
// above a threshold needs only the values of one bin: resolve() gathers the bins that were
// asked for in a third pass and selects within them with std::nth_element. The values are
// never reordered, and nothing is done per zero.
#pragma once

#include "stats/log_grid.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace cr::detail {

class NonzeroSummary {
public:
    // Throws std::domain_error if a value is not finite and > 0.
    explicit NonzeroSummary(const std::vector<double>& values);

    std::uint64_t k() const { return m_k; }
    double sum() const { return m_sum; }
    double min() const { return m_min; }
    double max() const { return m_max; }
    double centeredSquares() const { return m_squares; } // sum of (x - sum/k)^2
    const LogGrid& grid() const { return m_grid; }
    const std::vector<std::uint64_t>& counts() const { return m_counts; }
    const std::vector<std::uint64_t>& onEdge() const { return m_onEdge; }

    // Announce what will be asked after resolve(): the order statistic of 0-based rank r among
    // the non-zero values, and the count of values above t (also needed for excessOver(t)).
    void needRank(std::uint64_t r);
    void needAbove(double t);
    // One pass over the same values as the constructor's, gathering the announced bins.
    void resolve(const std::vector<double>& values);

    double orderStatistic(std::uint64_t r) const;
    std::uint64_t countAbove(double t) const;
    // Sum of max(x - t, 0) over the values; t must lie in an announced bin or outside
    // [min, max), or between two announced consecutive order statistics.
    double excessOver(double t) const;

private:
    bool isGathered(std::size_t bin) const {
        return bin < m_isGathered.size() && m_isGathered[bin] != 0;
    }
    const std::vector<double>& gathered(std::size_t bin) const;
    // The value of a bin whose values all equal its lower edge (or all equal max): such bins,
    // common for fixed amounts, need no gathering.
    std::optional<double> uniformValue(std::size_t bin) const;
    std::uint64_t countAboveIn(std::size_t bin, double t) const;
    double excessIn(std::size_t bin, double t) const; // sum of max(x - t, 0) in the bin

    std::uint64_t m_k = 0;
    double m_sum = 0, m_min = 0, m_max = 0, m_squares = 0;
    LogGrid m_grid;
    std::vector<std::uint64_t> m_counts, m_onEdge;
    std::vector<std::uint64_t> m_countBefore; // values in bins before bin i; size bins + 1
    std::vector<double> m_sums;               // per bin, added in stored order
    std::uint64_t m_atMax = 0;                // values equal to max
    std::unique_ptr<std::uint16_t[]> m_binOf; // per value
    std::map<std::size_t, std::vector<std::uint64_t>> m_wanted; // bin -> ranks within it
    std::vector<std::vector<double>> m_gathered; // per bin: its values, if m_isGathered
    std::vector<std::uint8_t> m_isGathered;
    std::map<std::uint64_t, double> m_orderStatistics; // rank -> value
};

} // namespace cr::detail
