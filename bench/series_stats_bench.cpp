// describe() and summarize() on a dense series of a 10M-iteration run: k = 2.6M lognormal values.
#include "stats/series_stats.h"

#include <benchmark/benchmark.h>

#include <random>
#include <vector>

namespace {

constexpr std::uint64_t kIterations = 10'000'000;
constexpr std::size_t kNonzero = 2'600'000;

const std::vector<double>& lognormalValues() {
    static const std::vector<double> values = [] {
        std::mt19937_64 rng(1);
        std::lognormal_distribution<double> severity(9.0, 2.0);
        std::vector<double> v(kNonzero);
        for (double& x : v) {
            x = severity(rng);
        }
        return v;
    }();
    return values;
}

const std::vector<double> kThresholds = {500, 1000, 1e5, 250000, 5e5, 1e6, 2e6, 3e6};

void describeDense(benchmark::State& state) {
    std::vector<double> values = lognormalValues();
    for (auto _ : state) {
        benchmark::DoNotOptimize(cr::describe(values, kIterations, kThresholds));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kNonzero));
}
BENCHMARK(describeDense)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

// Both views (all iterations and given an incident) as the result document asks for them.
void summarizeDense(benchmark::State& state) {
    cr::ZeroInflatedSample sample{kIterations, lognormalValues()};
    for (auto _ : state) {
        benchmark::DoNotOptimize(cr::summarize(sample, kThresholds, 4'000'000));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kNonzero));
}
BENCHMARK(summarizeDense)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

} // namespace
