// Nanoseconds per draw of the Rng and of the Samplers the engine uses most.
#include "distributions/sampler.h"

#include <benchmark/benchmark.h>

namespace cr {
namespace {

void rngUniform(benchmark::State& state) {
    Rng rng(1);
    for (auto _ : state) {
        benchmark::DoNotOptimize(rng.uniform());
    }
}
BENCHMARK(rngUniform);

void rngNormal(benchmark::State& state) {
    Rng rng(1);
    for (auto _ : state) {
        benchmark::DoNotOptimize(rng.normal());
    }
}
BENCHMARK(rngNormal);

void rngExponential(benchmark::State& state) {
    Rng rng(1);
    for (auto _ : state) {
        benchmark::DoNotOptimize(rng.exponential());
    }
}
BENCHMARK(rngExponential);

void draw(benchmark::State& state, const Distribution& d) {
    const Sampler sampler(d);
    Rng rng(1);
    for (auto _ : state) {
        benchmark::DoNotOptimize(sampler(rng));
    }
}
BENCHMARK_CAPTURE(draw, normal, Distribution{Normal{10, 2}});
BENCHMARK_CAPTURE(draw, normal_truncated_at_0, Distribution{Normal{1, 2, 0}});
BENCHMARK_CAPTURE(draw, lognormal, Distribution{lognormalFromPercentiles(2000, 40000)});
BENCHMARK_CAPTURE(draw, gamma_2, Distribution{Gamma{2, 3}});
BENCHMARK_CAPTURE(draw, gamma_0_3, Distribution{Gamma{0.3, 1}});
BENCHMARK_CAPTURE(draw, beta_2_30, Distribution{Beta{2, 30}});
BENCHMARK_CAPTURE(draw, pert, Distribution{Pert{0.25, 0.75, 3}});
BENCHMARK_CAPTURE(draw, triangular, Distribution{Triangular{0, 1, 4}});
BENCHMARK_CAPTURE(draw, pareto, Distribution{Pareto{1000, 2.5}});
BENCHMARK_CAPTURE(draw, poisson_0_3, Distribution{Poisson{0.3}});
BENCHMARK_CAPTURE(draw, poisson_1000, Distribution{Poisson{1000}});
BENCHMARK_CAPTURE(draw, binomial_2000_0_6, Distribution{Binomial{2000, 0.6}});
BENCHMARK_CAPTURE(draw, negbinomial, Distribution{NegBinomial{3, 0.4}});
BENCHMARK_CAPTURE(draw, discrete_10,
                  Distribution{
                      Discrete{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 9, 2, 8, 3, 7, 4, 6, 5, 1}}});

void binomialVaryingN(benchmark::State& state) {
    // As in the engine: n and p change every draw (set-up cost included).
    Rng rng(1);
    std::uint64_t n = 0;
    for (auto _ : state) {
        n = (n + 7919) % 5000;
        benchmark::DoNotOptimize(sampleBinomial(rng, n, 0.05));
    }
}
BENCHMARK(binomialVaryingN);

void binomialHugeN(benchmark::State& state) {
    Rng rng(1);
    for (auto _ : state) {
        benchmark::DoNotOptimize(sampleBinomial(rng, 1000000000, 0.3));
    }
}
BENCHMARK(binomialHugeN);

} // namespace
} // namespace cr
