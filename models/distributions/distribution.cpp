// Names, supports and kinds of the distribution value types, and the two lognormal conversions.
#include "distributions/distribution.h"

#include "distributions/overloaded.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>

namespace cr {

namespace {

using detail::Overloaded;

constexpr double kInf = std::numeric_limits<double>::infinity();

bool isWhole(double x) {
    return std::isfinite(x) && std::floor(x) == x;
}

// The values a Discrete can actually take: those with a positive weight.
template <class F>
void forEachPossibleValue(const Discrete& d, F f) {
    for (std::size_t i = 0; i < d.values.size() && i < d.weights.size(); ++i) {
        if (d.weights[i] > 0) {
            f(d.values[i]);
        }
    }
}

} // namespace

std::string_view distName(const Distribution& d) {
    return std::visit(Overloaded{
                          [](const Fixed&) { return std::string_view("fixed"); },
                          [](const Uniform&) { return std::string_view("uniform"); },
                          [](const Triangular&) { return std::string_view("triangular"); },
                          [](const Pert&) { return std::string_view("pert"); },
                          [](const Normal&) { return std::string_view("normal"); },
                          [](const Lognormal&) { return std::string_view("lognormal"); },
                          [](const Gamma&) { return std::string_view("gamma"); },
                          [](const Beta&) { return std::string_view("beta"); },
                          [](const Pareto&) { return std::string_view("pareto"); },
                          [](const Lomax&) { return std::string_view("lomax"); },
                          [](const Poisson&) { return std::string_view("poisson"); },
                          [](const Binomial&) { return std::string_view("binomial"); },
                          [](const NegBinomial&) { return std::string_view("negbinomial"); },
                          [](const Bernoulli&) { return std::string_view("bernoulli"); },
                          [](const Discrete&) { return std::string_view("discrete"); },
                      },
                      d);
}

std::pair<double, double> support(const Distribution& d) {
    using P = std::pair<double, double>;
    return std::visit(Overloaded{
                          [](const Fixed& x) {
                              return P{x.value, x.value};
                          },
                          [](const Uniform& x) {
                              return P{x.min, x.max};
                          },
                          [](const Triangular& x) {
                              return P{x.min, x.max};
                          },
                          [](const Pert& x) {
                              return P{x.min, x.max};
                          },
                          [](const Normal& x) {
                              return P{x.min, x.max};
                          },
                          [](const Lognormal&) {
                              return P{0, kInf};
                          },
                          [](const Gamma&) {
                              return P{0, kInf};
                          },
                          [](const Beta&) {
                              return P{0, 1};
                          },
                          [](const Pareto& x) {
                              return P{x.scale, kInf};
                          },
                          [](const Lomax&) {
                              return P{0, kInf};
                          },
                          [](const Poisson& x) {
                              return x.lambda == 0 ? P{0, 0} : P{0, kInf};
                          },
                          [](const Binomial& x) {
                              if (x.p == 0) {
                                  return P{0, 0};
                              }
                              return x.p == 1 ? P{x.n, x.n} : P{0, x.n};
                          },
                          [](const NegBinomial& x) {
                              return x.prob == 1 ? P{0, 0} : P{0, kInf};
                          },
                          [](const Bernoulli& x) {
                              return P{x.p == 1 ? 1.0 : 0.0, x.p == 0 ? 0.0 : 1.0};
                          },
                          [](const Discrete& x) {
                              P range{kInf, -kInf};
                              forEachPossibleValue(x, [&](double v) {
                                  range.first = std::min(range.first, v);
                                  range.second = std::max(range.second, v);
                              });
                              return range;
                          },
                      },
                      d);
}

bool isWholeNumberValued(const Distribution& d) {
    return std::visit(Overloaded{
                          [](const Fixed& x) { return isWhole(x.value); },
                          [](const Poisson&) { return true; },
                          [](const Binomial&) { return true; },
                          [](const NegBinomial&) { return true; },
                          [](const Bernoulli&) { return true; },
                          [](const Discrete& x) {
                              bool whole = true;
                              forEachPossibleValue(x,
                                                   [&](double v) { whole = whole && isWhole(v); });
                              return whole;
                          },
                          [](const auto&) { return false; },
                      },
                      d);
}

bool isConstant(const Distribution& d) {
    // Continuous distributions with valid parameters always spread; counts can degenerate.
    const auto [lo, hi] = support(d);
    return lo == hi;
}

Lognormal lognormalFromPercentiles(double p05, double p95) {
    const double z95 = boost::math::quantile(boost::math::normal_distribution<>(0, 1), 0.95);
    Lognormal l;
    l.meanlog = (std::log(p05) + std::log(p95)) / 2;
    l.sdlog = (std::log(p95) - std::log(p05)) / (2 * z95);
    l.form = Lognormal::Form::Percentiles;
    l.given1 = p05;
    l.given2 = p95;
    return l;
}

Lognormal lognormalFromMoments(double mean, double sd) {
    // log1p keeps precision when sd is small against the mean.
    const double ratio = sd / mean;
    const double var = std::log1p(ratio * ratio);
    Lognormal l;
    l.sdlog = std::sqrt(var);
    l.meanlog = std::log(mean) - var / 2;
    l.form = Lognormal::Form::Moments;
    l.given1 = mean;
    l.given2 = sd;
    return l;
}

} // namespace cr
