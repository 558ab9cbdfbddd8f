// Shared pieces of the commands (simulate and the decision commands sweep, compare,
// sensitivity): argument checks, outputs written atomically, runs that stop on Ctrl-C, and
// aligned tables.
#pragma once

#include "cli/progress_reporter.h"

#include "decision/cover_options.h"
#include "engine/engine.h"
#include "format/atomic_file.h"
#include "format/number_format.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace cr::cli {

// --iterations, --seed and --threads, as every simulating command has them; `defaultWords`
// says where the values come from when they are not given ("the scenario's").
void addRunSizeOptions(CLI::App* cmd, std::optional<std::uint64_t>& iterations,
                       std::optional<std::uint64_t>& seed, unsigned& threads,
                       const std::string& iterationsHelp = "Iterations (overrides the scenario)",
                       const std::string& seedHelp = "Random seed (overrides the scenario)");

// "250000,500000,1e6" -> numbers; CliError(2) naming `option` on a bad entry.
std::vector<double> parseNumberList(const std::string& option, const std::string& text);

// The cover-option arguments as typed (sweep, and report --cover-options).
struct SweepOptionText {
    std::string policy, limits, deductibles, premiums;
    std::string target = "0.01";
};

// Checks and converts them against `scenario`; `policyOption` is how the command calls the
// policy option (--policy, --cover-options). CliError(2) naming the option (unknown policy
// id, a limit <= 0, a negative deductible or premium, a premium count that does not match the
// options, a target outside (0, 1)).
SweepRequest parseSweepRequest(const SweepOptionText& text, const std::string& policyOption,
                               const Scenario& scenario);

// The --lang value; CliError(2) otherwise.
Language parseLanguage(const std::string& code);

// Checks --iterations (1..1e8) like simulate does; CliError(2) otherwise.
void checkIterations(const std::optional<std::uint64_t>& iterations);

// Opens an output early so that an unwritable path fails before the work (exit 1); nullptr for
// an empty path.
std::unique_ptr<AtomicFile> openOutputFile(const std::string& path);
void commitOutputFile(AtomicFile& file, const std::string& bytes);

// Run options wired to Ctrl-C and the progress line.
class InteractiveRun {
public:
    InteractiveRun();
    RunOptions options(std::uint64_t iterations, std::uint64_t seed, unsigned threads);
    // Clears the progress line; CliError(130) when interrupted.
    void finish();

private:
    std::stop_source m_stop;
    std::shared_ptr<ProgressReporter> m_progress;
};

// A table with a header row; columns after the first are right-aligned.
std::string formatTable(const std::vector<std::vector<std::string>>& rows);

} // namespace cr::cli
