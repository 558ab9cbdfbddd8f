// Import of scenario files and seeding of the example assessments.
#include "store/import.h"

#include "format/sha256.h"
#include "store/assessments.h"
#include "store/clients.h"
#include "store/scenario_versions.h"
#include "store/workspace_error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace cr {
namespace {

namespace fs = std::filesystem;

ImportedScenario importOne(Workspace& ws, std::int64_t clientId, const std::string& title,
                           const ScenarioFile& file) {
    const Assessment assessment = findOrCreateAssessment(ws, clientId, title);
    const auto latest = latestVersion(ws, assessment.id);
    if (latest && latest->sha256 == sha256Hex(file.text) && latest->text == file.text) {
        return {assessment.id, latest->number, true};
    }
    return {assessment.id, addVersion(ws, assessment.id, file.text).number, false};
}

ScenarioFile readTemplate(const Workspace& ws, const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
        throw WorkspaceError(WorkspaceErrorKind::InvalidInput, ws.path(), path.string(),
                             "cannot read this template");
    }
    ScenarioFile file{path.string(), "", bytes.str()};
    const auto document = nlohmann::json::parse(file.text, nullptr, false);
    if (!document.is_object() || !document.contains("name") || !document["name"].is_string()) {
        throw WorkspaceError(WorkspaceErrorKind::InvalidInput, ws.path(), path.string(),
                             "a template must be a scenario with a \"name\"");
    }
    file.name = document["name"].get<std::string>();
    return file;
}

} // namespace

std::vector<ImportedScenario> importScenarios(Workspace& ws, const std::string& clientName,
                                              const std::optional<std::string>& assessmentTitle,
                                              const std::vector<ScenarioFile>& files,
                                              const ImportProgress& progress) {
    std::vector<ImportedScenario> imported;
    ws.write("importing scenarios", [&] {
        const Client client = findOrCreateClient(ws, clientName);
        for (const ScenarioFile& file : files) {
            imported.push_back(importOne(ws, client.id, assessmentTitle.value_or(file.name), file));
            if (progress) {
                progress(imported.size(), files.size());
            }
        }
    });
    return imported;
}

int seedExamples(Workspace& ws, const fs::path& templatesDir) {
    std::vector<fs::path> paths;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(templatesDir, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
            paths.push_back(entry.path());
        }
    }
    if (ec) {
        throw WorkspaceError(WorkspaceErrorKind::InvalidInput, ws.path(), templatesDir.string(),
                             "cannot read the templates folder: " + ec.message());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<ScenarioFile> files;
    for (const fs::path& path : paths) {
        files.push_back(readTemplate(ws, path));
    }
    int added = 0;
    ws.write("adding the example assessments", [&] {
        if (findClient(ws, kExamplesClientName)) {
            return;
        }
        for (const ImportedScenario& one :
             importScenarios(ws, kExamplesClientName, std::nullopt, files)) {
            added += one.unchanged ? 0 : 1;
        }
    });
    return added;
}

} // namespace cr
