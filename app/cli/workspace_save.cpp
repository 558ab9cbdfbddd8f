// `simulate --save`: open the workspace early, save the run and its scenario text afterwards.
#include "cli/workspace_save.h"

#include "cli/cli_error.h"
#include "cli/workspace_output.h"

#include "store/default_path.h"
#include "store/save_run.h"
#include "store/workspace_error.h"

#include <fmt/core.h>

namespace cr::cli {

int workspaceExitCode(WorkspaceErrorKind kind) {
    const bool runtime = kind == WorkspaceErrorKind::ReadOnly ||
                         kind == WorkspaceErrorKind::DiskFull || kind == WorkspaceErrorKind::Busy ||
                         kind == WorkspaceErrorKind::Io;
    return runtime ? kExitRuntime : kExitInvalidInput;
}

Workspace openWorkspaceForSave(const std::string& path) {
    try {
        Workspace ws =
            Workspace::open(path.empty() ? defaultWorkspacePath() : std::filesystem::path(path));
        if (ws.isReadOnly()) {
            throw CliError(kExitRuntime, ws.path().string() +
                                             ": --save: the workspace is read-only (the file or "
                                             "its folder is not writable); nothing was run");
        }
        return ws;
    } catch (const WorkspaceError& e) {
        throw CliError(workspaceExitCode(e.kind()), e.what());
    } catch (const std::runtime_error& e) {
        if (dynamic_cast<const CliError*>(&e) != nullptr) {
            throw;
        }
        throw CliError(kExitInvalidInput, e.what()); // no default location known
    }
}

std::string saveRunToWorkspace(Workspace& workspace, const std::string& client,
                               const std::string& assessment, const std::string& scenarioBytes,
                               const nlohmann::ordered_json& result) {
    try {
        const SavedRun saved = saveRun(workspace, client, assessment, scenarioBytes, result);
        return fmt::format("Saved as run {} of assessment {} \"{}\" (client {} \"{}\"), scenario "
                           "version {}{}, in {}\n",
                           saved.runId, saved.assessmentId, displayText(assessment, 64),
                           saved.clientId, displayText(client, 64), saved.versionNumber,
                           saved.newVersion ? " (new)" : "", workspace.path().string());
    } catch (const WorkspaceError& e) {
        throw CliError(workspaceExitCode(e.kind()), e.what());
    }
}

} // namespace cr::cli
