// Statistics of one series (FORMAT.md "Result document"), computed from a zero-inflated sample.
#pragma once

#include "stats/sample.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace cr {

inline constexpr double kQuantileLevels[] = {0.5, 0.9, 0.95, 0.99, 0.995};

struct Histogram {
    std::vector<double> edges;         // log-spaced over the non-zero values; counts.size()+1
    std::vector<std::uint64_t> counts; // non-zero values per bin [edge_i, edge_i+1)
};

struct SeriesStats {
    std::uint64_t n = 0;
    double mean = 0, sd = 0, stderr_ = 0, min = 0, max = 0, pNonzero = 0;
    std::vector<std::pair<double, double>> quantiles; // (level, value), type 7
    double var99 = 0, tvar99 = 0;
    std::vector<std::pair<double, double>> exceedance; // (threshold, P(X > threshold))
    Histogram histogram;
    std::vector<std::pair<double, double>> lec; // (amount, P(X > amount)), <= 300 points
};

struct SeriesSummary {
    SeriesStats all;
    std::optional<SeriesStats> givenIncident; // nullopt when no iteration had an incident
};

// Statistics over `sample`; `thresholds` for the exceedance list (sorted, deduplicated).
// `incidentIterations` is the n of the conditional statistics. Reorders sample.nonzero.
SeriesSummary summarize(ZeroInflatedSample& sample, const std::vector<double>& thresholds,
                        std::uint64_t incidentIterations);

// Statistics of a sample with the given n (used for both the unconditional and conditional view).
SeriesStats describe(std::vector<double>& nonzero, std::uint64_t n,
                     const std::vector<double>& thresholds);

} // namespace cr
