// Each subcommand registers itself on the CLI11 app; its callback runs the command.
#pragma once

namespace CLI {
class App;
}

namespace cr::cli {

void registerSimulateCommand(CLI::App& app);
void registerValidateCommand(CLI::App& app);
// Decision support (decision_cli.h): cover options, scenario comparison, sensitivity.
void registerSweepCommand(CLI::App& app);
void registerCompareCommand(CLI::App& app);
void registerSensitivityCommand(CLI::App& app);
// Defined in workspace_command.cpp when the store is built.
void registerWorkspaceCommand(CLI::App& app);
// Defined in report_command.cpp when the GUI (Qt) is built: CHANGERISK_HAS_REPORT.
void registerReportCommand(CLI::App& app);
void registerExportStatsCommand(CLI::App& app);

} // namespace cr::cli
