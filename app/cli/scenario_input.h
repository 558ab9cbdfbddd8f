// Loads a scenario file for a command, turning every input problem into exit code 2.
#pragma once

#include "scenario/scenario.h"

#include <string>

namespace cr::cli {

struct LoadedScenario {
    Scenario scenario;
    std::string bytes; // the file's bytes (for scenario_sha256)
};

// Throws CliError(2) with one "FILE: WHERE: message" line per problem.
LoadedScenario loadScenario(const std::string& path);

} // namespace cr::cli
