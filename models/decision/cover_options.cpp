// Applying each cover option's terms to the kept claims of one simulation.
#include "decision/cover_options.h"

#include "engine/insurance.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

namespace cr {

namespace {

// As in the engine: amounts below a millionth of a currency unit are rounding noise.
constexpr double kNegligible = 1e-6;

// Sums values as NonzeroSummary adds a series' non-zero values (four lanes, value k into lane
// k mod 4, lanes joined pairwise), one value at a time, so that the means equal the result
// document's bit for bit without storing the values.
class LaneSum {
public:
    void add(double v) { m_lanes[m_count++ % 4] += v; }
    double total() const { return (m_lanes[0] + m_lanes[1]) + (m_lanes[2] + m_lanes[3]); }

private:
    double m_lanes[4] = {0, 0, 0, 0};
    std::size_t m_count = 0;
};

// The mean and the 0.99 quantile (type 7) of a series of n values whose non-zero values are
// `nonzero` (in iteration order; reordered here), computed as series_stats.cpp does (the same
// summation, the same interpolation) but without its histogram and curves.
struct MeanAndVar {
    double mean = 0, var99 = 0;
};
MeanAndVar meanAndVar99(std::vector<double>& nonzero, std::uint64_t n) {
    MeanAndVar out;
    if (n == 0) {
        return out;
    }
    LaneSum sum;
    for (double v : nonzero) {
        sum.add(v);
    }
    out.mean = sum.total() / static_cast<double>(n);
    const std::uint64_t zeros = n - nonzero.size();
    const double h = static_cast<double>(n - 1) * 0.99;
    const std::uint64_t lo = std::min(static_cast<std::uint64_t>(std::floor(h)), n - 1);
    const double frac = h - static_cast<double>(lo);
    const std::uint64_t hi = std::min(lo + 1, n - 1);
    const auto at = [&](std::uint64_t i) -> double {
        if (i < zeros) {
            return 0.0;
        }
        const auto rank = static_cast<std::ptrdiff_t>(i - zeros);
        std::nth_element(nonzero.begin(), nonzero.begin() + rank, nonzero.end());
        return nonzero[static_cast<std::size_t>(rank)];
    };
    const double low = at(lo);
    if (frac == 0) {
        out.var99 = low;
        return out;
    }
    // hi == lo + 1: the next order statistic is the smallest value above rank lo (all of them
    // after the partition at lo), found without a second partition.
    double high = 0;
    if (hi >= zeros) {
        const std::size_t first = lo >= zeros ? static_cast<std::size_t>(lo - zeros) + 1 : 0;
        high =
            *std::min_element(nonzero.begin() + static_cast<std::ptrdiff_t>(first), nonzero.end());
    }
    out.var99 = std::clamp(low + frac * (high - low), low, high);
    return out;
}

// A worker's buffers, reused from option to option.
struct OptionScratch {
    ClaimBook book;
    std::vector<double> netValues;
};

// Replays one option over every kept iteration, exactly as the engine applies the policies:
// the chosen policy, then the holder's later policies on what is left. The payment's mean is
// summed as it goes; only the holder's net values are stored (for the 1-in-100 value).
void evaluateOption(const Scenario& scenario, const KeptClaims& kept, std::uint64_t iterations,
                    OptionScratch& scratch, CoverOption& option) {
    const Party holder = option.terms.holder;
    PolicyApplier chosen(option.terms);
    std::vector<PolicyApplier> later;
    for (std::size_t q = kept.policy + 1; q < scenario.insurance.size(); ++q) {
        if (scenario.insurance[q].holder == holder) {
            later.emplace_back(scenario.insurance[q]);
        }
    }
    ClaimBook& book = scratch.book;
    std::vector<double>& netValues = scratch.netValues;
    netValues.clear();
    netValues.reserve(kept.iterationCount());
    LaneSum paidSum;
    std::uint64_t capped = 0, exhausted = 0;
    for (const KeptClaimsChunk& chunk : kept.chunks) {
        for (std::size_t i = 0; i < chunk.iterationCount(); ++i) {
            double net = chunk.holderNetBefore(i);
            if (chunk.hasClaims(i)) {
                chunk.read(i, book);
                // Claims need reducing only when a later policy sees what is left.
                const PolicyYear year = chosen.apply(book, !later.empty());
                net -= year.paid;
                capped += year.claimCapped ? 1 : 0;
                exhausted += year.aggregateExhausted ? 1 : 0;
                if (year.paid > kNegligible) {
                    paidSum.add(year.paid);
                }
                for (std::size_t q = 0; q < later.size(); ++q) {
                    net -= later[q].apply(book, q + 1 < later.size()).paid;
                }
            }
            if (net > kNegligible) {
                netValues.push_back(net);
            }
        }
    }
    const double n = static_cast<double>(iterations);
    option.expectedPaid = iterations == 0 ? 0.0 : paidSum.total() / n;
    const MeanAndVar net = meanAndVar99(netValues, iterations);
    option.expectedUninsured = net.mean;
    option.uninsured1in100 = net.var99;
    option.pClaimCapped = static_cast<double>(capped) / n;
    option.pAggregateExhausted = static_cast<double>(exhausted) / n;
    if (option.annualPremium) {
        option.expectedUninsuredPlusPremium = option.expectedUninsured + *option.annualPremium;
    }
}

} // namespace

Policy withTerms(const Policy& policy, Money limit, std::optional<Money> deductible) {
    Policy p = policy;
    p.perClaimLimit = limit;
    if (policy.aggregateSpec == Policy::AggregateSpec::Amount && policy.perClaimLimit &&
        *policy.perClaimLimit != limit) {
        p.annualAggregateAmount = policy.annualAggregateAmount / *policy.perClaimLimit * limit;
    }
    if (deductible) {
        p.deductible = Deductible{};
        p.deductible.amount = *deductible;
    }
    return p;
}

std::vector<CoverOption> coverOptions(const Scenario& scenario, const SweepRequest& request) {
    const Policy& policy = scenario.insurance.at(request.policy);
    std::vector<std::optional<Money>> deductibles;
    for (Money d : request.deductibles) {
        deductibles.emplace_back(d);
    }
    if (deductibles.empty()) {
        deductibles.emplace_back(std::nullopt);
    }
    std::vector<CoverOption> options;
    for (Money limit : request.limits) {
        for (const auto& deductible : deductibles) {
            CoverOption option;
            option.terms = withTerms(policy, limit, deductible);
            if (!request.premiums.empty()) {
                option.annualPremium = request.premiums.at(options.size());
            }
            option.terms.annualPremium = option.annualPremium;
            options.push_back(std::move(option));
        }
    }
    return options;
}

std::optional<std::size_t> recommendedOption(const std::vector<CoverOption>& options,
                                             double target) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (!(options[i].pClaimCapped < target)) {
            continue;
        }
        const double limit = options[i].terms.perClaimLimit.value_or(0);
        if (!best || limit < options[*best].terms.perClaimLimit.value_or(0)) {
            best = i;
        }
    }
    return best;
}

SweepResult evaluateCoverOptions(const Scenario& scenario, const SweepRequest& request,
                                 const RunResult& run, unsigned threads) {
    SweepResult result;
    result.policy = request.policy;
    result.target = request.target;
    result.iterations = run.iterations;
    result.seed = run.seed;
    result.options = coverOptions(scenario, request);
    // Options are independent: each worker takes the next one; results land in their slot.
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
        OptionScratch scratch;
        for (std::size_t i = next.fetch_add(1); i < result.options.size(); i = next.fetch_add(1)) {
            evaluateOption(scenario, run.keptClaims, run.iterations, scratch, result.options[i]);
        }
    };
    if (threads == 0) {
        threads = std::max(1U, std::thread::hardware_concurrency());
    }
    threads = static_cast<unsigned>(
        std::min<std::size_t>(threads, std::max<std::size_t>(1, result.options.size())));
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t) {
            pool.emplace_back(worker);
        }
        worker();
    }
    result.recommended = recommendedOption(result.options, request.target);
    return result;
}

SweepResult runSweep(const Scenario& scenario, const SweepRequest& request, RunOptions options) {
    const auto started = std::chrono::steady_clock::now();
    options.keepClaimsOf = request.policy;
    options.keepSeries = false; // the options' figures come from the kept claims alone
    const RunResult run = runSimulation(scenario, options);
    SweepResult result = evaluateCoverOptions(scenario, request, run, options.threads);
    result.elapsedSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace cr
