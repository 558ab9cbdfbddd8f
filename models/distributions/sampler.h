// Fast direct sampling: a Sampler precomputes what a distribution needs once, then draws cheaply.
//
// Direct methods only (Ziggurat normal, Marsaglia-Tsang gamma, beta from gammas, PTRS Poisson,
// BTRD binomial, alias tables for discrete): never quantile inversion of Boost.Math objects,
// which costs microseconds per draw.
#pragma once

#include "distributions/distribution.h"
#include "distributions/rng.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace cr {

// Draws for parameters that change from draw to draw (counts of assets, people).
std::uint64_t sampleBinomial(Rng& rng, std::uint64_t n, double p);
std::uint64_t samplePoisson(Rng& rng, double lambda);
double sampleGamma(Rng& rng, double shape, double scale);
double sampleBeta(Rng& rng, double alpha, double beta);

class Sampler {
public:
    Sampler() = default;                     // Fixed 0
    explicit Sampler(const Distribution& d); // requires checkParameters(d) to be empty
    double operator()(Rng& rng) const {
        const double v = draw(rng);
        if (m_hooked) [[unlikely]] {
            return hooked(v);
        }
        return v;
    }
    // True when every draw returns the same value (no random numbers are consumed then).
    bool isConstant() const { return m_kind == Kind::Constant; }
    double constantValue() const { return m_a; }
    // The distribution this sampler was built from (its address), for the draw probe.
    const Distribution* source() const { return m_source; }
    // Reports every draw to the thread's DrawRecorder under `index` (-1: no reporting).
    void setProbe(int index) {
        m_probe = index;
        m_hooked = m_probe >= 0 || m_fixed;
    }
    // Every draw returns `value` instead, after consuming the random numbers it would have, so
    // all later draws line up with a run without the override (the tornado's common random
    // numbers). nullopt removes the override.
    void setFixed(std::optional<double> value) {
        m_fixed = value;
        m_hooked = m_probe >= 0 || m_fixed;
    }

private:
    double draw(Rng& rng) const;
    double hooked(double drawn) const; // the probe and the override, off the fast path
    static void noteDraw(int index, double value);

    enum class Kind {
        Constant,
        Uniform,
        Triangular,
        Beta,
        Normal,
        TruncatedNormal,
        Lognormal,
        Gamma,
        Pareto,
        Lomax,
        Poisson,
        Binomial,
        NegBinomial,
        Bernoulli,
        Discrete
    };
    // Constructor steps with more than a few lines of set-up (sampler.cpp).
    void setBeta(double alpha, double beta, double offset, double width);
    void setNormal(const Normal& n);
    void setDiscrete(const Discrete& d);

    Kind m_kind = Kind::Constant;
    // Precomputed constants; their meaning depends on m_kind (see sampler.cpp).
    double m_a = 0, m_b = 0, m_c = 0, m_d = 0, m_e = 0;
    double m_f = 0, m_g = 0, m_h = 0;
    int m_variant = 0; // a sub-method within m_kind (truncated-normal proposal, beta in logs)
    std::vector<double> m_aliasProb;
    std::vector<std::uint32_t> m_alias;
    std::vector<double> m_values;
    const Distribution* m_source = nullptr;
    int m_probe = -1;
    std::optional<double> m_fixed;
    bool m_hooked = false; // a probe or an override is set
};

// The first draw of each probed input in the current iteration (NaN: not drawn), filled by
// samplers with a probe on the thread that installed it (the sensitivity analysis).
struct DrawRecorder {
    std::vector<double> firstDraw;
};
// Installs `recorder` for the calling thread (nullptr: none).
void setThreadDrawRecorder(DrawRecorder* recorder);

} // namespace cr
