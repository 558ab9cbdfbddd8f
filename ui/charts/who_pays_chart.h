// Who pays: the operator's and the contractor's own share, each insurer's payments and the
// uninsured rest, on average and in a 1-in-100 outcome (each party's own 0.99 quantile).
//
// Series for tests and the report: bar sets "mean" and "one_in_100" of one horizontal bar
// series; the category axis lists ResultFigures::whoPays() labels, the first at the top.
#pragma once

#include "format/number_format.h"
#include "scenario/scenario.h"

#include <nlohmann/json.hpp>

class QChart;

namespace cr::ui {

// A new chart (caller owns it).
QChart* createWhoPaysChart(const Scenario& scenario, const nlohmann::ordered_json& document,
                           Language language);

} // namespace cr::ui
