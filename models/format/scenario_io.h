// Internal: the scenario document <-> Scenario mapping behind scenario_json.h's entry points.
#pragma once

#include "scenario/problem.h"
#include "scenario/scenario.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace cr::jsonio {

// Maps a parsed document to a Scenario, adding every structural problem (unknown keys,
// "required", wrong types, bad names). Fields with problems keep their defaults. nullopt when
// the document is not a version-1 scenario at all (not an object, wrong format or version):
// then its other contents are not worth judging.
std::optional<Scenario> readScenarioDocument(Problems& problems, const nlohmann::json& document);

// The full document, every key explicit, in FORMAT.md's order.
nlohmann::ordered_json writeScenarioDocument(const Scenario& scenario);

} // namespace cr::jsonio
