// The probability of a normal's truncation interval, computed where it keeps its precision.
#pragma once

#include "distributions/distribution.h"

namespace cr::detail {

// Standard normal cdf Phi(z) and upper tail Q(z) = 1 - Phi(z), both exact in their own tail.
double normalCdf(double z);
double normalUpperTail(double z);

// [min, max] of a Normal in standard units, and its probability mass. A value of the form
// Q(a) - Q(b) when the interval lies above the mean, so that far-tail intervals keep their
// relative precision.
struct NormalInterval {
    double a = 0, b = 0;
    double mass = 1;
};
NormalInterval normalInterval(const Normal& n);

} // namespace cr::detail
