// Reading and validating a scenario file with FORMAT.md's error lines.
#include "cli/scenario_input.h"

#include "cli/cli_error.h"
#include "format/atomic_file.h"
#include "format/scenario_json.h"

namespace cr::cli {

namespace {
constexpr std::size_t kMaxScenarioBytes = 64U * 1024U * 1024U;
}

LoadedScenario loadScenario(const std::string& path) {
    LoadedScenario loaded;
    try {
        loaded.bytes = readWholeFile(path);
    } catch (const std::exception& e) {
        throw CliError(kExitInvalidInput, e.what());
    }
    if (loaded.bytes.size() > kMaxScenarioBytes) {
        throw CliError(kExitInvalidInput, path + ": file is too large for a scenario (" +
                                              std::to_string(loaded.bytes.size() / (1024 * 1024)) +
                                              " MiB; at most 64 MiB)");
    }
    try {
        loaded.scenario = readScenario(loaded.bytes);
    } catch (const InputError& e) {
        std::string message;
        for (const Problem& p : e.problems()) {
            if (!message.empty()) {
                message += "\nerror: ";
            }
            message += path + ": " + (p.where.empty() ? "" : p.where + ": ") + p.message;
        }
        throw CliError(kExitInvalidInput, message);
    }
    return loaded;
}

} // namespace cr::cli
