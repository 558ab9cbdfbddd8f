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
    // Pass 1, stored order, in kLanes interleaved lanes (a fixed order, so still a deterministic
    // function of the sample) that break the chains of dependent additions and comparisons.
    constexpr std::size_t kLanes = 4;
    double sum[kLanes] = {}, min[kLanes], max[kLanes];
    std::uint64_t atMax[kLanes] = {};
    bool valid[kLanes];
    std::fill_n(min, kLanes, values.front());
    std::fill_n(max, kLanes, values.front());
    std::fill_n(valid, kLanes, true);
    // atMax[lane] counts the lane's values equal to its maximum so far; every lane starts at
    // the first value without counting it, which lane 0 does when it visits it.
    const std::size_t whole = values.size() / kLanes * kLanes;
    auto visit = [&](std::size_t lane, double x) {
        sum[lane] += x;
        min[lane] = std::min(min[lane], x);
        atMax[lane] = x > max[lane] ? 1 : atMax[lane] + (x == max[lane] ? 1 : 0);
        max[lane] = std::max(max[lane], x);
        valid[lane] &= x > 0 && x <= std::numeric_limits<double>::max();
    };
    for (std::size_t i = 0; i < whole; i += kLanes) {
        for (std::size_t lane = 0; lane < kLanes; ++lane) {
            visit(lane, values[i + lane]);
        }
    }
    for (std::size_t i = whole; i < values.size(); ++i) {
        visit(i - whole, values[i]);
    }
    if (!std::all_of(valid, valid + kLanes, [](bool v) { return v; })) {
        throw std::domain_error("series has a value that is not finite and > 0");
    }
    m_sum = (sum[0] + sum[1]) + (sum[2] + sum[3]);
    m_min = *std::min_element(min, min + kLanes);
    m_max = *std::max_element(max, max + kLanes);
    for (std::size_t lane = 0; lane < kLanes; ++lane) {
        m_atMax += max[lane] == m_max ? atMax[lane] : 0;
    }

    // Pass 2: squares about the non-zero mean, and every value's bin.
    m_grid = LogGrid(m_min, m_max);
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

namespace {

// Puts the order statistics of `ranks` (sorted, unique) of `v` in `out`. Fixed amounts (a
// deductible, a limit) repeat one value so often that most ranks fall on it: one counting pass
// around a likely value settles those without moving anything. The others are selected in
// increasing order: each std::nth_element works on what lies after the previous selected rank,
// which it never touches again; a rank right after it is just the smallest value left.
void selectRanks(std::vector<double>& v, const std::vector<std::uint64_t>& ranks,
                 std::vector<double>& out) {
    const double likely = v[v.size() / 2];
    std::uint64_t below = 0, equal = 0;
    for (const double x : v) {
        below += x < likely ? 1 : 0;
        equal += x == likely ? 1 : 0;
    }
    std::size_t start = 0;
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        const std::uint64_t r = ranks[i];
        if (r >= below && r < below + equal) {
            out[i] = likely;
            continue;
        }
        const auto at = v.begin() + static_cast<std::ptrdiff_t>(r);
        if (r == start) {
            std::iter_swap(at, std::min_element(at, v.end()));
        } else {
            std::nth_element(v.begin() + static_cast<std::ptrdiff_t>(start), at, v.end());
        }
        start = r + 1;
        out[i] = *at;
    }
}

} // namespace

void NonzeroSummary::resolve(const std::vector<double>& values) {
    if (values.size() != m_k || !m_gathered.empty()) {
        throw std::logic_error("NonzeroSummary::resolve: once, with the summarised values");
    }
    const std::size_t bins = m_grid.bins();
    m_gathered.resize(bins);
    m_isGathered.assign(bins, 0);
    std::uint64_t total = 0;
    for (const auto& [bin, ranks] : m_wanted) {
        if (m_counts[bin] > 0 && !uniformValue(bin)) {
            m_isGathered[bin] = 1;
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
            end += m_isGathered[bin];
        }
        for (std::uint64_t j = 0; j < end; ++j) {
            m_gathered[pickedBin[j]].push_back(picked[j]);
        }
    }
    for (auto& [bin, ranks] : m_wanted) {
        if (ranks.empty()) {
            continue;
        }
        std::sort(ranks.begin(), ranks.end());
        ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
        std::vector<double> selected(ranks.size());
        if (const std::optional<double> value = uniformValue(bin)) {
            std::fill(selected.begin(), selected.end(), *value);
        } else {
            selectRanks(m_gathered[bin], ranks, selected);
        }
        for (std::size_t i = 0; i < ranks.size(); ++i) {
            m_orderStatistics[m_countBefore[bin] + ranks[i]] = selected[i];
        }
        ranks.clear();
    }
}

const std::vector<double>& NonzeroSummary::gathered(std::size_t bin) const {
    if (!isGathered(bin)) {
        throw std::logic_error("NonzeroSummary: bin " + std::to_string(bin) + " not gathered");
    }
    return m_gathered[bin];
}

std::optional<double> NonzeroSummary::uniformValue(std::size_t bin) const {
    if (m_counts[bin] > 0 && m_onEdge[bin] == m_counts[bin]) {
        return m_grid.edges()[bin];
    }
    if (bin + 1 == m_grid.bins() && m_atMax == m_counts[bin]) {
        return m_max;
    }
    return std::nullopt;
}

std::uint64_t NonzeroSummary::countAboveIn(std::size_t bin, double t) const {
    if (m_counts[bin] == 0) {
        return 0;
    }
    if (const std::optional<double> value = uniformValue(bin)) {
        return *value > t ? m_counts[bin] : 0;
    }
    const std::vector<double>& v = gathered(bin);
    return static_cast<std::uint64_t>(
        std::count_if(v.begin(), v.end(), [t](double x) { return x > t; }));
}

double NonzeroSummary::excessIn(std::size_t bin, double t) const {
    if (m_counts[bin] == 0) {
        return 0;
    }
    if (const std::optional<double> value = uniformValue(bin)) {
        return static_cast<double>(m_counts[bin]) * std::max(*value - t, 0.0);
    }
    if (t < m_grid.edges()[bin] && !isGathered(bin)) {
        return m_sums[bin] - static_cast<double>(m_counts[bin]) * t; // all above t
    }
    double excess = 0;
    for (const double x : gathered(bin)) {
        excess += std::max(x - t, 0.0);
    }
    return excess;
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
    // Every later bin starts above t.
    const std::size_t b = m_grid.binOf(t);
    return m_k - m_countBefore[b + 1] + countAboveIn(b, t);
}

double NonzeroSummary::excessOver(double t) const {
    if (m_k == 0 || t >= m_max) {
        return 0;
    }
    // Bins after t's bin lie wholly above t: their sums suffice. In t's own bin (bin 0 when t
    // is below every value) the values count one by one, unless they are all equal or all
    // above t.
    const std::size_t b = t < m_min ? 0 : m_grid.binOf(t);
    double excess = excessIn(b, t);
    for (std::size_t i = b + 1; i < m_grid.bins(); ++i) {
        excess += m_sums[i] - static_cast<double>(m_counts[i]) * t;
    }
    return excess;
}

} // namespace cr::detail
