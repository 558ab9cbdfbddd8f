// The key statistics of every series of a result document as CSV (`export-stats`).
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace cr {

// Columns of the statistics CSV, in order (header row).
inline constexpr const char* kStatsCsvHeader =
    "series,mean,sd,stderr,min,max,p_nonzero,q0.5,q0.9,q0.95,q0.99,q0.995,var_0.99,tvar_0.99,"
    "given_incident_mean,given_incident_q0.5,given_incident_q0.9,given_incident_q0.99\n";

// One row per series in the document's order; numbers as the shortest decimal that reads back
// to the same double, '.' as decimal mark; a statistic the document gives as null (undefined,
// or no iteration had an incident) is an empty cell. Throws std::invalid_argument naming the
// JSON pointer when `result` is not a result document with series.
std::string statsCsv(const nlohmann::ordered_json& result);

} // namespace cr
