// `changerisk-cli sweep`: one policy's cover options on one simulated sample, as a table.
#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/decision_cli.h"
#include "cli/scenario_input.h"

#include "decision/cover_options.h"
#include "decision/sweep_json.h"
#include "format/sha256.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <algorithm>
#include <memory>

namespace cr::cli {

namespace {

struct SweepArgs {
    std::string scenario, output;
    SweepOptionText request;
    std::optional<std::uint64_t> iterations, seed;
    unsigned threads = 0;
    std::string lang = "en";
};

std::string sweepTable(const Scenario& scenario, const SweepResult& sweep, Language language) {
    const bool de = language == Language::German;
    const auto money = [&](std::optional<double> v) {
        return v ? formatMoney(*v, scenario.currency, language)
                 : std::string(de ? "unbegrenzt" : "unlimited");
    };
    std::vector<std::vector<std::string>> rows;
    if (de) {
        rows.push_back({"", "Vers.-Summe", "Jahreshöchstl.", "Selbstbeh.", "Prämie",
                        "Erw. Leistung", "Erw. ungedeckt", "1 in 100 ungedeckt",
                        "P(Summe überschritten)", "P(Jahreshöchstl. erschöpft)",
                        "Ungedeckt + Prämie"});
    } else {
        rows.push_back({"", "Limit", "Aggregate", "Deductible", "Premium", "Expected paid",
                        "Expected uninsured", "1-in-100 uninsured", "P(claim capped)",
                        "P(aggregate exhausted)", "Uninsured + premium"});
    }
    for (std::size_t i = 0; i < sweep.options.size(); ++i) {
        const CoverOption& o = sweep.options[i];
        const Deductible& d = o.terms.deductible;
        rows.push_back(
            {sweep.recommended == i ? "*" : "", money(o.terms.perClaimLimit),
             money(o.terms.annualAggregate()),
             d.isPercent ? formatNumber(d.percent, 1, language) + " %" : money(d.amount),
             o.annualPremium ? money(o.annualPremium) : "-", money(o.expectedPaid),
             money(o.expectedUninsured), money(o.uninsured1in100),
             formatPercent(o.pClaimCapped, language),
             formatPercent(o.pAggregateExhausted, language),
             o.expectedUninsuredPlusPremium ? money(o.expectedUninsuredPlusPremium) : "-"});
    }
    const Policy& policy = scenario.insurance[sweep.policy];
    std::string out =
        fmt::format(fmt::runtime(de ? "Deckungsoptionen für {} ({}), {} Iterationen, Seed {}\n\n"
                                    : "Cover options for {} ({}), {} iterations, seed {}\n\n"),
                    policy.name.empty() ? policy.id : policy.name, policy.id,
                    formatNumber(static_cast<double>(sweep.iterations), 0, language), sweep.seed);
    out += formatTable(rows);
    out += "\n" + recommendationSentence(scenario, sweep, language) + "\n";
    return out;
}

void runSweepCommand(const SweepArgs& args) {
    const Language language = parseLanguage(args.lang);
    checkIterations(args.iterations);
    LoadedScenario loaded = loadScenario(args.scenario);
    Scenario& scenario = loaded.scenario;
    const SweepRequest request = parseSweepRequest(args.request, "--policy", scenario);
    scenario.simulation.iterations = args.iterations.value_or(scenario.simulation.iterations);
    scenario.simulation.seed = args.seed.value_or(scenario.simulation.seed);
    auto output = openOutputFile(args.output);

    InteractiveRun interactive;
    SweepResult sweep;
    try {
        sweep = runSweep(scenario, request,
                         interactive.options(scenario.simulation.iterations,
                                             scenario.simulation.seed, args.threads));
    } catch (const Cancelled&) {
        interactive.finish();
        throw CliError(kExitInterrupted, "interrupted; nothing was written");
    }
    interactive.finish();
    if (output) {
        commitOutputFile(*output,
                         sweepDocument(scenario, sha256Hex(loaded.bytes), sweep).dump(2) + "\n");
    }
    fmt::print("{}", sweepTable(scenario, sweep, language));
}

} // namespace

void registerSweepCommand(CLI::App& app) {
    auto args = std::make_shared<SweepArgs>();
    CLI::App* cmd = app.add_subcommand(
        "sweep", "Cover options: one policy's limits, deductibles and premiums on one sample");
    cmd->add_option("SCENARIO", args->scenario, "Scenario JSON file")->required();
    cmd->add_option("--policy", args->request.policy, "Id of the policy to vary")->required();
    cmd->add_option("--limits", args->request.limits, "Per-claim limits, comma-separated")
        ->required();
    cmd->add_option("--deductibles", args->request.deductibles,
                    "Deductibles, comma-separated (default: the policy's own)");
    cmd->add_option("--premiums", args->request.premiums,
                    "Annual premium per option (limit by limit, then deductible), comma-separated");
    cmd->add_option("--target", args->request.target,
                    "Recommend the smallest limit with P(claim capped) below this (0.01)");
    addRunSizeOptions(cmd, args->iterations, args->seed, args->threads);
    cmd->add_option("--output", args->output, "Write the sweep document (JSON) here");
    cmd->add_option("--lang", args->lang, "Language of the table: en or de");
    cmd->callback([args] { runSweepCommand(*args); });
}

} // namespace cr::cli
