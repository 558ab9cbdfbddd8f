// What a consultation report is made of: the run(s), who it is for and in which language.
#pragma once

#include "decision/comparison.h"
#include "decision/cover_options.h"
#include "decision/sensitivity.h"
#include "format/number_format.h"
#include "scenario/scenario.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cr::report {

// One simulated scenario with its result document (FORMAT.md "Result document").
struct ReportRun {
    Scenario scenario;
    nlohmann::ordered_json result;
    std::string label; // how the side-by-side table names it ("Run 12", a file name)
};

// Decision analyses (issue 7) the user ran for this scenario; each present one gets its own
// section, an absent one none. The same sample as `main` is not required: each analysis states
// its own iterations and seed.
struct ReportDecisions {
    std::optional<SweepResult> coverOptions; // policy index into main.scenario.insurance
    // Safeguard variants: the first entry is the scenario as it is, each further entry one
    // variant (KeyFigures::label names the safeguard in the report's language); empty = none.
    std::vector<KeyFigures> safeguards;
    // Iterations and seed of the safeguards' runs (all variants share them); 0 iterations =
    // not given: the section then states the report's run's (`main`).
    std::uint64_t safeguardIterations = 0, safeguardSeed = 0;
    std::optional<SensitivityResult> sensitivity;
};

struct ReportInput {
    ReportRun main;
    std::optional<ReportRun> comparison; // `--compare`: shown side by side in section 5
    std::string title;                   // assessment title; empty = the scenario's name
    std::string client;                  // prepared for
    std::string preparedBy;
    std::string date; // ISO 8601 (YYYY-MM-DD); written out per language on the cover
    std::string programVersion;
    Language language = Language::English;
    ReportDecisions decisions;
};

} // namespace cr::report
