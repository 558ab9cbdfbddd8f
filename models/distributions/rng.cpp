// xoshiro256++ (Blackman & Vigna), SplitMix64 seeding, and Ziggurat normal/exponential variates.
#include "distributions/rng.h"

#include <array>
#include <cmath>
#include <numbers>

namespace cr {

namespace {

constexpr std::uint64_t kGolden = 0x9e3779b97f4a7c15ULL;

// SplitMix64's output function: a bijective 64-bit mixer with full avalanche.
constexpr std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

// Ziggurat tables (Marsaglia & Tsang 2000) with 256 layers of equal area v under f.
// x[0] = v / f(r) is the width of the base layer's rectangle-plus-tail stand-in, x[1] = r,
// x[256] = 0; y[i] = f(x[i]). Built once at first use (thread-safe function-local static).
constexpr int kLayers = 256;
struct Ziggurat {
    std::array<double, kLayers + 1> x{};
    std::array<double, kLayers + 1> y{};
};

// For a trial r, the layer construction ends where the curve's top should be. Returns the
// top-most height reached minus f(0): < 0 if r is too large, > 0 (or NaN) if too small.
template <class F, class FInv, class Tail>
double zigguratMismatch(double r, F f, FInv fInv, Tail tail, Ziggurat* out) {
    const double v = r * f(r) + tail(r);
    double x = r;
    if (out) {
        out->x[0] = v / f(r);
        out->x[1] = r;
    }
    for (int i = 2; i < kLayers; ++i) {
        const double height = v / x + f(x);
        if (!(height < f(0))) {
            return 1; // reached the top too early: r too small
        }
        x = fInv(height);
        if (out) {
            out->x[i] = x;
        }
    }
    return v / x + f(x) - f(0);
}

// r is found by bisection so the tables close exactly in double precision.
template <class F, class FInv, class Tail>
Ziggurat buildZiggurat(double lo, double hi, F f, FInv fInv, Tail tail) {
    for (int iteration = 0; iteration < 200 && hi - lo > 1e-15 * hi; ++iteration) {
        const double mid = (lo + hi) / 2;
        const double m = zigguratMismatch(mid, f, fInv, tail, nullptr);
        (m > 0 || std::isnan(m) ? lo : hi) = mid;
    }
    Ziggurat z;
    zigguratMismatch(hi, f, fInv, tail, &z);
    z.x[kLayers] = 0;
    for (int i = 0; i <= kLayers; ++i) {
        z.y[i] = f(z.x[i]);
    }
    return z;
}

const Ziggurat& normalZiggurat() {
    static const Ziggurat z = buildZiggurat(
        3.0, 4.0, [](double x) { return std::exp(-x * x / 2); },
        [](double y) { return std::sqrt(-2 * std::log(y)); },
        [](double r) {
            return std::sqrt(std::numbers::pi / 2) * std::erfc(r / std::numbers::sqrt2);
        });
    return z;
}

const Ziggurat& exponentialZiggurat() {
    static const Ziggurat z = buildZiggurat(
        6.0, 9.0, [](double x) { return std::exp(-x); }, [](double y) { return -std::log(y); },
        [](double r) { return std::exp(-r); });
    return z;
}

} // namespace

Rng::Rng(std::uint64_t seed) {
    // SplitMix64 stream, as the xoshiro authors recommend for filling the state.
    std::uint64_t z = seed;
    for (auto& s : m_s) {
        z += kGolden;
        s = mix64(z);
    }
}

Rng Rng::forStream(std::uint64_t seed, std::uint64_t stream) {
    return RngStreams(seed).stream(stream);
}

// Every state word hashes (seed, stream, word) through two SplitMix64 rounds, so nearby seeds
// or streams give unrelated 256-bit states; overlaps of such randomly placed sequences in a
// 2^256 period are negligible.
RngStreams::RngStreams(std::uint64_t seed) : m_seedKey(mix64(seed + kGolden)) {
    for (int i = 0; i < 4; ++i) {
        const std::uint64_t word = static_cast<std::uint64_t>(i + 1) * kGolden;
        m_seedWord[i] = mix64(seed ^ rotl(word, 17));
    }
}

Rng RngStreams::stream(std::uint64_t stream) const {
    Rng rng;
    for (int i = 0; i < 4; ++i) {
        const std::uint64_t word = static_cast<std::uint64_t>(i + 1) * kGolden;
        rng.m_s[i] = mix64(m_seedKey ^ mix64(stream + word)) ^ m_seedWord[i];
    }
    if ((rng.m_s[0] | rng.m_s[1] | rng.m_s[2] | rng.m_s[3]) == 0) {
        rng.m_s[0] = kGolden; // the one state xoshiro cannot leave
    }
    return rng;
}

std::uint64_t Rng::next() {
    const std::uint64_t result = rotl(m_s[0] + m_s[3], 23) + m_s[0];
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Rng::uniform() {
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Rng::uniformOpen() {
    return (static_cast<double>(next() >> 12) + 0.5) * 0x1.0p-52;
}

double Rng::normal() {
    const Ziggurat& z = normalZiggurat();
    for (;;) {
        const std::uint64_t bits = next();
        // Layer from the low 8 bits, signed abscissa from the top 53: disjoint bits, so the
        // layer and the position are independent (the flaw Doornik found in the original).
        const int i = static_cast<int>(bits & 0xff);
        const double u = static_cast<double>(static_cast<std::int64_t>(bits) >> 11) * 0x1.0p-52;
        const double x = u * z.x[i];
        if (std::fabs(x) < z.x[i + 1]) {
            return x; // inside the rectangle wholly under the curve: ~99 % of draws
        }
        if (i == 0) {
            // Tail beyond r: Marsaglia's method with two exponentials.
            const double r = z.x[1];
            double tx, ty;
            do {
                tx = -std::log(uniformOpen()) / r;
                ty = -std::log(uniformOpen());
            } while (2 * ty < tx * tx);
            return u < 0 ? -(r + tx) : r + tx;
        }
        // Wedge: accept if a uniform height under layer i falls below the curve.
        const double y = z.y[i] + uniform() * (z.y[i + 1] - z.y[i]);
        if (y < std::exp(-x * x / 2)) {
            return x;
        }
    }
}

double Rng::exponential() {
    const Ziggurat& z = exponentialZiggurat();
    double shift = 0; // the tail beyond r is r + Exp(1) again (memorylessness)
    for (;;) {
        const std::uint64_t bits = next();
        const int i = static_cast<int>(bits & 0xff);
        const double u = static_cast<double>(bits >> 11) * 0x1.0p-53;
        const double x = u * z.x[i];
        if (x < z.x[i + 1]) {
            return shift + x;
        }
        if (i == 0) {
            shift += z.x[1];
            continue;
        }
        const double y = z.y[i] + uniform() * (z.y[i + 1] - z.y[i]);
        if (y < std::exp(-x)) {
            return shift + x;
        }
    }
}

} // namespace cr
