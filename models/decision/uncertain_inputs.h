// Every uncertain input of a scenario (a distribution that is not a single number), by pointer.
#pragma once

#include "scenario/scenario.h"

#include <string>
#include <vector>

namespace cr {

struct UncertainInput {
    std::string pointer; // RFC 6901, e.g. "/environment/support/contact_rate"
    Distribution* value = nullptr;
};

// In document order. Contract inputs only with a contractor; pointers into `scenario`.
std::vector<UncertainInput> uncertainInputs(Scenario& scenario);

} // namespace cr
