// `simulate --save`: the workspace side, kept apart so simulate_command.cpp stays about running.
#pragma once

#include "store/workspace.h"
#include "store/workspace_error.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace cr::cli {

// The CLI's exit code for a store error: 1 for runtime failures (read-only, disk full, locked,
// I/O), 2 for invalid input (unknown id, a name taken, a file that is no workspace).
int workspaceExitCode(WorkspaceErrorKind kind);

// Opens (creating when missing) the workspace at `path`, or the default location when empty,
// before the run starts, so an unusable workspace fails early. Throws CliError (exit 2 for a
// file that is no workspace, 1 for a read-only one).
Workspace openWorkspaceForSave(const std::string& path);

// Saves the run with the scenario file's bytes under client/assessment (see cr::saveRun) and
// returns the line to print ("Saved as run 7 of assessment 3 …"). Throws CliError.
std::string saveRunToWorkspace(Workspace& workspace, const std::string& client,
                               const std::string& assessment, const std::string& scenarioBytes,
                               const nlohmann::ordered_json& result);

} // namespace cr::cli
