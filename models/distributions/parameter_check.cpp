// checkParameters: every parameter rule of FORMAT.md "Distributions", reported by JSON key.
#include "distributions/distribution.h"
#include "distributions/truncated_normal.h"

#include <charconv>
#include <cmath>

namespace cr {

namespace {

// The largest n for which every count 0..n is exact in a double.
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kMaxWholeCount = 9007199254740992.0; // 2^53

// Shortest text that reads back as the same double ("-1", "1.7", "nan", "inf").
std::string numberText(double x) {
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, result.ptr);
}

class Checker {
public:
    std::vector<ParameterProblem> problems;

    void add(std::string key, std::string message) {
        problems.push_back({std::move(key), std::move(message)});
    }
    // Adds a problem and returns false when x is NaN or infinite.
    bool finite(const std::string& key, double x) {
        if (std::isfinite(x)) {
            return true;
        }
        add(key, "must be a finite number, got " + numberText(x));
        return false;
    }
    bool positive(const std::string& key, double x) {
        if (!finite(key, x)) {
            return false;
        }
        if (x > 0) {
            return true;
        }
        add(key, "must be > 0, got " + numberText(x));
        return false;
    }
    bool nonNegative(const std::string& key, double x) {
        if (!finite(key, x)) {
            return false;
        }
        if (x >= 0) {
            return true;
        }
        add(key, "must be >= 0, got " + numberText(x));
        return false;
    }
    bool probability(const std::string& key, double x) {
        if (!finite(key, x)) {
            return false;
        }
        if (x >= 0 && x <= 1) {
            return true;
        }
        add(key, "must be a probability in [0, 1], got " + numberText(x));
        return false;
    }
    // min < max, reported on max; both must already be known to be numbers.
    bool ordered(const std::string& minKey, double min, const std::string& maxKey, double max) {
        if (min < max) {
            return true;
        }
        add(maxKey, "must be > " + minKey + " (" + numberText(min) + "), got " + numberText(max));
        return false;
    }
    // min <= mode <= max for triangular and PERT.
    void modeInRange(double min, double mode, double max) {
        if (mode < min || mode > max) {
            add("mode", "must be between min (" + numberText(min) + ") and max (" +
                            numberText(max) + "), got " + numberText(mode));
        }
    }

    void check(const Fixed& d) { finite("value", d.value); }
    void check(const Uniform& d) {
        const bool minOk = finite("min", d.min);
        const bool maxOk = finite("max", d.max);
        if (minOk && maxOk) {
            ordered("min", d.min, "max", d.max);
        }
    }
    void check(const Triangular& d) { checkMinModeMax(d.min, d.mode, d.max); }
    void check(const Pert& d) {
        checkMinModeMax(d.min, d.mode, d.max);
        positive("lambda", d.lambda);
    }
    void check(const Normal& d) {
        const bool meanOk = finite("mean", d.mean);
        const bool location = positive("sd", d.sd) && meanOk;
        // Truncation bounds may be infinite on their own side only (that means "no bound").
        bool bounds = true;
        if (std::isnan(d.min) || d.min == kInf) {
            add("min", "must be a number or -infinity, got " + numberText(d.min));
            bounds = false;
        }
        if (std::isnan(d.max) || d.max == -kInf) {
            add("max", "must be a number or +infinity, got " + numberText(d.max));
            bounds = false;
        }
        if (!bounds || !ordered("min", d.min, "max", d.max) || !location) {
            return;
        }
        // A mass below the smallest normal double cannot be sampled or normalised reliably.
        if (!(detail::normalInterval(d).mass >= std::numeric_limits<double>::min())) {
            add("", "the truncation interval [" + numberText(d.min) + ", " + numberText(d.max) +
                        "] has probability 0 under a normal with mean " + numberText(d.mean) +
                        " and sd " + numberText(d.sd));
        }
    }
    void check(const Lognormal& d) {
        bool given = true;
        switch (d.form) {
        case Lognormal::Form::Log:
            given = finite("meanlog", d.meanlog);
            given = positive("sdlog", d.sdlog) && given;
            break;
        case Lognormal::Form::Moments:
            given = positive("mean", d.given1);
            given = positive("sd", d.given2) && given;
            break;
        case Lognormal::Form::Percentiles:
            given = positive("p05", d.given1);
            given = finite("p95", d.given2) && given;
            given = given && ordered("p05", d.given1, "p95", d.given2);
            break;
        }
        // The canonical pair derived from a valid stated pair can still overflow (sd/mean huge).
        if (given && !(std::isfinite(d.meanlog) && std::isfinite(d.sdlog) && d.sdlog > 0)) {
            add("", "gives no usable lognormal (meanlog " + numberText(d.meanlog) + ", sdlog " +
                        numberText(d.sdlog) + ")");
        }
    }
    void check(const Gamma& d) {
        positive("shape", d.shape);
        positive("scale", d.scale);
    }
    void check(const Beta& d) {
        positive("alpha", d.alpha);
        positive("beta", d.beta);
    }
    void check(const Pareto& d) {
        positive("scale", d.scale);
        positive("shape", d.shape);
    }
    void check(const Lomax& d) {
        positive("shape", d.shape);
        positive("scale", d.scale);
    }
    void check(const Poisson& d) { nonNegative("lambda", d.lambda); }
    void check(const Binomial& d) {
        if (nonNegative("n", d.n)) {
            if (std::floor(d.n) != d.n) {
                add("n", "must be a whole number, got " + numberText(d.n));
            } else if (d.n > kMaxWholeCount) {
                add("n", "must be at most 2^53, got " + numberText(d.n));
            }
        }
        probability("p", d.p);
    }
    void check(const NegBinomial& d) {
        positive("size", d.size);
        if (finite("prob", d.prob) && !(d.prob > 0 && d.prob <= 1)) {
            add("prob", "must be in (0, 1], got " + numberText(d.prob));
        }
    }
    void check(const Bernoulli& d) { probability("p", d.p); }
    void check(const Discrete& d) {
        if (d.values.empty()) {
            add("values", "must not be empty");
        }
        if (d.weights.size() != d.values.size()) {
            add("weights", "must have as many entries as values (" +
                               std::to_string(d.values.size()) + "), got " +
                               std::to_string(d.weights.size()));
        }
        for (std::size_t i = 0; i < d.values.size(); ++i) {
            finite("values/" + std::to_string(i), d.values[i]);
        }
        bool weightsOk = true;
        double sum = 0;
        for (std::size_t i = 0; i < d.weights.size(); ++i) {
            weightsOk = nonNegative("weights/" + std::to_string(i), d.weights[i]) && weightsOk;
            sum += d.weights[i];
        }
        if (weightsOk && !d.weights.empty()) {
            if (!(sum > 0)) {
                add("weights", "must have a positive sum, got 0");
            } else if (!std::isfinite(sum)) {
                add("weights", "must have a finite sum, got " + numberText(sum));
            }
        }
    }

private:
    void checkMinModeMax(double min, double mode, double max) {
        const bool minOk = finite("min", min);
        const bool modeOk = finite("mode", mode);
        const bool maxOk = finite("max", max);
        if (minOk && maxOk && ordered("min", min, "max", max) && modeOk) {
            modeInRange(min, mode, max);
        }
    }
};

} // namespace

std::vector<ParameterProblem> checkParameters(const Distribution& d) {
    Checker checker;
    std::visit([&](const auto& x) { checker.check(x); }, d);
    return std::move(checker.problems);
}

} // namespace cr
