// describe(): a short English line for a distribution, for tables and reports.
#include "distributions/distribution.h"
#include "distributions/overloaded.h"

#include <cmath>
#include <cstdio>

namespace cr {

namespace {

using detail::Overloaded;

// Inserts "," between groups of three digits in the integer part of a plain decimal text.
std::string groupThousands(const std::string& text) {
    const std::size_t begin = (!text.empty() && text[0] == '-') ? 1 : 0;
    std::size_t end = text.find('.');
    if (end == std::string::npos) {
        end = text.size();
    }
    std::string out = text.substr(0, begin);
    for (std::size_t i = begin; i < end; ++i) {
        out += text[i];
        const std::size_t left = end - i - 1;
        if (left > 0 && left % 3 == 0) {
            out += ',';
        }
    }
    return out + text.substr(end);
}

// Up to `digits` significant digits, no trailing zeros, thousands grouped: 2,000  0.25  1,234.57.
std::string number(double x, int digits = 6) {
    if (!std::isfinite(x)) {
        return std::isnan(x) ? "NaN" : (x > 0 ? "infinity" : "-infinity");
    }
    if (x == 0) {
        return "0";
    }
    char buf[64];
    const double magnitude = std::floor(std::log10(std::fabs(x)));
    if (magnitude >= 15 || magnitude < -5) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, x);
        return buf;
    }
    const int decimals = std::max(0, digits - 1 - static_cast<int>(magnitude));
    std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
    std::string text = buf;
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') {
            text.pop_back();
        }
    }
    if (text == "-0") {
        text = "0";
    }
    return groupThousands(text);
}

std::string percent(double share) {
    return number(100 * share, 3) + " %";
}

std::string describeNormal(const Normal& n) {
    std::string text = "normal, mean " + number(n.mean) + ", sd " + number(n.sd);
    const bool low = std::isfinite(n.min);
    const bool high = std::isfinite(n.max);
    if (low && high) {
        text += ", truncated to " + number(n.min) + " .. " + number(n.max);
    } else if (low) {
        text += ", at least " + number(n.min);
    } else if (high) {
        text += ", at most " + number(n.max);
    }
    return text;
}

std::string describeDiscrete(const Discrete& d) {
    // Listing stays readable up to a handful of values; beyond that, give the range.
    constexpr std::size_t kListed = 5;
    double sum = 0;
    for (double w : d.weights) {
        sum += w;
    }
    if (d.values.size() > kListed) {
        const auto [lo, hi] = support(d);
        return "discrete, " + std::to_string(d.values.size()) + " values from " + number(lo) +
               " to " + number(hi);
    }
    std::string text = "discrete: ";
    for (std::size_t i = 0; i < d.values.size(); ++i) {
        text += (i ? ", " : "") + number(d.values[i]) + " (" + percent(d.weights[i] / sum) + ")";
    }
    return text;
}

} // namespace

std::string describe(const Distribution& d) {
    return std::visit(
        Overloaded{
            [](const Fixed& x) { return number(x.value); },
            [](const Uniform& x) {
                return "uniform between " + number(x.min) + " and " + number(x.max);
            },
            [](const Triangular& x) {
                return "triangular " + number(x.min) + " / " + number(x.mode) + " / " +
                       number(x.max);
            },
            [](const Pert& x) {
                std::string text =
                    "PERT " + number(x.min) + " / " + number(x.mode) + " / " + number(x.max);
                return x.lambda == 4 ? text : text + ", lambda " + number(x.lambda);
            },
            [](const Normal& x) { return describeNormal(x); },
            [&d](const Lognormal&) {
                // The 90 % interval whatever form was given: what an expert reads most easily.
                return "lognormal, 90 % between " + number(quantile(d, 0.05)) + " and " +
                       number(quantile(d, 0.95));
            },
            [](const Gamma& x) {
                return "gamma, shape " + number(x.shape) + ", scale " + number(x.scale);
            },
            [](const Beta& x) { return "beta(" + number(x.alpha) + ", " + number(x.beta) + ")"; },
            [](const Pareto& x) {
                return "Pareto, minimum " + number(x.scale) + ", shape " + number(x.shape);
            },
            [](const Lomax& x) {
                return "Lomax, shape " + number(x.shape) + ", scale " + number(x.scale);
            },
            [](const Poisson& x) { return "Poisson(" + number(x.lambda) + ")"; },
            [](const Binomial& x) { return "binomial, n " + number(x.n) + ", p " + number(x.p); },
            [](const NegBinomial& x) {
                return "negative binomial, size " + number(x.size) + ", prob " + number(x.prob);
            },
            [](const Bernoulli& x) { return "Bernoulli(" + number(x.p) + ")"; },
            [](const Discrete& x) { return describeDiscrete(x); },
        },
        d);
}

} // namespace cr
