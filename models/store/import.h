// Importing scenario files into assessments (all or none), and the GUI's example assessments.
#pragma once

#include "store/workspace.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cr {

struct ScenarioFile {
    std::string source; // where it came from, for messages ("shop.json")
    std::string name;   // the scenario's "name": the assessment title when none is given
    std::string text;   // the file's bytes, stored as they are
};

struct ImportedScenario {
    std::int64_t assessmentId = 0;
    int versionNumber = 0;
    bool unchanged = false; // same text as the assessment's latest version: nothing added
};

using ImportProgress = std::function<void(std::size_t done, std::size_t total)>;

// Imports every file in one transaction: all of them or, on any failure, none. The client is
// created when missing. Without `assessmentTitle` each file goes to the client's assessment
// titled by its scenario name (created when missing); with it, every file becomes the next
// version of that one assessment, in order. A file whose text equals the assessment's latest
// version adds nothing (`unchanged`). `progress` is called after each file.
std::vector<ImportedScenario> importScenarios(Workspace& ws, const std::string& clientName,
                                              const std::optional<std::string>& assessmentTitle,
                                              const std::vector<ScenarioFile>& files,
                                              const ImportProgress& progress = {});

inline constexpr const char* kExamplesClientName = "Examples";

// The GUI's first start: every *.json in `templatesDir` (in file name order) becomes an
// assessment of the client "Examples", titled by the scenario's "name". Does nothing when that
// client exists already; call it only when Workspace::wasCreated(), so a user who deleted the
// examples does not get them back. Returns the number of assessments added. Throws
// WorkspaceError(InvalidInput) for an unreadable template or one without a "name".
int seedExamples(Workspace& ws, const std::filesystem::path& templatesDir);

} // namespace cr
