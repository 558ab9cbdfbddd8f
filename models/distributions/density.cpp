// density(): pdf of the continuous distributions and probability mass of the discrete ones,
// through Boost.Math where it has the distribution.
#include "distributions/distribution.h"
#include "distributions/overloaded.h"
#include "distributions/truncated_normal.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/negative_binomial.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/pareto.hpp>
#include <boost/math/distributions/poisson.hpp>
#include <boost/math/distributions/triangular.hpp>

#include <cmath>

namespace cr {

namespace {

using detail::Overloaded;
namespace bm = boost::math;
namespace pol = boost::math::policies;

// A pole (beta with alpha < 1 at 0) is an answer, +inf, not an exception.
using Policy = pol::policy<pol::overflow_error<pol::ignore_error>>;

bool isWhole(double x) {
    return std::floor(x) == x;
}

double pertDensity(const Pert& d, double x) {
    const double width = d.max - d.min;
    const bm::beta_distribution<double, Policy> beta(1 + d.lambda * (d.mode - d.min) / width,
                                                     1 + d.lambda * (d.max - d.mode) / width);
    return bm::pdf(beta, (x - d.min) / width) / width;
}

double truncatedNormalDensity(const Normal& d, double x) {
    const auto interval = detail::normalInterval(d);
    const bm::normal_distribution<double, Policy> normal(d.mean, d.sd);
    return bm::pdf(normal, x) / interval.mass;
}

// f(x) = shape/scale * (1 + x/scale)^-(shape+1), in logs so that large x keep precision.
double lomaxDensity(const Lomax& d, double x) {
    return d.shape / d.scale * std::exp(-(d.shape + 1) * std::log1p(x / d.scale));
}

double discreteMass(const Discrete& d, double x) {
    double sum = 0;
    double at = 0;
    for (std::size_t i = 0; i < d.values.size(); ++i) {
        sum += d.weights[i];
        if (d.values[i] == x) {
            at += d.weights[i];
        }
    }
    return at / sum;
}

} // namespace

bool isDiscrete(const Distribution& d) {
    return std::holds_alternative<Fixed>(d) || std::holds_alternative<Poisson>(d) ||
           std::holds_alternative<Binomial>(d) || std::holds_alternative<NegBinomial>(d) ||
           std::holds_alternative<Bernoulli>(d) || std::holds_alternative<Discrete>(d);
}

double density(const Distribution& d, double x) {
    if (std::isnan(x)) {
        return x;
    }
    const auto [lo, hi] = support(d);
    if (x < lo || x > hi || std::isinf(x)) {
        return 0;
    }
    if (lo == hi) { // a single number (also poisson with lambda 0, which Boost refuses)
        return 1;
    }
    // Counts have mass on whole numbers only; Boost would interpolate between them.
    const bool count = std::holds_alternative<Poisson>(d) || std::holds_alternative<Binomial>(d) ||
                       std::holds_alternative<NegBinomial>(d) ||
                       std::holds_alternative<Bernoulli>(d);
    if (count && !isWhole(x)) {
        return 0;
    }
    return std::visit(
        Overloaded{
            [&](const Fixed& f) { return x == f.value ? 1.0 : 0.0; },
            [&](const Uniform& u) { return 1 / (u.max - u.min); },
            [&](const Triangular& t) {
                return bm::pdf(bm::triangular_distribution<double, Policy>(t.min, t.mode, t.max),
                               x);
            },
            [&](const Pert& p) { return pertDensity(p, x); },
            [&](const Normal& n) { return truncatedNormalDensity(n, x); },
            [&](const Lognormal& l) {
                return bm::pdf(bm::lognormal_distribution<double, Policy>(l.meanlog, l.sdlog), x);
            },
            [&](const Gamma& g) {
                return bm::pdf(bm::gamma_distribution<double, Policy>(g.shape, g.scale), x);
            },
            [&](const Beta& b) {
                return bm::pdf(bm::beta_distribution<double, Policy>(b.alpha, b.beta), x);
            },
            [&](const Pareto& p) {
                return bm::pdf(bm::pareto_distribution<double, Policy>(p.scale, p.shape), x);
            },
            [&](const Lomax& l) { return lomaxDensity(l, x); },
            [&](const Poisson& p) {
                return bm::pdf(bm::poisson_distribution<double, Policy>(p.lambda), x);
            },
            [&](const Binomial& b) {
                return bm::pdf(bm::binomial_distribution<double, Policy>(b.n, b.p), x);
            },
            [&](const NegBinomial& nb) {
                return bm::pdf(bm::negative_binomial_distribution<double, Policy>(nb.size, nb.prob),
                               x);
            },
            [&](const Bernoulli& b) { return x == 1 ? b.p : 1 - b.p; },
            [&](const Discrete& dd) { return discreteMass(dd, x); },
        },
        d);
}

} // namespace cr
