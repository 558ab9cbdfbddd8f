// `changerisk-cli export-stats RESULT.json [--output STATS.csv]`: the key statistics of every
// series of a result document as CSV (to stdout without --output).
#include "cli/cli_error.h"
#include "cli/commands.h"

#include "format/atomic_file.h"
#include "format/stats_csv.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <memory>
#include <optional>

namespace cr::cli {

namespace {

struct ExportStatsArgs {
    std::string result;
    std::string output;
};

void runExportStats(const ExportStatsArgs& args) {
    std::string csv;
    try {
        const auto document = nlohmann::ordered_json::parse(readWholeFile(args.result));
        csv = statsCsv(document);
    } catch (const nlohmann::json::parse_error& e) {
        throw CliError(kExitInvalidInput, args.result + ": not JSON: " + e.what());
    } catch (const std::invalid_argument& e) {
        throw CliError(kExitInvalidInput, args.result + ": " + e.what());
    } catch (const std::runtime_error& e) { // unreadable file
        throw CliError(kExitInvalidInput, e.what());
    }
    if (args.output.empty()) {
        fmt::print("{}", csv);
        return;
    }
    try {
        AtomicFile file(args.output);
        file.write(csv);
        file.commit();
    } catch (const std::exception& e) {
        throw CliError(kExitRuntime, e.what());
    }
}

} // namespace

void registerExportStatsCommand(CLI::App& app) {
    auto args = std::make_shared<ExportStatsArgs>();
    CLI::App* cmd = app.add_subcommand(
        "export-stats", "Write the key statistics of every series of a result document as CSV");
    cmd->add_option("RESULT", args->result, "Result document (simulate --output)")->required();
    cmd->add_option("--output", args->output, "Write the CSV here (default: standard output)");
    cmd->callback([args] { runExportStats(*args); });
}

} // namespace cr::cli
