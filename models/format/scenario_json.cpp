// Entry points for scenario documents: text or file -> parse -> map -> validate -> one
// InputError carrying every problem in document order.
#include "format/scenario_json.h"

#include "format/json_document.h"
#include "format/scenario_io.h"
#include "scenario/validate.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

namespace cr {

namespace {

constexpr std::size_t kMaxFileBytes = 64u << 20; // 64 MiB; real scenarios are a few KiB

// True when `where` is `base` or lies below it.
bool isAtOrBelow(const std::string& where, const std::string& base) {
    return where.size() >= base.size() && where.compare(0, base.size(), base) == 0 &&
           (where.size() == base.size() || where[base.size()] == '/');
}

// Maps and validates; problems get appended. A field the reader could not read keeps its
// (valid) default, so the validator would only repeat the reader at the same place or judge a
// placeholder below it: such validator problems are dropped.
Scenario mapAndValidate(const nlohmann::json& document, Problems& problems) {
    const std::size_t firstReaderProblem = problems.size();
    auto scenario = jsonio::readScenarioDocument(problems, document);
    if (!scenario) {
        return Scenario{};
    }
    std::set<std::string> readerPointers;
    for (std::size_t i = firstReaderProblem; i < problems.size(); ++i) {
        readerPointers.insert(problems[i].where);
    }
    for (auto& p : validateScenario(*scenario)) {
        bool repeated = false;
        for (const auto& base : readerPointers) {
            repeated = repeated || isAtOrBelow(p.where, base);
        }
        if (!repeated) {
            problems.push_back(std::move(p));
        }
    }
    return std::move(*scenario);
}

[[noreturn]] void cannotRead(const std::string& reason) {
    throw InputError({{"", "cannot read file: " + reason}});
}

} // namespace

Scenario readScenario(std::string_view jsonText) {
    ParsedJson parsed = parseJson(jsonText);
    if (parsed.failed) {
        throw InputError(std::move(parsed.problems));
    }
    Problems problems = std::move(parsed.problems); // duplicate keys, if any
    Scenario scenario = mapAndValidate(parsed.value, problems);
    if (!problems.empty()) {
        sortByDocumentOrder(problems, jsonText);
        throw InputError(std::move(problems));
    }
    return scenario;
}

Scenario scenarioFromJson(const nlohmann::json& document) {
    Problems problems;
    Scenario scenario = mapAndValidate(document, problems);
    if (!problems.empty()) {
        throw InputError(std::move(problems));
    }
    return scenario;
}

Scenario readScenarioFile(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        cannotRead("it is a directory");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        cannotRead(std::strerror(errno));
    }
    // Read in chunks up to the limit rather than trusting the size: pipes and devices have none.
    std::string text;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxFileBytes) {
            cannotRead("the file is larger than 64 MiB; a scenario is a few kilobytes");
        }
    }
    if (in.bad()) {
        cannotRead(std::strerror(errno));
    }
    return readScenario(text);
}

nlohmann::json scenarioToJson(const Scenario& scenario) {
    return nlohmann::json(jsonio::writeScenarioDocument(scenario));
}

std::string writeScenario(const Scenario& scenario) {
    return jsonio::writeScenarioDocument(scenario).dump(2) + "\n";
}

} // namespace cr
