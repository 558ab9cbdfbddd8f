// Each subcommand registers itself on the CLI11 app; its callback runs the command.
#pragma once

namespace CLI {
class App;
}

namespace cr::cli {

void registerSimulateCommand(CLI::App& app);
void registerValidateCommand(CLI::App& app);
// Defined in workspace_command.cpp when the store is built.
void registerWorkspaceCommand(CLI::App& app);

} // namespace cr::cli
