// The result document: FORMAT.md's keys, order and nulls, its figures, and thread independence.
#include "format/result_json.h"

#include "changerisk/version.h"
#include "stats/series_stats.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace cr {
namespace {

using Json = nlohmann::ordered_json;

// FORMAT.md "Result document", verbatim: the contract that the keys are checked against.
constexpr const char* kFormatExample = R"({
  "format": "changerisk-result", "version": 1,
  "program_version": "0.1.0",
  "scenario_name": "…", "scenario_sha256": "…",
  "iterations": 1000000, "seed": 1, "threads": 2, "elapsed_seconds": 0.41,
  "currency": "EUR",
  "probability_any_incident": 0.0049,
  "series": {
    "total_loss": {
      "mean": 0, "sd": 0, "stderr": 0, "min": 0, "max": 0, "p_nonzero": 0,
      "quantiles": {"0.5": 0, "0.9": 0, "0.95": 0, "0.99": 0, "0.995": 0},
      "var_0.99": 0, "tvar_0.99": 0,
      "exceedance": [{"threshold": 250000, "probability": 0.0}],
      "histogram": {"edges": [], "counts": []},
      "lec": [[0, 1.0]],
      "given_incident": { "mean": 0, "quantiles": {}, "…": "same fields" }
    }
  },
  "policies": { "it-liability": { "p_claim_capped": 0.0, "p_aggregate_exhausted": 0.0 } },
  "convergence": { "iterations": [1000, 2000], "mean_total_loss": [0, 0], "stderr": [0, 0] }
})";

std::vector<std::string> keysOf(const Json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) {
        keys.push_back(item.key());
    }
    return keys;
}

// Every key of `example` is in `actual`, with a value of the same kind, recursively; arrays
// are compared by their first elements. "…" stands for "the same fields" and is skipped.
void expectShape(const Json& example, const Json& actual, const std::string& where) {
    if (example.is_object()) {
        ASSERT_TRUE(actual.is_object()) << where;
        for (const auto& item : example.items()) {
            if (item.key() == "…") {
                continue;
            }
            ASSERT_TRUE(actual.contains(item.key())) << where << "/" << item.key();
            expectShape(item.value(), actual[item.key()], where + "/" + item.key());
        }
    } else if (example.is_array()) {
        ASSERT_TRUE(actual.is_array()) << where;
        if (!example.empty() && !actual.empty()) {
            expectShape(example.front(), actual.front(), where + "/0");
        }
    } else if (example.is_number()) {
        EXPECT_TRUE(actual.is_number()) << where << " is " << actual.dump();
    } else {
        EXPECT_EQ(example.type(), actual.type()) << where;
    }
}

Policy policy(std::string id) {
    Policy p;
    p.id = std::move(id);
    return p;
}

// Two policies with every kind of term that is an exceedance threshold, and one with none.
Scenario testScenario() {
    Scenario s;
    s.name = "Result test";
    s.currency = "CHF";
    s.simulation.thresholds = {100000, 1000000, 250000};
    Policy a = policy("it-liability");
    a.deductible.amount = 500;
    a.perClaimLimit = 1000000;
    a.aggregateSpec = Policy::AggregateSpec::Amount;
    a.annualAggregateAmount = 2000000;
    Policy b = policy("cyber");
    b.deductible.isPercent = true;
    b.deductible.percent = 10;
    b.deductible.min = 1000;
    b.deductible.max = 5000;
    b.annualDeductible = 2000;
    b.perClaimLimit = 250000;  // aggregate by default 2 x 250,000
    Policy c = policy("bare"); // no deductible, unlimited: adds nothing
    c.aggregateSpec = Policy::AggregateSpec::Unlimited;
    s.insurance = {a, b, c};
    return s;
}

// A run with random zero-inflated series (one of them without any non-zero value).
RunResult testRun(const Scenario& scenario, std::uint64_t iterations, std::uint64_t incidents) {
    RunResult run;
    run.iterations = iterations;
    run.seed = 7;
    run.threads = 2;
    run.elapsedSeconds = 0.25;
    run.incidentIterations = incidents;
    run.layout.policyCount = scenario.insurance.size();
    run.seriesNames = run.layout.names(scenario);
    std::mt19937_64 rng(11);
    for (std::size_t s = 0; s < run.layout.size(); ++s) {
        std::lognormal_distribution<double> severity(6.0 + 0.2 * static_cast<double>(s), 1.5);
        ZeroInflatedSample sample{iterations, {}};
        const std::uint64_t k = s == 3 ? 0 : incidents - std::min<std::uint64_t>(incidents, s % 5);
        for (std::uint64_t i = 0; incidents > 0 && i < k; ++i) {
            sample.nonzero.push_back(severity(rng));
        }
        run.series.push_back(std::move(sample));
    }
    run.policies = {{50, 10}, {0, 0}, {3, 0}};
    run.convergence.iterations = {1000, 2000};
    run.convergence.meanTotalLoss = {12.5, 13.0};
    run.convergence.stderrTotalLoss = {1.5, 1.1};
    return run;
}

TEST(ResultJson, ExceedanceThresholdsAreEveryPolicyTermAndUserThreshold) {
    const std::vector<double> expected = {500,    1000,   2000,    5000,   100000,
                                          250000, 500000, 1000000, 2000000};
    EXPECT_EQ(expected, exceedanceThresholds(testScenario()));
    EXPECT_TRUE(exceedanceThresholds(Scenario{}).empty());
}

TEST(ResultJson, SeriesNamesFollowTheLayout) {
    const Scenario scenario = testScenario();
    SeriesLayout layout{scenario.insurance.size()};
    const std::vector<std::string> names = layout.names(scenario);
    ASSERT_EQ(layout.size(), names.size());
    EXPECT_EQ("total_loss", names[0]);
    EXPECT_EQ("insurance_paid", names[1]);
    EXPECT_EQ("uninsured", names[2]);
    EXPECT_EQ("operator_net", names[3]);
    EXPECT_EQ("contractor_liability", names[4]);
    EXPECT_EQ("contractor_net", names[5]);
    EXPECT_EQ("category.support", names[layout.category(index(Category::Support))]);
    EXPECT_EQ("category.operator_downtime",
              names[layout.category(index(Category::OperatorDowntime))]);
    EXPECT_EQ("category.other.insured", names[layout.categoryInsured(index(Category::Other))]);
    EXPECT_EQ("policy.it-liability.paid", names[layout.policyPaid(0)]);
    EXPECT_EQ("policy.cyber.shortfall", names[layout.policyShortfall(1)]);
    EXPECT_EQ("policy.bare.shortfall", names.back());
    SeriesLayout wrong{1};
    EXPECT_THROW(wrong.names(scenario), std::logic_error);
}

TEST(ResultJson, HasEveryKeyOfFormatMdInItsOrder) {
    const Scenario scenario = testScenario();
    RunResult run = testRun(scenario, 5000, 1200);
    const Json doc = resultDocument(scenario, "abc123", run, 2);
    const Json example = Json::parse(kFormatExample);
    expectShape(example, doc, "");
    // Top-level keys exactly, in FORMAT.md's order; a reader rejects unknown keys.
    EXPECT_EQ(keysOf(example), keysOf(doc));
    const Json& total = doc["series"]["total_loss"];
    EXPECT_EQ(keysOf(example["series"]["total_loss"]), keysOf(total));
    std::vector<std::string> givenKeys = keysOf(total);
    givenKeys.pop_back(); // no nested given_incident
    EXPECT_EQ(givenKeys, keysOf(total["given_incident"]));
    EXPECT_EQ((std::vector<std::string>{"0.5", "0.9", "0.95", "0.99", "0.995"}),
              keysOf(total["quantiles"]));
    EXPECT_EQ(keysOf(total["quantiles"]), keysOf(total["given_incident"]["quantiles"]));
    EXPECT_EQ(run.layout.names(scenario), keysOf(doc["series"]));
    EXPECT_EQ((std::vector<std::string>{"it-liability", "cyber", "bare"}), keysOf(doc["policies"]));
    for (const auto& item : doc["series"].items()) {
        EXPECT_EQ(keysOf(total), keysOf(item.value())) << item.key();
    }
}

TEST(ResultJson, CarriesTheRunAndTheStatistics) {
    const Scenario scenario = testScenario();
    RunResult run = testRun(scenario, 5000, 1200);
    ZeroInflatedSample total = run.series[0];
    const Json doc = resultDocument(scenario, "abc123", run, 1);
    EXPECT_EQ("changerisk-result", doc["format"]);
    EXPECT_EQ(1, doc["version"]);
    EXPECT_EQ(std::string(kProgramVersion), doc["program_version"]);
    EXPECT_EQ("Result test", doc["scenario_name"]);
    EXPECT_EQ("abc123", doc["scenario_sha256"]);
    EXPECT_EQ(5000u, doc["iterations"]);
    EXPECT_EQ(7u, doc["seed"]);
    EXPECT_EQ(2u, doc["threads"]);
    EXPECT_EQ(0.25, doc["elapsed_seconds"]);
    EXPECT_EQ("CHF", doc["currency"]);
    EXPECT_DOUBLE_EQ(1200.0 / 5000, doc["probability_any_incident"].get<double>());
    EXPECT_DOUBLE_EQ(50.0 / 5000, doc["policies"]["it-liability"]["p_claim_capped"].get<double>());
    EXPECT_DOUBLE_EQ(10.0 / 5000,
                     doc["policies"]["it-liability"]["p_aggregate_exhausted"].get<double>());
    EXPECT_DOUBLE_EQ(3.0 / 5000, doc["policies"]["bare"]["p_claim_capped"].get<double>());
    EXPECT_EQ(Json::parse(R"({"iterations": [1000, 2000], "mean_total_loss": [12.5, 13.0],
                              "stderr": [1.5, 1.1]})"),
              Json::parse(doc["convergence"].dump()));

    // The figures are summarize()'s, each under its own key.
    const std::vector<double> thresholds = exceedanceThresholds(scenario);
    const SeriesSummary expected = summarize(total, thresholds, 1200);
    const Json& t = doc["series"]["total_loss"];
    const SeriesStats& all = expected.all;
    EXPECT_EQ(all.mean, t["mean"]);
    EXPECT_EQ(all.sd, t["sd"]);
    EXPECT_EQ(all.stderr_, t["stderr"]);
    EXPECT_EQ(0.0, t["min"]);
    EXPECT_EQ(all.max, t["max"]);
    EXPECT_EQ(all.pNonzero, t["p_nonzero"]);
    EXPECT_EQ(all.quantiles[0].second, t["quantiles"]["0.5"]);
    EXPECT_EQ(all.quantiles[4].second, t["quantiles"]["0.995"]);
    EXPECT_EQ(all.var99, t["var_0.99"]);
    EXPECT_EQ(all.tvar99, t["tvar_0.99"]);
    ASSERT_EQ(thresholds.size(), t["exceedance"].size());
    for (std::size_t i = 0; i < thresholds.size(); ++i) {
        EXPECT_EQ(thresholds[i], t["exceedance"][i]["threshold"]);
        EXPECT_EQ(all.exceedance[i].second, t["exceedance"][i]["probability"]);
    }
    EXPECT_EQ(Json(all.histogram.edges), t["histogram"]["edges"]);
    EXPECT_EQ(Json(all.histogram.counts), t["histogram"]["counts"]);
    ASSERT_EQ(all.lec.size(), t["lec"].size());
    EXPECT_EQ(all.lec[5].first, t["lec"][5][0]);
    EXPECT_EQ(all.lec[5].second, t["lec"][5][1]);
    EXPECT_EQ(expected.givenIncident->mean, t["given_incident"]["mean"]);
    EXPECT_EQ(expected.givenIncident->quantiles[2].second,
              t["given_incident"]["quantiles"]["0.95"]);
    EXPECT_EQ(1.0, t["given_incident"]["p_nonzero"]);

    // The series without a non-zero value: zeros, and an empty histogram.
    const Json& empty = doc["series"]["operator_net"];
    EXPECT_EQ(0.0, empty["mean"]);
    EXPECT_EQ(0.0, empty["tvar_0.99"]);
    EXPECT_TRUE(empty["histogram"]["edges"].empty());
    EXPECT_EQ(Json::parse("[[0, 0]]"), Json::parse(empty["lec"].dump()));
}

TEST(ResultJson, UndefinedStatisticsAreNull) {
    const Scenario scenario = testScenario();
    // No incident at all: no given_incident.
    RunResult quiet = testRun(scenario, 100, 0);
    const Json doc = resultDocument(scenario, "", quiet, 2);
    for (const auto& item : doc["series"].items()) {
        EXPECT_TRUE(item.value()["given_incident"].is_null()) << item.key();
    }
    // One iteration: the sd (n - 1) and its standard error are undefined.
    RunResult single = testRun(scenario, 1, 1);
    single.convergence.stderrTotalLoss = {std::nan(""), INFINITY};
    const Json one = resultDocument(scenario, "", single, 1);
    EXPECT_TRUE(one["series"]["total_loss"]["sd"].is_null());
    EXPECT_TRUE(one["series"]["total_loss"]["stderr"].is_null());
    EXPECT_TRUE(one["series"]["total_loss"]["given_incident"]["sd"].is_null());
    EXPECT_TRUE(one["series"]["total_loss"]["mean"].is_number());
    EXPECT_EQ(Json::parse("[null, null]"), Json::parse(one["convergence"]["stderr"].dump()));
}

TEST(ResultJson, SameDocumentForAnyNumberOfThreads) {
    const Scenario scenario = testScenario();
    std::string first;
    for (const unsigned threads : {1u, 2u, 3u, 0u}) {
        RunResult run = testRun(scenario, 20000, 3000);
        const std::string text = resultDocument(scenario, "x", run, threads).dump();
        if (first.empty()) {
            first = text;
        } else {
            EXPECT_EQ(first, text) << threads << " threads";
        }
    }
}

TEST(ResultJson, SeriesSharedWithAnEarlierOneGetItsStatistics) {
    const Scenario scenario = testScenario();
    RunResult run = testRun(scenario, 5000, 1200);
    RunResult shared = run;
    // uninsured (2) is total_loss (0) and keeps no values of its own.
    shared.sameAs.resize(shared.series.size());
    for (std::size_t i = 0; i < shared.sameAs.size(); ++i) {
        shared.sameAs[i] = i;
    }
    shared.sameAs[2] = 0;
    shared.series[2].nonzero.clear();
    const Json doc = resultDocument(scenario, "", shared, 2);
    EXPECT_EQ(doc["series"]["total_loss"], doc["series"]["uninsured"]);
    const Json plain = resultDocument(scenario, "", run, 2);
    EXPECT_EQ(plain["series"]["total_loss"], doc["series"]["uninsured"]);
    EXPECT_EQ(plain["series"]["insurance_paid"], doc["series"]["insurance_paid"]);
    EXPECT_NE(plain["series"]["uninsured"], doc["series"]["uninsured"]);
}

TEST(ResultJson, RejectsARunThatDoesNotFitTheScenario) {
    const Scenario scenario = testScenario();
    RunResult run = testRun(scenario, 100, 10);
    run.policies.pop_back();
    EXPECT_THROW(resultDocument(scenario, "", run, 1), std::logic_error);
    RunResult broken = testRun(scenario, 100, 10);
    broken.series[2].nonzero.push_back(-1.0);
    try {
        resultDocument(scenario, "", broken, 2);
        FAIL() << "a negative value was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("series uninsured"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace cr
