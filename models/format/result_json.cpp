// The result document (FORMAT.md "Result document"): run facts and every series summarised.
//
// Series are summarised on up to `threads` threads, each series wholly by one thread and its
// result stored at the series' index, so the document is the same for any thread count.
#include "format/result_json.h"

#include "changerisk/version.h"
#include "stats/series_stats.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <exception>
#include <stdexcept>
#include <thread>

namespace cr {

namespace {

using Json = nlohmann::ordered_json;

// FORMAT.md: any undefined or non-finite statistic is written as null.
Json number(double x) {
    return std::isfinite(x) ? Json(x) : Json(nullptr);
}

Json numbers(const std::vector<double>& xs) {
    Json out = Json::array();
    for (const double x : xs) {
        out.push_back(number(x));
    }
    return out;
}

// "0.5", "0.995": the shortest text that reads back as the level.
std::string levelKey(double level) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, level);
    return std::string(buffer, result.ptr);
}

Json statsJson(const SeriesStats& s) {
    Json j = Json::object();
    j["mean"] = number(s.mean);
    j["sd"] = number(s.sd);
    j["stderr"] = number(s.stderr_);
    j["min"] = number(s.min);
    j["max"] = number(s.max);
    j["p_nonzero"] = number(s.pNonzero);
    Json quantiles = Json::object();
    for (const auto& [level, value] : s.quantiles) {
        quantiles[levelKey(level)] = number(value);
    }
    j["quantiles"] = std::move(quantiles);
    j["var_0.99"] = number(s.var99);
    j["tvar_0.99"] = number(s.tvar99);
    Json exceedance = Json::array();
    for (const auto& [threshold, probability] : s.exceedance) {
        exceedance.push_back(
            {{"threshold", number(threshold)}, {"probability", number(probability)}});
    }
    j["exceedance"] = std::move(exceedance);
    j["histogram"] = {{"edges", numbers(s.histogram.edges)}, {"counts", Json(s.histogram.counts)}};
    Json lec = Json::array();
    for (const auto& [amount, probability] : s.lec) {
        lec.push_back(Json::array({number(amount), number(probability)}));
    }
    j["lec"] = std::move(lec);
    return j;
}

Json summaryJson(const SeriesSummary& s) {
    Json j = statsJson(s.all);
    j["given_incident"] = s.givenIncident ? statsJson(*s.givenIncident) : Json(nullptr);
    return j;
}

std::vector<SeriesSummary> summarizeAll(RunResult& run, const std::vector<std::string>& names,
                                        const std::vector<double>& thresholds, unsigned threads) {
    const std::size_t count = run.series.size();
    std::vector<SeriesSummary> summaries(count);
    std::vector<std::exception_ptr> failures(count);
    // Series identical to an earlier one (RunResult::sameAs) are summarised once.
    const auto sameAs = [&run](std::size_t i) { return i < run.sameAs.size() ? run.sameAs[i] : i; };
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < count;) {
            if (sameAs(i) != i) {
                continue;
            }
            try {
                summaries[i] = summarize(run.series[i], thresholds, run.incidentIterations);
            } catch (...) {
                failures[i] = std::current_exception();
            }
        }
    };
    unsigned workers = threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
    workers =
        static_cast<unsigned>(std::min<std::size_t>(workers, std::max<std::size_t>(count, 1)));
    {
        std::vector<std::jthread> pool;
        for (unsigned w = 1; w < workers; ++w) {
            pool.emplace_back(work);
        }
        work();
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (sameAs(i) != i) {
            summaries[i] = summaries[sameAs(i)];
        }
        if (failures[i]) {
            try {
                std::rethrow_exception(failures[i]);
            } catch (const std::exception& e) {
                throw std::runtime_error("series " + names[i] + ": " + e.what());
            }
        }
    }
    return summaries;
}

double share(std::uint64_t part, std::uint64_t whole) {
    return static_cast<double>(part) / static_cast<double>(whole); // 0/0 -> NaN -> null
}

} // namespace

std::vector<double> exceedanceThresholds(const Scenario& scenario) {
    std::vector<double> t;
    auto addPositive = [&t](double x) {
        if (x > 0) {
            t.push_back(x);
        }
    };
    for (const Policy& p : scenario.insurance) {
        if (p.deductible.isPercent) {
            addPositive(p.deductible.min.value_or(0));
            addPositive(p.deductible.max.value_or(0));
        } else {
            addPositive(p.deductible.amount);
        }
        addPositive(p.annualDeductible);
        addPositive(p.perClaimLimit.value_or(0));
        addPositive(p.annualAggregate().value_or(0));
    }
    t.insert(t.end(), scenario.simulation.thresholds.begin(), scenario.simulation.thresholds.end());
    std::sort(t.begin(), t.end());
    t.erase(std::unique(t.begin(), t.end()), t.end());
    return t;
}

nlohmann::ordered_json resultDocument(const Scenario& scenario, const std::string& scenarioSha256,
                                      RunResult& run, unsigned threads) {
    const std::vector<std::string> names = run.layout.names(scenario);
    if (names.size() != run.series.size()) {
        throw std::logic_error("run has " + std::to_string(run.series.size()) +
                               " series, its layout " + std::to_string(names.size()));
    }
    if (run.policies.size() != scenario.insurance.size()) {
        throw std::logic_error("run has outcomes of " + std::to_string(run.policies.size()) +
                               " policies, the scenario " +
                               std::to_string(scenario.insurance.size()));
    }
    const std::vector<SeriesSummary> summaries =
        summarizeAll(run, names, exceedanceThresholds(scenario), threads);

    Json doc = Json::object();
    doc["format"] = kResultFormat;
    doc["version"] = kResultVersion;
    doc["program_version"] = kProgramVersion;
    doc["scenario_name"] = scenario.name;
    doc["scenario_sha256"] = scenarioSha256;
    doc["iterations"] = run.iterations;
    doc["seed"] = run.seed;
    doc["threads"] = run.threads;
    doc["elapsed_seconds"] = number(run.elapsedSeconds);
    doc["currency"] = scenario.currency;
    doc["probability_any_incident"] = number(share(run.incidentIterations, run.iterations));
    Json series = Json::object();
    for (std::size_t i = 0; i < summaries.size(); ++i) {
        series[names[i]] = summaryJson(summaries[i]);
    }
    doc["series"] = std::move(series);
    Json policies = Json::object();
    for (std::size_t p = 0; p < scenario.insurance.size(); ++p) {
        const PolicyOutcome& o = run.policies[p];
        policies[scenario.insurance[p].id] = {
            {"p_claim_capped", number(share(o.claimCappedIterations, run.iterations))},
            {"p_aggregate_exhausted",
             number(share(o.aggregateExhaustedIterations, run.iterations))}};
    }
    doc["policies"] = std::move(policies);
    Json iterations = Json::array();
    for (const std::uint64_t i : run.convergence.iterations) {
        iterations.push_back(i);
    }
    doc["convergence"] = {{"iterations", std::move(iterations)},
                          {"mean_total_loss", numbers(run.convergence.meanTotalLoss)},
                          {"stderr", numbers(run.convergence.stderrTotalLoss)}};
    return doc;
}

} // namespace cr
