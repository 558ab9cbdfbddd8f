// The type table of the DistributionEditor: labels, parameter keys, suggestions and reading.
#include "editors/distribution_kinds.h"

#include "distributions/overloaded.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cr::ui::kinds {

namespace {

using Quantity = DistributionEditor::Quantity;
constexpr double kInf = std::numeric_limits<double>::infinity();

// The translation context of this file's texts; lupdate reads it from the macro.
struct DistributionKinds {
    Q_DECLARE_TR_FUNCTIONS(cr::ui::DistributionKinds)
};

Parameter p(const char* key, const QString& help, bool optional = false, bool list = false) {
    return {QString::fromLatin1(key), help, optional, list};
}

QString listText(const std::vector<double>& values) {
    QStringList parts;
    for (double v : values) {
        parts << numberText(v);
    }
    return parts.join(QStringLiteral("; "));
}

// A number in the UI notation, or in C notation ("0.25" is understood in German too).
std::optional<double> parseNumber(const QString& text) {
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok) {
        value = QLocale::c().toDouble(text, &ok);
    }
    return ok ? std::optional<double>(value) : std::nullopt;
}

// ";" separates list entries; "," too where it is not the decimal separator.
QStringList splitList(const QString& text) {
    QString t = text;
    if (QLocale().decimalPoint() != QStringLiteral(",")) {
        t.replace(QLatin1Char(','), QLatin1Char(';'));
    }
    QStringList parts;
    for (const QString& part : t.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty()) {
            parts << part.trimmed();
        }
    }
    return parts;
}

struct Numbers {
    std::vector<std::vector<double>> values; // one entry per field; empty = left empty
    QString badField, badText;
};

Numbers parseFields(Kind kind, const QStringList& fields) {
    Numbers out;
    const auto params = parameters(kind);
    for (std::size_t i = 0; i < params.size(); ++i) {
        const QString text = i < static_cast<std::size_t>(fields.size())
                                 ? fields[static_cast<qsizetype>(i)].trimmed()
                                 : QString();
        std::vector<double> numbers;
        const QStringList pieces = params[i].list ? splitList(text) : QStringList{text};
        for (const QString& piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            const auto number = parseNumber(piece);
            if (!number && out.badField.isEmpty()) {
                out.badField = params[i].key;
                out.badText = piece;
            }
            numbers.push_back(number.value_or(0));
        }
        if (numbers.empty() && !params[i].optional && out.badField.isEmpty()) {
            out.badField = params[i].key;
        }
        out.values.push_back(std::move(numbers));
    }
    return out;
}

Distribution build(Kind kind, const std::vector<std::vector<double>>& v) {
    auto at = [&](std::size_t i, double fallback = 0) { return v[i].empty() ? fallback : v[i][0]; };
    switch (kind) {
    case Kind::Fixed:
        return Fixed{at(0)};
    case Kind::Uniform:
        return Uniform{at(0), at(1)};
    case Kind::Triangular:
        return Triangular{at(0), at(1), at(2)};
    case Kind::Pert:
        return Pert{at(0), at(1), at(2), at(3, 4)};
    case Kind::Normal:
        return Normal{at(0), at(1), at(2, -kInf), at(3, kInf)};
    case Kind::LognormalPercentiles:
        return lognormalFromPercentiles(at(0), at(1));
    case Kind::LognormalMoments:
        return lognormalFromMoments(at(0), at(1));
    case Kind::LognormalLog:
        return Lognormal{at(0), at(1)};
    case Kind::Gamma:
        return Gamma{at(0), at(1)};
    case Kind::Beta:
        return Beta{at(0), at(1)};
    case Kind::Pareto:
        return Pareto{at(0), at(1)};
    case Kind::Lomax:
        return Lomax{at(0), at(1)};
    case Kind::Poisson:
        return Poisson{at(0)};
    case Kind::Binomial:
        return Binomial{at(0), at(1)};
    case Kind::NegBinomial:
        return NegBinomial{at(0), at(1)};
    case Kind::Bernoulli:
        return Bernoulli{at(0)};
    case Kind::Discrete:
        return Discrete{v[0], v[1]};
    }
    return Fixed{};
}

// The field a range problem is reported on: the bound that sets it, else the first field.
QString rangeField(Kind kind, bool lower) {
    const QString bound = lower ? QStringLiteral("min") : QStringLiteral("max");
    for (const auto& param : parameters(kind)) {
        if (param.key == bound ||
            (kind == Kind::Discrete && param.key == QStringLiteral("values"))) {
            return param.key;
        }
    }
    return parameters(kind).front().key;
}

// The quantity's rule (FORMAT.md: shares in [0, 1], counts whole, the rest never negative).
Reading checkRange(Kind kind, const Distribution& d, Quantity quantity) {
    const auto [lo, hi] = support(d);
    const bool single = lo == hi;
    const QString value = numberText(lo);
    const QString range = DistributionKinds::tr("but this one ranges from %1 to %2")
                              .arg(numberText(lo), numberText(hi));
    const QString notShare =
        single
            ? DistributionKinds::tr("must be a probability within [0, 1], got %1").arg(value)
            : DistributionKinds::tr("must be a probability: its values must lie within [0, 1], %1")
                  .arg(range);
    if (quantity == Quantity::Probability && (hi > 1 || lo < 0)) {
        return {std::nullopt, rangeField(kind, lo < 0), notShare};
    }
    if (lo < 0) {
        return {std::nullopt, rangeField(kind, true),
                single ? DistributionKinds::tr("must be >= 0, got %1").arg(value)
                       : DistributionKinds::tr("must not be able to go negative, %1").arg(range)};
    }
    if (quantity == Quantity::Count && !isWholeNumberValued(d)) {
        return {std::nullopt, parameters(kind).front().key,
                single ? DistributionKinds::tr("must be a whole number, got %1").arg(value)
                       : DistributionKinds::tr(
                             "must be a count: a whole number or a count distribution")};
    }
    return {d, {}, {}};
}

} // namespace

QString numberText(double value) {
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    }
    return QLocale().toString(value, 'g', 10);
}

QString label(Kind kind) {
    switch (kind) {
    case Kind::Fixed:
        return DistributionKinds::tr("Plain number");
    case Kind::Uniform:
        return DistributionKinds::tr("Uniform");
    case Kind::Triangular:
        return DistributionKinds::tr("Triangular");
    case Kind::Pert:
        return DistributionKinds::tr("PERT");
    case Kind::Normal:
        return DistributionKinds::tr("Normal");
    case Kind::LognormalPercentiles:
        return DistributionKinds::tr("Lognormal (5 %, 95 %)");
    case Kind::LognormalMoments:
        return DistributionKinds::tr("Lognormal (mean, sd)");
    case Kind::LognormalLog:
        return DistributionKinds::tr("Lognormal (log scale)");
    case Kind::Gamma:
        return DistributionKinds::tr("Gamma");
    case Kind::Beta:
        return DistributionKinds::tr("Beta");
    case Kind::Pareto:
        return DistributionKinds::tr("Pareto");
    case Kind::Lomax:
        return DistributionKinds::tr("Lomax");
    case Kind::Poisson:
        return DistributionKinds::tr("Poisson");
    case Kind::Binomial:
        return DistributionKinds::tr("Binomial");
    case Kind::NegBinomial:
        return DistributionKinds::tr("Negative binomial");
    case Kind::Bernoulli:
        return DistributionKinds::tr("Bernoulli");
    case Kind::Discrete:
        return DistributionKinds::tr("Discrete");
    }
    return {};
}

std::vector<Parameter> parameters(Kind kind) {
    switch (kind) {
    case Kind::Fixed:
        return {p("value", DistributionKinds::tr("The number itself"))};
    case Kind::Uniform:
        return {p("min", DistributionKinds::tr("Smallest value")),
                p("max", DistributionKinds::tr("Largest value"))};
    case Kind::Triangular:
        return {p("min", DistributionKinds::tr("Smallest value")),
                p("mode", DistributionKinds::tr("Most likely value")),
                p("max", DistributionKinds::tr("Largest value"))};
    case Kind::Pert:
        return {p("min", DistributionKinds::tr("Smallest value")),
                p("mode", DistributionKinds::tr("Most likely value")),
                p("max", DistributionKinds::tr("Largest value")),
                p("lambda", DistributionKinds::tr("Weight of the most likely value (empty = 4)"),
                  true)};
    case Kind::Normal:
        return {
            p("mean", DistributionKinds::tr("Mean")),
            p("sd", DistributionKinds::tr("Standard deviation, > 0")),
            p("min", DistributionKinds::tr("Cut off below this value (empty = no bound)"), true),
            p("max", DistributionKinds::tr("Cut off above this value (empty = no bound)"), true)};
    case Kind::LognormalPercentiles:
        return {p("p05", DistributionKinds::tr("The value exceeded in 95 % of cases (> 0)")),
                p("p95", DistributionKinds::tr("The value exceeded in only 5 % of cases"))};
    case Kind::LognormalMoments:
        return {p("mean", DistributionKinds::tr("Mean of the value, > 0")),
                p("sd", DistributionKinds::tr("Standard deviation of the value"))};
    case Kind::LognormalLog:
        return {p("meanlog", DistributionKinds::tr("Mean of the logarithm")),
                p("sdlog", DistributionKinds::tr("Standard deviation of the logarithm, > 0"))};
    case Kind::Gamma:
        return {p("shape", DistributionKinds::tr("Shape, > 0")),
                p("scale", DistributionKinds::tr("Scale, > 0"))};
    case Kind::Beta:
        return {p("alpha", DistributionKinds::tr("First shape, > 0")),
                p("beta", DistributionKinds::tr("Second shape, > 0"))};
    case Kind::Pareto:
        return {p("scale", DistributionKinds::tr("Smallest value (x_m), > 0")),
                p("shape", DistributionKinds::tr("Tail index, > 0"))};
    case Kind::Lomax:
        return {p("shape", DistributionKinds::tr("Tail index, > 0")),
                p("scale", DistributionKinds::tr("Scale, > 0"))};
    case Kind::Poisson:
        return {p("lambda", DistributionKinds::tr("Mean number, >= 0"))};
    case Kind::Binomial:
        return {p("n", DistributionKinds::tr("Number of trials")),
                p("p", DistributionKinds::tr("Probability of each"))};
    case Kind::NegBinomial:
        return {p("size", DistributionKinds::tr("Number of successes, > 0")),
                p("prob", DistributionKinds::tr("Probability of success"))};
    case Kind::Bernoulli:
        return {p("p", DistributionKinds::tr("Probability of 1"))};
    case Kind::Discrete:
        return {
            p("values", DistributionKinds::tr("The possible values, separated by ;"), false, true),
            p("weights", DistributionKinds::tr("Their weights (>= 0), separated by ;"), false,
              true)};
    }
    return {};
}

std::vector<Kind> offered(Quantity quantity) {
    switch (quantity) {
    case Quantity::Probability:
        return {Kind::Fixed,   Kind::Pert,   Kind::Beta,    Kind::Triangular,
                Kind::Uniform, Kind::Normal, Kind::Discrete};
    case Quantity::Count:
        return {Kind::Fixed,    Kind::Poisson,   Kind::NegBinomial,
                Kind::Binomial, Kind::Bernoulli, Kind::Discrete};
    default:
        return {Kind::Fixed,
                Kind::Pert,
                Kind::LognormalPercentiles,
                Kind::Triangular,
                Kind::Uniform,
                Kind::Normal,
                Kind::LognormalMoments,
                Kind::LognormalLog,
                Kind::Gamma,
                Kind::Pareto,
                Kind::Lomax,
                Kind::Discrete};
    }
}

Kind kindOf(const Distribution& d) {
    return std::visit(detail::Overloaded{
                          [](const Fixed&) { return Kind::Fixed; },
                          [](const Uniform&) { return Kind::Uniform; },
                          [](const Triangular&) { return Kind::Triangular; },
                          [](const Pert&) { return Kind::Pert; },
                          [](const Normal&) { return Kind::Normal; },
                          [](const Lognormal& l) {
                              return l.form == Lognormal::Form::Percentiles
                                         ? Kind::LognormalPercentiles
                                     : l.form == Lognormal::Form::Moments ? Kind::LognormalMoments
                                                                          : Kind::LognormalLog;
                          },
                          [](const Gamma&) { return Kind::Gamma; },
                          [](const Beta&) { return Kind::Beta; },
                          [](const Pareto&) { return Kind::Pareto; },
                          [](const Lomax&) { return Kind::Lomax; },
                          [](const Poisson&) { return Kind::Poisson; },
                          [](const Binomial&) { return Kind::Binomial; },
                          [](const NegBinomial&) { return Kind::NegBinomial; },
                          [](const Bernoulli&) { return Kind::Bernoulli; },
                          [](const Discrete&) { return Kind::Discrete; },
                      },
                      d);
}

QStringList texts(const Distribution& d) {
    auto n = [](double x) { return numberText(x); };
    auto bound = [](double x) { return std::isinf(x) ? QString() : numberText(x); };
    return std::visit(detail::Overloaded{
                          [&](const Fixed& x) { return QStringList{n(x.value)}; },
                          [&](const Uniform& x) {
                              return QStringList{n(x.min), n(x.max)};
                          },
                          [&](const Triangular& x) {
                              return QStringList{n(x.min), n(x.mode), n(x.max)};
                          },
                          [&](const Pert& x) {
                              return QStringList{n(x.min), n(x.mode), n(x.max), n(x.lambda)};
                          },
                          [&](const Normal& x) {
                              return QStringList{n(x.mean), n(x.sd), bound(x.min), bound(x.max)};
                          },
                          [&](const Lognormal& x) {
                              return x.form == Lognormal::Form::Log
                                         ? QStringList{n(x.meanlog), n(x.sdlog)}
                                         : QStringList{n(x.given1), n(x.given2)};
                          },
                          [&](const Gamma& x) {
                              return QStringList{n(x.shape), n(x.scale)};
                          },
                          [&](const Beta& x) {
                              return QStringList{n(x.alpha), n(x.beta)};
                          },
                          [&](const Pareto& x) {
                              return QStringList{n(x.scale), n(x.shape)};
                          },
                          [&](const Lomax& x) {
                              return QStringList{n(x.shape), n(x.scale)};
                          },
                          [&](const Poisson& x) { return QStringList{n(x.lambda)}; },
                          [&](const Binomial& x) {
                              return QStringList{n(x.n), n(x.p)};
                          },
                          [&](const NegBinomial& x) {
                              return QStringList{n(x.size), n(x.prob)};
                          },
                          [&](const Bernoulli& x) { return QStringList{n(x.p)}; },
                          [&](const Discrete& x) {
                              return QStringList{listText(x.values), listText(x.weights)};
                          },
                      },
                      d);
}

Reading read(Kind kind, const QStringList& fields, Quantity quantity) {
    const Numbers numbers = parseFields(kind, fields);
    if (!numbers.badField.isEmpty()) {
        return {std::nullopt, numbers.badField,
                numbers.badText.isEmpty()
                    ? DistributionKinds::tr("a number is required")
                    : DistributionKinds::tr("must be a number, got \"%1\"").arg(numbers.badText)};
    }
    const Distribution d = build(kind, numbers.values);
    const auto problems = checkParameters(d);
    if (!problems.empty()) {
        QString field = QString::fromStdString(problems.front().parameter).section(u'/', 0, 0);
        return {std::nullopt, field, QString::fromStdString(problems.front().message)};
    }
    return checkRange(kind, d, quantity);
}

} // namespace cr::ui::kinds
