// Placeholder until the workspace store lands (issue 3): registers no subcommand.
#include "cli/commands.h"

namespace cr::cli {
void registerWorkspaceCommand(CLI::App&) {}
} // namespace cr::cli
