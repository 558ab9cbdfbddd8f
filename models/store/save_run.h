// `simulate --save`: keep a run together with the exact scenario text it ran on.
#pragma once

#include "store/workspace.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace cr {

struct SavedRun {
    std::int64_t clientId = 0;
    std::int64_t assessmentId = 0;
    int versionNumber = 0;
    bool newVersion = false; // false: the text equals the latest version, which the run joins
    std::int64_t runId = 0;
};

// In one transaction: finds or creates the client and its assessment `assessmentTitle`, adds
// `scenarioText` as a new version unless it equals the latest one, and stores the run.
// `result` is the document cr::resultDocument built for this text: its scenario_sha256 must
// be sha256Hex(scenarioText) (FORMAT.md: "of the stored text for a workspace run").
// Throws WorkspaceError: InvalidInput (empty names, a mismatched or incomplete document),
// ReadOnly, DiskFull, Busy, Io; on any of them nothing was saved.
SavedRun saveRun(Workspace& ws, const std::string& clientName, const std::string& assessmentTitle,
                 const std::string& scenarioText, const nlohmann::ordered_json& result);

} // namespace cr
