// changerisk-cli: command parsing and error reporting; the work is in models/.
#include "cli/cli_error.h"
#include "cli/commands.h"

#include "changerisk/version.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <cstdio>

int main(int argc, char** argv) {
    CLI::App app{"ChangeRisk: what a failed IT change can cost, and what insurance pays",
                 "changerisk-cli"};
    app.set_version_flag("--version", fmt::format("changerisk-cli {}", cr::kProgramVersion));
    app.require_subcommand(1);
    cr::cli::registerSimulateCommand(app);
    cr::cli::registerValidateCommand(app);
    cr::cli::registerSweepCommand(app);
    cr::cli::registerCompareCommand(app);
    cr::cli::registerSensitivityCommand(app);
    cr::cli::registerWorkspaceCommand(app);
#ifdef CHANGERISK_HAS_REPORT
    cr::cli::registerReportCommand(app);
#endif
    cr::cli::registerExportStatsCommand(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        // Usage errors are invalid input (exit 2); --help and --version exit 0.
        return code == 0 ? 0 : cr::cli::kExitInvalidInput;
    } catch (const cr::cli::CliError& e) {
        fmt::print(stderr, "error: {}\n", e.what());
        return e.code();
    } catch (const std::exception& e) {
        fmt::print(stderr, "error: {}\n", e.what());
        return cr::cli::kExitRuntime;
    }
    return cr::cli::kExitOk;
}
