// What the desktop program keeps in the workspace for one open document: new assessments,
// scenario versions (never overwritten), runs stored with the version they ran, and reading
// a version or a run back. Thin, Qt-free wrappers over models/store, each in one transaction.
#pragma once

#include "run/simulation_job.h"
#include "scenario/scenario.h"
#include "store/assessments.h"
#include "store/clients.h"
#include "store/runs.h"
#include "store/scenario_versions.h"
#include "store/workspace.h"

#include <cstdint>
#include <string>

namespace cr::ui {

// The assessment a document belongs to and the version it was loaded from or saved as.
struct BoundVersion {
    Client client;
    Assessment assessment;
    ScenarioVersion version; // with its text
};

// A version read back: its scenario (validated) and where it lives.
struct LoadedVersion {
    BoundVersion bound;
    Scenario scenario;
};

// Creates `title` for client `clientName` (created when missing) with `scenarioText` as
// version 1. Throws WorkspaceError (Conflict when the client has that title already).
BoundVersion createAssessmentWithText(Workspace& ws, const std::string& clientName,
                                      const std::string& title, const std::string& scenarioText);

// Appends `scenarioText` as the assessment's next version (older versions stay as they are).
BoundVersion addVersionText(Workspace& ws, std::int64_t assessmentId,
                            const std::string& scenarioText);

// Reads version `number` of the assessment; throws WorkspaceError(NotFound) or InputError
// (a stored text that no longer validates).
LoadedVersion loadVersion(Workspace& ws, std::int64_t assessmentId, int number);

// True when `scenario` is exactly what `version`'s text describes (a run of the scenario is a
// run of that version even when the stored bytes are laid out differently).
bool describesVersion(const Scenario& scenario, const ScenarioVersion& version);

// Stores a finished run with `version`. The document's scenario_sha256 is set to the stored
// text's (FORMAT.md: "of the stored text for a workspace run"), after checking that the run's
// scenario is that version's; throws std::invalid_argument when it is not.
RunRecord storeRun(Workspace& ws, const ScenarioVersion& version, const RunOutcome& outcome);

// A stored run as the Results page shows it: the version's scenario and the result document.
RunOutcome loadRun(Workspace& ws, std::int64_t runId);

} // namespace cr::ui
