// The document's side of the workspace: assessments, versions and runs in single transactions.
#include "workspace/assessment_store.h"

#include "format/scenario_json.h"

#include <stdexcept>

namespace cr::ui {

namespace {

BoundVersion boundFor(Workspace& ws, std::int64_t assessmentId, const ScenarioVersion& version) {
    BoundVersion bound;
    bound.assessment = assessmentById(ws, assessmentId);
    bound.client = clientById(ws, bound.assessment.clientId);
    bound.version = version;
    return bound;
}

} // namespace

BoundVersion createAssessmentWithText(Workspace& ws, const std::string& clientName,
                                      const std::string& title, const std::string& scenarioText) {
    BoundVersion bound;
    ws.write("creating the assessment", [&] {
        const Client client = findOrCreateClient(ws, clientName);
        const Assessment assessment = createAssessment(ws, client.id, title);
        bound = boundFor(ws, assessment.id, addVersion(ws, assessment.id, scenarioText));
    });
    return bound;
}

BoundVersion addVersionText(Workspace& ws, std::int64_t assessmentId,
                            const std::string& scenarioText) {
    BoundVersion bound;
    ws.write("saving the scenario version", [&] {
        bound = boundFor(ws, assessmentId, addVersion(ws, assessmentId, scenarioText));
    });
    return bound;
}

LoadedVersion loadVersion(Workspace& ws, std::int64_t assessmentId, int number) {
    LoadedVersion loaded;
    ws.read("reading the scenario version", [&] {
        loaded.bound = boundFor(ws, assessmentId, versionByNumber(ws, assessmentId, number));
    });
    loaded.scenario = readScenario(loaded.bound.version.text);
    return loaded;
}

bool describesVersion(const Scenario& scenario, const ScenarioVersion& version) {
    const std::string text = writeScenario(scenario);
    if (text == version.text) {
        return true;
    }
    try {
        return writeScenario(readScenario(version.text)) == text;
    } catch (const std::exception&) {
        return false;
    }
}

RunRecord storeRun(Workspace& ws, const ScenarioVersion& version, const RunOutcome& outcome) {
    if (!describesVersion(outcome.scenario, version)) {
        throw std::invalid_argument("the run's scenario is not version " +
                                    std::to_string(version.number) + " of the assessment");
    }
    nlohmann::ordered_json document = outcome.document;
    document["scenario_sha256"] = version.sha256;
    return addRun(ws, version.id, document);
}

RunOutcome loadRun(Workspace& ws, std::int64_t runId) {
    std::string documentText;
    ScenarioVersion version;
    ws.read("reading the run", [&] {
        const RunRecord run = runById(ws, runId);
        documentText = runDocument(ws, runId);
        version = versionById(ws, run.versionId);
    });
    RunOutcome outcome;
    outcome.scenario = readScenario(version.text);
    outcome.document = nlohmann::ordered_json::parse(documentText);
    return outcome;
}

} // namespace cr::ui
