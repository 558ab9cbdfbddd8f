// `changerisk-cli validate SCENARIO.json`: exit 0 and "FILE: valid" or exit 2 with every problem.
#include "cli/commands.h"
#include "cli/scenario_input.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <memory>

namespace cr::cli {

void registerValidateCommand(CLI::App& app) {
    auto path = std::make_shared<std::string>();
    CLI::App* cmd =
        app.add_subcommand("validate", "Check a scenario file and report every problem");
    cmd->add_option("SCENARIO", *path, "Scenario JSON file")->required();
    cmd->callback([path] {
        const LoadedScenario loaded = loadScenario(*path);
        fmt::print("{}: valid ({} failure modes, {} policies, {} loss lines)\n", *path,
                   loaded.scenario.failureModes.size(), loaded.scenario.insurance.size(),
                   loaded.scenario.lossLines.size());
    });
}

} // namespace cr::cli
