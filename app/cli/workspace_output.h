// What `changerisk-cli workspace list` and `runs` print: aligned tables for people, JSON for
// scripts.
#pragma once

#include "store/assessments.h"
#include "store/clients.h"
#include "store/listing.h"
#include "store/runs.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace cr::cli {

// {"clients": [{"id", "name", "assessments": [{"id", "title", "versions", "runs",
// "modified"}]}]}: the shape the issue fixes for scripts.
nlohmann::ordered_json listingJson(const std::vector<ClientListing>& listing);
// One block per client ("Client 3: name") with an aligned table of its assessments.
std::string listingTable(const std::string& workspacePath,
                         const std::vector<ClientListing>& listing);

// {"assessment": {"id", "title", "client": {"id", "name"}}, "runs": [{"id", "version",
// "created", "iterations", "seed", "threads", "program_version", "elapsed_seconds",
// "currency", "mean_total_loss", "p99_total_loss", "mean_insurance_paid", "mean_uninsured",
// "shortfall_probability"}]}, latest run first; figures a run could not define are null.
nlohmann::ordered_json runsJson(const Assessment& assessment, const Client& client,
                                const std::vector<RunRecord>& runs);
std::string runsTable(const Assessment& assessment, const Client& client,
                      const std::vector<RunRecord>& runs);

// For tables: control characters become spaces, invalid UTF-8 becomes '?', and text wider
// than `maxColumns` display columns is cut with "…".
std::string displayText(const std::string& text, std::size_t maxColumns);
// Display columns of UTF-8 text in a terminal (wide East Asian characters and emoji take two,
// combining marks and joiners none).
std::size_t displayWidth(const std::string& text);
// A stored UTC timestamp (2025-03-02T14:01:22.123Z) as local time, "2025-03-02 15:01".
std::string localTime(const std::string& utc);

} // namespace cr::cli
