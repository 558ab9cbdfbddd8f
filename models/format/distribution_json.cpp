// Distributions in JSON (FORMAT.md "Distributions"): a plain number is Fixed, an object names
// its kind in "dist" and carries exactly that kind's parameters.
#include "format/json_fields.h"
#include "format/scenario_json.h"

#include <cmath>
#include <limits>

namespace cr::jsonio {

namespace {

// The order of the variant's alternatives, which is also the order of FORMAT.md's table.
const std::vector<std::string_view> kDistNames = {
    "fixed",  "uniform", "triangular", "pert",     "normal",      "lognormal", "gamma",   "beta",
    "pareto", "lomax",   "poisson",    "binomial", "negbinomial", "bernoulli", "discrete"};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::optional<std::vector<double>> numberArray(Fields& f, std::string_view key) {
    const json* v = f.get(key, Need::Required);
    if (!v) {
        return std::nullopt;
    }
    std::vector<double> out;
    bool ok = true;
    forEachElement(f.problems(), *v, f.at(key), [&](const json& element, const std::string& at) {
        auto x = readNumber(f.problems(), element, at);
        ok = ok && x.has_value();
        out.push_back(x.value_or(kNaN));
    });
    if (!ok || !v->is_array()) {
        return std::nullopt;
    }
    return out;
}

// The lognormal's three forms; exactly one may be given.
std::optional<Distribution> readLognormal(Fields& f) {
    struct Form {
        Lognormal::Form form;
        std::string_view first, second;
    };
    const Form forms[] = {{Lognormal::Form::Log, "meanlog", "sdlog"},
                          {Lognormal::Form::Moments, "mean", "sd"},
                          {Lognormal::Form::Percentiles, "p05", "p95"}};
    const Form* given = nullptr;
    int count = 0;
    for (const auto& form : forms) {
        bool first = f.get(form.first) != nullptr;
        bool second = f.get(form.second) != nullptr;
        if (first || second) {
            given = &form;
            ++count;
        }
    }
    if (count == 0) {
        f.problems().push_back(
            {f.at(), "a lognormal needs meanlog and sdlog, or mean and sd, or p05 and p95"});
        return std::nullopt;
    }
    if (count > 1) {
        f.problems().push_back({f.at(), "give exactly one of meanlog/sdlog, mean/sd or "
                                        "p05/p95 for a lognormal, not several"});
        return std::nullopt;
    }
    double a = 0, b = 0;
    bool ok = f.number(given->first, a, Need::Required);
    ok = f.number(given->second, b, Need::Required) && ok;
    if (!ok) {
        return std::nullopt;
    }
    Lognormal result;
    switch (given->form) {
    case Lognormal::Form::Log:
        result.meanlog = a;
        result.sdlog = b;
        return result;
    case Lognormal::Form::Moments:
        // Out-of-range stated values are reported by checkParameters on the stated pair;
        // converting them would only produce NaN.
        if (a > 0 && b > 0) {
            result = lognormalFromMoments(a, b);
        } else {
            result.meanlog = result.sdlog = kNaN;
        }
        break;
    case Lognormal::Form::Percentiles:
        if (a > 0 && b > a) {
            result = lognormalFromPercentiles(a, b);
        } else {
            result.meanlog = result.sdlog = kNaN;
        }
        break;
    }
    result.form = given->form;
    result.given1 = a;
    result.given2 = b;
    return result;
}

// Reads the named parameters into the struct's fields; false when any is missing or bad.
template <typename T>
bool params(Fields& f, T& d,
            std::initializer_list<std::pair<std::string_view, double T::*>> required,
            std::initializer_list<std::pair<std::string_view, double T::*>> optional = {}) {
    bool ok = true;
    for (const auto& [key, member] : required) {
        ok = f.number(key, d.*member, Need::Required) && ok;
    }
    for (const auto& [key, member] : optional) {
        if (f.get(key)) {
            ok = f.number(key, d.*member) && ok;
        }
    }
    return ok;
}

std::optional<Distribution> readObject(Fields& f) {
    std::size_t kind = 0;
    if (!f.get("dist", Need::Required)) {
        return std::nullopt; // without a kind, no other key can be judged
    }
    if (!f.choice("dist", kDistNames, kind)) {
        return std::nullopt;
    }
    std::optional<Distribution> out;
    switch (kind) {
    case 0: {
        Fixed d;
        if (params<Fixed>(f, d, {{"value", &Fixed::value}})) {
            out = d;
        }
        break;
    }
    case 1: {
        Uniform d;
        if (params<Uniform>(f, d, {{"min", &Uniform::min}, {"max", &Uniform::max}})) {
            out = d;
        }
        break;
    }
    case 2: {
        Triangular d;
        if (params<Triangular>(f, d,
                               {{"min", &Triangular::min},
                                {"mode", &Triangular::mode},
                                {"max", &Triangular::max}})) {
            out = d;
        }
        break;
    }
    case 3: {
        Pert d;
        if (params<Pert>(f, d, {{"min", &Pert::min}, {"mode", &Pert::mode}, {"max", &Pert::max}},
                         {{"lambda", &Pert::lambda}})) {
            out = d;
        }
        break;
    }
    case 4: {
        Normal d;
        if (params<Normal>(f, d, {{"mean", &Normal::mean}, {"sd", &Normal::sd}},
                           {{"min", &Normal::min}, {"max", &Normal::max}})) {
            out = d;
        }
        break;
    }
    case 5:
        out = readLognormal(f);
        break;
    case 6: {
        Gamma d;
        if (params<Gamma>(f, d, {{"shape", &Gamma::shape}, {"scale", &Gamma::scale}})) {
            out = d;
        }
        break;
    }
    case 7: {
        Beta d;
        if (params<Beta>(f, d, {{"alpha", &Beta::alpha}, {"beta", &Beta::beta}})) {
            out = d;
        }
        break;
    }
    case 8: {
        Pareto d;
        if (params<Pareto>(f, d, {{"scale", &Pareto::scale}, {"shape", &Pareto::shape}})) {
            out = d;
        }
        break;
    }
    case 9: {
        Lomax d;
        if (params<Lomax>(f, d, {{"shape", &Lomax::shape}, {"scale", &Lomax::scale}})) {
            out = d;
        }
        break;
    }
    case 10: {
        Poisson d;
        if (params<Poisson>(f, d, {{"lambda", &Poisson::lambda}})) {
            out = d;
        }
        break;
    }
    case 11: {
        Binomial d;
        if (params<Binomial>(f, d, {{"n", &Binomial::n}, {"p", &Binomial::p}})) {
            out = d;
        }
        break;
    }
    case 12: {
        NegBinomial d;
        if (params<NegBinomial>(f, d,
                                {{"size", &NegBinomial::size}, {"prob", &NegBinomial::prob}})) {
            out = d;
        }
        break;
    }
    case 13: {
        Bernoulli d;
        if (params<Bernoulli>(f, d, {{"p", &Bernoulli::p}})) {
            out = d;
        }
        break;
    }
    default: {
        auto values = numberArray(f, "values");
        auto weights = numberArray(f, "weights");
        if (values && weights) {
            out = Discrete{std::move(*values), std::move(*weights)};
        }
        break;
    }
    }
    f.finish();
    return out;
}

} // namespace

std::optional<Distribution> readDistribution(Problems& problems, const json& value,
                                             const std::string& at) {
    if (value.is_number()) {
        auto x = readNumber(problems, value, at);
        if (!x) {
            return std::nullopt;
        }
        return Fixed{*x};
    }
    if (!value.is_object()) {
        wrongType(problems, at, "a number or a distribution object", value);
        return std::nullopt;
    }
    Fields f(problems, value, at);
    return readObject(f);
}

nlohmann::ordered_json numberToJson(double x) {
    // Below 2^53 every whole double is an exact int64; larger ones stay doubles.
    if (std::isfinite(x) && std::floor(x) == x && std::fabs(x) < 9007199254740992.0) {
        return static_cast<std::int64_t>(x);
    }
    return x;
}

nlohmann::ordered_json distributionToOrderedJson(const Distribution& d) {
    if (const auto* fixed = std::get_if<Fixed>(&d)) {
        return numberToJson(fixed->value);
    }
    nlohmann::ordered_json out;
    out["dist"] = std::string(kDistNames[d.index()]);
    auto put = [&](const char* key, double x) { out[key] = numberToJson(x); };
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Uniform>) {
                put("min", v.min);
                put("max", v.max);
            } else if constexpr (std::is_same_v<T, Triangular>) {
                put("min", v.min);
                put("mode", v.mode);
                put("max", v.max);
            } else if constexpr (std::is_same_v<T, Pert>) {
                put("min", v.min);
                put("mode", v.mode);
                put("max", v.max);
                put("lambda", v.lambda);
            } else if constexpr (std::is_same_v<T, Normal>) {
                put("mean", v.mean);
                put("sd", v.sd);
                // Infinite bounds mean "not truncated": JSON has no infinity, so omit them.
                if (std::isfinite(v.min)) {
                    put("min", v.min);
                }
                if (std::isfinite(v.max)) {
                    put("max", v.max);
                }
            } else if constexpr (std::is_same_v<T, Lognormal>) {
                switch (v.form) {
                case Lognormal::Form::Log:
                    put("meanlog", v.meanlog);
                    put("sdlog", v.sdlog);
                    break;
                case Lognormal::Form::Moments:
                    put("mean", v.given1);
                    put("sd", v.given2);
                    break;
                case Lognormal::Form::Percentiles:
                    put("p05", v.given1);
                    put("p95", v.given2);
                    break;
                }
            } else if constexpr (std::is_same_v<T, Gamma>) {
                put("shape", v.shape);
                put("scale", v.scale);
            } else if constexpr (std::is_same_v<T, Beta>) {
                put("alpha", v.alpha);
                put("beta", v.beta);
            } else if constexpr (std::is_same_v<T, Pareto>) {
                put("scale", v.scale);
                put("shape", v.shape);
            } else if constexpr (std::is_same_v<T, Lomax>) {
                put("shape", v.shape);
                put("scale", v.scale);
            } else if constexpr (std::is_same_v<T, Poisson>) {
                put("lambda", v.lambda);
            } else if constexpr (std::is_same_v<T, Binomial>) {
                put("n", v.n);
                put("p", v.p);
            } else if constexpr (std::is_same_v<T, NegBinomial>) {
                put("size", v.size);
                put("prob", v.prob);
            } else if constexpr (std::is_same_v<T, Bernoulli>) {
                put("p", v.p);
            } else if constexpr (std::is_same_v<T, Discrete>) {
                auto values = nlohmann::ordered_json::array();
                auto weights = nlohmann::ordered_json::array();
                for (double x : v.values) {
                    values.push_back(numberToJson(x));
                }
                for (double x : v.weights) {
                    weights.push_back(numberToJson(x));
                }
                out["values"] = std::move(values);
                out["weights"] = std::move(weights);
            }
        },
        d);
    return out;
}

} // namespace cr::jsonio

namespace cr {

nlohmann::json distributionToJson(const Distribution& d) {
    return nlohmann::json(jsonio::distributionToOrderedJson(d));
}

} // namespace cr
