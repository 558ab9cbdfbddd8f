// Safeguards chart: the change in expected total loss each safeguard brings, as horizontal
// bars (a reduction points left), from the figures of SafeguardsPage (the scenario as it is
// first).
#pragma once

#include "decision/comparison.h"
#include "format/number_format.h"

#include <string>
#include <vector>

class QChart;

namespace cr::ui {

// The bar set is named "change"; its values are figures[i].expectedTotalLoss −
// figures[0].expectedTotalLoss for i ≥ 1, in the figures' order from the top.
QChart* createSafeguardsChart(const std::vector<cr::KeyFigures>& figures,
                              const std::string& currency, Language language);

} // namespace cr::ui
