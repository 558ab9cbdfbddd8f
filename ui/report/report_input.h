// What a consultation report is made of: the run(s), who it is for and in which language.
#pragma once

#include "format/number_format.h"
#include "scenario/scenario.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace cr::report {

// One simulated scenario with its result document (FORMAT.md "Result document").
struct ReportRun {
    Scenario scenario;
    nlohmann::ordered_json result;
    std::string label; // how the side-by-side table names it ("Run 12", a file name)
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
};

} // namespace cr::report
