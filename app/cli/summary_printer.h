// The human-readable summary `simulate` prints, read from the result document.
#pragma once

#include "format/number_format.h"
#include "scenario/scenario.h"

#include <nlohmann/json.hpp>

#include <string>

namespace cr::cli {

// Every figure comes from `result` (FORMAT.md), so the summary and the document agree.
std::string formatSummary(const Scenario& scenario, const nlohmann::ordered_json& result,
                          Language language);

// Pads `text` to `width` display columns (UTF-8 aware: "€" and "ü" are one column each).
std::string padRight(const std::string& text, std::size_t width);
std::string padLeft(const std::string& text, std::size_t width);

} // namespace cr::cli
