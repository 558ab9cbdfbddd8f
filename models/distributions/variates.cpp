// Gamma (Marsaglia-Tsang), beta (two gammas), Poisson (inversion / PTRS) and binomial
// (inversion / BTRD) variates, and the free sample* functions built on them.
#include "distributions/variates.h"
#include "distributions/sampler.h"

#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace cr {

namespace detail {

namespace {

const double kHalfLog2Pi = 0.5 * std::log(2 * std::numbers::pi);

// Stirling's approximation without its correction term: ln k! ~ (k+1/2)ln(k+1) - (k+1) + ...
double stirlingBase(double k) {
    return (k + 0.5) * std::log(k + 1) - (k + 1) + kHalfLog2Pi;
}

// fc(k) = ln k! - stirlingBase(k), Hoermann's correction term; exact table for k < 10.
double stirlingCorrection(double k) {
    static const std::array<double, 10> table = [] {
        std::array<double, 10> t{};
        double logFact = 0;
        for (int k = 0; k < 10; ++k) {
            logFact += k > 0 ? std::log(static_cast<double>(k)) : 0;
            t[k] = logFact - stirlingBase(k);
        }
        return t;
    }();
    if (k < 10) {
        return table[static_cast<int>(k)];
    }
    // 1/(12m) - 1/(360m^3) + 1/(1260m^5) - 1/(1680m^7), m = k + 1: error < 1e-13 for k >= 10.
    const double m = k + 1;
    const double m2 = m * m;
    return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - 1.0 / (1680 * m2)) / m2) / m2) / m;
}

// Largest count we return; beyond it the cast from double would overflow.
constexpr double kMaxCount = 1.8e19;

std::uint64_t toCount(double k) {
    return k >= kMaxCount ? std::numeric_limits<std::uint64_t>::max()
                          : static_cast<std::uint64_t>(k);
}

std::uint64_t poissonInversion(Rng& rng, double lambda, double expMinusLambda) {
    // Sequential search of the cdf; about lambda + 1 steps, lambda < 10.
    for (;;) {
        double u = rng.uniform();
        double term = expMinusLambda;
        std::uint64_t k = 0;
        while (u > term) {
            u -= term;
            ++k;
            term *= lambda / static_cast<double>(k);
            if (term < 1e-300) {
                break; // rounding left u above the whole mass: draw again
            }
        }
        if (u <= term) {
            return k;
        }
    }
}

std::uint64_t poissonPtrs(Rng& rng, const PoissonSetup& s) {
    for (;;) {
        const double u = rng.uniform() - 0.5;
        const double v = rng.uniformOpen();
        const double us = 0.5 - std::fabs(u);
        const double k = std::floor((2 * s.a / us + s.b) * u + s.lambda + 0.43);
        if (us >= 0.07 && v <= s.vr) {
            return toCount(k); // immediate acceptance, most draws
        }
        if (k < 0 || (us < 0.013 && v > us)) {
            continue;
        }
        if (std::log(v) + s.logInvAlpha - std::log(s.a / (us * us) + s.b) <=
            -s.lambda + k * s.logLambda - logFactorial(k)) {
            return toCount(k);
        }
    }
}

// Binomial with n*p < ~10 and p <= 0.5: sequential inversion from 0 (mean + 1 steps).
std::uint64_t binomialInversion(Rng& rng, double n, double p) {
    const double q = 1 - p;
    const double ratio = p / q;
    const double np1 = (n + 1) * ratio;
    const double p0 = std::exp(n * std::log1p(-p));
    for (;;) {
        double u = rng.uniform();
        double term = p0;
        double k = 0;
        while (u > term) {
            u -= term;
            ++k;
            if (k > n) {
                break;
            }
            term *= np1 / k - ratio; // P(k)/P(k-1) = (n-k+1)/k * p/q
        }
        if (k <= n && u <= term) {
            return static_cast<std::uint64_t>(k);
        }
    }
}

// BTRD (Hoermann 1993, "The generation of binomial random variates"), for n*p >= 10, p <= 0.5.
// Step numbers follow the paper.
std::uint64_t binomialBtrd(Rng& rng, double n, double p) {
    const double q = 1 - p;
    const double m = std::floor((n + 1) * p);
    const double r = p / q;
    const double nr = (n + 1) * r;
    const double npq = n * p * q;
    const double spq = std::sqrt(npq);
    const double b = 1.15 + 2.53 * spq;
    const double a = -0.0873 + 0.0248 * b + 0.01 * p;
    const double c = n * p + 0.5;
    const double alpha = (2.83 + 5.1 / b) * spq;
    const double vr = 0.92 - 4.2 / b;
    const double urvr = 0.86 * vr;
    for (;;) {
        // 1: immediate acceptance from the centre of the hat.
        double v = rng.uniform();
        double u;
        if (v <= urvr) {
            u = v / vr - 0.43;
            return static_cast<std::uint64_t>(
                std::floor((2 * a / (0.5 - std::fabs(u)) + b) * u + c));
        }
        // 2: generate U and V for the rest of the hat.
        if (v >= vr) {
            u = rng.uniform() - 0.5;
        } else {
            u = v / vr - 0.93;
            u = std::copysign(0.5, u) - u;
            v = rng.uniform() * vr;
        }
        // 3.0
        const double us = 0.5 - std::fabs(u);
        const double k = std::floor((2 * a / us + b) * u + c);
        if (k < 0 || k > n) {
            continue;
        }
        v = v * alpha / (a / (us * us) + b);
        const double km = std::fabs(k - m);
        if (km <= 15) {
            // 3.1: f(k)/f(m) by the recursion of the probabilities.
            double f = 1;
            if (m < k) {
                for (double i = m + 1; i <= k; ++i) {
                    f *= nr / i - r;
                }
            } else {
                for (double i = k + 1; i <= m; ++i) {
                    v *= nr / i - r;
                }
            }
            if (v <= f) {
                return static_cast<std::uint64_t>(k);
            }
            continue;
        }
        // 3.2: squeeze on ln f(k)/f(m).
        v = std::log(v);
        const double rho = (km / npq) * (((km / 3 + 0.625) * km + 1.0 / 6) / npq + 0.5);
        const double t = -km * km / (2 * npq);
        if (v < t - rho) {
            return static_cast<std::uint64_t>(k);
        }
        if (v > t + rho) {
            continue;
        }
        // 3.3 and 3.4: the exact test through Stirling corrections.
        const double nm = n - m + 1;
        const double h = (m + 0.5) * std::log((m + 1) / (r * nm)) + stirlingCorrection(m) +
                         stirlingCorrection(n - m);
        const double nk = n - k + 1;
        if (v <= h + (n + 1) * std::log(nm / nk) + (k + 0.5) * std::log(nk * r / (k + 1)) -
                     stirlingCorrection(k) - stirlingCorrection(n - k)) {
            return static_cast<std::uint64_t>(k);
        }
    }
}

} // namespace

double logFactorial(double k) {
    return stirlingBase(k) + stirlingCorrection(k);
}

GammaSetup gammaSetup(double shape) {
    GammaSetup s;
    const double boosted = shape < 1 ? shape + 1 : shape;
    s.d = boosted - 1.0 / 3;
    s.c = 1 / std::sqrt(9 * s.d);
    s.invShape = shape < 1 ? 1 / shape : 0;
    return s;
}

namespace {

// Marsaglia-Tsang for shape >= 1 (after the boost): returns d*v.
double marsagliaTsang(Rng& rng, const GammaSetup& s) {
    for (;;) {
        double x, v;
        do {
            x = rng.normal();
            v = 1 + s.c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = rng.uniformOpen();
        const double x2 = x * x;
        if (u < 1 - 0.0331 * x2 * x2) {
            return s.d * v; // squeeze
        }
        if (std::log(u) < 0.5 * x2 + s.d * (1 - v + std::log(v))) {
            return s.d * v;
        }
    }
}

} // namespace

double gammaDraw(Rng& rng, const GammaSetup& s) {
    const double g = marsagliaTsang(rng, s);
    return s.invShape > 0 ? g * std::pow(rng.uniformOpen(), s.invShape) : g;
}

double logGammaDraw(Rng& rng, const GammaSetup& s) {
    const double logG = std::log(marsagliaTsang(rng, s));
    return s.invShape > 0 ? logG + std::log(rng.uniformOpen()) * s.invShape : logG;
}

PoissonSetup poissonSetup(double lambda) {
    PoissonSetup s;
    s.lambda = lambda;
    if (lambda < kPoissonPtrsFrom) {
        s.expMinusLambda = std::exp(-lambda);
        return s;
    }
    const double sqrtLambda = std::sqrt(lambda);
    s.logLambda = std::log(lambda);
    s.b = 0.931 + 2.53 * sqrtLambda;
    s.a = -0.059 + 0.02483 * s.b;
    s.logInvAlpha = std::log(1.1239 + 1.1328 / (s.b - 3.4));
    s.vr = 0.9277 - 3.6224 / (s.b - 2);
    return s;
}

std::uint64_t poissonDraw(Rng& rng, const PoissonSetup& s) {
    if (!(s.lambda > 0)) {
        return 0;
    }
    if (s.lambda < kPoissonPtrsFrom) {
        return poissonInversion(rng, s.lambda, s.expMinusLambda);
    }
    return poissonPtrs(rng, s);
}

} // namespace detail

std::uint64_t sampleBinomial(Rng& rng, std::uint64_t n, double p) {
    if (n == 0 || !(p > 0)) {
        return 0;
    }
    if (p >= 1) {
        return n;
    }
    const double nd = static_cast<double>(n);
    // By symmetry work with p <= 0.5, where both methods are designed to run.
    const bool flip = p > 0.5;
    const double pp = flip ? 1 - p : p;
    const std::uint64_t k =
        nd * pp < 10 ? detail::binomialInversion(rng, nd, pp) : detail::binomialBtrd(rng, nd, pp);
    return flip ? n - k : k;
}

std::uint64_t samplePoisson(Rng& rng, double lambda) {
    return detail::poissonDraw(rng, detail::poissonSetup(lambda));
}

double sampleGamma(Rng& rng, double shape, double scale) {
    return detail::gammaDraw(rng, detail::gammaSetup(shape)) * scale;
}

double sampleBeta(Rng& rng, double alpha, double beta) {
    const auto a = detail::gammaSetup(alpha);
    const auto b = detail::gammaSetup(beta);
    if (alpha < 1 || beta < 1) {
        // In log space: both gammas can underflow to 0 for small shapes.
        const double la = detail::logGammaDraw(rng, a);
        const double lb = detail::logGammaDraw(rng, b);
        return 1 / (1 + std::exp(lb - la));
    }
    const double x = detail::gammaDraw(rng, a);
    return x / (x + detail::gammaDraw(rng, b));
}

} // namespace cr
