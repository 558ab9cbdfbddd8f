// A zero-inflated sample: the non-zero values of a series plus how many iterations there were.
//
// Most iterations of a rare-incident scenario lose nothing, so a series keeps only its non-zero
// values (in iteration order); the zeros are implied. Every series is non-negative, and only
// iterations with an incident have non-zero values, so conditioning on "had an incident" is the
// same values with n = the number of incident iterations.
#pragma once

#include <cstdint>
#include <vector>

namespace cr {

struct ZeroInflatedSample {
    std::uint64_t n = 0;         // iterations in all, zeros included
    std::vector<double> nonzero; // the values > 0
};

} // namespace cr
