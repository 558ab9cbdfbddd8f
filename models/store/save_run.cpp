// saveRun: client, assessment, version and run in one transaction.
#include "store/save_run.h"

#include "format/sha256.h"
#include "store/assessments.h"
#include "store/clients.h"
#include "store/runs.h"
#include "store/scenario_versions.h"
#include "store/workspace_error.h"

namespace cr {

SavedRun saveRun(Workspace& ws, const std::string& clientName, const std::string& assessmentTitle,
                 const std::string& scenarioText, const nlohmann::ordered_json& result) {
    const std::string sha = sha256Hex(scenarioText);
    const auto stated = result.find("scenario_sha256");
    if (stated == result.end() || !stated->is_string() || stated->get<std::string>() != sha) {
        throw WorkspaceError(WorkspaceErrorKind::InvalidInput, ws.path(),
                             "result document: /scenario_sha256",
                             "must be the SHA-256 of the scenario text being saved (" + sha + ")");
    }
    SavedRun saved;
    ws.write("saving the run", [&] {
        const Client client = findOrCreateClient(ws, clientName);
        const Assessment assessment = findOrCreateAssessment(ws, client.id, assessmentTitle);
        auto version = latestVersion(ws, assessment.id);
        saved.newVersion = !version || version->sha256 != sha || version->text != scenarioText;
        if (saved.newVersion) {
            version = addVersion(ws, assessment.id, scenarioText);
        }
        saved.clientId = client.id;
        saved.assessmentId = assessment.id;
        saved.versionNumber = version->number;
        saved.runId = addRun(ws, version->id, result).id;
    });
    return saved;
}

} // namespace cr
