// `changerisk-cli compare`: scenarios (or one scenario's safeguard variants) side by side.
#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/decision_cli.h"
#include "cli/scenario_input.h"

#include "decision/comparison.h"
#include "decision/safeguards.h"
#include "format/sha256.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <memory>

namespace cr::cli {

namespace {

struct CompareArgs {
    std::vector<std::string> scenarios;
    std::string output;
    bool safeguards = false;
    std::optional<std::uint64_t> iterations, seed;
    unsigned threads = 0;
    std::string lang = "en";
};

// "+1,234" / "−1,234" / "0": the change against the first column.
std::string difference(double value, double base, const std::string& currency, Language language) {
    const double d = value - base;
    if (d == 0) {
        return "0";
    }
    return (d > 0 ? "+" : "−") + formatMoney(std::fabs(d), currency, language);
}

std::string compareTable(const std::vector<KeyFigures>& figures, const std::string& currency,
                         Language language) {
    const bool de = language == Language::German;
    const auto money = [&](double v) { return formatMoney(v, currency, language); };
    std::vector<std::vector<std::string>> rows;
    rows.push_back(
        de ? std::vector<std::string>{"Szenario", "P(Vorfall)", "Erw. Gesamtschaden", "Δ",
                                      "1 in 100 Schaden", "Δ", "Erw. ungedeckt", "Δ",
                                      "1 in 100 ungedeckt", "Δ", "Erw. Versicherungsleistung", "Δ"}
           : std::vector<std::string>{"Scenario", "P(incident)", "Expected total loss", "Δ",
                                      "1-in-100 loss", "Δ", "Expected uninsured", "Δ",
                                      "1-in-100 uninsured", "Δ", "Expected insurance paid", "Δ"});
    const KeyFigures& base = figures.front();
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const KeyFigures& k = figures[i];
        const auto diff = [&](double v, double b) {
            return i == 0 ? std::string() : difference(v, b, currency, language);
        };
        rows.push_back(
            {k.label, formatPercent(k.pAnyIncident, language), money(k.expectedTotalLoss),
             diff(k.expectedTotalLoss, base.expectedTotalLoss), money(k.totalLoss1in100),
             diff(k.totalLoss1in100, base.totalLoss1in100), money(k.expectedUninsured),
             diff(k.expectedUninsured, base.expectedUninsured), money(k.uninsured1in100),
             diff(k.uninsured1in100, base.uninsured1in100), money(k.expectedInsurancePaid),
             diff(k.expectedInsurancePaid, base.expectedInsurancePaid)});
    }
    return formatTable(rows);
}

// One compared row: where it came from, for the document.
struct Origin {
    std::string file;      // the scenario file (a variant: the file it was derived from)
    std::string sha256;    // of that file's bytes
    std::string safeguard; // the safeguard id of a variant; empty for a file's own scenario
};

using ojson = nlohmann::ordered_json;

ojson number(double x) {
    return std::isfinite(x) ? ojson(x) : ojson(nullptr);
}

// The compare document (docs/decision.md "Compare document"): keys in this order.
ojson compareDocument(const std::vector<ComparedScenario>& scenarios,
                      const std::vector<Origin>& origins, const std::vector<KeyFigures>& figures,
                      std::uint64_t iterations, std::uint64_t seed, bool safeguards) {
    ojson doc;
    doc["format"] = "changerisk-compare";
    doc["version"] = 1;
    doc["iterations"] = iterations;
    doc["seed"] = seed;
    doc["currency"] = scenarios.front().scenario.currency;
    doc["safeguards"] = safeguards;
    ojson rows = ojson::array();
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const KeyFigures& k = figures[i];
        ojson j;
        j["label"] = k.label;
        j["scenario_name"] = scenarios[i].scenario.name;
        j["file"] = origins[i].file;
        j["scenario_sha256"] = origins[i].sha256;
        j["safeguard"] =
            origins[i].safeguard.empty() ? ojson(nullptr) : ojson(origins[i].safeguard);
        j["p_any_incident"] = number(k.pAnyIncident);
        j["expected_total_loss"] = number(k.expectedTotalLoss);
        j["total_loss_1_in_100"] = number(k.totalLoss1in100);
        j["expected_uninsured"] = number(k.expectedUninsured);
        j["uninsured_1_in_100"] = number(k.uninsured1in100);
        j["expected_insurance_paid"] = number(k.expectedInsurancePaid);
        j["expected_operator_net"] = number(k.expectedOperatorNet);
        j["expected_contractor_net"] = number(k.expectedContractorNet);
        rows.push_back(std::move(j));
    }
    doc["scenarios"] = std::move(rows);
    return doc;
}

void runCompare(const CompareArgs& args) {
    const Language language = parseLanguage(args.lang);
    checkIterations(args.iterations);
    if (args.safeguards && args.scenarios.size() != 1) {
        throw CliError(kExitInvalidInput, "--safeguards: takes exactly one scenario, got " +
                                              std::to_string(args.scenarios.size()));
    }
    if (!args.safeguards && args.scenarios.size() < 2) {
        throw CliError(kExitInvalidInput,
                       "SCENARIO: compare needs at least two scenarios (or one with --safeguards)");
    }
    std::vector<ComparedScenario> scenarios;
    std::vector<Origin> origins;
    for (const std::string& path : args.scenarios) {
        LoadedScenario loaded = loadScenario(path);
        scenarios.push_back({path, std::move(loaded.scenario)});
        origins.push_back({path, sha256Hex(loaded.bytes), {}});
    }
    const Scenario first = scenarios.front().scenario; // a copy: the list grows below
    if (args.safeguards) {
        scenarios.front().label = language == Language::German ? "Wie geplant" : "As planned";
        for (SafeguardVariant& v : safeguardVariants(first)) {
            scenarios.push_back(std::move(v.variant));
            origins.push_back({origins.front().file, origins.front().sha256, v.id});
        }
    }
    for (const ComparedScenario& s : scenarios) {
        if (s.scenario.currency != first.currency) {
            throw CliError(kExitInvalidInput, s.label + ": /currency: must be " + first.currency +
                                                  " like the first scenario, got " +
                                                  s.scenario.currency);
        }
    }
    const std::uint64_t iterations = args.iterations.value_or(first.simulation.iterations);
    const std::uint64_t seed = args.seed.value_or(first.simulation.seed);
    auto output = openOutputFile(args.output);

    InteractiveRun interactive;
    std::vector<KeyFigures> figures;
    try {
        figures = compareScenarios(scenarios, interactive.options(iterations, seed, args.threads));
    } catch (const Cancelled&) {
        interactive.finish();
        throw CliError(kExitInterrupted, "interrupted; nothing was written");
    }
    interactive.finish();
    if (output) {
        commitOutputFile(
            *output, compareDocument(scenarios, origins, figures, iterations, seed, args.safeguards)
                             .dump(2) +
                         "\n");
    }
    fmt::print(
        fmt::runtime(
            language == Language::German
                ? "{} Iterationen, Seed {}, gleiche Zufallszahlen für alle Spalten; Δ gegen "
                  "die erste Zeile\n\n"
                : "{} iterations, seed {}, common random numbers; Δ against the first row\n\n"),
        formatNumber(static_cast<double>(iterations), 0, language), seed);
    fmt::print("{}", compareTable(figures, first.currency, language));
}

} // namespace

void registerCompareCommand(CLI::App& app) {
    auto args = std::make_shared<CompareArgs>();
    CLI::App* cmd = app.add_subcommand(
        "compare", "Key figures of scenarios side by side on common random numbers");
    cmd->add_option("SCENARIO", args->scenarios, "Scenario JSON files (the first is the base)")
        ->required();
    cmd->add_flag("--safeguards", args->safeguards,
                  "Compare one scenario with its safeguard variants");
    addRunSizeOptions(cmd, args->iterations, args->seed, args->threads,
                      "Iterations (default: the first scenario's)",
                      "Random seed (default: the first scenario's)");
    cmd->add_option("--output", args->output, "Write the compare document (JSON) here");
    cmd->add_option("--lang", args->lang, "Language of the table: en or de");
    cmd->callback([args] { runCompare(*args); });
}

} // namespace cr::cli
