// Semantic checks of a scenario value: ranges, shares, ids, waves, conflicts between fields.
#pragma once

#include "scenario/problem.h"
#include "scenario/scenario.h"

namespace cr {

// Every problem, with the JSON pointer the user must change, in document order. Empty = valid.
Problems validateScenario(const Scenario& scenario);

} // namespace cr
