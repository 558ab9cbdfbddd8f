// Histogram of the total loss given an incident: the document's log-spaced bins
// (series.total_loss.given_incident.histogram) as the share of incidents in each bin, on a log
// amount axis, with a line at the average loss given an incident.
//
// Series for tests and the report: the area "histogram" whose upper line steps through
// (log10 edge_i, share_i), (log10 edge_i+1, share_i) for every bin i; the line "mean".
#pragma once

#include "format/number_format.h"
#include "scenario/scenario.h"

#include <nlohmann/json.hpp>

#include <vector>

class QChart;

namespace cr::ui {

// A new chart (caller owns it).
QChart* createLossHistogramChart(const Scenario& scenario, const nlohmann::ordered_json& document,
                                 Language language);

// The bin shares the chart plots, in bin order (read back from the "histogram" area).
std::vector<double> histogramShares(const QChart* chart);

} // namespace cr::ui
