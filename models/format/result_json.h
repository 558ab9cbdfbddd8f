// The result document (FORMAT.md "Result document") from a run.
#pragma once

#include "engine/engine.h"
#include "scenario/scenario.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace cr {

inline constexpr const char* kResultFormat = "changerisk-result";
inline constexpr int kResultVersion = 1;

// Exceedance thresholds of a scenario: every fixed deductible, per-claim limit and aggregate of
// its policies and every simulation.thresholds value, sorted and deduplicated.
std::vector<double> exceedanceThresholds(const Scenario& scenario);

// Builds the whole document (keys in FORMAT.md order). Summarises every series, using up to
// `threads` threads (0 = all cores); reorders the run's samples in place.
nlohmann::ordered_json resultDocument(const Scenario& scenario, const std::string& scenarioSha256,
                                      RunResult& run, unsigned threads = 0);

} // namespace cr
