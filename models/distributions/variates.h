// Variate algorithms behind Sampler and the free sample* functions (internal to distributions/).
//
// Split into a set-up (done once by a Sampler) and a draw, so that a Sampler pays the logs and
// square roots of the set-up only once.
#pragma once

#include "distributions/rng.h"

#include <cstdint>

namespace cr::detail {

// ln k! for whole k >= 0: exact table below 10, Stirling series with five terms beyond.
double logFactorial(double k);

// Marsaglia & Tsang (2000) for Gamma(shape, 1). For shape < 1 it draws Gamma(shape + 1) and
// multiplies by U^(1/shape) (their "boost"); invShape is 0 when shape >= 1.
struct GammaSetup {
    double d = 0, c = 0, invShape = 0;
};
GammaSetup gammaSetup(double shape);
double gammaDraw(Rng& rng, const GammaSetup& s);
// ln of a Gamma(shape, 1) draw; does not underflow for tiny shapes (U^(1/shape) can).
double logGammaDraw(Rng& rng, const GammaSetup& s);

// Poisson: sequential inversion below kPoissonPtrsFrom, PTRS (Hoermann 1993) from there on.
constexpr double kPoissonPtrsFrom = 10;
struct PoissonSetup {
    double lambda = 0;
    double expMinusLambda = 1;                                   // inversion
    double logLambda = 0, b = 0, a = 0, logInvAlpha = 0, vr = 0; // PTRS
};
PoissonSetup poissonSetup(double lambda);
std::uint64_t poissonDraw(Rng& rng, const PoissonSetup& s);

} // namespace cr::detail
