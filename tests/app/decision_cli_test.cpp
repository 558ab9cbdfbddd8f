// sweep, compare and sensitivity through the CLI: documents in the promised shape, tables on
// stdout, and bad options rejected with exit 2 and a message naming the option.
#include "process.h"

#include "format/number_format.h"
#include "format/scenario_json.h"
#include "format/sha256.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>

namespace cr {
namespace {

using test::runProcess;
namespace fs = std::filesystem;

const std::string kCli = CHANGERISK_CLI;

std::string templatePath(const std::string& name) {
    return std::string(CHANGERISK_TEMPLATES_DIR) + "/" + name;
}

// A loss-line scenario: one lognormal loss per iteration, policy "cover" limit 50,000.
std::string writeLossLineScenario(const std::string& dir) {
    const std::string path = dir + "/loss.json";
    test::writeFile(path, R"({
  "format": "changerisk-scenario", "version": 1, "name": "Loss line",
  "simulation": {"iterations": 20000, "seed": 3},
  "insurance": [{"id": "cover", "holder": "operator", "covers": ["other"],
                 "per_claim_limit": 50000, "deductible": 1000, "annual_premium": 900}],
  "loss_lines": [{"name": "loss", "category": "other", "bearer": "operator",
                  "frequency": 1, "severity": {"dist": "lognormal", "meanlog": 10, "sdlog": 1}}]
})");
    return path;
}

TEST(DecisionCli, SweepWritesTheDocumentAndPrintsTheTable) {
    const std::string dir = test::makeTempDir();
    const std::string scenario = writeLossLineScenario(dir);
    const std::string out = dir + "/sweep.json";
    const auto r = runProcess({kCli, "sweep", scenario, "--policy", "cover", "--limits",
                               "25000,50000,250000", "--deductibles", "0,1000", "--premiums",
                               "500,450,900,850,2000,1900", "--output", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::ordered_json::parse(test::readFile(out));
    std::vector<std::string> keys;
    for (const auto& [key, value] : doc.items()) {
        keys.push_back(key);
    }
    EXPECT_EQ(keys, (std::vector<std::string>{"format", "version", "scenario_name",
                                              "scenario_sha256", "iterations", "seed", "policy",
                                              "target", "options", "recommended"}));
    EXPECT_EQ(doc["format"], "changerisk-sweep");
    EXPECT_EQ(doc["iterations"], 20000);
    EXPECT_EQ(doc["policy"], "cover");
    EXPECT_EQ(doc["target"], 0.01);
    ASSERT_EQ(doc["options"].size(), 6U);
    const auto& o = doc["options"][3]; // limit 50,000, deductible 1,000: the policy's own terms
    std::vector<std::string> optionKeys;
    for (const auto& [key, value] : o.items()) {
        optionKeys.push_back(key);
    }
    EXPECT_EQ(optionKeys, (std::vector<std::string>{"per_claim_limit", "annual_aggregate",
                                                    "deductible", "annual_premium", "expected_paid",
                                                    "expected_uninsured", "uninsured_1_in_100",
                                                    "p_claim_capped", "p_aggregate_exhausted",
                                                    "expected_uninsured_plus_premium"}));
    EXPECT_EQ(o["per_claim_limit"], 50000);
    EXPECT_EQ(o["annual_aggregate"], 100000);
    EXPECT_EQ(o["deductible"], 1000);
    EXPECT_EQ(o["annual_premium"], 850);
    EXPECT_DOUBLE_EQ(o["expected_uninsured_plus_premium"].get<double>(),
                     o["expected_uninsured"].get<double>() + 850);
    // The same figures as `simulate` for the policy's own terms.
    const std::string result = dir + "/result.json";
    ASSERT_EQ(runProcess({kCli, "simulate", scenario, "--output", result}).exitCode, 0);
    const auto plain = nlohmann::json::parse(test::readFile(result));
    EXPECT_EQ(o["expected_paid"], plain["series"]["policy.cover.paid"]["mean"]);
    EXPECT_EQ(o["p_claim_capped"], plain["policies"]["cover"]["p_claim_capped"]);
    // P(X > 251,000) for lognormal(10, 1) is about 0.75 %: the 250,000 options are below 1 %.
    EXPECT_EQ(doc["recommended"], 4);
    EXPECT_NE(r.out.find("Recommended: a per-claim limit of €250,000"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("P(claim capped)"), std::string::npos);
}

TEST(DecisionCli, SweepRejectsBadOptionsNamingThem) {
    const std::string dir = test::makeTempDir();
    const std::string scenario = writeLossLineScenario(dir);
    const std::string out = dir + "/sweep.json";
    const auto expectRejected = [&](std::vector<std::string> extra, const std::string& option) {
        std::vector<std::string> args = {kCli, "sweep", scenario, "--output", out};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = runProcess(args);
        EXPECT_EQ(r.exitCode, 2) << option << ": " << r.err;
        EXPECT_EQ(r.err.rfind("error: " + option + ":", 0), 0U) << r.err;
        EXPECT_FALSE(fs::exists(out));
    };
    expectRejected({"--policy", "nope", "--limits", "1000"}, "--policy");
    expectRejected({"--policy", "cover", "--limits", "1000,-5"}, "--limits");
    expectRejected({"--policy", "cover", "--limits", "1000,abc"}, "--limits");
    expectRejected({"--policy", "cover", "--limits", "1000", "--target", "1.7"}, "--target");
    expectRejected({"--policy", "cover", "--limits", "1000", "--deductibles", "-1"},
                   "--deductibles");
    expectRejected({"--policy", "cover", "--limits", "1000,2000", "--premiums", "5"}, "--premiums");
    // Only the scenario is in the directory: no temporary files left.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
}

TEST(DecisionCli, CompareShowsDifferencesAgainstTheFirst) {
    const std::string dir = test::makeTempDir();
    const std::string a = writeLossLineScenario(dir);
    Scenario doubled = readScenarioFile(a);
    doubled.name = "Doubled";
    doubled.lossLines[0].frequency = Fixed{2};
    const std::string b = dir + "/doubled.json";
    test::writeFile(b, writeScenario(doubled));
    const auto r = runProcess({kCli, "compare", a, b, "--iterations", "5000"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("5,000 iterations, seed 3"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(a), std::string::npos);
    EXPECT_NE(r.out.find(b), std::string::npos);
    EXPECT_NE(r.out.find("+€"), std::string::npos) << r.out; // the doubled loss is higher
    const auto one = runProcess({kCli, "compare", a});
    EXPECT_EQ(one.exitCode, 2);
    EXPECT_NE(one.err.find("SCENARIO"), std::string::npos) << one.err;
}

TEST(DecisionCli, CompareRunsTheSafeguardVariants) {
    const auto r = runProcess({kCli, "compare", templatePath("isp-router-reset.json"),
                               "--safeguards", "--iterations", "4000"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("As planned"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Four-eyes review"), std::string::npos) << r.out;
}

// compare --output: the document's figures are each scenario's own `simulate` figures (same
// seed and iterations), and the table on stdout prints exactly the document's values.
TEST(DecisionCli, CompareWritesItsDocument) {
    const std::string dir = test::makeTempDir();
    const std::string a = writeLossLineScenario(dir);
    Scenario doubled = readScenarioFile(a);
    doubled.name = "Doubled";
    doubled.lossLines[0].frequency = Fixed{2};
    const std::string b = dir + "/doubled.json";
    test::writeFile(b, writeScenario(doubled));
    const std::string out = dir + "/compare.json";
    const auto r =
        runProcess({kCli, "compare", a, b, "--iterations", "4000", "--seed", "9", "--output", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::ordered_json::parse(test::readFile(out));
    std::vector<std::string> keys;
    for (const auto& [key, value] : doc.items()) {
        keys.push_back(key);
    }
    EXPECT_EQ(keys, (std::vector<std::string>{"format", "version", "iterations", "seed", "currency",
                                              "safeguards", "scenarios"}));
    EXPECT_EQ(doc["format"], "changerisk-compare");
    EXPECT_EQ(doc["version"], 1);
    EXPECT_EQ(doc["iterations"], 4000);
    EXPECT_EQ(doc["seed"], 9);
    EXPECT_EQ(doc["currency"], "EUR");
    EXPECT_EQ(doc["safeguards"], false);
    ASSERT_EQ(doc["scenarios"].size(), 2U);
    std::vector<std::string> rowKeys;
    for (const auto& [key, value] : doc["scenarios"][0].items()) {
        rowKeys.push_back(key);
    }
    EXPECT_EQ(rowKeys, (std::vector<std::string>{
                           "label", "scenario_name", "file", "scenario_sha256", "safeguard",
                           "p_any_incident", "expected_total_loss", "total_loss_1_in_100",
                           "expected_uninsured", "uninsured_1_in_100", "expected_insurance_paid",
                           "expected_operator_net", "expected_contractor_net"}));
    const std::vector<std::string> files = {a, b};
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto& row = doc["scenarios"][i];
        SCOPED_TRACE(files[i]);
        EXPECT_EQ(row["file"], files[i]);
        EXPECT_EQ(row["label"], files[i]);
        EXPECT_EQ(row["safeguard"], nullptr);
        EXPECT_EQ(row["scenario_sha256"], sha256Hex(test::readFile(files[i])));
        // The independent path: a plain simulate of the same file, seed and iterations.
        const std::string result = dir + "/result.json";
        ASSERT_EQ(runProcess({kCli, "simulate", files[i], "--iterations", "4000", "--seed", "9",
                              "--output", result})
                      .exitCode,
                  0);
        const auto plain = nlohmann::json::parse(test::readFile(result));
        const auto& series = plain["series"];
        const auto near = [](double x, double y) { return std::fabs(x - y) <= 1e-9 * (1 + y); };
        EXPECT_TRUE(near(row["p_any_incident"], plain["probability_any_incident"]));
        EXPECT_TRUE(near(row["expected_total_loss"], series["total_loss"]["mean"]));
        EXPECT_TRUE(near(row["total_loss_1_in_100"], series["total_loss"]["quantiles"]["0.99"]));
        EXPECT_TRUE(near(row["expected_uninsured"], series["uninsured"]["mean"]));
        EXPECT_TRUE(near(row["uninsured_1_in_100"], series["uninsured"]["quantiles"]["0.99"]));
        EXPECT_TRUE(near(row["expected_insurance_paid"], series["insurance_paid"]["mean"]));
        EXPECT_TRUE(near(row["expected_operator_net"], series["operator_net"]["mean"]));
        // The table prints the same values, whole euros.
        for (const char* key : {"expected_total_loss", "total_loss_1_in_100", "expected_uninsured",
                                "uninsured_1_in_100", "expected_insurance_paid"}) {
            const std::string cell = formatMoney(row[key], "EUR", Language::English);
            EXPECT_NE(r.out.find(cell), std::string::npos) << key << " " << cell << "\n" << r.out;
        }
        EXPECT_NE(r.out.find(formatPercent(row["p_any_incident"], Language::English)),
                  std::string::npos);
    }
    // The second row's difference against the first, as printed.
    const double delta = doc["scenarios"][1]["expected_total_loss"].get<double>() -
                         doc["scenarios"][0]["expected_total_loss"].get<double>();
    ASSERT_GT(delta, 0);
    EXPECT_NE(r.out.find("+" + formatMoney(delta, "EUR", Language::English)), std::string::npos);
}

TEST(DecisionCli, CompareSafeguardsDocumentNamesEachVariant) {
    const std::string router = templatePath("isp-router-reset.json");
    const std::string dir = test::makeTempDir();
    const std::string out = dir + "/compare.json";
    const auto r = runProcess({kCli, "compare", router, "--safeguards", "--iterations", "2000",
                               "--lang", "de", "--output", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(test::readFile(out));
    EXPECT_EQ(doc["safeguards"], true);
    ASSERT_GE(doc["scenarios"].size(), 2U);
    EXPECT_EQ(doc["scenarios"][0]["label"], "Wie geplant");
    EXPECT_EQ(doc["scenarios"][0]["safeguard"], nullptr);
    const std::string sha = sha256Hex(test::readFile(router));
    for (std::size_t i = 0; i < doc["scenarios"].size(); ++i) {
        const auto& row = doc["scenarios"][i];
        EXPECT_EQ(row["file"], router);
        EXPECT_EQ(row["scenario_sha256"], sha);
        if (i > 0) {
            EXPECT_TRUE(row["safeguard"].is_string()) << row.dump();
        }
        EXPECT_NE(r.out.find(formatMoney(row["expected_total_loss"], "EUR", Language::German)),
                  std::string::npos)
            << row.dump();
    }
    EXPECT_EQ(doc["scenarios"][1]["safeguard"], "canary"); // the router rolls out in one wave
}

TEST(DecisionCli, CompareOutputIsNotWrittenOnBadInput) {
    const std::string dir = test::makeTempDir();
    const std::string a = writeLossLineScenario(dir);
    const std::string out = dir + "/compare.json";
    auto r = runProcess({kCli, "compare", a, "--output", out});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    r = runProcess({kCli, "compare", a, a, "--iterations", "0", "--output", out});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(r.err.rfind("error: --iterations:", 0), 0U) << r.err;
    EXPECT_FALSE(fs::exists(out));
    r = runProcess({kCli, "compare", a, a, "--output", dir + "/missing/compare.json"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
}

TEST(DecisionCli, SensitivityWritesItsDocument) {
    const std::string dir = test::makeTempDir();
    const std::string scenario = writeLossLineScenario(dir);
    const std::string out = dir + "/sens.json";
    const auto r =
        runProcess({kCli, "sensitivity", scenario, "--output", out, "--iterations", "3000"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(test::readFile(out));
    EXPECT_EQ(doc["format"], "changerisk-sensitivity");
    ASSERT_EQ(doc["tornado"].size(), 1U);
    EXPECT_EQ(doc["tornado"][0]["input"], "/loss_lines/0/severity");
    EXPECT_EQ(doc["importance"][0]["input"], "/loss_lines/0/severity");
    EXPECT_NE(r.out.find("/loss_lines/0/severity"), std::string::npos);
}

} // namespace
} // namespace cr
