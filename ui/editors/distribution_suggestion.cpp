// kinds::suggestion: starting parameters when the user switches the type of an input, so the
// new type begins near the old value (similar median and spread) instead of at arbitrary numbers.
#include "editors/distribution_kinds.h"

#include <algorithm>
#include <cmath>

namespace cr::ui::kinds {

namespace {

// Three significant digits: a suggestion is a starting point, not a computed result.
double round3(double x) {
    if (x == 0 || !std::isfinite(x)) {
        return x;
    }
    const double scale = std::pow(10.0, 2 - std::floor(std::log10(std::fabs(x))));
    return std::round(x * scale) / scale;
}

QStringList numbers(std::initializer_list<double> values) {
    QStringList out;
    for (double v : values) {
        out << numberText(round3(v));
    }
    return out;
}

} // namespace

QStringList suggestion(Kind kind, const Distribution& from, DistributionEditor::Quantity quantity) {
    using Quantity = DistributionEditor::Quantity;
    const bool share = quantity == Quantity::Probability;
    double median = quantile(from, 0.5);
    double lo = quantile(from, 0.05);
    double hi = quantile(from, 0.95);
    if (!(hi > lo)) { // a plain number: spread it by a factor of two either way
        lo = median / 2;
        hi = median > 0 ? median * 2 : 1;
        if (share) {
            hi = std::min(hi, 1.0);
            lo = std::min(lo, hi / 2);
        }
    }
    if (!std::isfinite(hi)) {
        hi = std::max(2 * median, 1.0);
    }
    double mu = mean(from);
    if (!(mu > 0) || !std::isfinite(mu)) {
        mu = median > 0 ? median : hi / 2;
    }
    double sd = std::sqrt(variance(from));
    if (!(sd > 0) || !std::isfinite(sd)) {
        sd = (hi - lo) / 3.29; // a normal's 90 % interval is 3.29 sd wide
    }

    switch (kind) {
    case Kind::Fixed:
        return numbers({quantity == Quantity::Count ? std::round(median) : median});
    case Kind::Uniform:
        return numbers({lo, hi});
    case Kind::Triangular:
        return numbers({lo, median, hi});
    case Kind::Pert:
        return numbers({lo, median, hi, 4});
    case Kind::Normal: {
        QStringList out = numbers({median, (hi - lo) / 3.29, 0});
        out << (share ? numberText(1) : QString());
        return out;
    }
    case Kind::LognormalPercentiles:
        return numbers({lo > 0 ? lo : hi / 10, hi});
    case Kind::LognormalMoments:
        return numbers({mu, sd});
    case Kind::LognormalLog: {
        const Lognormal l = lognormalFromMoments(mu, sd);
        return numbers({l.meanlog, l.sdlog});
    }
    case Kind::Gamma:
        return numbers({mu * mu / (sd * sd), sd * sd / mu});
    case Kind::Beta: {
        const double m = mu > 0 && mu < 1 ? mu : 0.5;
        const double k = m * (1 - m) / (sd * sd) - 1;
        return k > 0 ? numbers({m * k, (1 - m) * k}) : numbers({2, 2 * (1 - m) / m});
    }
    case Kind::Pareto:
        return numbers({lo > 0 ? lo : 1, 2});
    case Kind::Lomax:
        return numbers({3, 2 * mu});
    case Kind::Poisson:
        return numbers({mu});
    case Kind::Binomial: {
        const double n = std::max(1.0, std::ceil(hi));
        return numbers({n, std::clamp(mu / n, 0.0, 1.0)});
    }
    case Kind::NegBinomial: {
        const double var = sd * sd;
        return var > mu ? numbers({mu * mu / (var - mu), mu / var}) : numbers({1, 1 / (1 + mu)});
    }
    case Kind::Bernoulli:
        return numbers({std::clamp(mu, 0.0, 1.0)});
    case Kind::Discrete: {
        const bool whole = quantity == Quantity::Count;
        auto v = [&](double x) { return numberText(round3(whole ? std::round(x) : x)); };
        return {QStringList{v(lo), v(median), v(hi)}.join(QStringLiteral("; ")),
                QStringLiteral("1; 2; 1")};
    }
    }
    return {};
}

} // namespace cr::ui::kinds
