// `changerisk-cli report` when things go wrong or are unusual: unwritable places, a protected
// file, no insurance, no incident at all, bad arguments; and the workspace and --compare forms.
#include "report_test_support.h"

#include "format/number_format.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include <unistd.h>

namespace cr {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using test::pdfText;
using test::readFile;
using test::runProcess;

const std::string kCli = CHANGERISK_CLI;
const std::string kRouter = std::string(CHANGERISK_TEMPLATES_DIR) + "/isp-router-reset.json";

class ReportCli : public ::testing::Test {
protected:
    void SetUp() override {
#ifndef CHANGERISK_HAS_REPORT
        GTEST_SKIP() << "built without the GUI: no report command";
#endif
        m_dir = test::makeTempDir();
    }
    void TearDown() override {
        if (!m_dir.empty()) {
            fs::permissions(m_dir, fs::perms::all, fs::perm_options::add);
            fs::remove_all(m_dir);
        }
    }
    std::string path(const std::string& name) const {
        return m_dir + "/" + name;
    }
    std::vector<std::string> folder() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(m_dir)) {
            names.push_back(e.path().filename().string());
        }
        std::sort(names.begin(), names.end());
        return names;
    }
    // The router template changed by `edit`, written into the test folder.
    std::string variant(const std::string& name, const std::function<void(Json&)>& edit) const {
        Json s = Json::parse(readFile(kRouter));
        edit(s);
        test::writeFile(path(name), s.dump(2));
        return path(name);
    }
    std::string m_dir;
};

// Root ignores file permissions (CI runs as root): such checks run the CLI as nobody.
std::vector<std::string> asOrdinaryUser(std::vector<std::string> args) {
    if (::geteuid() == 0) {
        args.insert(args.begin(),
                    {"/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"});
    }
    return args;
}

TEST_F(ReportCli, MissingOutputFolderFailsBeforeSimulatingAndWritesNothing) {
    const auto r = runProcess(
        {kCli, "report", kRouter, "--output", path("no/such/r.pdf"), "--iterations", "1000"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.rfind("error: " + path("no/such/r.pdf") + ": cannot write:", 0), 0u) << r.err;
    EXPECT_TRUE(folder().empty());
}

TEST_F(ReportCli, UnwritableFolderForAnOrdinaryUser) {
    fs::create_directory(path("locked"));
    fs::permissions(m_dir, fs::perms(0755));
    fs::permissions(path("locked"), fs::perms(0555));
    const auto r = runProcess(asOrdinaryUser(
        {kCli, "report", kRouter, "--output", path("locked/r.pdf"), "--iterations", "1000"}));
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("Permission denied"), std::string::npos) << r.err;
    EXPECT_TRUE(fs::is_empty(path("locked")));
}

TEST_F(ReportCli, ExistingReadOnlyFileIsLeftAloneForAnOrdinaryUser) {
    // The folder is writable (a rename would succeed); the file itself is read-only.
    fs::permissions(m_dir, fs::perms(0777));
    test::writeFile(path("r.pdf"), "the client's signed copy");
    fs::permissions(path("r.pdf"), fs::perms(0444));
    const auto r = runProcess(asOrdinaryUser(
        {kCli, "report", kRouter, "--output", path("r.pdf"), "--iterations", "1000"}));
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find(path("r.pdf") + ": cannot write: Permission denied"), std::string::npos)
        << r.err;
    EXPECT_EQ(readFile(path("r.pdf")), "the client's signed copy");
    EXPECT_EQ(folder(), std::vector<std::string>{"r.pdf"});
}

TEST_F(ReportCli, BadArgumentsAreInvalidInput) {
    auto r = runProcess({kCli, "report", kRouter, "--output", path("r.pdf"), "--lang", "fr"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--lang: must be en or de, got fr"), std::string::npos) << r.err;
    r = runProcess({kCli, "report", "--output", path("r.pdf")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("give either SCENARIO.json or --workspace PATH --run RUN-ID"),
              std::string::npos)
        << r.err;
    r = runProcess({kCli, "report", path("missing.json"), "--output", path("r.pdf")});
    EXPECT_EQ(r.exitCode, 2);
    const std::string bad =
        variant("bad.json", [](Json& s) { s["insurance"][0]["deductible"] = -5; });
    r = runProcess({kCli, "report", bad, "--output", path("r.pdf")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(bad + ": /insurance/0/deductible"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(path("r.pdf")));
}

TEST_F(ReportCli, ScenarioWithoutInsuranceSaysSoAndStillShowsTheLoss) {
    const std::string bare = variant("bare.json", [](Json& s) { s["insurance"] = Json::array(); });
    for (const auto& [code, sentence] :
         {std::pair{"en", "This scenario has no insurance policy"},
          std::pair{"de", "Dieses Szenario enthält keine Versicherung"}}) {
        const auto r = runProcess({kCli, "report", bare, "--output", path("r.pdf"), "--lang", code,
                                   "--iterations", "2000", "--seed", "3"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const std::string text = pdfText(path("r.pdf"));
        EXPECT_NE(text.find(sentence), std::string::npos) << code;
        ASSERT_EQ(runProcess({kCli, "simulate", bare, "--iterations", "2000", "--seed", "3",
                              "--output", path("r.json")})
                      .exitCode,
                  0);
        const Json doc = Json::parse(readFile(path("r.json")));
        const Language l = std::string(code) == "de" ? Language::German : Language::English;
        EXPECT_NE(text.find(formatMoney(doc["series"]["total_loss"]["mean"], "EUR", l)),
                  std::string::npos);
        EXPECT_EQ(doc["series"]["insurance_paid"]["mean"], 0.0);
    }
}

TEST_F(ReportCli, ZeroIncidentsInEveryIterationGiveASensibleReport) {
    const std::string never =
        variant("never.json", [](Json& s) { s["failure_modes"][0]["probability"] = 0; });
    for (const auto& [code, sentence, noLoss] :
         {std::tuple{"en", "In none of the 1,000 simulated iterations", "No loss in any iteration"},
          std::tuple{"de", "In keiner der 1.000 simulierten Iterationen",
                     "In keiner Iteration ein Schaden"}}) {
        const auto r = runProcess({kCli, "report", never, "--output", path("r.pdf"), "--lang", code,
                                   "--iterations", "1000"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const std::string text = pdfText(path("r.pdf"));
        EXPECT_NE(text.find(sentence), std::string::npos) << code;
        EXPECT_NE(text.find(noLoss), std::string::npos) << code;
        EXPECT_EQ(folder(), (std::vector<std::string>{"never.json", "r.pdf"}));
    }
}

TEST_F(ReportCli, CompareRunsSideBySide) {
    const std::string bare = variant("bare.json", [](Json& s) { s["insurance"] = Json::array(); });
    const auto r = runProcess({kCli, "report", kRouter, "--compare", bare, "--output",
                               path("r.pdf"), "--iterations", "2000", "--seed", "5"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = pdfText(path("r.pdf"));
    EXPECT_NE(text.find("Comparison with another run"), std::string::npos);
    EXPECT_NE(text.find("“isp-router-reset.json” is this report's run; “bare.json” the run it is "
                        "compared with"),
              std::string::npos);
    // The comparison's figures are its own run's: simulate it with the same iterations and seed.
    ASSERT_EQ(runProcess({kCli, "simulate", bare, "--iterations", "2000", "--seed", "5", "--output",
                          path("bare-result.json")})
                  .exitCode,
              0);
    const Json doc = Json::parse(readFile(path("bare-result.json")));
    EXPECT_NE(text.find(formatMoney(doc["series"]["uninsured"]["mean"], "EUR", Language::English)),
              std::string::npos);
}

TEST_F(ReportCli, StoredRunFromAWorkspaceWithItsClientAndAComparison) {
    const std::string ws = path("w.sqlite");
    for (const char* seed : {"1", "2"}) {
        const auto r = runProcess({kCli, "simulate", kRouter, "--iterations", "1500", "--seed",
                                   seed, "--save", "--workspace", ws, "--client", "Stadtwerke Nord",
                                   "--output", path(std::string("run") + seed + ".json")});
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    const auto runs = runProcess({kCli, "workspace", "--workspace", ws, "runs", "1", "--json"});
    ASSERT_EQ(runs.exitCode, 0) << runs.err;
    const Json list = Json::parse(runs.out);
    ASSERT_EQ(list["runs"].size(), 2u) << runs.out;
    std::string newer, older; // the runs with seed 2 and seed 1
    for (const Json& run : list["runs"]) {
        (run["seed"] == 2 ? newer : older) = std::to_string(run["id"].get<int>());
    }
    const auto r = runProcess({kCli, "report", "--workspace", ws, "--run", newer, "--compare",
                               older, "--output", path("r.pdf"), "--lang", "de"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = pdfText(path("r.pdf"));
    EXPECT_NE(text.find("Stadtwerke Nord"), std::string::npos);
    EXPECT_NE(text.find("Vergleich mit einem anderen Lauf"), std::string::npos);
    const Json seed2 = Json::parse(readFile(path("run2.json")));
    const Json seed1 = Json::parse(readFile(path("run1.json")));
    EXPECT_NE(
        text.find(formatMoney(seed2["series"]["total_loss"]["mean"], "EUR", Language::German)),
        std::string::npos);
    EXPECT_NE(
        text.find(formatMoney(seed1["series"]["total_loss"]["mean"], "EUR", Language::German)),
        std::string::npos);
    const auto missing =
        runProcess({kCli, "report", "--workspace", ws, "--run", "999", "--output", path("x.pdf")});
    EXPECT_EQ(missing.exitCode, 2) << missing.err;
    EXPECT_FALSE(fs::exists(path("x.pdf")));
}

} // namespace
} // namespace cr
