// Applying each cover option's terms to the kept claims of one simulation.
#include "decision/cover_options.h"

#include "engine/insurance.h"
#include "stats/series_stats.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace cr {

namespace {

// As in the engine: amounts below a millionth of a currency unit are rounding noise.
constexpr double kNegligible = 1e-6;

// Replays one option over every kept iteration, exactly as the engine applies the policies:
// the chosen policy, then the holder's later policies on what is left.
void evaluateOption(const Scenario& scenario, const KeptClaims& kept, std::uint64_t iterations,
                    CoverOption& option) {
    const Party holder = option.terms.holder;
    PolicyApplier chosen(option.terms);
    std::vector<PolicyApplier> later;
    for (std::size_t q = kept.policy + 1; q < scenario.insurance.size(); ++q) {
        if (scenario.insurance[q].holder == holder) {
            later.emplace_back(scenario.insurance[q]);
        }
    }
    ClaimBook book;
    std::vector<double> paidValues, netValues;
    std::uint64_t capped = 0, exhausted = 0;
    for (const KeptClaims::Iteration& record : kept.iterations) {
        double net = record.holderNetBefore;
        double paid = 0;
        if (record.bundleEnd > record.bundleBegin) {
            book.claims.assign(kept.claims.begin() + static_cast<std::ptrdiff_t>(record.claimBegin),
                               kept.claims.begin() + static_cast<std::ptrdiff_t>(record.claimEnd));
            book.bundles.assign(
                kept.bundles.begin() + static_cast<std::ptrdiff_t>(record.bundleBegin),
                kept.bundles.begin() + static_cast<std::ptrdiff_t>(record.bundleEnd));
            const PolicyYear year = chosen.apply(book);
            paid = year.paid;
            net -= year.paid;
            capped += year.claimCapped ? 1 : 0;
            exhausted += year.aggregateExhausted ? 1 : 0;
            for (PolicyApplier& next : later) {
                net -= next.apply(book).paid;
            }
        }
        if (paid > kNegligible) {
            paidValues.push_back(paid);
        }
        if (net > kNegligible) {
            netValues.push_back(net);
        }
    }
    const double n = static_cast<double>(iterations);
    option.expectedPaid = describe(paidValues, iterations, {}).mean;
    const SeriesStats net = describe(netValues, iterations, {});
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
        for (std::size_t i = next.fetch_add(1); i < result.options.size(); i = next.fetch_add(1)) {
            evaluateOption(scenario, run.keptClaims, run.iterations, result.options[i]);
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
    const RunResult run = runSimulation(scenario, options);
    SweepResult result = evaluateCoverOptions(scenario, request, run, options.threads);
    result.elapsedSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace cr
