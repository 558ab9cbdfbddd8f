// Report wording of numbers and distributions (English and German).
#include "report/value_text.h"

#include "distributions/overloaded.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace cr::report {

namespace {

using detail::Overloaded;

std::string pick(Language language, std::string_view en, std::string_view de) {
    return std::string(language == Language::German ? de : en);
}

std::string unitSuffix(Unit unit) {
    switch (unit) {
    case Unit::Hours:
        return " h";
    case Unit::Minutes:
        return " min";
    default:
        return "";
    }
}

// The 90 % interval, the way an expert states a wide-spread amount.
std::string between(const Distribution& d, Unit unit, std::string_view currency,
                    Language language) {
    return pick(language, "90 % between ", "90 % zwischen ") +
           valueText(quantile(d, 0.05), unit, currency, language) +
           pick(language, " and ", " und ") +
           valueText(quantile(d, 0.95), unit, currency, language);
}

std::string meanText(const Distribution& d, Unit unit, std::string_view currency,
                     Language language) {
    return pick(language, "mean ", "Mittelwert ") + valueText(mean(d), unit, currency, language);
}

// "a / b / c h": the unit once at the end, as a broker writes a three-point estimate; money
// keeps its symbol on every figure because "€" goes in front in English.
std::string threePoint(double a, double b, double c, Unit unit, std::string_view currency,
                       Language language) {
    if (unit == Unit::Money || unit == Unit::Share) {
        return valueText(a, unit, currency, language) + " / " +
               valueText(b, unit, currency, language) + " / " +
               valueText(c, unit, currency, language);
    }
    return plainNumber(a, language) + " / " + plainNumber(b, language) + " / " +
           plainNumber(c, language) + unitSuffix(unit);
}

} // namespace

double roundSignificant(double x, int digits) {
    if (x == 0 || !std::isfinite(x)) {
        return x;
    }
    const double magnitude = std::floor(std::log10(std::fabs(x)));
    const double factor = std::pow(10.0, digits - 1 - magnitude);
    return std::round(x * factor) / factor;
}

std::string plainNumber(double x, Language language, int digits) {
    if (!std::isfinite(x)) {
        return formatNumber(x, 0, language);
    }
    if (x == 0) {
        return "0";
    }
    const double rounded = roundSignificant(x, digits);
    const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(rounded))));
    int decimals = std::max(0, digits - 1 - magnitude);
    std::string text = formatNumber(rounded, decimals, language);
    const char decimal = language == Language::German ? ',' : '.';
    if (text.find(decimal) != std::string::npos) {
        while (!text.empty() && text.back() == '0') {
            text.pop_back();
        }
        if (!text.empty() && text.back() == decimal) {
            text.pop_back();
        }
    }
    return text;
}

std::string proseMoney(double amount, std::string_view currency, Language language) {
    return formatMoney(roundSignificant(amount, 2), currency, language);
}

std::string oneIn(double probability, Language language) {
    if (!(probability > 0) || probability > 0.5) {
        return "";
    }
    const double n = roundSignificant(1.0 / probability, 2);
    return pick(language, "1 in ", "1 zu ") + formatNumber(n, 0, language);
}

std::string valueText(double x, Unit unit, std::string_view currency, Language language) {
    switch (unit) {
    case Unit::Money:
        // Small amounts (a cost per minute) keep their cents.
        return std::fabs(x) < 10 && x != std::round(x) ? formatMoney(x, currency, language, 2)
                                                       : formatMoney(x, currency, language);
    case Unit::Share:
        return plainNumber(100 * x, language, 3) + " %";
    case Unit::Count:
        return plainNumber(x, language, 6);
    default:
        return plainNumber(x, language) + unitSuffix(unit);
    }
}

std::string describeDistribution(const Distribution& d, Unit unit, std::string_view currency,
                                 Language language) {
    const auto value = [&](double x) { return valueText(x, unit, currency, language); };
    return std::visit(
        Overloaded{
            [&](const Fixed& x) { return value(x.value); },
            [&](const Uniform& x) {
                return pick(language, "uniform between ", "gleichverteilt zwischen ") +
                       value(x.min) + pick(language, " and ", " und ") + value(x.max);
            },
            [&](const Triangular& x) {
                return pick(language, "triangular ", "Dreieck ") +
                       threePoint(x.min, x.mode, x.max, unit, currency, language);
            },
            [&](const Pert& x) {
                std::string text =
                    "PERT " + threePoint(x.min, x.mode, x.max, unit, currency, language);
                return x.lambda == 4 ? text : text + ", λ " + plainNumber(x.lambda, language);
            },
            [&](const Normal& x) {
                std::string text = pick(language, "normal, mean ", "normal, Mittelwert ") +
                                   value(x.mean) +
                                   pick(language, ", sd ", ", Standardabweichung ") + value(x.sd);
                if (std::isfinite(x.min) || std::isfinite(x.max)) {
                    text += ", " + between(d, unit, currency, language);
                }
                return text;
            },
            [&](const Lognormal&) {
                return pick(language, "lognormal, ", "lognormal, ") +
                       between(d, unit, currency, language);
            },
            [&](const Beta& x) {
                return pick(language, "beta(", "Beta(") + plainNumber(x.alpha, language) + "; " +
                       plainNumber(x.beta, language) + "), " +
                       meanText(d, unit, currency, language);
            },
            [&](const Poisson& x) {
                return pick(language, "Poisson, mean ", "Poisson, Mittelwert ") +
                       plainNumber(x.lambda, language);
            },
            [&](const Bernoulli& x) {
                return pick(language, "1 with probability ", "1 mit Wahrscheinlichkeit ") +
                       plainNumber(100 * x.p, language, 3) + " %";
            },
            [&](const Discrete& x) {
                double sum = 0;
                for (double w : x.weights) {
                    sum += w;
                }
                std::string text;
                for (std::size_t i = 0; i < x.values.size() && i < 6; ++i) {
                    text += (i ? ", " : "") + value(x.values[i]) + " (" +
                            plainNumber(100 * x.weights[i] / sum, language, 3) + " %)";
                }
                return (x.values.size() > 6 ? "… " : "") + text;
            },
            [&](const auto&) {
                // Gamma, Pareto, Lomax, binomial, negative binomial: the name, the mean and the
                // 90 % interval say more to a reader than the shape parameters.
                std::string name(distName(d));
                if (language == Language::German) {
                    name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
                }
                const double m = mean(d);
                return name + ", " +
                       (std::isfinite(m) ? meanText(d, unit, currency, language) + ", " : "") +
                       between(d, unit, currency, language);
            },
        },
        d);
}

std::string longDate(const std::string& isoDate, Language language) {
    static constexpr std::array<const char*, 12> kEn = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    static constexpr std::array<const char*, 12> kDe = {
        "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
        "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    int year = 0, month = 0, day = 0;
    if (std::sscanf(isoDate.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3 || month < 1 ||
        month > 12 || day < 1 || day > 31) {
        return isoDate;
    }
    const auto& names = language == Language::German ? kDe : kEn;
    return language == Language::German
               ? std::to_string(day) + ". " + names[month - 1] + " " + std::to_string(year)
               : std::to_string(day) + " " + names[month - 1] + " " + std::to_string(year);
}

} // namespace cr::report
