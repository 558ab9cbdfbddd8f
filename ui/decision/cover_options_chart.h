// Cover options chart: the holder's expected uninsured amount (and with the premium, when
// premiums were given) against the sum insured on a log axis, with P(claim > limit) on a
// second axis. One line per deductible when several were swept.
#pragma once

#include "decision/cover_options.h"
#include "format/number_format.h"
#include "scenario/scenario.h"

class QChart;

namespace cr::ui {

// Series object names: "uninsured.<d>", "uninsured_plus_premium.<d>", "p_claim_capped.<d>"
// with d the deductible's index in the sweep (0 when the policy's own); points are
// (log10 of the limit, value), by limit. The caller owns the chart.
QChart* createCoverOptionsChart(const Scenario& scenario, const SweepResult& sweep,
                                Language language);

} // namespace cr::ui
