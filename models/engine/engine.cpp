// runSimulation: deterministic chunked Monte Carlo over a worker pool.
//
// Iteration i draws from its own stream Rng::forStream(seed, i) (RngStreams), so a run that
// consumes a different number of draws in one iteration lines up again in the next (common
// random numbers for compare, safeguards and the tornado). Iterations are cut into chunks of
// kChunkIterations; workers take chunk indices from an atomic counter and write into the
// chunk's own slot; after all are done the slots are concatenated in chunk order. Nothing
// depends on which thread ran which chunk.
#include "engine/engine.h"

#include "engine/compiled_scenario.h"
#include "engine/iteration.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <utility>

namespace cr {

namespace {

// Amounts below a millionth of a currency unit are rounding noise of subtractions, not losses.
constexpr double kNegligible = 1e-6;

struct ChunkResult {
    std::vector<std::vector<double>> nonzero; // per series; empty when aliased
    // The series whose values this one's equal in this chunk (itself when it keeps its own).
    std::vector<std::uint32_t> canonical;
    std::uint64_t incidents = 0;
    std::vector<std::uint64_t> capped, exhausted; // per policy
    double sumTotal = 0, sumSquaresTotal = 0;
    std::vector<SampleRow> samples;
    KeptClaimsChunk kept;                   // when RunOptions::keepClaimsOf
    std::vector<std::vector<double>> draws; // when RunOptions::recordDraws
};

// A worker's growing buffers, reused from chunk to chunk so that the hot loop does not
// reallocate; each chunk keeps an exact-size copy.
struct WorkerScratch {
    std::vector<std::vector<double>> nonzero;
    const KeptClaimsChunk* previousKept = nullptr; // sizes the next chunk's kept claims
};

// Stores the chunk's series, sharing identical ones: series s points at the first earlier
// series with exactly the same values in this chunk.
void keepChunkSeries(WorkerScratch& scratch, bool keepSeries, ChunkResult& out) {
    const std::size_t count = scratch.nonzero.size();
    out.nonzero.assign(count, {});
    out.canonical.resize(count);
    for (std::size_t s = 0; s < count; ++s) {
        if (!keepSeries) {
            out.canonical[s] = static_cast<std::uint32_t>(s);
            continue;
        }
        const std::vector<double>& values = scratch.nonzero[s];
        out.canonical[s] = static_cast<std::uint32_t>(s);
        for (std::size_t t = 0; t < s; ++t) {
            if (out.canonical[t] == t && scratch.nonzero[t] == values) {
                out.canonical[s] = static_cast<std::uint32_t>(t);
                break;
            }
        }
        if (out.canonical[s] == s) {
            out.nonzero[s] = values; // exact-size copy
        }
    }
    for (auto& v : scratch.nonzero) {
        v.clear();
    }
}

void runChunk(IterationSimulator& sim, WorkerScratch& scratch, std::uint64_t seed,
              std::uint64_t chunk, std::uint64_t iterations, const RunOptions& options,
              ChunkResult& out) {
    const bool keepSamples = options.keepSamples;
    const std::optional<std::size_t> keepClaimsOf = options.keepClaimsOf;
    const std::size_t recordedInputs = options.recordDraws.size();
    const RngStreams streams(seed);
    DrawRecorder recorder;
    if (recordedInputs > 0) {
        out.draws.assign(recordedInputs, {});
        for (auto& d : out.draws) {
            d.reserve(iterations);
        }
        setThreadDrawRecorder(&recorder);
    }
    if (keepClaimsOf) {
        if (scratch.previousKept != nullptr) {
            out.kept.reserveLike(*scratch.previousKept);
        }
        scratch.previousKept = &out.kept;
        sim.keepClaimsInto(*keepClaimsOf, &out.kept);
    }
    const std::size_t seriesCount = sim.layout().size();
    scratch.nonzero.resize(seriesCount);
    IterationOutcome it;
    out.capped.assign(sim.layout().policyCount, 0);
    out.exhausted.assign(sim.layout().policyCount, 0);
    if (keepSamples) {
        out.samples.reserve(iterations);
    }
    for (std::uint64_t i = 0; i < iterations; ++i) {
        if (recordedInputs > 0) {
            recorder.firstDraw.assign(recordedInputs, std::numeric_limits<double>::quiet_NaN());
        }
        Rng rng = streams.stream(chunk * kChunkIterations + i);
        sim.run(rng, it);
        if (recordedInputs > 0) {
            for (std::size_t k = 0; k < recordedInputs; ++k) {
                out.draws[k].push_back(recorder.firstDraw[k]);
            }
        }
        if (it.hadIncident) {
            ++out.incidents;
            for (std::size_t s = 0; s < seriesCount; ++s) {
                if (it.values[s] > kNegligible) {
                    if (options.keepSeries) {
                        scratch.nonzero[s].push_back(it.values[s]);
                    }
                } else {
                    it.values[s] = 0;
                }
            }
            for (std::size_t p = 0; p < out.capped.size(); ++p) {
                out.capped[p] += it.claimCapped[p];
                out.exhausted[p] += it.aggregateExhausted[p];
            }
        }
        const double total = it.values[SeriesLayout::fixed(FixedSeries::TotalLoss)];
        out.sumTotal += total;
        out.sumSquaresTotal += total * total;
        if (keepSamples) {
            const auto v = [&](FixedSeries s) { return it.values[SeriesLayout::fixed(s)]; };
            out.samples.push_back({v(FixedSeries::TotalLoss), v(FixedSeries::InsurancePaid),
                                   v(FixedSeries::Uninsured), v(FixedSeries::OperatorNet),
                                   v(FixedSeries::ContractorLiability),
                                   v(FixedSeries::ContractorNet)});
        }
    }
    sim.keepClaimsInto(0, nullptr);
    setThreadDrawRecorder(nullptr);
    keepChunkSeries(scratch, options.keepSeries, out);
}

// Series i is the same as series j < i over the whole run when, in every chunk, both point at
// the same stored values.
std::vector<std::size_t> sameSeries(const std::vector<ChunkResult>& chunks, std::size_t count) {
    std::vector<std::size_t> sameAs(count);
    for (std::size_t i = 0; i < count; ++i) {
        sameAs[i] = i;
        for (std::size_t j = 0; j < i && sameAs[i] == i; ++j) {
            if (sameAs[j] != j) {
                continue;
            }
            const bool equalEverywhere =
                std::all_of(chunks.begin(), chunks.end(),
                            [&](const ChunkResult& c) { return c.canonical[i] == c.canonical[j]; });
            if (equalEverywhere) {
                sameAs[i] = j;
            }
        }
    }
    return sameAs;
}

// Up to ~100 points of the running mean of total_loss and its standard error, at chunk ends.
Convergence convergenceOf(const std::vector<ChunkResult>& chunks, std::uint64_t iterations) {
    Convergence c;
    const std::size_t step = std::max<std::size_t>(1, chunks.size() / 100);
    double sum = 0, sumSquares = 0;
    std::uint64_t n = 0;
    for (std::size_t k = 0; k < chunks.size(); ++k) {
        sum += chunks[k].sumTotal;
        sumSquares += chunks[k].sumSquaresTotal;
        n = std::min<std::uint64_t>(iterations, (k + 1) * kChunkIterations);
        if ((k + 1) % step == 0 || k + 1 == chunks.size()) {
            const double mean = sum / static_cast<double>(n);
            const double var =
                n > 1 ? std::max(0.0, (sumSquares - static_cast<double>(n) * mean * mean) /
                                          static_cast<double>(n - 1))
                      : 0.0;
            c.iterations.push_back(n);
            c.meanTotalLoss.push_back(mean);
            c.stderrTotalLoss.push_back(std::sqrt(var / static_cast<double>(n)));
        }
    }
    return c;
}

} // namespace

RunResult runSimulation(const Scenario& scenario, const RunOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    CompiledScenario compiled(scenario);
    if (!options.recordDraws.empty()) {
        compiled.probeDraws(options.recordDraws);
    }
    if (!options.fixDraws.empty()) {
        compiled.fixDraws(options.fixDraws);
    }
    const std::uint64_t iterations = options.iterations;
    const std::uint64_t chunkCount = (iterations + kChunkIterations - 1) / kChunkIterations;
    unsigned threads =
        options.threads != 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(
        std::min<std::uint64_t>(threads, std::max<std::uint64_t>(1, chunkCount)));

    std::vector<ChunkResult> chunks(chunkCount);
    std::atomic<std::uint64_t> nextChunk{0};
    std::atomic<std::uint64_t> done{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    std::mutex progressMutex;

    const auto worker = [&] {
        try {
            IterationSimulator sim(compiled);
            WorkerScratch scratch;
            for (;;) {
                if (options.stop.stop_requested() || failed.load()) {
                    return;
                }
                const std::uint64_t k = nextChunk.fetch_add(1);
                if (k >= chunkCount) {
                    return;
                }
                const std::uint64_t first = k * kChunkIterations;
                const std::uint64_t count = std::min(kChunkIterations, iterations - first);
                runChunk(sim, scratch, options.seed, k, count, options, chunks[k]);
                const std::uint64_t finished = done.fetch_add(count) + count;
                if (options.progress) {
                    const std::lock_guard lock(progressMutex);
                    options.progress(finished, iterations);
                }
            }
        } catch (...) {
            const std::lock_guard lock(progressMutex);
            if (!failed.exchange(true)) {
                failure = std::current_exception();
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t) {
            pool.emplace_back(worker);
        }
        worker();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    if (options.stop.stop_requested()) {
        throw Cancelled();
    }

    RunResult result;
    result.iterations = iterations;
    result.seed = options.seed;
    result.threads = threads;
    result.layout.policyCount = scenario.insurance.size();
    result.seriesNames = result.layout.names(scenario);
    result.convergence = convergenceOf(chunks, iterations);
    result.policies.resize(scenario.insurance.size());
    const std::size_t seriesCount = result.layout.size();
    result.sameAs = sameSeries(chunks, seriesCount);
    result.series.resize(seriesCount);
    // Free each chunk's stored values after the last series that copies them: peak memory
    // stays near one copy of the data.
    std::vector<std::vector<std::size_t>> lastUser(chunks.size(),
                                                   std::vector<std::size_t>(seriesCount, 0));
    for (std::size_t k = 0; k < chunks.size(); ++k) {
        for (std::size_t s = 0; s < seriesCount; ++s) {
            if (result.sameAs[s] == s) {
                lastUser[k][chunks[k].canonical[s]] = s;
            }
        }
    }
    for (std::size_t s = 0; s < seriesCount; ++s) {
        result.series[s].n = iterations;
        if (result.sameAs[s] != s) {
            continue;
        }
        std::size_t total = 0;
        for (const ChunkResult& c : chunks) {
            total += c.nonzero[c.canonical[s]].size();
        }
        auto& values = result.series[s].nonzero;
        values.reserve(total);
        for (std::size_t k = 0; k < chunks.size(); ++k) {
            auto& part = chunks[k].nonzero[chunks[k].canonical[s]];
            values.insert(values.end(), part.begin(), part.end());
            if (lastUser[k][chunks[k].canonical[s]] == s) {
                std::vector<double>().swap(part);
            }
        }
    }
    for (const ChunkResult& c : chunks) {
        result.incidentIterations += c.incidents;
        for (std::size_t p = 0; p < result.policies.size(); ++p) {
            result.policies[p].claimCappedIterations += c.capped[p];
            result.policies[p].aggregateExhaustedIterations += c.exhausted[p];
        }
    }
    if (options.keepSamples) {
        result.samples.reserve(iterations);
        for (ChunkResult& c : chunks) {
            result.samples.insert(result.samples.end(), c.samples.begin(), c.samples.end());
            std::vector<SampleRow>().swap(c.samples);
        }
    }
    if (options.keepClaimsOf) {
        // The chunks' records move as they are: no joining copy.
        result.keptClaims.policy = *options.keepClaimsOf;
        result.keptClaims.chunks.reserve(chunks.size());
        for (ChunkResult& c : chunks) {
            result.keptClaims.chunks.push_back(std::move(c.kept));
        }
    }
    if (!options.recordDraws.empty()) {
        result.draws.assign(options.recordDraws.size(), {});
        for (std::size_t k = 0; k < result.draws.size(); ++k) {
            result.draws[k].reserve(iterations);
            for (ChunkResult& c : chunks) {
                result.draws[k].insert(result.draws[k].end(), c.draws[k].begin(), c.draws[k].end());
                std::vector<double>().swap(c.draws[k]);
            }
        }
    }
    result.elapsedSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace cr
