// Who pays what of an incident before insurance: contractor fault, liability cap, rework.
#pragma once

#include "distributions/rng.h"
#include "engine/claims.h"
#include "engine/compiled_scenario.h"

namespace cr {

struct Liability {
    CategoryAmounts byCategory{}; // what the contractor pays back to the operator, liability_c
    double rework = 0;            // the contractor's own unpaid effort (category rework)
    bool atFault = false;
};

// MODEL.md "Liability" steps 2-3 for one incident whose operator loss by category is `loss`.
Liability assignLiability(const CompiledScenario& scenario, const CategoryAmounts& loss, Rng& rng);

} // namespace cr
