// Sums, spread, bins and, on demand, order statistics of a series' non-zero values.
#include "stats/nonzero_summary.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

namespace cr::detail {

NonzeroSummary::NonzeroSummary(const std::vector<double>& values) : m_k(values.size()) {
    if (values.empty()) {
        return;
    }
    // Pass 1, stored order: four interleaved partial sums (a fixed order, so still a
    // deterministic function of the sample) to break the chain of dependent additions.
    double partial[4] = {0, 0, 0, 0};
    double min = values.front(), max = values.front();
    bool valid = true;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double x = values[i];
        partial[i % 4] += x;
        min = std::min(min, x);
        max = std::max(max, x);
        valid &= x > 0 && x <= std::numeric_limits<double>::max();
    }
    if (!valid) {
        throw std::domain_error("series has a value that is not finite and > 0");
    }
    m_sum = (partial[0] + partial[1]) + (partial[2] + partial[3]);
    m_min = min;
    m_max = max;

    // Pass 2: squares about the non-zero mean, and every value's bin.
    m_grid = LogGrid(min, max);
    const std::size_t bins = m_grid.bins();
    m_counts.assign(bins, 0);
    m_onEdge.assign(bins, 0);
    m_sums.assign(bins, 0.0);
    m_binOf.reset(new std::uint16_t[values.size()]); // every element is written below
    const double mean = m_sum / static_cast<double>(m_k);
    const double* edges = m_grid.edges().data();
    double squares = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double x = values[i];
        squares += (x - mean) * (x - mean);
        const std::size_t b = m_grid.binOf(x);
        m_binOf[i] = static_cast<std::uint16_t>(b);
        ++m_counts[b];
        m_onEdge[b] += x == edges[b] ? 1 : 0;
        m_sums[b] += x;
    }
    m_squares = squares;
    m_countBefore.assign(bins + 1, 0);
    for (std::size_t b = 0; b < bins; ++b) {
        m_countBefore[b + 1] = m_countBefore[b] + m_counts[b];
    }
}

void NonzeroSummary::needRank(std::uint64_t r) {
    if (r >= m_k) {
        throw std::out_of_range("rank " + std::to_string(r) + " of " + std::to_string(m_k));
    }
    // The bin b with countBefore[b] <= r < countBefore[b + 1].
    const auto b =
        static_cast<std::size_t>(std::upper_bound(m_countBefore.begin(), m_countBefore.end(), r) -
                                 m_countBefore.begin() - 1);
    m_wanted[b].push_back(r - m_countBefore[b]);
}

void NonzeroSummary::needAbove(double t) {
    if (m_k > 0 && t >= m_min && t < m_max) {
        const std::size_t b = m_grid.binOf(t);
        if (m_counts[b] > 0) {
            m_wanted[b];
        }
    }
}

void NonzeroSummary::resolve(const std::vector<double>& values) {
    if (values.size() != m_k) {
        throw std::logic_error("NonzeroSummary::resolve: not the summarised values");
    }
    std::vector<std::uint8_t> wanted(m_grid.bins(), 0);
    std::uint64_t total = 0;
    for (const auto& [bin, ranks] : m_wanted) {
        if (!m_gathered.contains(bin) && m_counts[bin] > 0) {
            wanted[bin] = 1;
            total += m_counts[bin];
            m_gathered[bin].reserve(m_counts[bin]);
        }
    }
    if (total > 0) {
        // Compact the wanted values (and their bins) without a branch per value: each value
        // is written, and the end only moves past the wanted ones. Then sort them into bins.
        std::vector<double> picked(total + 1);
        std::vector<std::uint16_t> pickedBin(total + 1);
        std::uint64_t end = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const std::uint16_t bin = m_binOf[i];
            picked[end] = values[i];
            pickedBin[end] = bin;
            end += wanted[bin];
        }
        for (std::uint64_t j = 0; j < end; ++j) {
            m_gathered[pickedBin[j]].push_back(picked[j]);
        }
    }
    // Within each bin, select the wanted ranks in increasing order: each std::nth_element
    // works on what lies after the previous rank, which it never touches again; a rank right
    // after the previous one is just the smallest value left.
    for (auto& [bin, ranks] : m_wanted) {
        if (ranks.empty()) {
            continue;
        }
        std::sort(ranks.begin(), ranks.end());
        ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
        std::vector<double>& v = m_gathered.at(bin);
        std::size_t start = 0;
        for (const std::uint64_t r : ranks) {
            const auto at = v.begin() + static_cast<std::ptrdiff_t>(r);
            if (r == start) {
                std::iter_swap(at, std::min_element(at, v.end()));
            } else {
                std::nth_element(v.begin() + static_cast<std::ptrdiff_t>(start), at, v.end());
            }
            start = r + 1;
            m_orderStatistics[m_countBefore[bin] + r] = *at;
        }
        ranks.clear();
    }
}

const std::vector<double>& NonzeroSummary::gathered(std::size_t bin) const {
    const auto it = m_gathered.find(bin);
    if (it == m_gathered.end()) {
        throw std::logic_error("NonzeroSummary: bin " + std::to_string(bin) + " not gathered");
    }
    return it->second;
}

double NonzeroSummary::orderStatistic(std::uint64_t r) const {
    const auto it = m_orderStatistics.find(r);
    if (it == m_orderStatistics.end()) {
        throw std::logic_error("NonzeroSummary: rank " + std::to_string(r) + " not selected");
    }
    return it->second;
}

std::uint64_t NonzeroSummary::countAbove(double t) const {
    if (m_k == 0 || t >= m_max) {
        return 0;
    }
    if (t < m_min) {
        return m_k;
    }
    const std::size_t b = m_grid.binOf(t);
    std::uint64_t above = m_k - m_countBefore[b + 1]; // every later bin starts above t
    if (m_counts[b] > 0) {
        const std::vector<double>& v = gathered(b);
        above += static_cast<std::uint64_t>(
            std::count_if(v.begin(), v.end(), [t](double x) { return x > t; }));
    }
    return above;
}

double NonzeroSummary::excessOver(double t) const {
    if (m_k == 0 || t >= m_max) {
        return 0;
    }
    // Bins after t's bin lie wholly above t: their sums suffice. In t's own bin (bin 0 when t
    // is below every value) add the values one by one when they were gathered.
    const std::size_t b = t < m_min ? 0 : m_grid.binOf(t);
    double excess = 0;
    if (m_counts[b] > 0) {
        if (t < m_min && !m_gathered.contains(b)) {
            excess += m_sums[b] - static_cast<double>(m_counts[b]) * t;
        } else {
            for (const double x : gathered(b)) {
                excess += std::max(x - t, 0.0);
            }
        }
    }
    for (std::size_t i = b + 1; i < m_grid.bins(); ++i) {
        excess += m_sums[i] - static_cast<double>(m_counts[i]) * t;
    }
    return excess;
}

} // namespace cr::detail
