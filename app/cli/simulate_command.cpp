// `changerisk-cli simulate`: run a scenario, print the summary, write the result and samples.
#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/decision_cli.h"
#include "cli/interrupt.h"
#include "cli/progress_reporter.h"
#include "cli/scenario_input.h"
#include "cli/summary_printer.h"
#include "cli/workspace_save.h"

#include "engine/engine.h"
#include "format/atomic_file.h"
#include "format/number_format.h"
#include "format/result_json.h"
#include "format/samples_csv.h"
#include "format/sha256.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <memory>
#include <optional>
#include <stop_token>

namespace cr::cli {

namespace {

struct SimulateArgs {
    std::string scenario;
    std::optional<std::uint64_t> iterations, seed;
    unsigned threads = 0;
    std::string output, samples;
    std::string lang = "en";
    bool save = false; // --save: keep the run in the workspace
    std::string workspace, client;
    std::optional<std::string> assessment;
};

void runSimulate(const SimulateArgs& args) {
    const auto language = languageFromCode(args.lang);
    if (!language) {
        throw CliError(kExitInvalidInput, "--lang: must be en or de, got " + args.lang);
    }
    LoadedScenario loaded = loadScenario(args.scenario);
    Scenario& scenario = loaded.scenario;
    if (args.iterations) {
        if (*args.iterations < 1 || *args.iterations > 100'000'000) {
            throw CliError(kExitInvalidInput, "--iterations: must be within [1, 100000000], got " +
                                                  std::to_string(*args.iterations));
        }
        scenario.simulation.iterations = *args.iterations;
    }
    if (args.seed) {
        scenario.simulation.seed = *args.seed;
    }
    auto output = openOutputFile(args.output);
    auto samples = openOutputFile(args.samples);
    std::optional<Workspace> workspace;
    if (args.save) {
        workspace = openWorkspaceForSave(args.workspace);
    }

    InteractiveRun interactive; // installs the Ctrl-C handler
    RunOptions options =
        interactive.options(scenario.simulation.iterations, scenario.simulation.seed, args.threads);
    options.keepSamples = samples != nullptr;
    RunResult run;
    try {
        run = runSimulation(scenario, options);
    } catch (const Cancelled&) {
        interactive.finish();
        throw CliError(kExitInterrupted, "interrupted; nothing was written");
    }
    interactive.finish();
    const auto document = resultDocument(scenario, sha256Hex(loaded.bytes), run, args.threads);
    if (interrupted()) {
        throw CliError(kExitInterrupted, "interrupted; nothing was written");
    }
    if (output) {
        commitOutputFile(*output, document.dump(2) + "\n");
    }
    if (samples) {
        std::string csv = kSamplesCsvHeader;
        appendSamplesCsv(run.samples, 0, run.samples.size(), csv);
        commitOutputFile(*samples, csv);
    }
    fmt::print("{}", formatSummary(scenario, document, *language));
    if (workspace) {
        fmt::print("{}", saveRunToWorkspace(*workspace, args.client,
                                            args.assessment.value_or(scenario.name), loaded.bytes,
                                            document));
    }
}

} // namespace

void registerSimulateCommand(CLI::App& app) {
    auto args = std::make_shared<SimulateArgs>();
    CLI::App* cmd = app.add_subcommand("simulate", "Run the Monte Carlo simulation of a scenario");
    cmd->add_option("SCENARIO", args->scenario, "Scenario JSON file")->required();
    addRunSizeOptions(cmd, args->iterations, args->seed, args->threads);
    cmd->add_option("--output", args->output, "Write the result document (JSON) here");
    cmd->add_option("--samples", args->samples, "Write per-iteration samples (CSV) here");
    cmd->add_option("--lang", args->lang, "Language of the summary: en or de");
    CLI::Option* save =
        cmd->add_flag("--save", args->save, "Keep the run and the scenario in the workspace");
    cmd->add_option("--workspace", args->workspace,
                    "Workspace file for --save (default: "
                    "$XDG_DATA_HOME/ChangeRisk/workspace.sqlite)")
        ->needs(save);
    CLI::Option* client =
        cmd->add_option("--client", args->client, "Client for --save (created when missing)")
            ->needs(save);
    save->needs(client);
    cmd->add_option("--assessment", args->assessment,
                    "Assessment for --save (default: the scenario's name)")
        ->needs(save);
    cmd->callback([args] { runSimulate(*args); });
}

} // namespace cr::cli
