// Argument checks, outputs and tables shared by sweep, compare and sensitivity.
#include "cli/decision_cli.h"

#include <CLI/CLI.hpp>

#include "cli/cli_error.h"
#include "cli/interrupt.h"

#include <fmt/core.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace cr::cli {

void addRunSizeOptions(CLI::App* cmd, std::optional<std::uint64_t>& iterations,
                       std::optional<std::uint64_t>& seed, unsigned& threads,
                       const std::string& iterationsHelp, const std::string& seedHelp) {
    cmd->add_option("--iterations", iterations, iterationsHelp);
    cmd->add_option("--seed", seed, seedHelp);
    cmd->add_option("--threads", threads, "Worker threads; 0 = all cores")
        ->check(CLI::NonNegativeNumber);
}

namespace {

// UTF-8 lead bytes: "€" and "ü" are one column each.
std::size_t displayColumns(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

} // namespace

std::vector<double> parseNumberList(const std::string& option, const std::string& text) {
    std::vector<double> values;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, comma - start);
        char* end = nullptr;
        errno = 0;
        const double v = std::strtod(item.c_str(), &end);
        if (item.empty() || end != item.c_str() + item.size() || errno != 0 || !std::isfinite(v)) {
            throw CliError(kExitInvalidInput, option + ": not a number: '" + item + "'");
        }
        values.push_back(v);
        start = comma + 1;
    }
    return values;
}

namespace {

std::size_t findPolicy(const Scenario& scenario, const std::string& option, const std::string& id) {
    std::string ids;
    for (std::size_t p = 0; p < scenario.insurance.size(); ++p) {
        if (scenario.insurance[p].id == id) {
            return p;
        }
        ids += (ids.empty() ? "" : ", ") + scenario.insurance[p].id;
    }
    throw CliError(kExitInvalidInput,
                   option + ": the scenario has no policy '" + id + "'" +
                       (ids.empty() ? " (it has no policies)" : " (its policies: " + ids + ")"));
}

} // namespace

SweepRequest parseSweepRequest(const SweepOptionText& text, const std::string& policyOption,
                               const Scenario& scenario) {
    SweepRequest request;
    request.policy = findPolicy(scenario, policyOption, text.policy);
    request.limits = parseNumberList("--limits", text.limits);
    for (double v : request.limits) {
        if (!(v > 0)) {
            throw CliError(kExitInvalidInput, fmt::format("--limits: must be > 0, got {}", v));
        }
    }
    if (!text.deductibles.empty()) {
        request.deductibles = parseNumberList("--deductibles", text.deductibles);
        for (double v : request.deductibles) {
            if (v < 0) {
                throw CliError(kExitInvalidInput,
                               fmt::format("--deductibles: must be >= 0, got {}", v));
            }
        }
    }
    const std::size_t perLimit = std::max<std::size_t>(1, request.deductibles.size());
    const std::size_t optionCount = request.limits.size() * perLimit;
    if (!text.premiums.empty()) {
        request.premiums = parseNumberList("--premiums", text.premiums);
        if (request.premiums.size() != optionCount) {
            throw CliError(kExitInvalidInput,
                           fmt::format("--premiums: need one per option ({} limits x {} "
                                       "deductibles = {}, limit by limit), got {}",
                                       request.limits.size(), perLimit, optionCount,
                                       request.premiums.size()));
        }
        for (double v : request.premiums) {
            if (v < 0) {
                throw CliError(kExitInvalidInput,
                               fmt::format("--premiums: must be >= 0, got {}", v));
            }
        }
    }
    const std::vector<double> target = parseNumberList("--target", text.target);
    if (target.size() != 1 || !(target[0] > 0 && target[0] < 1)) {
        throw CliError(kExitInvalidInput,
                       "--target: must be one number within (0, 1), got " + text.target);
    }
    request.target = target[0];
    return request;
}

Language parseLanguage(const std::string& code) {
    const auto language = languageFromCode(code);
    if (!language) {
        throw CliError(kExitInvalidInput, "--lang: must be en or de, got " + code);
    }
    return *language;
}

void checkIterations(const std::optional<std::uint64_t>& iterations) {
    if (iterations && (*iterations < 1 || *iterations > 100'000'000)) {
        throw CliError(kExitInvalidInput, "--iterations: must be within [1, 100000000], got " +
                                              std::to_string(*iterations));
    }
}

std::unique_ptr<AtomicFile> openOutputFile(const std::string& path) {
    if (path.empty()) {
        return nullptr;
    }
    try {
        return std::make_unique<AtomicFile>(path);
    } catch (const std::exception& e) {
        throw CliError(kExitRuntime, e.what());
    }
}

void commitOutputFile(AtomicFile& file, const std::string& bytes) {
    try {
        file.write(bytes);
        file.commit();
    } catch (const std::exception& e) {
        throw CliError(kExitRuntime, e.what());
    }
}

InteractiveRun::InteractiveRun() : m_progress(std::make_shared<ProgressReporter>()) {
    installInterruptHandler();
}

RunOptions InteractiveRun::options(std::uint64_t iterations, std::uint64_t seed, unsigned threads) {
    RunOptions options;
    options.iterations = iterations;
    options.seed = seed;
    options.threads = threads;
    options.stop = m_stop.get_token();
    options.progress = [progress = m_progress, stop = m_stop](std::uint64_t done,
                                                              std::uint64_t total) mutable {
        if (interrupted()) {
            stop.request_stop();
        }
        progress->update(done, total);
    };
    return options;
}

void InteractiveRun::finish() {
    m_progress->finish();
    if (interrupted()) {
        throw CliError(kExitInterrupted, "interrupted; nothing was written");
    }
}

std::string formatTable(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], displayColumns(row[c]));
        }
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0) {
                line += "  ";
            }
            const std::string fill(widths[c] - displayColumns(row[c]), ' ');
            line += c == 0 ? row[c] + fill : fill + row[c];
        }
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        out += line + "\n";
    }
    return out;
}

} // namespace cr::cli
