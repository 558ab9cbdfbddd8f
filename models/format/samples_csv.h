// Per-iteration samples as CSV (FORMAT.md `--samples`).
#pragma once

#include "engine/engine.h"

#include <string>
#include <vector>

namespace cr {

inline constexpr const char* kSamplesCsvHeader =
    "iteration,total_loss,insurance_paid,uninsured,operator_net,contractor_liability,"
    "contractor_net\n";

// Appends rows [first, last) of `samples` (iteration numbers start at 1), shortest round-trip
// decimal numbers, '.' as decimal mark whatever the language.
void appendSamplesCsv(const std::vector<SampleRow>& samples, std::size_t first, std::size_t last,
                      std::string& out);

} // namespace cr
