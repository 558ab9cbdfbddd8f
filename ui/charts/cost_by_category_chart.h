// Expected cost by category, each bar stacked into the part insurance pays and the part the
// operator or contractor keeps (retained = category mean − insured mean).
//
// Series for tests and the report: bar sets "insured" and "retained" of one horizontal stacked
// series; the category axis lists categoryLabel() of every category with a non-zero mean,
// largest at the top.
#pragma once

#include "format/number_format.h"
#include "scenario/scenario.h"

#include <nlohmann/json.hpp>

class QChart;

namespace cr::ui {

// A new chart (caller owns it) from `document`'s "category.<c>" and "category.<c>.insured".
QChart* createCostByCategoryChart(const Scenario& scenario, const nlohmann::ordered_json& document,
                                  Language language);

} // namespace cr::ui
