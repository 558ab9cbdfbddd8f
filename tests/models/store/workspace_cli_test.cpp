// `changerisk-cli workspace …` and `simulate --save` as a user runs them: output, JSON shape,
// exit codes, and the faults (not a workspace, read-only as an unprivileged user).
#include "app/process.h"
#include "format/number_format.h"
#include "format/sha256.h"
#include "store_test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

namespace cr {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using test::runProcess;

const std::string kCli = CHANGERISK_CLI;
const fs::path kTemplates = CHANGERISK_TEMPLATES_DIR;
const std::string kRouter = (kTemplates / "isp-router-reset.json").string();
const std::string kShop = (kTemplates / "webshop-deployment.json").string();

class WorkspaceCli : public ::testing::Test {
protected:
    test::ProcessResult ws(std::vector<std::string> args) const {
        args.insert(args.begin(), {kCli, "workspace", "--workspace", m_path.string()});
        return runProcess(args);
    }
    Json listJson() const {
        const auto r = ws({"list", "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return Json::parse(r.out);
    }
    void importAll(const std::string& client) const {
        std::vector<std::string> args = {"import"};
        for (const auto& entry : fs::directory_iterator(kTemplates)) {
            args.push_back(entry.path().string());
        }
        std::sort(args.begin() + 1, args.end());
        args.insert(args.end(), {"--client", client});
        const auto r = ws(args);
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }

    test::TempDir m_dir;
    fs::path m_path = m_dir / "w.sqlite";
};

std::vector<std::string> keys(const Json& object) {
    std::vector<std::string> names;
    for (const auto& [key, value] : object.items()) {
        names.push_back(key);
    }
    return names;
}

TEST_F(WorkspaceCli, NewWorkspaceAtTheDefaultLocationStartsEmpty) {
    const std::string xdg = "XDG_DATA_HOME=" + (m_dir / "xdg").string();
    const fs::path expected = m_dir / "xdg/ChangeRisk/workspace.sqlite";
    auto r = runProcess({"/usr/bin/env", xdg, kCli, "workspace", "list", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(Json::parse(r.out), Json::parse(R"({"clients": []})"));
    EXPECT_FALSE(fs::exists(expected)); // listing creates nothing
    r = runProcess({"/usr/bin/env", xdg, kCli, "workspace", "import", kRouter, "--client", "A"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(fs::exists(expected));
    r = runProcess({"/usr/bin/env", xdg, kCli, "workspace", "list", "--json"});
    const Json listing = Json::parse(r.out);
    ASSERT_EQ(listing["clients"].size(), 1u); // no "Examples": only the GUI seeds those
    EXPECT_EQ(listing["clients"][0]["name"], "A");
}

TEST_F(WorkspaceCli, ListJsonHasExactlyTheDocumentedShape) {
    importAll("Müller \"GmbH\" 🚀");
    ASSERT_EQ(ws({"import", kRouter, "--client", "Second", "--assessment", "Review"}).exitCode, 0);
    const Json doc = listJson();
    EXPECT_EQ(keys(doc), std::vector<std::string>{"clients"});
    ASSERT_EQ(doc["clients"].size(), 2u);
    const Json& first = doc["clients"][0];
    EXPECT_EQ(keys(first), (std::vector<std::string>{"assessments", "id", "name"}));
    EXPECT_EQ(first["name"], "Müller \"GmbH\" 🚀");
    ASSERT_EQ(first["assessments"].size(), 4u);
    for (const Json& a : first["assessments"]) {
        EXPECT_EQ(keys(a),
                  (std::vector<std::string>{"id", "modified", "runs", "title", "versions"}));
        EXPECT_EQ(a["versions"], 1);
        EXPECT_EQ(a["runs"], 0);
        EXPECT_TRUE(a["id"].is_number_integer());
        EXPECT_EQ(a["modified"].get<std::string>().size(), 24u); // 2025-03-02T14:01:22.123Z
    }
    EXPECT_EQ(doc["clients"][1]["assessments"][0]["title"], "Review");
    // --client narrows the list to one client.
    const auto r = ws({"list", "--json", "--client", "Second"});
    EXPECT_EQ(Json::parse(r.out)["clients"].size(), 1u);
}

TEST_F(WorkspaceCli, ListTableIsAligned) {
    ASSERT_EQ(ws({"import", kRouter, "--client", "ISP", "--assessment", "Short"}).exitCode, 0);
    ASSERT_EQ(
        ws({"import", kShop, "--client", "ISP", "--assessment", std::string(10000, 'L')}).exitCode,
        0);
    const auto r = ws({"list"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Client 1: ISP"), std::string::npos) << r.out;
    // Every table row ends its RUNS column where the header does. The text is ASCII but for
    // the ellipsis "…" (3 bytes, 1 column): split rows into characters to count columns.
    auto characters = [](const std::string& line) {
        std::vector<std::string> out;
        for (const char c : line) {
            if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) {
                out.back() += c;
            } else {
                out.emplace_back(1, c);
            }
        }
        return out;
    };
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("  ", 0) == 0) {
            rows.push_back(characters(line));
        }
    }
    ASSERT_EQ(rows.size(), 3u) << r.out;
    const auto& header = rows[0];
    std::size_t runsEnd = 0; // the column after "RUNS"
    for (std::size_t i = 0; i + 4 <= header.size(); ++i) {
        if (header[i] == "R" && header[i + 1] == "U" && header[i + 2] == "N" &&
            header[i + 3] == "S") {
            runsEnd = i + 4;
        }
    }
    ASSERT_GT(runsEnd, 0u);
    for (const auto& row : rows) {
        ASSERT_GT(row.size(), runsEnd);
        EXPECT_NE(row[runsEnd - 1], " ");
        EXPECT_EQ(row[runsEnd], " ");
        EXPECT_LT(row.size(), 160u) << "a 10,000-character title is cut for the table";
    }
    EXPECT_NE(r.out.find("LLL…"), std::string::npos);
}

TEST_F(WorkspaceCli, ImportOfSeveralFilesIsAllOrNone) {
    const std::string bad = std::string(CHANGERISK_TEST_DATA_DIR) + "/bad/02-trailing-comma.json";
    const auto r = ws({"import", kRouter, bad, kShop, "--client", "A"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("error: " + bad + ": line "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("nothing was imported"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(m_path));
    EXPECT_TRUE(listJson()["clients"].empty());
}

TEST_F(WorkspaceCli, ExportReproducesTheImportedFilesByteForByte) {
    importAll("A");
    const Json listing = listJson(); // a range-for over a temporary's member would dangle
    for (const Json& a : listing["clients"][0]["assessments"]) {
        const std::string id = std::to_string(a["id"].get<int>());
        const fs::path out = m_dir / ("export-" + id + ".json");
        const auto r = ws({"export", id, out.string()});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const std::string exported = test::readBytes(out);
        bool matched = false;
        for (const auto& entry : fs::directory_iterator(kTemplates)) {
            matched = matched || test::readBytes(entry.path()) == exported;
        }
        EXPECT_TRUE(matched) << a["title"];
    }
    // A later version, and the earlier one on request; "-" writes to stdout.
    const fs::path edited = m_dir / "edited.json";
    // Same data, other bytes (re-indented by an editor): kept as its own version.
    const std::string text = Json::parse(test::readBytes(kRouter)).dump(4) + "\n";
    test::writeBytes(edited, text);
    ASSERT_EQ(ws({"import", edited.string(), "--client", "B", "--assessment", "R"}).exitCode, 0);
    ASSERT_EQ(ws({"import", kRouter, "--client", "B", "--assessment", "R"}).exitCode, 0);
    const int id = listJson()["clients"][1]["assessments"][0]["id"];
    EXPECT_EQ(ws({"export", std::to_string(id), "-"}).out, test::readBytes(kRouter));
    EXPECT_EQ(ws({"export", std::to_string(id), "--version", "1", "-"}).out, text);
    const auto missing = ws({"export", "99", "-"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("assessment 99: no such assessment"), std::string::npos)
        << missing.err;
    EXPECT_EQ(ws({"export", std::to_string(id), "--version", "3", "-"}).exitCode, 2);
}

TEST_F(WorkspaceCli, SimulateSaveKeepsTheRunWithTheDocumentsKeyFigures) {
    const fs::path result = m_dir / "r.json";
    auto r =
        runProcess({kCli, "simulate", kRouter, "--iterations", "20000", "--seed", "5", "--output",
                    result.string(), "--save", "--workspace", m_path.string(), "--client", "ISP"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Saved as run 1 of assessment 1"), std::string::npos) << r.out;
    r = runProcess({kCli, "simulate", kRouter, "--iterations", "10000", "--save", "--workspace",
                    m_path.string(), "--client", "ISP"});
    ASSERT_EQ(r.exitCode, 0) << r.err;

    const Json doc = Json::parse(test::readBytes(result));
    const Json runs = Json::parse(ws({"runs", "1", "--json"}).out);
    ASSERT_EQ(runs["runs"].size(), 2u);
    EXPECT_EQ(runs["runs"][0]["iterations"], 10000); // latest first
    const Json& run = runs["runs"][1];
    const Json& series = doc["series"];
    EXPECT_EQ(run["iterations"], 20000);
    EXPECT_EQ(run["seed"], 5);
    EXPECT_EQ(run["version"], 1); // both runs used the same scenario text
    EXPECT_EQ(run["mean_total_loss"], series["total_loss"]["mean"]);
    EXPECT_EQ(run["p99_total_loss"], series["total_loss"]["quantiles"]["0.99"]);
    EXPECT_EQ(run["mean_insurance_paid"], series["insurance_paid"]["mean"]);
    EXPECT_EQ(run["mean_uninsured"], series["uninsured"]["mean"]);
    double shortfall = 0;
    for (const auto& [name, stats] : series.items()) {
        if (name.rfind("policy.", 0) == 0 && name.size() > 10 &&
            name.substr(name.size() - 10) == ".shortfall") {
            shortfall = std::max(shortfall, stats["p_nonzero"].get<double>());
        }
    }
    EXPECT_EQ(run["shortfall_probability"], shortfall);
    EXPECT_EQ(runs["assessment"]["client"]["name"], "ISP");
    // The stored scenario is the file itself, and the document named its hash.
    EXPECT_EQ(ws({"export", "1", "-"}).out, test::readBytes(kRouter));
    EXPECT_EQ(doc["scenario_sha256"], sha256Hex(test::readBytes(kRouter)));

    const auto table = ws({"runs", "1"});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_NE(table.out.find(formatMoney(series["total_loss"]["mean"], "EUR", Language::English)),
              std::string::npos)
        << table.out;
}

TEST_F(WorkspaceCli, SaveNeedsAClientAndAUsableWorkspace) {
    EXPECT_EQ(
        runProcess({kCli, "simulate", kRouter, "--save", "--workspace", m_path.string()}).exitCode,
        2);
    EXPECT_EQ(runProcess({kCli, "simulate", kRouter, "--client", "A"}).exitCode, 2);
    test::writeBytes(m_path, "not a database");
    const fs::path result = m_dir / "r.json";
    const auto r = runProcess({kCli, "simulate", kRouter, "--save", "--workspace", m_path.string(),
                               "--client", "A", "--output", result.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("error: " + m_path.string() + ": not a SQLite database"),
              std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(result)); // refused before the run
    EXPECT_EQ(test::readBytes(m_path), "not a database");
}

TEST_F(WorkspaceCli, DeletingNeedsYes) {
    importAll("A");
    ASSERT_EQ(ws({"import", kRouter, "--client", "B"}).exitCode, 0);
    auto r = ws({"delete-client", "1"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("holds 4 assessments, 4 versions, 0 runs; add --yes"), std::string::npos)
        << r.err;
    EXPECT_EQ(listJson()["clients"].size(), 2u);
    r = ws({"delete-client", "1", "--yes"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Erased client 1 \"A\" with 4 assessments"), std::string::npos) << r.out;
    const Json left = listJson();
    ASSERT_EQ(left["clients"].size(), 1u);
    const std::string id = std::to_string(left["clients"][0]["assessments"][0]["id"].get<int>());
    EXPECT_EQ(ws({"delete", id}).exitCode, 2);
    EXPECT_EQ(ws({"delete", id, "--yes"}).exitCode, 0);
    EXPECT_TRUE(listJson()["clients"][0]["assessments"].empty());
    EXPECT_EQ(ws({"delete-client", "1", "--yes"}).exitCode, 2); // gone already
}

TEST_F(WorkspaceCli, RenamesCheckNamesAndIds) {
    ASSERT_EQ(ws({"import", kRouter, "--client", "A"}).exitCode, 0);
    ASSERT_EQ(ws({"import", kRouter, "--client", "B", "--assessment", "Two"}).exitCode, 0);
    EXPECT_EQ(ws({"rename-client", "1", "'); DROP TABLE clients; --"}).exitCode, 0);
    auto r = ws({"rename-client", "2", "'); DROP TABLE clients; --"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("exists already"), std::string::npos) << r.err;
    EXPECT_EQ(ws({"rename", "2", "Renamed"}).exitCode, 0);
    EXPECT_EQ(ws({"rename", "42", "x"}).exitCode, 2);
    EXPECT_EQ(ws({"rename-client", "x", "y"}).exitCode, 2); // not an id
    const Json doc = listJson();
    EXPECT_EQ(doc["clients"][0]["name"], "'); DROP TABLE clients; --");
    EXPECT_EQ(doc["clients"][1]["assessments"][0]["title"], "Renamed");
}

TEST_F(WorkspaceCli, NamesThatAreNotUtf8StillList) {
    const std::string latin1 = "M\xFCller GmbH"; // "Müller" typed in a Latin-1 terminal
    ASSERT_EQ(ws({"import", kRouter, "--client", latin1}).exitCode, 0);
    const auto r = ws({"list", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(Json::parse(r.out)["clients"][0]["name"], "M\xEF\xBF\xBDller GmbH"); // U+FFFD
    const auto table = ws({"list"});
    EXPECT_NE(table.out.find("Client 1: M?ller GmbH"), std::string::npos) << table.out;
    // The stored name is the bytes given: the client is found by them.
    EXPECT_EQ(ws({"list", "--json", "--client", latin1}).exitCode, 0);
    EXPECT_EQ(Json::parse(ws({"list", "--json", "--client", latin1}).out)["clients"].size(), 1u);
}

TEST_F(WorkspaceCli, BackupOpensAsAWorkspaceWithTheSameListing) {
    importAll("A");
    const fs::path copy = m_dir / "copy.sqlite";
    const auto r = ws({"backup", copy.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto listed =
        runProcess({kCli, "workspace", "--workspace", copy.string(), "list", "--json"});
    EXPECT_EQ(Json::parse(listed.out), listJson());
}

TEST_F(WorkspaceCli, FileThatIsNoWorkspaceIsRefusedUntouched) {
    test::writeBytes(m_path, "Dear client, ...\n");
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"list"}, {"import", kRouter, "--client", "A"}}) {
        const auto r = ws(args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(r.err.rfind("error: " + m_path.string() + ": not a SQLite database", 0), 0u)
            << r.err;
    }
    EXPECT_EQ(test::readBytes(m_path), "Dear client, ...\n");
    EXPECT_EQ(test::folderEntries(m_dir.path()), std::vector<std::string>{"w.sqlite"});
}

TEST_F(WorkspaceCli, ReadOnlyWorkspaceListsButRefusesWritesForAnOrdinaryUser) {
    importAll("A");
    fs::permissions(m_path, fs::perms(0444));
    fs::permissions(m_dir.path(), fs::perms(0555));
    const std::string before = test::readBytes(m_path);
    // Root ignores permissions (CI runs as root): run the CLI as nobody.
    const std::vector<std::string> asNobody =
        ::geteuid() == 0 ? std::vector<std::string>{"/usr/bin/setpriv", "--reuid=nobody",
                                                    "--regid=nogroup", "--clear-groups"}
                         : std::vector<std::string>{};
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), asNobody.begin(), asNobody.end());
        return runProcess(args);
    };
    const std::string path = m_path.string();
    auto r = run({kCli, "workspace", "--workspace", path, "list", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(Json::parse(r.out)["clients"][0]["assessments"].size(), 4u);
    r = run({kCli, "workspace", "--workspace", path, "import", kShop, "--client", "B"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(path + ": importing scenarios failed: the workspace is read-only"),
              std::string::npos)
        << r.err;
    r = run({kCli, "simulate", kRouter, "--iterations", "1000", "--save", "--workspace", path,
             "--client", "A"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
    r = run({kCli, "workspace", "--workspace", path, "delete-client", "1", "--yes"});
    EXPECT_EQ(r.exitCode, 1);
    fs::permissions(m_dir.path(), fs::perms(0755));
    EXPECT_EQ(test::readBytes(m_path), before);
}

} // namespace
} // namespace cr
