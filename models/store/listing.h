// Overviews for people and scripts: clients with their assessments, and search.
#pragma once

#include "store/assessments.h"
#include "store/clients.h"
#include "store/workspace.h"

#include <optional>
#include <string>
#include <vector>

namespace cr {

struct AssessmentSummary {
    Assessment assessment;
    int versions = 0;
    int runs = 0;
    std::optional<std::string> latestRun; // when the newest run was saved
    std::vector<std::string> tags;
};

struct ClientListing {
    Client client;
    std::vector<AssessmentSummary> assessments; // latest run first, then latest modified
};

// Clients in name order with their assessments; only the named client when `clientName` is
// given (an unknown name gives an empty list).
std::vector<ClientListing> listWorkspace(Workspace& ws,
                                         const std::optional<std::string>& clientName = {});

// Every filter that is not empty must match. `text` matches part of a client's name or an
// assessment's title (ASCII letters without regard to case); `tag` is a whole tag; dates are
// ISO 8601 prefixes ("2025", "2025-03", "2025-03-02") compared with the assessment's
// `modified`, both ends inclusive.
struct SearchQuery {
    std::string text;
    std::string tag;
    std::string modifiedFrom;
    std::string modifiedTo;
};

struct SearchHit {
    Client client;
    AssessmentSummary summary;
};

// Matching assessments, latest run first, then latest modified.
std::vector<SearchHit> searchAssessments(Workspace& ws, const SearchQuery& query);

} // namespace cr
