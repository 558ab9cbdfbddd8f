// Convergence: the running mean of the total loss after each block of iterations with its
// 95 % band (mean ± 1.96 · standard error), so users see whether enough iterations ran.
//
// Series for tests and the report: the line "mean" and the area "band" (upper and lower
// lines), x = iterations, y = amount, straight from the document's "convergence".
#pragma once

#include "format/number_format.h"
#include "scenario/scenario.h"

#include <nlohmann/json.hpp>

class QChart;

namespace cr::ui {

// 1.96: the two-sided 95 % quantile of the standard normal distribution.
inline constexpr double kBandZ = 1.959963984540054;

// A new chart (caller owns it).
QChart* createConvergenceChart(const Scenario& scenario, const nlohmann::ordered_json& document,
                               Language language);

} // namespace cr::ui
