// Tornado chart: for each uncertain input a horizontal bar from the expected figure with the
// input at its 10th percentile to the one at its 90th, around the scenario's own figure,
// largest swing on top.
#pragma once

#include "decision/sensitivity.h"
#include "format/number_format.h"
#include "scenario/scenario.h"

#include <QString>

#include <vector>

class QChart;

namespace cr::ui {

enum class TornadoMeasure { TotalLoss, Uninsured };

// The bars of `result` ordered by the swing of `measure`, largest first (ties keep the model's
// order).
std::vector<TornadoBar> tornadoOrder(const SensitivityResult& result, TornadoMeasure measure);

// The value of `measure` at the input's 10th / 90th percentile, and the scenario's own.
double atLow(const TornadoBar& bar, TornadoMeasure measure);
double atHigh(const TornadoBar& bar, TornadoMeasure measure);
double baseValue(const SensitivityResult& result, TornadoMeasure measure);

// At most `maxBars` bars (the largest swings). Bar k (0 = top) is drawn by two area series
// named "bar.<k>.p10" and "bar.<k>.p90", each spanning from the base value to the value at
// that percentile (their upper line's x values); their property "input" holds the JSON
// pointer. The caller owns the chart.
QChart* createTornadoChart(const Scenario& scenario, const SensitivityResult& result,
                           TornadoMeasure measure, Language language, int maxBars = 12);

} // namespace cr::ui
