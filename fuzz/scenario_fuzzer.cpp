// libFuzzer target: any bytes -> readScenario. An InputError is the expected answer to bad
// input; any other exception, crash, sanitizer report or failed round trip is a finding.
#include "format/scenario_json.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

[[noreturn]] void finding(const char* what, const std::string& detail) {
    std::fprintf(stderr, "FINDING: %s: %s\n", what, detail.c_str());
    std::abort();
}

// A problem names a place: a JSON pointer, "line L, column C", or "" for the file as a whole.
void checkProblems(const cr::InputError& e) {
    if (e.problems().empty()) {
        finding("InputError without problems", e.what());
    }
    for (const auto& p : e.problems()) {
        const bool placed =
            p.where.empty() || p.where.front() == '/' || p.where.rfind("line ", 0) == 0;
        if (!placed || p.message.empty()) {
            finding("problem without a place or message", p.where + ": " + p.message);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    cr::Scenario scenario;
    try {
        scenario = cr::readScenario(text);
    } catch (const cr::InputError& e) {
        checkProblems(e);
        return 0;
    }
    // A valid scenario must survive write -> read unchanged.
    const std::string written = cr::writeScenario(scenario);
    cr::Scenario again;
    try {
        again = cr::readScenario(written);
    } catch (const cr::InputError& e) {
        finding("written scenario does not read back", e.what());
    }
    if (cr::scenarioToJson(again) != cr::scenarioToJson(scenario)) {
        finding("round trip changed the scenario", written);
    }
    return 0;
}
