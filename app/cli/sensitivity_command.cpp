// `changerisk-cli sensitivity`: tornado and rank-correlation importance of the inputs.
#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/decision_cli.h"
#include "cli/scenario_input.h"

#include "decision/sensitivity.h"
#include "decision/sensitivity_json.h"
#include "format/sha256.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <cmath>
#include <memory>

namespace cr::cli {

namespace {

struct SensitivityArgs {
    std::string scenario, output;
    std::optional<std::uint64_t> iterations, seed;
    unsigned threads = 0;
    std::string lang = "en";
};

std::string sensitivityText(const Scenario& scenario, const SensitivityResult& r,
                            Language language) {
    const bool de = language == Language::German;
    const auto money = [&](double v) { return formatMoney(v, scenario.currency, language); };
    const auto plain = [&](double v) {
        return formatNumber(v, std::fabs(v) < 10 ? 3 : 0, language);
    };
    std::string out = fmt::format(
        fmt::runtime(
            de ? "{} Iterationen, Seed {}; erwarteter Gesamtschaden {}, erwartet ungedeckt {}\n\n"
               : "{} iterations, seed {}; expected total loss {}, expected uninsured {}\n\n"),
        formatNumber(static_cast<double>(r.iterations), 0, language), r.seed,
        money(r.expectedTotalLoss), money(r.expectedUninsured));
    std::vector<std::vector<std::string>> rows;
    rows.push_back(
        de ? std::vector<std::string>{"Eingabe (bei P10 / P90)", "P10", "P90", "Gesamtschaden P10",
                                      "P90", "Spanne", "Ungedeckt P10", "P90", "Spanne"}
           : std::vector<std::string>{"Input (at P10 / P90)", "P10", "P90", "Total loss at P10",
                                      "at P90", "Swing", "Uninsured at P10", "at P90", "Swing"});
    for (const TornadoBar& b : r.tornado) {
        rows.push_back({b.input, plain(b.low), plain(b.high), money(b.totalLossAtLow),
                        money(b.totalLossAtHigh), money(b.totalLossSwing()),
                        money(b.uninsuredAtLow), money(b.uninsuredAtHigh),
                        money(b.uninsuredSwing())});
    }
    out += formatTable(rows);
    out += de ? "\nWichtigkeit (Rangkorrelation nach Spearman mit dem Gesamtschaden)\n\n"
              : "\nImportance (Spearman rank correlation with the total loss)\n\n";
    rows.clear();
    rows.push_back(de ? std::vector<std::string>{"Eingabe", "Spearman", "Iterationen gezogen"}
                      : std::vector<std::string>{"Input", "Spearman", "Iterations drawn"});
    for (const InputImportance& i : r.importance) {
        rows.push_back({i.input, i.spearman ? formatNumber(*i.spearman, 3, language) : "-",
                        formatNumber(static_cast<double>(i.iterationsDrawn), 0, language)});
    }
    out += formatTable(rows);
    return out;
}

void runSensitivityCommand(const SensitivityArgs& args) {
    const Language language = parseLanguage(args.lang);
    checkIterations(args.iterations);
    LoadedScenario loaded = loadScenario(args.scenario);
    const Scenario& scenario = loaded.scenario;
    auto output = openOutputFile(args.output);
    const std::uint64_t iterations = args.iterations.value_or(scenario.simulation.iterations);
    const std::uint64_t seed = args.seed.value_or(scenario.simulation.seed);
    InteractiveRun interactive;
    SensitivityResult result;
    try {
        result = runSensitivity(scenario, interactive.options(iterations, seed, args.threads));
    } catch (const Cancelled&) {
        interactive.finish();
        throw CliError(kExitInterrupted, "interrupted; nothing was written");
    }
    interactive.finish();
    if (output) {
        commitOutputFile(
            *output, sensitivityDocument(scenario, sha256Hex(loaded.bytes), result).dump(2) + "\n");
    }
    fmt::print("{}", sensitivityText(scenario, result, language));
}

} // namespace

void registerSensitivityCommand(CLI::App& app) {
    auto args = std::make_shared<SensitivityArgs>();
    CLI::App* cmd = app.add_subcommand(
        "sensitivity", "Which inputs matter: tornado (P10/P90) and rank correlation");
    cmd->add_option("SCENARIO", args->scenario, "Scenario JSON file")->required();
    cmd->add_option("--output", args->output, "Write the sensitivity document (JSON) here");
    addRunSizeOptions(cmd, args->iterations, args->seed, args->threads,
                      "Iterations per run (default: the scenario's)",
                      "Random seed (default: the scenario's)");
    cmd->add_option("--lang", args->lang, "Language of the tables: en or de");
    cmd->callback([args] { runSensitivityCommand(*args); });
}

} // namespace cr::cli
