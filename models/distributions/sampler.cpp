// Sampler: per-distribution set-up in the constructor, cheap direct draws in operator().
#include "distributions/sampler.h"

#include "distributions/overloaded.h"
#include "distributions/truncated_normal.h"
#include "distributions/variates.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cr {

namespace {

using detail::Overloaded;

// Truncated normal proposals (in standard units, on [a, b]; intervals wholly below the mean are
// mirrored first so that a >= 0 whenever the interval misses the mean). The constructor picks
// the one with the highest acceptance rate, so no truncation needs quantile inversion:
// - NormalRejection: Z until it lands in [a, b]; acceptance = P(a <= Z <= b).
// - ExponentialTail (Robert 1995): a + Exp(alpha)/..., accept exp(-(z - alpha)^2 / 2);
//   acceptance = alpha exp(alpha a - alpha^2/2) sqrt(2 pi) P, >= 0.76 for one-sided tails.
// - UniformTail (a >= 0, b finite): uniform on [a, b], accept exp((a^2 - z^2)/2);
//   acceptance = exp(a^2/2) sqrt(2 pi) P / (b - a): narrow intervals far out.
// - UniformCentral (a < 0 < b): uniform on [a, b], accept exp(-z^2/2);
//   acceptance = sqrt(2 pi) P / (b - a): narrow intervals around the mean.
enum TruncatedMethod { kNormalRejection, kExponentialTail, kUniformTail, kUniformCentral };

const double kLogSqrt2Pi = 0.5 * std::log(2 * std::numbers::pi);

double truncatedStandardNormal(Rng& rng, int method, double a, double b, double alpha) {
    switch (method) {
    case kExponentialTail:
        for (;;) {
            const double z = a + rng.exponential() / alpha;
            if (z <= b && rng.uniform() < std::exp(-0.5 * (z - alpha) * (z - alpha))) {
                return z;
            }
        }
    case kUniformTail:
        for (;;) {
            const double z = a + (b - a) * rng.uniform();
            if (rng.uniform() < std::exp(-0.5 * (z - a) * (z + a))) {
                return z;
            }
        }
    case kUniformCentral:
        for (;;) {
            const double z = a + (b - a) * rng.uniform();
            if (rng.uniform() < std::exp(-0.5 * z * z)) {
                return z;
            }
        }
    default:
        for (;;) {
            const double z = rng.normal();
            if (z >= a && z <= b) {
                return z;
            }
        }
    }
}

} // namespace

Sampler::Sampler(const Distribution& d) : m_source(&d) {
    if (cr::isConstant(d)) {
        m_kind = Kind::Constant; // includes Poisson(0), Binomial(n, 1), one-valued Discrete
        m_a = support(d).first;
        return;
    }
    std::visit(Overloaded{
                   [this](const Fixed& x) { m_a = x.value; }, // unreachable: constant above
                   [this](const Uniform& x) {
                       m_kind = Kind::Uniform;
                       m_a = x.min;
                       m_b = x.max - x.min;
                   },
                   [this](const Triangular& x) {
                       // Inversion of the closed-form cdf: two parabolic pieces meeting at the
                       // mode.
                       m_kind = Kind::Triangular;
                       m_a = x.min;
                       m_b = x.max;
                       m_c = (x.mode - x.min) / (x.max - x.min);
                       m_d = (x.max - x.min) * (x.mode - x.min);
                       m_e = (x.max - x.min) * (x.max - x.mode);
                   },
                   [this](const Pert& x) {
                       const double width = x.max - x.min;
                       setBeta(1 + x.lambda * (x.mode - x.min) / width,
                               1 + x.lambda * (x.max - x.mode) / width, x.min, width);
                   },
                   [this](const Normal& x) { setNormal(x); },
                   [this](const Lognormal& x) {
                       m_kind = Kind::Lognormal;
                       m_a = x.meanlog;
                       m_b = x.sdlog;
                   },
                   [this](const Gamma& x) {
                       m_kind = Kind::Gamma;
                       const auto s = detail::gammaSetup(x.shape);
                       m_a = s.d;
                       m_b = s.c;
                       m_c = s.invShape;
                       m_d = x.scale;
                   },
                   [this](const Beta& x) { setBeta(x.alpha, x.beta, 0, 1); },
                   [this](const Pareto& x) {
                       m_kind = Kind::Pareto;
                       m_a = x.scale;
                       m_b = 1 / x.shape;
                   },
                   [this](const Lomax& x) {
                       m_kind = Kind::Lomax;
                       m_a = x.scale;
                       m_b = 1 / x.shape;
                   },
                   [this](const Poisson& x) {
                       m_kind = Kind::Poisson;
                       const auto s = detail::poissonSetup(x.lambda);
                       m_a = s.lambda;
                       m_b = s.expMinusLambda;
                       m_c = s.logLambda;
                       m_d = s.b;
                       m_e = s.a;
                       m_f = s.logInvAlpha;
                       m_g = s.vr;
                   },
                   [this](const Binomial& x) {
                       m_kind = Kind::Binomial;
                       m_a = x.n;
                       m_b = x.p;
                   },
                   [this](const NegBinomial& x) {
                       // Gamma-Poisson mixture: Poisson(Gamma(size, (1 - prob)/prob)).
                       m_kind = Kind::NegBinomial;
                       const auto s = detail::gammaSetup(x.size);
                       m_a = s.d;
                       m_b = s.c;
                       m_c = s.invShape;
                       m_d = (1 - x.prob) / x.prob;
                   },
                   [this](const Bernoulli& x) {
                       m_kind = Kind::Bernoulli;
                       m_a = x.p;
                   },
                   [this](const Discrete& x) { setDiscrete(x); },
               },
               d);
}

void Sampler::setBeta(double alpha, double beta, double offset, double width) {
    m_kind = Kind::Beta;
    const auto a = detail::gammaSetup(alpha);
    const auto b = detail::gammaSetup(beta);
    m_a = a.d;
    m_b = a.c;
    m_c = a.invShape;
    m_d = b.d;
    m_e = b.c;
    m_f = b.invShape;
    m_g = offset;
    m_h = width;
    m_variant = alpha < 1 || beta < 1; // small shapes: ratio of gammas in logs (underflow)
}

void Sampler::setNormal(const Normal& n) {
    m_a = n.mean;
    m_b = n.sd;
    if (std::isinf(n.min) && std::isinf(n.max)) {
        m_kind = Kind::Normal;
        return;
    }
    m_kind = Kind::TruncatedNormal;
    const auto t = detail::normalInterval(n);
    double a = t.a, b = t.b;
    if (b <= 0) {
        a = -t.b;
        b = -t.a;
        m_b = -n.sd; // mirrored: x = mean - sd * z
    }
    const double logMass = std::log(t.mass);
    int method = kNormalRejection;
    double best = t.mass;
    double alpha = 0;
    auto consider = [&](int candidate, double logAcceptance) {
        if (std::exp(logAcceptance) > best) {
            best = std::exp(logAcceptance);
            method = candidate;
        }
    };
    if (a >= 0) {
        alpha = (a + std::sqrt(a * a + 4)) / 2; // Robert's optimal rate
        consider(kExponentialTail,
                 std::log(alpha) + alpha * a - alpha * alpha / 2 + kLogSqrt2Pi + logMass);
        if (std::isfinite(b)) {
            consider(kUniformTail, a * a / 2 + kLogSqrt2Pi + logMass - std::log(b - a));
        }
    } else if (std::isfinite(a) && std::isfinite(b)) {
        consider(kUniformCentral, kLogSqrt2Pi + logMass - std::log(b - a));
    }
    m_c = a;
    m_d = b;
    m_e = alpha;
    m_f = n.min;
    m_g = n.max;
    m_variant = method;
}

void Sampler::setDiscrete(const Discrete& x) {
    // Walker's alias table built by Vose's method: O(k) set-up, O(1) draws.
    m_kind = Kind::Discrete;
    double sum = 0;
    for (std::size_t i = 0; i < x.values.size(); ++i) {
        if (x.weights[i] > 0) {
            m_values.push_back(x.values[i]);
            sum += x.weights[i];
        }
    }
    const std::size_t k = m_values.size();
    std::vector<double> scaled;
    for (double w : x.weights) {
        if (w > 0) {
            scaled.push_back(w / sum * static_cast<double>(k));
        }
    }
    m_aliasProb.assign(k, 1.0);
    m_alias.resize(k);
    std::vector<std::uint32_t> small, large;
    for (std::uint32_t i = 0; i < k; ++i) {
        m_alias[i] = i;
        (scaled[i] < 1 ? small : large).push_back(i);
    }
    while (!small.empty() && !large.empty()) {
        const std::uint32_t s = small.back();
        small.pop_back();
        const std::uint32_t l = large.back();
        m_aliasProb[s] = scaled[s];
        m_alias[s] = l;
        scaled[l] -= 1 - scaled[s];
        if (scaled[l] < 1) {
            large.pop_back();
            small.push_back(l);
        }
    }
    // Whatever is left has probability 1 up to rounding: m_aliasProb stays 1.
    m_a = static_cast<double>(k);
}

double Sampler::draw(Rng& rng) const {
    switch (m_kind) {
    case Kind::Constant:
        return m_a;
    case Kind::Uniform:
        return m_a + m_b * rng.uniform();
    case Kind::Triangular: {
        const double u = rng.uniform();
        return u < m_c ? m_a + std::sqrt(u * m_d) : m_b - std::sqrt((1 - u) * m_e);
    }
    case Kind::Beta: {
        const detail::GammaSetup a{m_a, m_b, m_c}, b{m_d, m_e, m_f};
        double x;
        if (m_variant) {
            x = 1 / (1 + std::exp(detail::logGammaDraw(rng, b) - detail::logGammaDraw(rng, a)));
        } else {
            const double ga = detail::gammaDraw(rng, a);
            x = ga / (ga + detail::gammaDraw(rng, b));
        }
        return m_g + m_h * x;
    }
    case Kind::Normal:
        return m_a + m_b * rng.normal();
    case Kind::TruncatedNormal:
        return std::clamp(m_a + m_b * truncatedStandardNormal(rng, m_variant, m_c, m_d, m_e), m_f,
                          m_g);
    case Kind::Lognormal:
        return std::exp(m_a + m_b * rng.normal());
    case Kind::Gamma:
        return detail::gammaDraw(rng, {m_a, m_b, m_c}) * m_d;
    case Kind::Pareto:
        // Inversion scale * U^(-1/shape), with -ln U drawn directly as a Ziggurat exponential.
        return m_a * std::exp(rng.exponential() * m_b);
    case Kind::Lomax:
        return m_a * std::expm1(rng.exponential() * m_b);
    case Kind::Poisson: {
        detail::PoissonSetup s;
        s.lambda = m_a;
        s.expMinusLambda = m_b;
        s.logLambda = m_c;
        s.b = m_d;
        s.a = m_e;
        s.logInvAlpha = m_f;
        s.vr = m_g;
        return static_cast<double>(detail::poissonDraw(rng, s));
    }
    case Kind::Binomial:
        return static_cast<double>(sampleBinomial(rng, static_cast<std::uint64_t>(m_a), m_b));
    case Kind::NegBinomial:
        return static_cast<double>(
            samplePoisson(rng, detail::gammaDraw(rng, {m_a, m_b, m_c}) * m_d));
    case Kind::Bernoulli:
        return rng.uniform() < m_a ? 1 : 0;
    case Kind::Discrete: {
        const double x = rng.uniform() * m_a;
        const std::size_t i = std::min(static_cast<std::size_t>(x), m_values.size() - 1);
        return x - static_cast<double>(i) < m_aliasProb[i] ? m_values[i] : m_values[m_alias[i]];
    }
    }
    return m_a;
}

namespace {
thread_local DrawRecorder* tlRecorder = nullptr;
} // namespace

void setThreadDrawRecorder(DrawRecorder* recorder) {
    tlRecorder = recorder;
}

double Sampler::hooked(double drawn) const {
    const double v = m_fixed ? *m_fixed : drawn;
    if (m_probe >= 0) {
        noteDraw(m_probe, v);
    }
    return v;
}

void Sampler::noteDraw(int index, double value) {
    if (tlRecorder != nullptr) {
        double& slot = tlRecorder->firstDraw.at(static_cast<std::size_t>(index));
        if (std::isnan(slot)) {
            slot = value;
        }
    }
}

} // namespace cr
