// Distribution value types (FORMAT.md "Distributions") and their exact properties via Boost.Math.
//
// Like Boost.Math, a distribution is a small value type; everything else is a free function.
// Construction does not validate: call checkParameters() (the scenario validator does), because
// a reader must report every bad parameter with its JSON pointer rather than stop at the first.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace cr {

struct Fixed {
    double value = 0;
};
struct Uniform {
    double min = 0, max = 1;
};
struct Triangular {
    double min = 0, mode = 0, max = 1;
};
// Beta-PERT: min + (max-min) * Beta(1 + lambda*(mode-min)/(max-min), 1 +
// lambda*(max-mode)/(max-min)).
struct Pert {
    double min = 0, mode = 0, max = 1, lambda = 4;
};
// Normal, optionally truncated to [min, max] (infinite bounds = no truncation).
struct Normal {
    double mean = 0, sd = 1;
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
};
// Lognormal; `form` remembers how the user stated it so that writing it back keeps that form.
// meanlog/sdlog are always the canonical parameters; `given1`, `given2` hold the stated pair
// (mean, sd) or (p05, p95) when form is not Log.
struct Lognormal {
    enum class Form { Log, Moments, Percentiles };
    double meanlog = 0, sdlog = 1;
    Form form = Form::Log;
    double given1 = 0, given2 = 0;
};
struct Gamma {
    double shape = 1, scale = 1;
};
struct Beta {
    double alpha = 1, beta = 1;
};
// Pareto type I: support x >= scale, P(X > x) = (scale/x)^shape.
struct Pareto {
    double scale = 1, shape = 1;
};
// Pareto type II (Lomax): F(x) = 1 - (scale/(x+scale))^shape, x >= 0.
struct Lomax {
    double shape = 1, scale = 1;
};
struct Poisson {
    double lambda = 1;
};
struct Binomial {
    double n = 1; // a whole number; double so that NaN/fractions can be reported, not truncated
    double p = 0.5;
};
// Failures before the size-th success; mean = size(1-prob)/prob.
struct NegBinomial {
    double size = 1, prob = 0.5;
};
struct Bernoulli {
    double p = 0.5;
};
// `weights` as given; the normalised weights are weights / sum(weights).
struct Discrete {
    std::vector<double> values;
    std::vector<double> weights;
};

using Distribution =
    std::variant<Fixed, Uniform, Triangular, Pert, Normal, Lognormal, Gamma, Beta, Pareto, Lomax,
                 Poisson, Binomial, NegBinomial, Bernoulli, Discrete>;

// The `dist` name as written in JSON ("pert", "negbinomial", ...).
std::string_view distName(const Distribution& d);

// A parameter problem: the parameter's key as in JSON ("sd", "weights/2", or "" for the whole
// distribution) and the message ("must be > 0, got -1").
struct ParameterProblem {
    std::string parameter;
    std::string message;
};
std::vector<ParameterProblem> checkParameters(const Distribution& d);

// The following require checkParameters(d) to be empty.
double mean(const Distribution& d);
double variance(const Distribution& d); // +inf where it does not exist (Pareto/Lomax shape <= 2)
double cdf(const Distribution& d, double x);
double quantile(const Distribution& d, double p); // p in [0, 1]
// The density at x for a continuous distribution; the probability mass P(X = x) for a discrete
// one (isDiscrete). 0 outside the support; may be +inf where a density has a pole (beta with
// alpha < 1 at 0). Used to draw a distribution; the engine never needs it.
double density(const Distribution& d, double x);
// True when the distribution takes only isolated values (Fixed, counts, Bernoulli, Discrete).
bool isDiscrete(const Distribution& d);
// Smallest and largest value the distribution can take (may be infinite).
std::pair<double, double> support(const Distribution& d);
// True when every value the distribution can take is a whole number (counts).
bool isWholeNumberValued(const Distribution& d);
// True when the distribution is a single number (Fixed, or a degenerate Discrete).
bool isConstant(const Distribution& d);

// Lognormal from its 90 % interval (5th and 95th percentiles) or from the mean and sd of X.
Lognormal lognormalFromPercentiles(double p05, double p95);
Lognormal lognormalFromMoments(double mean, double sd);

// One-line human description, e.g. "PERT 0.25 / 0.75 / 3" (units added by the caller).
std::string describe(const Distribution& d);

} // namespace cr
