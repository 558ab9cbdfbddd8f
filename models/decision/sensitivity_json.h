// The sensitivity document (docs/decision.md "Sensitivity document").
#pragma once

#include "decision/sensitivity.h"

#include <nlohmann/json.hpp>

#include <string>

namespace cr {

inline constexpr const char* kSensitivityFormat = "changerisk-sensitivity";
inline constexpr int kSensitivityVersion = 1;

nlohmann::ordered_json sensitivityDocument(const Scenario& scenario,
                                           const std::string& scenarioSha256,
                                           const SensitivityResult& result);

} // namespace cr
