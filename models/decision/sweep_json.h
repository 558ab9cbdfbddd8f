// The sweep document (FORMAT.md "Sweep document") and the recommendation sentence.
#pragma once

#include "decision/cover_options.h"
#include "format/number_format.h"

#include <nlohmann/json.hpp>

#include <string>

namespace cr {

inline constexpr const char* kSweepFormat = "changerisk-sweep";
inline constexpr int kSweepVersion = 1;

// Keys in FORMAT.md order; non-finite numbers and missing premiums are null.
nlohmann::ordered_json sweepDocument(const Scenario& scenario, const std::string& scenarioSha256,
                                     const SweepResult& sweep);

// The sentence the report prints under the table, e.g. "Recommended: a per-claim limit of
// €1,000,000 (aggregate €2,000,000). The probability that a claim exceeds the limit is 0.42 %,
// below the target of 1 %."
std::string recommendationSentence(const Scenario& scenario, const SweepResult& sweep,
                                   Language language);

} // namespace cr
