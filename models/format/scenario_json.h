// Reading and writing scenario documents (FORMAT.md) with nlohmann-json.
#pragma once

#include "scenario/problem.h"
#include "scenario/scenario.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace cr {

// Parses and validates a scenario from JSON text. Throws InputError with every problem found
// (syntax errors as "line L, column C"; everything else with its JSON pointer; unknown keys are
// errors). Runs validateScenario() too, so a returned Scenario is ready to simulate.
Scenario readScenario(std::string_view jsonText);
// Same, from an already parsed document.
Scenario scenarioFromJson(const nlohmann::json& document);
// Reads a file; an unreadable file throws InputError with where = "" and a message.
Scenario readScenarioFile(const std::string& path);

// Writes the full document; readScenario(writeScenario(s)) reproduces s.
nlohmann::json scenarioToJson(const Scenario& scenario);
// The same document as text (2-space indent, trailing newline) with the keys in FORMAT.md's
// order, which nlohmann::json (sorted keys) cannot keep: use this to save files.
std::string writeScenario(const Scenario& scenario);
nlohmann::json distributionToJson(const Distribution& d);

} // namespace cr
