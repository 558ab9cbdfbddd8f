// `changerisk-cli report`: the consultation report as a PDF, from a scenario file (simulated
// here) or from a run kept in a workspace. Only this command starts Qt (a QGuiApplication on
// the offscreen platform), so the other commands never touch a display.
#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/decision_cli.h"
#include "cli/interrupt.h"
#include "cli/progress_reporter.h"
#include "cli/scenario_input.h"
#include "cli/workspace_save.h"

#include "changerisk/version.h"
#include "decision/comparison.h"
#include "decision/cover_options.h"
#include "decision/safeguards.h"
#include "decision/sensitivity.h"
#include "engine/engine.h"
#include "format/atomic_file.h"
#include "format/result_json.h"
#include "format/scenario_json.h"
#include "format/sha256.h"
#include "report/report_renderer.h"
#include "report/report_words.h"
#include "store/assessments.h"
#include "store/clients.h"
#include "store/runs.h"
#include "store/scenario_versions.h"
#include "store/workspace.h"

#include <CLI/CLI.hpp>
#include <QGuiApplication>
#include <fmt/core.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>
#include <stop_token>

#include <unistd.h>

namespace cr::cli {

namespace {

struct ReportArgs {
    std::string scenario;
    std::string output;
    std::string lang = "en";
    std::optional<std::uint64_t> iterations, seed;
    unsigned threads = 0;
    std::string client, preparedBy;
    std::string compare; // a scenario file, or a run id with --workspace
    std::string workspace;
    std::optional<std::int64_t> run;
    // Decision sections (issue 7): computed here with the report's iterations and seed.
    SweepOptionText sweep; // --cover-options POLICY_ID goes to sweep.policy
    bool safeguards = false, sensitivity = false;
};

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

// Replacing a file by rename needs only the folder's permission: an existing report the user
// may not write (read-only, someone else's) is refused rather than silently swapped.
void refuseProtectedFile(const std::string& path) {
    if (::access(path.c_str(), F_OK) == 0 && ::access(path.c_str(), W_OK) != 0) {
        throw CliError(kExitRuntime, path + ": cannot write: " + std::strerror(errno));
    }
}

std::string fileLabel(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

// Simulates a scenario file with the command's iteration and seed overrides.
report::ReportRun simulateFile(const std::string& path, const ReportArgs& args) {
    LoadedScenario loaded = loadScenario(path);
    Scenario& scenario = loaded.scenario;
    if (args.iterations) {
        scenario.simulation.iterations = *args.iterations;
    }
    if (args.seed) {
        scenario.simulation.seed = *args.seed;
    }
    InteractiveRun interactive; // installs the Ctrl-C handler
    RunOptions options =
        interactive.options(scenario.simulation.iterations, scenario.simulation.seed, args.threads);
    RunResult run;
    try {
        run = runSimulation(scenario, options);
    } catch (const Cancelled&) {
        interactive.finish();
        throw CliError(kExitInterrupted, "interrupted; nothing was written");
    }
    interactive.finish();
    report::ReportRun out;
    out.result = resultDocument(scenario, sha256Hex(loaded.bytes), run, args.threads);
    out.scenario = std::move(scenario);
    out.label = fileLabel(path);
    return out;
}

struct StoredRun {
    report::ReportRun run;
    std::string assessment, client;
};

StoredRun loadStoredRun(Workspace& ws, std::int64_t runId) {
    const RunRecord record = runById(ws, runId);
    const ScenarioVersion version = versionById(ws, record.versionId);
    const Assessment assessment = assessmentById(ws, version.assessmentId);
    StoredRun out;
    out.assessment = assessment.title;
    out.client = clientById(ws, assessment.clientId).name;
    const std::string where = ws.path().string() + ": run " + std::to_string(runId);
    try {
        out.run.scenario = readScenario(version.text);
        out.run.result = nlohmann::ordered_json::parse(runDocument(ws, runId));
    } catch (const std::exception& e) {
        throw CliError(kExitInvalidInput,
                       where + ": stored scenario or result is unreadable: " + e.what());
    }
    if (!out.run.result.is_object() || !out.run.result.contains("series")) {
        throw CliError(kExitInvalidInput, where + ": the stored result has no series");
    }
    out.run.label = "Run " + std::to_string(runId);
    return out;
}

void checkArgs(const ReportArgs& args) {
    const bool fromFile = !args.scenario.empty();
    const bool fromWorkspace = args.run.has_value();
    if (fromFile == fromWorkspace) {
        throw CliError(kExitInvalidInput,
                       "report: give either SCENARIO.json or --workspace PATH --run RUN-ID");
    }
    if (fromWorkspace && args.workspace.empty()) {
        throw CliError(kExitInvalidInput, "--run: needs --workspace PATH");
    }
    if (fromWorkspace && (args.iterations || args.seed)) {
        throw CliError(kExitInvalidInput,
                       "--iterations/--seed: a stored run keeps its own; simulate again instead");
    }
    checkIterations(args.iterations);
    // The sweep's own options mean nothing without the policy to vary.
    if (args.sweep.policy.empty()) {
        for (const auto& [option, value] : {std::pair{"--limits", &args.sweep.limits},
                                            {"--deductibles", &args.sweep.deductibles},
                                            {"--premiums", &args.sweep.premiums}}) {
            if (!value->empty()) {
                throw CliError(kExitInvalidInput,
                               std::string(option) + ": needs --cover-options POLICY_ID");
            }
        }
        if (args.sweep.target != "0.01") {
            throw CliError(kExitInvalidInput, "--target: needs --cover-options POLICY_ID");
        }
    } else if (args.sweep.limits.empty()) {
        throw CliError(kExitInvalidInput, "--cover-options: needs --limits L1,L2,...");
    }
}

// The analyses asked for, on the report's scenario with the report run's iterations and seed
// (common random numbers with the run the report shows).
report::ReportDecisions computeDecisions(const ReportArgs& args, const report::ReportRun& run,
                                         const std::optional<SweepRequest>& request,
                                         Language language) {
    report::ReportDecisions out;
    const std::uint64_t iterations = run.result.at("iterations").get<std::uint64_t>();
    const std::uint64_t seed = run.result.at("seed").get<std::uint64_t>();
    InteractiveRun interactive;
    const RunOptions options = interactive.options(iterations, seed, args.threads);
    try {
        if (request) {
            out.coverOptions = runSweep(run.scenario, *request, options);
        }
        if (args.safeguards) {
            std::vector<ComparedScenario> scenarios = {
                {report::safeguardName("as-planned", language), run.scenario}};
            for (SafeguardVariant& v : safeguardVariants(run.scenario)) {
                v.variant.label = report::safeguardName(v.id, language);
                scenarios.push_back(std::move(v.variant));
            }
            out.safeguards = compareScenarios(scenarios, options);
            out.safeguardIterations = iterations;
            out.safeguardSeed = seed;
        }
        if (args.sensitivity) {
            out.sensitivity = runSensitivity(run.scenario, options);
        }
    } catch (const Cancelled&) {
        interactive.finish();
        throw CliError(kExitInterrupted, "interrupted; nothing was written");
    }
    interactive.finish();
    return out;
}

// Qt for this command only: offscreen unless the caller chose a platform.
std::unique_ptr<QGuiApplication> startQt() {
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    // Qt's warnings (no XDG_RUNTIME_DIR, the offscreen platform's notes) mean nothing to a
    // user of the command line; real failures surface as exceptions with their own message.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        if (type == QtCriticalMsg || type == QtFatalMsg) {
            fmt::print(stderr, "error: {}\n", text.toStdString());
        }
    });
    static int argc = 1;
    static char name[] = "changerisk-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

void runReport(const ReportArgs& args) {
    const Language language = parseLanguage(args.lang);
    checkArgs(args);
    report::ReportInput input;
    input.language = language;
    input.programVersion = kProgramVersion;
    input.date = today();
    input.client = args.client;
    input.preparedBy = args.preparedBy;

    std::optional<AtomicFile> output;
    const auto openOutput = [&] {
        refuseProtectedFile(args.output);
        try {
            output.emplace(args.output); // fails before the simulation when the path is unusable
        } catch (const std::exception& e) {
            throw CliError(kExitRuntime, e.what());
        }
    };

    std::optional<SweepRequest> sweep;
    if (!args.scenario.empty()) {
        // Input errors first (exit 2), then the output path (exit 1), then the long work.
        const Scenario scenario = loadScenario(args.scenario).scenario;
        if (!args.sweep.policy.empty()) {
            sweep = parseSweepRequest(args.sweep, "--cover-options", scenario);
        }
        if (!args.compare.empty()) {
            loadScenario(args.compare);
        }
        openOutput();
        input.main = simulateFile(args.scenario, args);
        if (!args.compare.empty()) {
            input.comparison = simulateFile(args.compare, args);
        }
    } else {
        try {
            Workspace ws = Workspace::open(args.workspace, {.create = false, .readOnly = true});
            StoredRun stored = loadStoredRun(ws, *args.run);
            input.main = std::move(stored.run);
            input.title = stored.assessment;
            if (input.client.empty()) {
                input.client = stored.client;
            }
            if (!args.sweep.policy.empty()) {
                sweep = parseSweepRequest(args.sweep, "--cover-options", input.main.scenario);
            }
            if (!args.compare.empty()) {
                std::int64_t other = 0;
                try {
                    std::size_t used = 0;
                    other = std::stoll(args.compare, &used);
                    if (used != args.compare.size()) {
                        throw std::invalid_argument("trailing text");
                    }
                } catch (const std::exception&) {
                    throw CliError(kExitInvalidInput,
                                   "--compare: with --workspace a run id, got " + args.compare);
                }
                input.comparison = loadStoredRun(ws, other).run;
            }
        } catch (const WorkspaceError& e) {
            throw CliError(workspaceExitCode(e.kind()), e.what());
        }
        openOutput();
    }
    if (sweep || args.safeguards || args.sensitivity) {
        input.decisions = computeDecisions(args, input.main, sweep, input.language);
    }
    if (interrupted()) {
        throw CliError(kExitInterrupted, "interrupted; nothing was written");
    }

    const auto app = startQt();
    int pages = 0;
    try {
        const report::RenderedReport rendered = report::renderReport(input);
        pages = rendered.pages;
        output->write(std::string_view(rendered.pdf.constData(),
                                       static_cast<std::size_t>(rendered.pdf.size())));
        output->commit();
    } catch (const CliError&) {
        throw;
    } catch (const std::exception& e) {
        throw CliError(kExitRuntime, e.what());
    }
    fmt::print("{}: {} pages\n", args.output, pages);
}

} // namespace

void registerReportCommand(CLI::App& app) {
    auto args = std::make_shared<ReportArgs>();
    CLI::App* cmd = app.add_subcommand(
        "report", "Write the consultation report (PDF, A4) of a scenario or of a stored run");
    cmd->add_option("SCENARIO", args->scenario, "Scenario JSON file (simulated for the report)");
    cmd->add_option("--output", args->output, "Write the PDF here")->required();
    cmd->add_option("--lang", args->lang, "Language of the report: en or de");
    addRunSizeOptions(cmd, args->iterations, args->seed, args->threads);
    cmd->add_option("--client", args->client, "Prepared for (default with --run: its client)");
    cmd->add_option("--prepared-by", args->preparedBy, "Prepared by");
    cmd->add_option(
        "--compare", args->compare,
        "Compare side by side with OTHER-SCENARIO.json (or, with --workspace, a run id)");
    cmd->add_option("--cover-options", args->sweep.policy,
                    "Add a section with this policy's cover options (needs --limits)");
    cmd->add_option("--limits", args->sweep.limits,
                    "Cover options: per-claim limits, comma-separated");
    cmd->add_option("--deductibles", args->sweep.deductibles,
                    "Cover options: deductibles, comma-separated (default: the policy's own)");
    cmd->add_option("--premiums", args->sweep.premiums,
                    "Cover options: annual premium per option (limit by limit), comma-separated");
    cmd->add_option("--target", args->sweep.target,
                    "Cover options: recommend the smallest limit with P(claim capped) below this");
    cmd->add_flag("--safeguards", args->safeguards,
                  "Add a section comparing the scenario with its safeguard variants");
    cmd->add_flag("--sensitivity", args->sensitivity,
                  "Add a section on which inputs matter (tornado, rank correlation)");
    cmd->add_option("--workspace", args->workspace, "Workspace file holding the run");
    cmd->add_option("--run", args->run, "Run id in the workspace (see `workspace runs`)");
    cmd->callback([args] { runReport(*args); });
}

} // namespace cr::cli
