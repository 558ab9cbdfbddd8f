// `changerisk-cli export-stats`: the key statistics CSV holds exactly the result document's
// numbers, one row per series; null statistics are empty cells; bad input is exit 2.
#include "process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

namespace cr {
namespace {

using Json = nlohmann::ordered_json;
using test::readFile;
using test::runProcess;

const std::string kCli = CHANGERISK_CLI;
const std::string kRouter = std::string(CHANGERISK_TEMPLATES_DIR) + "/isp-router-reset.json";

std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            cells.push_back(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.push_back(cell);
    return cells;
}

class ExportStats : public ::testing::Test {
protected:
    void SetUp() override { m_dir = test::makeTempDir(); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::string path(const std::string& name) const { return m_dir + "/" + name; }
    std::string m_dir;
};

// The expected cell: the document's number (read back exactly) or empty for null/missing.
void expectCell(const std::string& cell, const Json& value, const std::string& what) {
    if (value.is_number()) {
        ASSERT_FALSE(cell.empty()) << what;
        EXPECT_EQ(std::stod(cell), value.get<double>()) << what;
    } else {
        EXPECT_TRUE(cell.empty()) << what << ": " << cell;
    }
}

void checkAgainstDocument(const std::string& csv, const Json& doc) {
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);
    const auto header = splitCsvLine(line);
    ASSERT_EQ(header.size(), 18u);
    EXPECT_EQ(header[0], "series");
    EXPECT_EQ(header[1], "mean");
    EXPECT_EQ(header[14], "given_incident_mean");
    std::size_t rows = 0;
    for (const auto& [name, s] : doc["series"].items()) {
        ASSERT_TRUE(std::getline(in, line)) << name;
        const auto cells = splitCsvLine(line);
        ASSERT_EQ(cells.size(), 18u) << line;
        EXPECT_EQ(cells[0], name);
        const Json null;
        const auto& q = s["quantiles"];
        const std::vector<const Json*> expected = {
            &s["mean"],      &s["sd"],       &s["stderr"],   &s["min"],  &s["max"],
            &s["p_nonzero"], &q["0.5"],      &q["0.9"],      &q["0.95"], &q["0.99"],
            &q["0.995"],     &s["var_0.99"], &s["tvar_0.99"]};
        for (std::size_t i = 0; i < expected.size(); ++i) {
            expectCell(cells[i + 1], *expected[i], name + " " + header[i + 1]);
        }
        const Json& g = s["given_incident"];
        expectCell(cells[14], g.is_object() ? g["mean"] : null, name + " given mean");
        expectCell(cells[15], g.is_object() ? g["quantiles"]["0.5"] : null, name + " given q0.5");
        expectCell(cells[16], g.is_object() ? g["quantiles"]["0.9"] : null, name + " given q0.9");
        expectCell(cells[17], g.is_object() ? g["quantiles"]["0.99"] : null, name + " given q0.99");
        ++rows;
    }
    EXPECT_FALSE(std::getline(in, line)) << "extra row: " << line;
    EXPECT_GE(rows, 10u);
}

TEST_F(ExportStats, EverySeriesWithTheDocumentsExactNumbers) {
    ASSERT_EQ(runProcess({kCli, "simulate", kRouter, "--iterations", "3000", "--seed", "9",
                          "--output", path("r.json")})
                  .exitCode,
              0);
    const auto r = runProcess({kCli, "export-stats", path("r.json"), "--output", path("s.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const Json doc = Json::parse(readFile(path("r.json")));
    checkAgainstDocument(readFile(path("s.csv")), doc);
    // Without --output the same CSV goes to standard output.
    const auto out = runProcess({kCli, "export-stats", path("r.json")});
    EXPECT_EQ(out.out, readFile(path("s.csv")));
}

TEST_F(ExportStats, NoIncidentGivesEmptyConditionalCells) {
    Json s = Json::parse(readFile(kRouter));
    s["failure_modes"][0]["probability"] = 0;
    test::writeFile(path("never.json"), s.dump());
    ASSERT_EQ(runProcess({kCli, "simulate", path("never.json"), "--iterations", "500", "--output",
                          path("r.json")})
                  .exitCode,
              0);
    const auto r = runProcess({kCli, "export-stats", path("r.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const Json doc = Json::parse(readFile(path("r.json")));
    ASSERT_TRUE(doc["series"]["total_loss"]["given_incident"].is_null());
    checkAgainstDocument(r.out, doc);
}

TEST_F(ExportStats, BadInputIsExit2AndWritesNothing) {
    test::writeFile(path("scenario.json"), readFile(kRouter));
    auto r = runProcess({kCli, "export-stats", path("scenario.json"), "--output", path("s.csv")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(path("scenario.json") + ": /format: not a changerisk-result document"),
              std::string::npos)
        << r.err;
    test::writeFile(path("broken.json"), "{\"format\": ");
    r = runProcess({kCli, "export-stats", path("broken.json"), "--output", path("s.csv")});
    EXPECT_EQ(r.exitCode, 2);
    r = runProcess({kCli, "export-stats", path("missing.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(std::filesystem::exists(path("s.csv")));
}

} // namespace
} // namespace cr
