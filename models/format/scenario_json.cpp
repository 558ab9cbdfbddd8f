// Entry points for scenario documents: text or file -> parse -> map -> validate -> one
// InputError carrying every problem in document order.
#include "format/scenario_json.h"

#include "format/json_document.h"
#include "format/scenario_io.h"
#include "scenario/validate.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

namespace cr {

namespace {

constexpr std::size_t kMaxFileBytes = 64u << 20; // 64 MiB; real scenarios are a few KiB

// True when `where` or one of its ancestors is in `pointers`.
bool isAtOrBelowAny(const std::string& where, const std::set<std::string>& pointers) {
    for (std::size_t cut = where.size();; cut = where.rfind('/', cut - 1)) {
        if (pointers.count(where.substr(0, cut))) {
            return true;
        }
        if (cut == 0 || cut == std::string::npos) {
            return false;
        }
    }
}

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// True for a problem that leaves an asset group's id unknown: the groups, a group or its id.
bool namesAssetGroup(const std::string& where) {
    const std::string groups = "/environment/asset_groups";
    if (where == "/environment" || where == groups) {
        return true;
    }
    if (!startsWith(where, groups + "/")) {
        return false;
    }
    const std::string rest = where.substr(groups.size() + 1); // "3" or "3/id" or "3/count"
    const auto slash = rest.find('/');
    return slash == std::string::npos || rest.substr(slash) == "/id";
}

// Maps and validates; problems get appended. A field the reader could not read keeps its
// (valid) default, so the validator would only repeat the reader or judge a placeholder: its
// problems at or below a reader problem are dropped, and so are the two cross-field
// consequences of an unreadable field (targets when the asset groups could not be read, the
// contractor conflicts when contract.contractor could not be read).
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
    const bool groupsUnread = std::any_of(readerPointers.begin(), readerPointers.end(),
                                          [](const std::string& w) { return namesAssetGroup(w); });
    const bool contractorUnread =
        readerPointers.count("/contract") > 0 || readerPointers.count("/contract/contractor") > 0;
    for (auto& p : validateScenario(*scenario)) {
        const bool consequence =
            (groupsUnread && startsWith(p.where, "/change/targets/")) ||
            (contractorUnread &&
             ((startsWith(p.where, "/insurance/") && endsWith(p.where, "/holder")) ||
              (startsWith(p.where, "/loss_lines/") && endsWith(p.where, "/bearer"))));
        if (!consequence && !isAtOrBelowAny(p.where, readerPointers)) {
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
    const char* tooLarge = "the file is larger than 64 MiB; a scenario is a few kilobytes";
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        cannotRead("it is a directory");
    }
    const auto size = std::filesystem::file_size(path, ec); // fails for pipes: read then
    if (!ec && size > kMaxFileBytes) {
        cannotRead(tooLarge);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        cannotRead(std::strerror(errno));
    }
    // Read in chunks up to the limit rather than trusting the size: pipes and devices have none.
    std::string text;
    if (!ec) {
        text.reserve(size);
    }
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxFileBytes) {
            cannotRead(tooLarge);
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
