// The report's decision sections (issue 7): `report --cover-options/--safeguards/--sensitivity`
// prints the figures that `sweep`, `compare --safeguards` and `sensitivity` write to their
// documents with the same seed and iterations (formatted here per language), the recommended
// option and its sentence, and draws its charts; bad option values write nothing.
#include "report_test_support.h"

#include "format/number_format.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <map>

#ifdef CHANGERISK_HAS_REPORT
#include "report/chart_geometry.h"
#endif

namespace cr {
namespace {

using Json = nlohmann::json;
using test::pdfText;
using test::readFile;
using test::runProcess;
namespace fs = std::filesystem;

const std::string kCli = CHANGERISK_CLI;
const std::string kScenario = std::string(CHANGERISK_TEMPLATES_DIR) + "/endpoint-agent-update.json";
const std::vector<std::string> kRun = {"--iterations", "1500", "--seed", "7"};
// Limits around the liability's spread: the smaller ones are exceeded (P > 0), the largest not.
const std::vector<std::string> kSweep = {"--limits", "3000,6000,12000,25000", "--premiums",
                                         "300,450,600,800"};

// Words of the sections, written out here (not taken from the program's word table).
struct Words {
    std::string coverHeading, safeguardsHeading, sensitivityHeading, methodHeading;
    std::string recommended, run, asPlanned;
    std::map<std::string, std::string> safeguards;
};

Words wordsFor(Language l, const std::string& policyName) {
    if (l == Language::German) {
        return {"6 Deckungsoptionen für „" + policyName + "“",
                "7 Schutzmaßnahmen",
                "8 Welche Eingaben das Ergebnis bewegen",
                "9 Methode und Annahmen",
                "✓",
                "Berechnet mit 1.500 Iterationen und Startwert 7",
                "Wie geplant",
                {{"canary", "Gestaffelter Rollout (Pilotwelle)"},
                 {"detection", "Höhere Erkennungswahrscheinlichkeit"},
                 {"backups", "Datensicherungen"},
                 {"remote-restore", "Fernwiederherstellung"},
                 {"four-eyes", "Vier-Augen-Prüfung (geringere Fehlerwahrscheinlichkeit)"},
                 {"liability-cap", "Vertragliche Haftungsbegrenzung"}}};
    }
    return {"6 Cover options for “" + policyName + "”",
            "7 Safeguards",
            "8 Which inputs matter",
            "9 Method and assumptions",
            "✓",
            "Computed with 1,500 iterations and seed 7",
            "As planned",
            {{"canary", "Staged rollout (canary wave)"},
             {"detection", "Higher detection probability"},
             {"backups", "Backups"},
             {"remote-restore", "Remote restore"},
             {"four-eyes", "Four-eyes review (lower failure probability)"},
             {"liability-cap", "Contract liability cap"}}};
}

// Drops all spaces: a JSON pointer may be broken over lines after a "/", and pdftotext reads
// a right-aligned "0 %" in a narrow cell as "0%".
std::string withoutSpaces(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c != ' ') {
            out += c;
        }
    }
    return out;
}

// The text between `from` and `to` (to the end when `to` is empty or missing).
std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const auto start = text.rfind(from); // the heading, not its line in the contents
    if (start == std::string::npos) {
        return {};
    }
    const auto end = to.empty() ? std::string::npos : text.find(to, start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// The last page with `needle`: a section's own page, not the contents on the cover.
int pageWith(const std::string& pdf, const std::string& needle) {
    int found = 0;
    const int pages = test::pdfPages(pdf);
    for (int page = 1; page <= pages; ++page) {
        found = pdfText(pdf, page, page).find(needle) != std::string::npos ? page : found;
    }
    return found;
}

class ReportDecision : public ::testing::TestWithParam<Language> {
protected:
    void SetUp() override {
#ifndef CHANGERISK_HAS_REPORT
        GTEST_SKIP() << "built without the GUI: no report command";
#endif
        m_dir = test::makeTempDir();
    }
    void TearDown() override {
        fs::remove_all(m_dir);
    }
    std::string path(const std::string& name) const {
        return m_dir + "/" + name;
    }
    // Runs the CLI with the shared seed and iterations and `--output path(output)`.
    void runCli(std::vector<std::string> args, const std::string& output) {
        args.insert(args.begin(), kCli);
        args.insert(args.end(), kRun.begin(), kRun.end());
        args.insert(args.end(), {"--output", path(output)});
        const auto r = runProcess(args);
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    Json document(const std::string& name) const {
        return Json::parse(readFile(path(name)));
    }
    std::string m_dir;
};

TEST_P(ReportDecision, SectionsShowTheDecisionCommandsFiguresAndCharts) {
    const Language l = GetParam();
    const bool de = l == Language::German;
    const auto money = [&](const Json& x) { return formatMoney(x.get<double>(), "EUR", l); };
    const auto percent = [&](const Json& x) { return formatPercent(x.get<double>(), l); };
    const auto signedMoney = [&](double d) {
        const std::string amount = formatMoney(std::fabs(d), "EUR", l);
        if (amount == formatMoney(0, "EUR", l)) {
            return amount;
        }
        return (d > 0 ? "+" : "\u2212") + amount;
    };

    // The independent path: the three decision commands with the same seed and iterations.
    std::vector<std::string> sweepArgs = {"sweep", kScenario, "--policy", "it-liability"};
    sweepArgs.insert(sweepArgs.end(), kSweep.begin(), kSweep.end());
    runCli(sweepArgs, "sweep.json");
    runCli({"compare", kScenario, "--safeguards"}, "compare.json");
    runCli({"sensitivity", kScenario}, "sens.json");
    std::vector<std::string> reportArgs = {"report",         kScenario,         "--lang",
                                           de ? "de" : "en", "--cover-options", "it-liability",
                                           "--safeguards",   "--sensitivity"};
    reportArgs.insert(reportArgs.end(), kSweep.begin(), kSweep.end());
    runCli(reportArgs, "report.pdf");
    const Json sweep = document("sweep.json");
    const Json compare = document("compare.json");
    const Json sens = document("sens.json");
    const std::string pdf = path("report.pdf");
    const std::string text = pdfText(pdf);

    const Json scenario = Json::parse(readFile(kScenario));
    const Words words = wordsFor(l, scenario["insurance"][0]["name"]);
    const std::string disclaimer = de ? "10 Haftungsausschluss" : "10 Disclaimer";
    for (const std::string& h : {words.coverHeading, words.safeguardsHeading,
                                 words.sensitivityHeading, words.methodHeading, disclaimer}) {
        EXPECT_NE(text.find(h), std::string::npos) << h;
    }
    const std::string cover = between(text, words.coverHeading, words.safeguardsHeading);
    const std::string safeguards = between(text, words.safeguardsHeading, words.sensitivityHeading);
    const std::string sensitivity = between(text, words.sensitivityHeading, words.methodHeading);
    for (const std::string* section : {&cover, &safeguards, &sensitivity}) {
        EXPECT_NE(section->find(words.run), std::string::npos) << *section;
    }

    // Cover options: every option's figures, the recommended one marked, its sentence.
    ASSERT_EQ(sweep["options"].size(), 4U);
    // Row by row, the cells in reading order (pdftotext keeps a table row's cells together).
    ASSERT_TRUE(sweep["recommended"].is_number()) << sweep.dump();
    for (std::size_t i = 0; i < sweep["options"].size(); ++i) {
        const Json& o = sweep["options"][i];
        const bool recommended = sweep["recommended"] == i;
        // The sum insured (first column) separately: under the German headers, which wrap to
        // four lines, pdftotext may read the first row's first cell into the header.
        const std::string limit =
            money(o["per_claim_limit"]) + (recommended ? " " + words.recommended : "");
        EXPECT_NE(withoutSpaces(cover).find(withoutSpaces(limit)), std::string::npos) << limit;
        const std::string row =
            money(o["deductible"]) + " " + money(o["annual_premium"]) + " " +
            money(o["expected_paid"]) + " " + money(o["expected_uninsured"]) + " " +
            percent(o["p_claim_capped"]) + " " + percent(o["p_aggregate_exhausted"]) + " " +
            money(o["uninsured_1_in_100"]) + " " + money(o["expected_uninsured_plus_premium"]);
        EXPECT_NE(withoutSpaces(cover).find(withoutSpaces(row)), std::string::npos) << row << "\n"
                                                                                    << cover;
    }
    // Some options are exceeded more often than the target, so the choice is not trivial.
    EXPECT_GT(sweep["options"][0]["p_claim_capped"].get<double>(), sweep["target"].get<double>());
    const Json& best = sweep["options"][sweep["recommended"].get<std::size_t>()];
    EXPECT_NE(cover.find(money(best["per_claim_limit"]) + " " + words.recommended),
              std::string::npos)
        << cover;
    const std::string sentence =
        de ? "Empfehlung: eine Versicherungssumme je Versicherungsfall von " +
                 money(best["per_claim_limit"]) + " (Jahreshöchstleistung " +
                 money(best["annual_aggregate"]) +
                 "). Die Wahrscheinlichkeit, dass ein Schaden sie übersteigt, ist " +
                 percent(best["p_claim_capped"]) + ", unter dem Ziel von " +
                 percent(sweep["target"]) + "."
           : "Recommended: a per-claim limit of " + money(best["per_claim_limit"]) +
                 " (aggregate " + money(best["annual_aggregate"]) +
                 "). The probability that a claim exceeds the limit is " +
                 percent(best["p_claim_capped"]) + ", below the target of " +
                 percent(sweep["target"]) + ".";
    EXPECT_NE(cover.find(sentence), std::string::npos) << sentence;

    // Safeguards: each variant's figures and its change against the scenario as it is.
    const Json& rows = compare["scenarios"];
    ASSERT_GE(rows.size(), 3U);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Json& row = rows[i];
        SCOPED_TRACE(row.dump());
        const std::string label =
            i == 0 ? words.asPlanned : words.safeguards.at(row["safeguard"].get<std::string>());
        EXPECT_NE(safeguards.find(label), std::string::npos) << label;
        std::string cells;
        for (const char* key :
             {"expected_total_loss", "total_loss_1_in_100", "expected_uninsured"}) {
            cells += (cells.empty() ? "" : " ") + money(row[key]);
            if (i > 0) {
                cells += " " + signedMoney(row[key].get<double>() - rows[0][key].get<double>());
            }
        }
        // The first row shares its lines with the header's second lines; the others read whole.
        const std::string expected = i == 0 ? money(row["expected_total_loss"]) : label + cells;
        EXPECT_NE(withoutSpaces(safeguards).find(withoutSpaces(expected)), std::string::npos)
            << expected << "\n"
            << safeguards;
        if (i == 0) {
            EXPECT_NE(safeguards.find(money(row["total_loss_1_in_100"])), std::string::npos);
            EXPECT_NE(safeguards.find(money(row["expected_uninsured"])), std::string::npos);
        }
        // The chart's bar label: the change in the expected total loss.
        if (i > 0) {
            const std::string change = signedMoney(row["expected_total_loss"].get<double>() -
                                                   rows[0]["expected_total_loss"].get<double>());
            EXPECT_NE(safeguards.find(change), std::string::npos) << change;
        }
    }

    // Sensitivity: the base, and per input (the table's first 15) its swings and importance.
    EXPECT_NE(sensitivity.find(money(sens["expected_total_loss"])), std::string::npos);
    std::map<std::string, Json> importance;
    for (const Json& i : sens["importance"]) {
        importance[i["input"]] = i["spearman"];
    }
    const std::string packed = withoutSpaces(sensitivity);
    ASSERT_GE(sens["tornado"].size(), 5U);
    for (std::size_t i = 0; i < std::min<std::size_t>(15, sens["tornado"].size()); ++i) {
        const Json& b = sens["tornado"][i];
        SCOPED_TRACE(b.dump());
        EXPECT_NE(packed.find(b["input"].get<std::string>()), std::string::npos);
        // The input in words (the input tables' words, written out here for some), and a money
        // input's P10 / P90 values in whole units.
        const std::string pointer = b["input"];
        const std::string field = pointer.substr(pointer.rfind('/') + 1);
        const std::map<std::string, std::pair<std::string, std::string>> named = {
            {"probability", {"Probability per change", "Wahrscheinlichkeit je Änderung"}},
            {"outage_hours", {"Outage when fixed manually", "Ausfall bei manueller Behebung"}},
            {"manual_fix_hours", {"Manual fix per device", "Manuelle Behebung je Gerät"}},
            {"incident_overhead", {"Incident overhead", "Störungsmanagement je Ereignis"}},
            {"rework_hours", {"Rework", "Nachbesserung"}}};
        if (const auto it = named.find(field); it != named.end()) {
            const std::string name = de ? it->second.second : it->second.first;
            EXPECT_NE(packed.find(withoutSpaces(name)), std::string::npos) << name;
        }
        if (field == "incident_overhead" || field == "onsite_visit_cost" ||
            field == "downtime_cost_per_hour_business") {
            const std::string values = money(b["p10"]) + " / " + money(b["p90"]);
            EXPECT_NE(packed.find(withoutSpaces(values)), std::string::npos) << values;
        }
        const Json& rho = importance.at(b["input"]);
        const std::string rhoText = rho.is_number() ? formatNumber(rho.get<double>(), 2, l) : "–";
        const std::string cells =
            money(b["total_loss_at_p10"]) + " " + money(b["total_loss_at_p90"]) + " " +
            money(b["total_loss_swing"]) + " " + money(b["uninsured_swing"]) + " " + rhoText;
        EXPECT_NE(packed.find(withoutSpaces(cells)), std::string::npos) << cells << "\n"
                                                                        << sensitivity;
    }

#ifdef CHANGERISK_HAS_REPORT
    // The charts: coloured bars and lines in their boxes (a blank box has none).
    constexpr int kDpi = 50;
    for (const auto& [heading, box] :
         {std::pair{words.coverHeading, report::geometry::kCoverOptions},
          std::pair{words.safeguardsHeading, report::geometry::kSafeguards},
          std::pair{words.sensitivityHeading, report::geometry::kTornado}}) {
        const int page = pageWith(pdf, heading);
        ASSERT_GT(page, 0) << heading;
        const test::Picture picture = test::renderPage(pdf, page, kDpi);
        EXPECT_GT(test::colouredPixels(picture, kDpi, box.x, box.y, box.width, box.height), 40)
            << heading;
        EXPECT_GT(test::greyVariance(picture, kDpi, box.x, box.y, box.width, box.height), 50.0)
            << heading;
    }
#endif
}

INSTANTIATE_TEST_SUITE_P(Languages, ReportDecision,
                         ::testing::Values(Language::English, Language::German),
                         [](const ::testing::TestParamInfo<Language>& info) {
                             return std::string(info.param == Language::German ? "de" : "en");
                         });

TEST(ReportDecisionSections, AbsentWithoutTheOptions) {
#ifndef CHANGERISK_HAS_REPORT
    GTEST_SKIP() << "built without the GUI: no report command";
#else
    const std::string dir = test::makeTempDir();
    const auto r =
        runProcess({kCli, "report", kScenario, "--output", dir + "/r.pdf", "--iterations", "300"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = pdfText(dir + "/r.pdf");
    EXPECT_NE(text.find("6 Method and assumptions"), std::string::npos);
    EXPECT_NE(text.find("7 Disclaimer"), std::string::npos);
    for (const char* absent : {"Cover options", "Safeguards", "Which inputs matter",
                               "Computed with", "P(claim > sum insured)"}) {
        EXPECT_EQ(text.find(absent), std::string::npos) << absent;
    }
    // Only the sensitivity asked for: it is section 6, the method 7.
    const auto s = runProcess({kCli, "report", kScenario, "--output", dir + "/s.pdf",
                               "--iterations", "300", "--sensitivity"});
    ASSERT_EQ(s.exitCode, 0) << s.err;
    const std::string only = pdfText(dir + "/s.pdf");
    EXPECT_NE(only.find("6 Which inputs matter"), std::string::npos);
    EXPECT_NE(only.find("7 Method and assumptions"), std::string::npos);
    EXPECT_EQ(only.find("Cover options"), std::string::npos);
    fs::remove_all(dir);
#endif
}

// With a stored run the analyses use that run's iterations and seed.
TEST(ReportDecisionSections, StoredRunGivesItsIterationsAndSeed) {
#ifndef CHANGERISK_HAS_REPORT
    GTEST_SKIP() << "built without the GUI: no report command";
#else
    const std::string dir = test::makeTempDir();
    const std::string ws = dir + "/w.sqlite";
    auto r = runProcess({kCli, "simulate", kScenario, "--iterations", "1200", "--seed", "4",
                         "--save", "--workspace", ws, "--client", "Kanzlei Berg"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto runs = runProcess({kCli, "workspace", "--workspace", ws, "runs", "1", "--json"});
    ASSERT_EQ(runs.exitCode, 0) << runs.err;
    const std::string id =
        std::to_string(Json::parse(runs.out)["runs"][0]["id"].get<std::int64_t>());
    r = runProcess({kCli, "report", "--workspace", ws, "--run", id, "--output", dir + "/r.pdf",
                    "--cover-options", "nope", "--limits", "5000"});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(r.err.rfind("error: --cover-options:", 0), 0U) << r.err;
    EXPECT_FALSE(fs::exists(dir + "/r.pdf"));

    r = runProcess({kCli, "sweep", kScenario, "--policy", "it-liability", "--limits", "3000,25000",
                    "--iterations", "1200", "--seed", "4", "--output", dir + "/sweep.json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runProcess({kCli, "report", "--workspace", ws, "--run", id, "--output", dir + "/r.pdf",
                    "--cover-options", "it-liability", "--limits", "3000,25000"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = pdfText(dir + "/r.pdf");
    EXPECT_NE(text.find("Computed with 1,200 iterations and seed 4"), std::string::npos);
    const Json sweep = Json::parse(readFile(dir + "/sweep.json"));
    for (const Json& o : sweep["options"]) {
        for (const char* key : {"expected_paid", "expected_uninsured", "uninsured_1_in_100"}) {
            const std::string cell = formatMoney(o[key].get<double>(), "EUR", Language::English);
            EXPECT_NE(text.find(cell), std::string::npos) << key << " " << cell;
        }
    }
    fs::remove_all(dir);
#endif
}

TEST(ReportDecisionSections, BadOptionValuesExit2AndWriteNothing) {
#ifndef CHANGERISK_HAS_REPORT
    GTEST_SKIP() << "built without the GUI: no report command";
#else
    const std::string dir = test::makeTempDir();
    const std::string out = dir + "/r.pdf";
    const auto expectRejected = [&](std::vector<std::string> extra, const std::string& option) {
        std::vector<std::string> args = {kCli, "report",       kScenario, "--output",
                                         out,  "--iterations", "200"};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = runProcess(args);
        EXPECT_EQ(r.exitCode, 2) << option << ": " << r.err;
        EXPECT_EQ(r.err.rfind("error: " + option + ":", 0), 0U) << r.err;
    };
    expectRejected({"--cover-options", "nope", "--limits", "1000"}, "--cover-options");
    expectRejected({"--cover-options", "it-liability"}, "--cover-options");
    expectRejected({"--cover-options", "it-liability", "--limits", "1000,-5"}, "--limits");
    expectRejected({"--cover-options", "it-liability", "--limits", "1e6,x"}, "--limits");
    expectRejected({"--cover-options", "it-liability", "--limits", "1000", "--target", "1.7"},
                   "--target");
    expectRejected({"--cover-options", "it-liability", "--limits", "1000", "--deductibles", "-1"},
                   "--deductibles");
    expectRejected({"--cover-options", "it-liability", "--limits", "1000,2000", "--premiums", "5"},
                   "--premiums");
    expectRejected({"--limits", "1000"}, "--limits");
    expectRejected({"--premiums", "1000"}, "--premiums");
    // Nothing written: no report, no temporary file.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 0);
    fs::remove_all(dir);
#endif
}

} // namespace
} // namespace cr
