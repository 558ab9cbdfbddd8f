// mean, variance, cdf and quantile of every distribution, through Boost.Math where it has one.
#include "distributions/distribution.h"
#include "distributions/overloaded.h"
#include "distributions/truncated_normal.h"

#include <boost/math/distributions/bernoulli.hpp>
#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/negative_binomial.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/pareto.hpp>
#include <boost/math/distributions/poisson.hpp>
#include <boost/math/distributions/triangular.hpp>
#include <boost/math/distributions/uniform.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cr {

namespace {

using detail::Overloaded;
namespace bm = boost::math;
namespace pol = boost::math::policies;

// Overflow (a lognormal mean beyond 1e308) is an answer, +inf, not an error. Discrete quantiles
// are settled exactly by discreteQuantile() below, starting from Boost's rounded-up guess.
using Policy = pol::policy<pol::overflow_error<pol::ignore_error>,
                           pol::discrete_quantile<pol::integer_round_up>>;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bm::beta_distribution<double, Policy> pertBeta(const Pert& d) {
    const double width = d.max - d.min;
    return {1 + d.lambda * (d.mode - d.min) / width, 1 + d.lambda * (d.max - d.mode) / width};
}

bm::normal_distribution<double, Policy> standardNormal() {
    return {0, 1};
}

double phi(double z) {
    // z * phi(z) -> 0 at infinite bounds; guarded where it is used.
    return std::isinf(z) ? 0 : std::exp(-z * z / 2) / std::sqrt(2 * std::numbers::pi);
}

// Smallest whole k with cdf(k) >= p: Boost's discrete quantiles round a continuous approximation,
// which can land one step off the definition.
template <class D>
double discreteQuantile(const D& dist, double p) {
    double k = bm::quantile(dist, p);
    while (k > 0 && bm::cdf(dist, k - 1) >= p) {
        --k;
    }
    while (bm::cdf(dist, k) < p) {
        ++k;
    }
    return k;
}

// Discrete values sorted, with normalised weights, zero weights dropped.
std::vector<std::pair<double, double>> normalisedPoints(const Discrete& d) {
    double sum = 0;
    for (double w : d.weights) {
        sum += w;
    }
    std::vector<std::pair<double, double>> points;
    for (std::size_t i = 0; i < d.values.size(); ++i) {
        if (d.weights[i] > 0) {
            points.emplace_back(d.values[i], d.weights[i] / sum);
        }
    }
    std::sort(points.begin(), points.end());
    return points;
}

double truncatedNormalMean(const Normal& d) {
    const auto t = detail::normalInterval(d);
    return std::clamp(d.mean + d.sd * (phi(t.a) - phi(t.b)) / t.mass, d.min, d.max);
}

double truncatedNormalVariance(const Normal& d) {
    const auto t = detail::normalInterval(d);
    const double aPhiA = std::isinf(t.a) ? 0 : t.a * phi(t.a);
    const double bPhiB = std::isinf(t.b) ? 0 : t.b * phi(t.b);
    const double shift = (phi(t.a) - phi(t.b)) / t.mass;
    return std::max(0.0, d.sd * d.sd * (1 + (aPhiA - bPhiB) / t.mass - shift * shift));
}

double truncatedNormalCdf(const Normal& d, double x) {
    const auto t = detail::normalInterval(d);
    const double z = (x - d.mean) / d.sd;
    const double f = t.a > 0 ? (detail::normalUpperTail(t.a) - detail::normalUpperTail(z)) / t.mass
                             : (detail::normalCdf(z) - detail::normalCdf(t.a)) / t.mass;
    return std::clamp(f, 0.0, 1.0);
}

double truncatedNormalQuantile(const Normal& d, double p) {
    const auto t = detail::normalInterval(d);
    // Invert on whichever side of the median the target lies, so that tails keep precision.
    const double lower = detail::normalCdf(t.a) + p * t.mass;
    double z;
    if (lower <= 0.5) {
        z = bm::quantile(standardNormal(), lower);
    } else {
        const double upper = detail::normalUpperTail(t.a) - p * t.mass;
        z = upper <= 0 ? kInf : bm::quantile(bm::complement(standardNormal(), upper));
    }
    return std::clamp(d.mean + d.sd * z, d.min, d.max);
}

double lomaxQuantile(const Lomax& d, double p) {
    // Inverse of F(x) = 1 - (1 + x/scale)^-shape; expm1/log1p keep small p exact.
    return d.scale * std::expm1(-std::log1p(-p) / d.shape);
}

double paretoMean(double scale, double shape) {
    return shape > 1 ? shape * scale / (shape - 1) : kInf;
}
double paretoVariance(double scale, double shape) {
    return shape > 2 ? scale * scale * shape / ((shape - 1) * (shape - 1) * (shape - 2)) : kInf;
}

} // namespace

double mean(const Distribution& d) {
    if (isConstant(d)) {
        return support(d).first;
    }
    return std::visit(
        Overloaded{
            [](const Fixed& x) { return x.value; },
            [](const Uniform& x) { return (x.min + x.max) / 2; },
            [](const Triangular& x) { return (x.min + x.mode + x.max) / 3; },
            [](const Pert& x) { return x.min + (x.max - x.min) * bm::mean(pertBeta(x)); },
            [](const Normal& x) { return truncatedNormalMean(x); },
            [](const Lognormal& x) {
                return bm::mean(bm::lognormal_distribution<double, Policy>(x.meanlog, x.sdlog));
            },
            [](const Gamma& x) { return x.shape * x.scale; },
            [](const Beta& x) { return x.alpha / (x.alpha + x.beta); },
            [](const Pareto& x) { return paretoMean(x.scale, x.shape); },
            // Lomax(x) = Pareto(x + scale) - scale.
            [](const Lomax& x) { return paretoMean(x.scale, x.shape) - x.scale; },
            [](const Poisson& x) { return x.lambda; },
            [](const Binomial& x) { return x.n * x.p; },
            [](const NegBinomial& x) { return x.size * (1 - x.prob) / x.prob; },
            [](const Bernoulli& x) { return x.p; },
            [](const Discrete& x) {
                double m = 0;
                for (const auto& [v, w] : normalisedPoints(x)) {
                    m += v * w;
                }
                return m;
            },
        },
        d);
}

double variance(const Distribution& d) {
    if (isConstant(d)) {
        return 0;
    }
    return std::visit(
        Overloaded{
            [](const Fixed&) { return 0.0; },
            [](const Uniform& x) { return (x.max - x.min) * (x.max - x.min) / 12; },
            [](const Triangular& x) {
                return bm::variance(
                    bm::triangular_distribution<double, Policy>(x.min, x.mode, x.max));
            },
            [](const Pert& x) {
                return (x.max - x.min) * (x.max - x.min) * bm::variance(pertBeta(x));
            },
            [](const Normal& x) { return truncatedNormalVariance(x); },
            [](const Lognormal& x) {
                return bm::variance(bm::lognormal_distribution<double, Policy>(x.meanlog, x.sdlog));
            },
            [](const Gamma& x) { return x.shape * x.scale * x.scale; },
            [](const Beta& x) {
                return bm::variance(bm::beta_distribution<double, Policy>(x.alpha, x.beta));
            },
            [](const Pareto& x) { return paretoVariance(x.scale, x.shape); },
            [](const Lomax& x) { return paretoVariance(x.scale, x.shape); },
            [](const Poisson& x) { return x.lambda; },
            [](const Binomial& x) { return x.n * x.p * (1 - x.p); },
            [](const NegBinomial& x) { return x.size * (1 - x.prob) / (x.prob * x.prob); },
            [](const Bernoulli& x) { return x.p * (1 - x.p); },
            [](const Discrete& x) {
                const auto points = normalisedPoints(x);
                double m = 0;
                for (const auto& [v, w] : points) {
                    m += v * w;
                }
                double var = 0;
                for (const auto& [v, w] : points) {
                    var += w * (v - m) * (v - m);
                }
                return var;
            },
        },
        d);
}

double cdf(const Distribution& d, double x) {
    if (std::isnan(x)) {
        return kNaN;
    }
    const auto [lo, hi] = support(d);
    if (x < lo) {
        return 0;
    }
    if (x >= hi) {
        return 1;
    }
    // From here lo <= x < hi, so Boost's domain checks hold; counts are evaluated at floor(x).
    const double k = std::floor(x);
    return std::visit(
        Overloaded{
            [](const Fixed&) { return 1.0; },
            [&](const Uniform& u) { return (x - u.min) / (u.max - u.min); },
            [&](const Triangular& t) {
                return bm::cdf(bm::triangular_distribution<double, Policy>(t.min, t.mode, t.max),
                               x);
            },
            [&](const Pert& p) { return bm::cdf(pertBeta(p), (x - p.min) / (p.max - p.min)); },
            [&](const Normal& n) { return truncatedNormalCdf(n, x); },
            [&](const Lognormal& l) {
                return bm::cdf(bm::lognormal_distribution<double, Policy>(l.meanlog, l.sdlog), x);
            },
            [&](const Gamma& g) {
                return bm::cdf(bm::gamma_distribution<double, Policy>(g.shape, g.scale), x);
            },
            [&](const Beta& b) {
                return bm::cdf(bm::beta_distribution<double, Policy>(b.alpha, b.beta), x);
            },
            [&](const Pareto& p) {
                return bm::cdf(bm::pareto_distribution<double, Policy>(p.scale, p.shape), x);
            },
            [&](const Lomax& l) { return -std::expm1(-l.shape * std::log1p(x / l.scale)); },
            [&](const Poisson& p) {
                return bm::cdf(bm::poisson_distribution<double, Policy>(p.lambda), k);
            },
            [&](const Binomial& b) {
                return bm::cdf(bm::binomial_distribution<double, Policy>(b.n, b.p), k);
            },
            [&](const NegBinomial& nb) {
                return bm::cdf(bm::negative_binomial_distribution<double, Policy>(nb.size, nb.prob),
                               k);
            },
            [&](const Bernoulli& b) { return 1 - b.p; }, // 0 <= x < 1
            [&](const Discrete& dd) {
                double f = 0;
                for (const auto& [v, w] : normalisedPoints(dd)) {
                    if (v <= x) {
                        f += w;
                    }
                }
                return std::min(f, 1.0);
            },
        },
        d);
}

double quantile(const Distribution& d, double p) {
    if (!(p >= 0 && p <= 1)) {
        return kNaN;
    }
    const auto [lo, hi] = support(d);
    if (p == 0 || lo == hi) {
        return lo;
    }
    if (p == 1) {
        return hi;
    }
    return std::visit(
        Overloaded{
            [](const Fixed& f) { return f.value; },
            [&](const Uniform& u) { return u.min + p * (u.max - u.min); },
            [&](const Triangular& t) {
                return bm::quantile(
                    bm::triangular_distribution<double, Policy>(t.min, t.mode, t.max), p);
            },
            [&](const Pert& x) { return x.min + (x.max - x.min) * bm::quantile(pertBeta(x), p); },
            [&](const Normal& n) { return truncatedNormalQuantile(n, p); },
            [&](const Lognormal& l) {
                return bm::quantile(bm::lognormal_distribution<double, Policy>(l.meanlog, l.sdlog),
                                    p);
            },
            [&](const Gamma& g) {
                return bm::quantile(bm::gamma_distribution<double, Policy>(g.shape, g.scale), p);
            },
            [&](const Beta& b) {
                return bm::quantile(bm::beta_distribution<double, Policy>(b.alpha, b.beta), p);
            },
            [&](const Pareto& x) {
                return bm::quantile(bm::pareto_distribution<double, Policy>(x.scale, x.shape), p);
            },
            [&](const Lomax& l) { return lomaxQuantile(l, p); },
            [&](const Poisson& x) {
                return discreteQuantile(bm::poisson_distribution<double, Policy>(x.lambda), p);
            },
            [&](const Binomial& b) {
                return discreteQuantile(bm::binomial_distribution<double, Policy>(b.n, b.p), p);
            },
            [&](const NegBinomial& nb) {
                return discreteQuantile(
                    bm::negative_binomial_distribution<double, Policy>(nb.size, nb.prob), p);
            },
            [&](const Bernoulli& b) { return p <= 1 - b.p ? 0.0 : 1.0; },
            [&](const Discrete& dd) {
                const auto points = normalisedPoints(dd);
                double f = 0;
                for (const auto& [v, w] : points) {
                    f += w;
                    if (f >= p) {
                        return v;
                    }
                }
                return points.back().first; // rounding left the sum a hair below p
            },
        },
        d);
}

} // namespace cr
