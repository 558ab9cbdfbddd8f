// changerisk-cli simulate/validate/--version as a user runs them: outputs, summary, exit codes.
#include "process.h"

#include "changerisk/version.h"
#include "format/number_format.h"
#include "format/sha256.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <sstream>

namespace cr {
namespace {

using test::readFile;
using test::runProcess;

const std::string kCli = CHANGERISK_CLI;
const std::string kRouter = std::string(CHANGERISK_TEMPLATES_DIR) + "/isp-router-reset.json";
const std::string kPlain =
    std::string(CHANGERISK_SOURCE_DIR) + "/bench/plain-frequency-severity.json";

class CliSimulate : public ::testing::Test {
protected:
    void SetUp() override { m_dir = test::makeTempDir(); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::string path(const std::string& name) const { return m_dir + "/" + name; }
    std::string m_dir;
};

TEST_F(CliSimulate, VersionPrintsTheProjectVersion) {
    const auto r = runProcess({kCli, "--version"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, std::string("changerisk-cli ") + kProgramVersion + "\n");
}

TEST_F(CliSimulate, WritesAResultDocumentThatMatchesTheSummary) {
    const auto r = runProcess({kCli, "simulate", kRouter, "--iterations", "40000", "--seed", "7",
                               "--output", path("r.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(readFile(path("r.json")));
    EXPECT_EQ(doc["format"], "changerisk-result");
    EXPECT_EQ(doc["version"], 1);
    EXPECT_EQ(doc["program_version"], kProgramVersion);
    EXPECT_EQ(doc["iterations"], 40000);
    EXPECT_EQ(doc["seed"], 7);
    EXPECT_EQ(doc["currency"], "EUR");
    EXPECT_EQ(doc["scenario_sha256"], sha256Hex(readFile(kRouter)));
    for (const char* s :
         {"total_loss", "insurance_paid", "uninsured", "operator_net", "contractor_liability",
          "contractor_net", "category.support", "category.rework.insured",
          "policy.it-liability.paid", "policy.it-liability.shortfall"}) {
        EXPECT_TRUE(doc["series"].contains(s)) << s;
    }
    // Every figure of the summary's first block is the document's, formatted for English.
    const auto& total = doc["series"]["total_loss"];
    EXPECT_NE(r.out.find(formatPercent(doc["probability_any_incident"], Language::English)),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(formatMoney(total["mean"], "EUR", Language::English)), std::string::npos);
    EXPECT_NE(r.out.find(formatMoney(total["quantiles"]["0.99"], "EUR", Language::English)),
              std::string::npos);
    EXPECT_NE(r.out.find(formatMoney(doc["series"]["uninsured"]["mean"], "EUR", Language::English)),
              std::string::npos);
    // The table "Given an incident" shows the conditional median and 1-in-100.
    EXPECT_NE(r.out.find("Given an incident"), std::string::npos);
    EXPECT_NE(r.out.find(formatMoney(total["given_incident"]["quantiles"]["0.5"], "EUR",
                                     Language::English)),
              std::string::npos);
    EXPECT_NE(r.out.find(formatMoney(total["given_incident"]["quantiles"]["0.99"], "EUR",
                                     Language::English)),
              std::string::npos);
    const double pCapped = doc["policies"]["it-liability"]["p_claim_capped"];
    EXPECT_NE(r.out.find("a claim exceeds the €1,000,000 sum insured with probability " +
                         formatPercent(pCapped, Language::English)),
              std::string::npos)
        << r.out;
}

TEST_F(CliSimulate, GermanSummaryUsesGermanWordsAndNumbers) {
    const auto r = runProcess({kCli, "simulate", kRouter, "--iterations", "20000", "--lang", "de",
                               "--output", path("r.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(readFile(path("r.json")));
    EXPECT_NE(r.out.find("Gesamtschaden"), std::string::npos);
    EXPECT_NE(r.out.find("Versicherungssumme von 1.000.000 €"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(formatMoney(doc["series"]["total_loss"]["mean"], "EUR", Language::German)),
              std::string::npos);
    EXPECT_NE(r.out.find("20.000 Iterationen"), std::string::npos);
}

TEST_F(CliSimulate, SameSeedGivesTheSameDocumentForAnyThreadCount) {
    std::vector<nlohmann::json> docs;
    for (const char* threads : {"1", "2", "8"}) {
        const std::string out = path(std::string("r") + threads + ".json");
        const auto r = runProcess({kCli, "simulate", kRouter, "--iterations", "30000", "--threads",
                                   threads, "--output", out});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        auto doc = nlohmann::json::parse(readFile(out));
        doc.erase("elapsed_seconds");
        doc.erase("threads");
        docs.push_back(doc);
    }
    EXPECT_EQ(docs[0].dump(), docs[1].dump());
    EXPECT_EQ(docs[0].dump(), docs[2].dump());
}

TEST_F(CliSimulate, SamplesHoldOneRowPerIterationWithTheAccountingIdentity) {
    const auto r = runProcess({kCli, "simulate", kPlain, "--iterations", "5000", "--output",
                               path("r.json"), "--samples", path("s.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::istringstream csv(readFile(path("s.csv")));
    std::string line;
    std::getline(csv, line);
    EXPECT_EQ(line, "iteration,total_loss,insurance_paid,uninsured,operator_net,"
                    "contractor_liability,contractor_net");
    int rows = 0;
    double sumTotal = 0;
    while (std::getline(csv, line)) {
        ++rows;
        double v[7];
        char comma;
        std::istringstream row(line);
        row >> v[0];
        for (int i = 1; i < 7; ++i) {
            row >> comma >> v[i];
        }
        EXPECT_EQ(v[0], rows);
        EXPECT_NEAR(v[3], v[1] - v[2], 1e-6 * (1 + v[1]));
        EXPECT_NEAR(v[3], v[4] + v[6], 1e-6 * (1 + v[1]));
        sumTotal += v[1];
    }
    EXPECT_EQ(rows, 5000);
    const auto doc = nlohmann::json::parse(readFile(path("r.json")));
    EXPECT_NEAR(sumTotal / rows, doc["series"]["total_loss"]["mean"].get<double>(),
                1e-9 * sumTotal / rows);
}

TEST_F(CliSimulate, UnwritableOutputFailsWithExitOneBeforeSimulating) {
    const auto r = runProcess({kCli, "simulate", kRouter, "--iterations", "1000", "--output",
                               path("missing-dir/r.json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.rfind("error: " + path("missing-dir/r.json") + ": cannot write", 0), 0u)
        << r.err;
    EXPECT_TRUE(r.out.empty());
}

TEST_F(CliSimulate, InvalidInputLeavesAnExistingOutputUntouched) {
    test::writeFile(path("r.json"), "keep me");
    test::writeFile(path("bad.json"), R"({"format": "changerisk-scenario", "version": 1})");
    const auto r = runProcess({kCli, "simulate", path("bad.json"), "--output", path("r.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "error: " + path("bad.json") + ": /name: required\n");
    EXPECT_EQ(readFile(path("r.json")), "keep me");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_dir),
                            std::filesystem::directory_iterator()),
              2); // no temporary file left behind
}

TEST_F(CliSimulate, BadFlagsAreInvalidInput) {
    EXPECT_EQ(runProcess({kCli, "simulate", kRouter, "--lang", "fr"}).exitCode, 2);
    EXPECT_EQ(runProcess({kCli, "simulate", kRouter, "--iterations", "0"}).exitCode, 2);
    EXPECT_EQ(runProcess({kCli, "simulate", kRouter, "--threads", "-1"}).exitCode, 2);
    EXPECT_EQ(runProcess({kCli, "simulate"}).exitCode, 2);
    EXPECT_EQ(runProcess({kCli, "frobnicate"}).exitCode, 2);
    const auto missing = runProcess({kCli, "validate", path("nope.json")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.err.rfind("error: " + path("nope.json") + ": cannot read file", 0), 0u)
        << missing.err;
}

TEST_F(CliSimulate, CtrlCStopsCleanlyWithExit130AndWritesNothing) {
    const auto r = runProcess({kCli, "simulate", kPlain, "--iterations", "100000000", "--output",
                               path("r.json"), "--samples", path("s.csv")},
                              std::chrono::milliseconds(700));
    EXPECT_EQ(r.exitCode, 130) << r.err;
    EXPECT_NE(r.err.find("interrupted"), std::string::npos);
    EXPECT_TRUE(std::filesystem::is_empty(m_dir)); // neither outputs nor temporary files
}

TEST_F(CliSimulate, ValidateAcceptsEveryTemplate) {
    for (const auto& entry : std::filesystem::directory_iterator(CHANGERISK_TEMPLATES_DIR)) {
        const auto r = runProcess({kCli, "validate", entry.path().string()});
        EXPECT_EQ(r.exitCode, 0) << entry.path() << r.err;
        EXPECT_NE(r.out.find(": valid"), std::string::npos);
    }
}

} // namespace
} // namespace cr
