// Scenario versions: every scenario text saved for an assessment, numbered 1, 2, 3, ... and
// never changed or overwritten afterwards (a trigger in the schema refuses updates).
#pragma once

#include "store/workspace.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cr {

struct ScenarioVersion {
    std::int64_t id = 0;
    std::int64_t assessmentId = 0;
    int number = 0;     // 1 for the first version of an assessment
    std::string sha256; // of `text`, lower-case hex
    std::string authorNote;
    std::string created; // UTC, ISO 8601
    std::string text;    // the scenario JSON byte for byte as saved (empty in listVersions)
};

// Appends the next version. The text is stored as given (no validation here: callers check it
// with readScenario first). Throws WorkspaceError(NotFound) for an unknown assessment.
ScenarioVersion addVersion(Workspace& ws, std::int64_t assessmentId, const std::string& text,
                           const std::string& authorNote = "");
std::optional<ScenarioVersion> latestVersion(Workspace& ws, std::int64_t assessmentId);
// Throws WorkspaceError(NotFound) for an unknown assessment or version number.
ScenarioVersion versionByNumber(Workspace& ws, std::int64_t assessmentId, int number);
ScenarioVersion versionById(Workspace& ws, std::int64_t id);
// Oldest first, without their text.
std::vector<ScenarioVersion> listVersions(Workspace& ws, std::int64_t assessmentId);

} // namespace cr
