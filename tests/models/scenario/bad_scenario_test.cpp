// Malformed scenario files (tests/data/bad/): each must fail with exactly one problem at the
// expected place (JSON pointer, or line and column for syntax errors) with the expected message.
// Line/column expectations were counted from the files by hand (1-based, columns in characters).
#include "format/scenario_json.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace cr {
namespace {

namespace fs = std::filesystem;

const std::string kBadDir = std::string(CHANGERISK_TEST_DATA_DIR) + "/bad/";

struct BadCase {
    const char* file;
    std::string where;
    const char* message; // a substring of the message
};

std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) {
        out += s;
    }
    return out;
}

const std::vector<BadCase>& badCases() {
    static const std::vector<BadCase> cases = {
        // Syntax
        {"01-missing-closing-brace", "line 52, column 1", "unexpected end of input"},
        {"02-trailing-comma", "line 5, column 1", "unexpected '}'"},
        {"03-nan-literal", "line 5, column 48", "invalid literal"},
        {"04-infinity-literal", "line 3, column 32", "invalid literal"},
        {"05-comment", "line 2, column 3", "invalid literal"},
        {"06-single-quotes", "line 1, column 2", "invalid literal"},
        {"07-unterminated-string", "line 1, column 59", "control character U+000A"},
        {"08-number-overflow", "line 2, column 33", "number out of range: 1e999"},
        {"09-empty-file", "line 1, column 1", "the document is empty"},
        {"10-trailing-garbage", "line 2, column 1", "expected end of input"},
        {"11-top-level-array", "", "must be an object, got array"},
        {"12-invalid-utf8", "line 1, column 61", "ill-formed UTF-8"},
        {"13-duplicate-key", "/name", "duplicate key"},
        {"14-nested-too-deep", "/notes" + repeat("/0", 99), "nested more than 100 levels"},
        // Header
        {"15-wrong-format", "/format",
         "must be \"changerisk-scenario\", got \"changerisk-result\""},
        {"16-wrong-version", "/version", "must be 1, got 2"},
        {"17-missing-format", "/format", "required"},
        {"18-missing-name", "/name", "required"},
        // Unknown keys at several depths
        {"19-unknown-top-level-key", "/nmae", "unknown key; did you mean \"name\"?"},
        {"20-unknown-asset-group-key", "/environment/asset_groups/0/cuont",
         "unknown key; did you mean \"count\"?"},
        {"21-unknown-distribution-key", "/failure_modes/0/affected_share/lamda",
         "unknown key; did you mean \"lambda\"?"},
        {"22-unknown-policy-key", "/insurance/0/limit", "unknown key"},
        {"23-unknown-rollout-key", "/change/rollout/detection", "unknown key"},
        // Missing required keys
        {"24-missing-count", "/environment/asset_groups/0/count", "required"},
        {"25-missing-probability", "/failure_modes/0/probability", "required"},
        {"26-missing-holder", "/insurance/0/holder", "required"},
        {"27-missing-contractor", "/contract/contractor", "required"},
        {"28-missing-severity", "/loss_lines/0/severity", "required"},
        {"29-missing-targets", "/change/targets", "required when there are failure modes"},
        // Wrong types
        {"30-count-is-string", "/environment/asset_groups/0/count", "must be a number, got string"},
        {"31-name-is-number", "/name", "must be a string, got number"},
        {"32-bool-is-string", "/failure_modes/0/wipes_data", "must be true or false, got string"},
        {"33-asset-groups-is-object", "/environment/asset_groups", "must be an array, got object"},
        {"34-probability-is-string", "/failure_modes/0/probability",
         "must be a number or a distribution object, got string"},
        {"35-environment-is-number", "/environment", "must be an object, got number"},
        // Counts and ranges
        {"36-fractional-count", "/environment/asset_groups/0/count",
         "must be a whole number, got 2.5"},
        {"37-negative-count", "/environment/asset_groups/0/count", "must be >= 0, got -5"},
        {"38-probability-1.7", "/failure_modes/0/probability",
         "must be a probability within [0, 1], got 1.7"},
        {"39-share-distribution-above-one", "/failure_modes/0/affected_share",
         "its values must lie within [0, 1]"},
        {"40-negative-amount-distribution", "/environment/asset_groups/0/outage_hours",
         "must not be able to go negative"},
        {"41-iterations-zero", "/simulation/iterations", "must be within [1, 100000000], got 0"},
        {"42-iterations-too-many", "/simulation/iterations",
         "must be within [1, 100000000], got 1000000000"},
        {"43-negative-threshold", "/simulation/thresholds/1", "must be >= 0, got -5"},
        {"44-bad-horizon", "/simulation/horizon",
         "must be \"single_change\" or \"annual\", got \"yearly\""},
        {"45-changes-per-year-fraction", "/change/changes_per_year",
         "must be a whole number, got 1.5"},
        {"46-frequency-not-a-count", "/loss_lines/0/frequency", "must be a count"},
        // Rollout and targets
        {"47-waves-not-summing-to-one", "/change/rollout/waves", "must sum to 1, got 0.8"},
        {"48-wave-zero", "/change/rollout/waves/0", "must be within (0, 1], got 0"},
        {"49-unknown-target", "/change/targets/0", "unknown asset group \"switches\""},
        {"50-duplicate-target", "/change/targets/1", "duplicate target \"routers\""},
        // Ids
        {"51-duplicate-asset-group-id", "/environment/asset_groups/1/id",
         "duplicate id \"routers\" (first used at /environment/asset_groups/0/id)"},
        {"52-duplicate-policy-id", "/insurance/1/id", "duplicate id \"cyber\""},
        {"53-duplicate-failure-mode-id", "/failure_modes/1/id", "duplicate id \"reset\""},
        {"54-empty-asset-group-id", "/environment/asset_groups/0/id", "must not be empty"},
        // Contractor conflicts
        {"55-contractor-policy-without-contractor", "/insurance/0/holder",
         "set contract.contractor to true"},
        {"56-contractor-loss-line-without-contractor", "/loss_lines/0/bearer",
         "set contract.contractor to true"},
        // Distributions
        {"57-unknown-dist-name", "/failure_modes/0/probability/dist", "got \"gaussian\""},
        {"58-missing-dist", "/failure_modes/0/probability/dist", "required"},
        {"59-bad-dist-parameter", "/failure_modes/0/probability/alpha", "must be > 0, got -1"},
        {"60-lognormal-two-forms", "/environment/asset_groups/0/outage_hours",
         "exactly one of meanlog/sdlog, mean/sd or p05/p95"},
        {"61-lognormal-incomplete-form", "/environment/asset_groups/0/outage_hours/p95",
         "required"},
        {"62-discrete-length-mismatch", "/loss_lines/0/frequency/weights",
         "must have as many entries as values"},
        {"63-pert-mode-outside", "/failure_modes/0/affected_share/mode", "must be between min"},
        {"64-lognormal-percentiles-reversed", "/environment/asset_groups/0/outage_hours/p95",
         "must be > p05"},
        // Policies
        {"65-percent-deductible-out-of-range", "/insurance/0/deductible/percent",
         "must be within [0, 100], got 150"},
        {"66-deductible-min-above-max", "/insurance/0/deductible/max",
         "must be >= min (1000), got 500"},
        {"67-deductible-without-percent", "/insurance/0/deductible/percent", "required"},
        {"68-coinsurance-zero", "/insurance/0/coinsurance", "must be within (0, 1], got 0"},
        {"69-covers-rework", "/insurance/0/covers/2", "liability insurance never covers rework"},
        {"70-covers-unknown-category", "/insurance/0/covers/1", "got \"downtime\""},
        {"71-covers-listed-twice", "/insurance/0/covers/1", "listed twice"},
        {"72-sublimit-unknown-category", "/insurance/0/sublimits/laptops", "unknown category"},
        {"73-per-claim-limit-zero", "/insurance/0/per_claim_limit",
         "must be > 0 (null = unlimited), got 0"},
        {"74-negative-premium", "/insurance/0/annual_premium", "must be >= 0, got -10"},
        {"75-missing-covers", "/insurance/0/covers", "required"},
        // Contract
        {"76-liability-cap-two-kinds", "/contract/liability_cap",
         "either amount or multiple_of_contract_value, not both"},
        {"77-negative-contract-value", "/contract/contract_value", "must be >= 0, got -1"},
        {"78-fault-probability-above-one", "/contract/fault_probability",
         "must be a probability within [0, 1], got 1.2"},
        // Miscellaneous
        {"79-loss-line-unknown-category", "/loss_lines/0/category", "got \"reputation\""},
        {"80-count-too-large", "/environment/asset_groups/0/count", "too large"},
        {"81-negative-seed", "/simulation/seed", "got -1"},
        {"82-end-user-cap-negative", "/environment/end_users/claim_cap_per_user",
         "must be >= 0, got -100"},
    };
    return cases;
}

Problems problemsOfFile(const std::string& path) {
    try {
        readScenarioFile(path);
    } catch (const InputError& e) {
        return e.problems();
    }
    return {};
}

std::string listed(const Problems& problems) {
    std::string out = problems.empty() ? "read without error" : "";
    for (const auto& p : problems) {
        out += "\n  " + p.where + ": " + p.message;
    }
    return out;
}

TEST(BadScenario, EveryFileFailsWithItsOneProblem) {
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(kBadDir)) {
        files += entry.path().extension() == ".json" ? 1 : 0;
    }
    EXPECT_EQ(files, badCases().size()) << "every file in tests/data/bad needs a table entry";
    EXPECT_GE(badCases().size(), 45u);

    for (const auto& c : badCases()) {
        SCOPED_TRACE(c.file);
        const Problems problems = problemsOfFile(kBadDir + c.file + ".json");
        ASSERT_EQ(problems.size(), 1u) << listed(problems);
        EXPECT_EQ(problems[0].where, c.where);
        EXPECT_NE(problems[0].message.find(c.message), std::string::npos) << problems[0].message;
    }
}

// Files that would bloat the repository are made in a temporary folder.
class GeneratedInput : public ::testing::Test {
protected:
    fs::path m_dir;
    void SetUp() override {
        m_dir =
            fs::temp_directory_path() /
            ("changerisk-bad-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    std::string write(const std::string& name, const std::string& bytes) {
        const auto path = (m_dir / name).string();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
};

bool isValidUtf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80         ? 1
                        : (c >> 5) == 6  ? 2
                        : (c >> 4) == 14 ? 3
                        : (c >> 3) == 30 ? 4
                                         : 0;
        if (n == 0 || i + n > s.size()) {
            return false;
        }
        for (std::size_t k = 1; k < n; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
                return false;
            }
        }
        i += n;
    }
    return true;
}

TEST_F(GeneratedInput, BinaryGarbageIsASyntaxErrorWithAPrintableMessage) {
    std::mt19937 gen(20240601);
    std::uniform_int_distribution<int> byte(0, 255);
    std::string garbage(4096, '\0');
    for (auto& c : garbage) {
        c = static_cast<char>(byte(gen));
    }
    garbage[0] = '\x89'; // a PNG-like start: never the start of a JSON value
    const Problems problems = problemsOfFile(write("garbage.json", garbage));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "line 1, column 1");
    EXPECT_TRUE(isValidUtf8(problems[0].message)) << problems[0].message;
    EXPECT_LT(problems[0].message.size(), 400u);
}

TEST_F(GeneratedInput, FiftyMegabyteFileIsReadAndItsErrorLocated) {
    // Line 1: the header; line 2: a 50 MB notes string; line 3: a trailing comma; line 4: "}".
    std::string text = R"({"format": "changerisk-scenario", "version": 1, "name": "big",)";
    text += "\n\"notes\": \"" + std::string(50u << 20, 'a') + "\",\n\"currency\": \"EUR\",\n}";
    const Problems problems = problemsOfFile(write("big.json", text));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "line 4, column 1");

    // Without the trailing comma the same 50 MB document is valid.
    text.erase(text.size() - 3, 1);
    const Scenario s = readScenarioFile(write("big-valid.json", text));
    EXPECT_EQ(s.notes.size(), 50u << 20);
}

TEST_F(GeneratedInput, FilesOver64MiBAreRefused) {
    const auto path = (m_dir / "huge.json").string();
    {
        std::ofstream out(path, std::ios::binary);
        out.seekp((64 << 20) + 10);
        out << '}';
    }
    const Problems problems = problemsOfFile(path);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "");
    EXPECT_NE(problems[0].message.find("larger than 64 MiB"), std::string::npos);
}

TEST_F(GeneratedInput, DirectoriesAndMissingFilesCannotBeRead) {
    for (const auto& path : {m_dir.string(), (m_dir / "missing.json").string()}) {
        const Problems problems = problemsOfFile(path);
        ASSERT_EQ(problems.size(), 1u) << path;
        EXPECT_EQ(problems[0].where, "");
        EXPECT_EQ(problems[0].message.rfind("cannot read file: ", 0), 0u) << problems[0].message;
    }
}

} // namespace
} // namespace cr
