// One incident of a failure mode (MODEL.md "One incident of a failure mode", steps 1-10).
#pragma once

#include "distributions/rng.h"
#include "engine/claims.h"
#include "engine/compiled_scenario.h"

namespace cr {

// Simulates one incident of failure mode `mode` into `out` (cleared first). Returns false when
// no asset was affected: then nothing happened and `out` is all zero.
bool simulateIncident(const CompiledScenario& scenario, const CompiledFailureMode& mode, Rng& rng,
                      IncidentLoss& out);

} // namespace cr
