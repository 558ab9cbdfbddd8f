// Every malformed scenario in tests/data/bad, plus generated garbage and oversized files, through
// the CLI: exit 2, one "error: FILE: WHERE: message" line per problem (the reader's problems,
// whose pointers tests/models/scenario/bad_scenario_test.cpp checks), and nothing written.
#include "process.h"

#include "format/scenario_json.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

namespace cr {
namespace {

using test::runProcess;
namespace fs = std::filesystem;

const std::string kCli = CHANGERISK_CLI;

std::string expectedErrors(const std::string& path) {
    try {
        readScenario(test::readFile(path));
    } catch (const InputError& e) {
        std::string text;
        for (const Problem& p : e.problems()) {
            text += "error: " + path + ": " + (p.where.empty() ? "" : p.where + ": ") + p.message +
                    "\n";
        }
        return text;
    }
    return "(valid)";
}

// Returns what `validate` printed on stderr.
std::string expectRejectedWithoutOutput(const std::string& scenario, const std::string& dir) {
    const std::string out = dir + "/result.json", samples = dir + "/samples.csv";
    const auto validate = runProcess({kCli, "validate", scenario});
    EXPECT_EQ(validate.exitCode, 2) << scenario;
    EXPECT_TRUE(validate.out.empty()) << scenario;
    EXPECT_EQ(validate.err.rfind("error: " + scenario + ": ", 0), 0u) << validate.err;

    const auto simulate =
        runProcess({kCli, "simulate", scenario, "--output", out, "--samples", samples});
    EXPECT_EQ(simulate.exitCode, 2) << scenario;
    EXPECT_EQ(simulate.err, validate.err);
    EXPECT_FALSE(fs::exists(out));
    EXPECT_FALSE(fs::exists(samples));
    EXPECT_TRUE(fs::is_empty(dir)) << "temporary files left in " << dir;
    return validate.err;
}

TEST(CliBadInput, EveryMalformedFileGivesExitTwoWithTheReadersProblems) {
    const std::string dir = test::makeTempDir();
    int files = 0;
    for (const auto& entry :
         fs::directory_iterator(std::string(CHANGERISK_TEST_DATA_DIR) + "/bad")) {
        const std::string path = entry.path().string();
        SCOPED_TRACE(path);
        EXPECT_EQ(expectRejectedWithoutOutput(path, dir), expectedErrors(path));
        ++files;
    }
    EXPECT_GE(files, 40);
    fs::remove_all(dir);
}

TEST(CliBadInput, GeneratedGarbageEmptyAndHugeFiles) {
    const std::string dir = test::makeTempDir();
    const std::string out = test::makeTempDir();
    std::mt19937_64 random(42);
    std::string garbage(4096, '\0');
    for (char& c : garbage) {
        c = static_cast<char>(random());
    }
    test::writeFile(dir + "/garbage.json", garbage);
    test::writeFile(dir + "/empty.json", "");
    // 50 MB of valid JSON that is not a scenario: the reader must reject it, not choke on it.
    std::string big = "{\"format\": \"changerisk-scenario\", \"version\": 1, \"name\": \"big\", "
                      "\"notes\": \"" +
                      std::string(50'000'000, 'x') + "\", \"unknown\": 1}";
    test::writeFile(dir + "/big.json", big);
    for (const char* name : {"garbage.json", "empty.json"}) {
        SCOPED_TRACE(name);
        expectRejectedWithoutOutput(dir + "/" + name, out);
    }
    EXPECT_NE(expectRejectedWithoutOutput(dir + "/big.json", out).find("/unknown: unknown key"),
              std::string::npos);
    fs::remove_all(dir);
    fs::remove_all(out);
}

} // namespace
} // namespace cr
