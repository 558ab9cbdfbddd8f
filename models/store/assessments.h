// Assessments: one risk review of a client (a job, a change, this year's review).
#pragma once

#include "store/clients.h"
#include "store/workspace.h"

#include <cstdint>
#include <optional>
#include <string>

namespace cr {

struct Assessment {
    std::int64_t id = 0;
    std::int64_t clientId = 0;
    std::string title;
    std::string notes;
    std::string created;  // UTC, ISO 8601
    std::string modified; // changes with a new version, a run, a rename or new notes
};

// Throws WorkspaceError(NotFound).
Assessment assessmentById(Workspace& ws, std::int64_t id);
// Titles are unique within a client.
std::optional<Assessment> findAssessment(Workspace& ws, std::int64_t clientId,
                                         const std::string& title);

// Throws WorkspaceError: NotFound (client), InvalidInput (empty title), Conflict (title taken).
Assessment createAssessment(Workspace& ws, std::int64_t clientId, const std::string& title,
                            const std::string& notes = "");
Assessment findOrCreateAssessment(Workspace& ws, std::int64_t clientId, const std::string& title);
void renameAssessment(Workspace& ws, std::int64_t id, const std::string& newTitle);
void setAssessmentNotes(Workspace& ws, std::int64_t id, const std::string& notes);
// Sets `modified` to now (a version or run was added).
void touchAssessment(Workspace& ws, std::int64_t id);

Contents assessmentContents(Workspace& ws, std::int64_t id);
// Erases the assessment with its versions, runs and now unused tags (see deleteClient).
Contents deleteAssessment(Workspace& ws, std::int64_t id);

} // namespace cr
