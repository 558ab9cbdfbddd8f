// Cover options chart: lines over log10(limit), money on the left, probability on the right.
#include "decision/cover_options_chart.h"

#include "charts/chart_axes.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <map>

namespace cr::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cr::ui::CoverOptionsChart)
};

const QColor kColours[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0x2e, 0x8b, 0x57),
                           QColor(0x8e, 0x44, 0xad), QColor(0x7f, 0x8c, 0x8d)};

// The deductible an option stands for, as the sweep was asked: its index among the distinct
// deductibles in option order (every option of one limit has a different one).
std::size_t deductibleIndex(const SweepResult& sweep, std::size_t option) {
    const double limit = sweep.options[option].terms.perClaimLimit.value_or(0);
    std::size_t index = 0;
    for (std::size_t i = 0; i < option; ++i) {
        if (sweep.options[i].terms.perClaimLimit.value_or(0) == limit) {
            ++index;
        }
    }
    return index;
}

} // namespace

QChart* createCoverOptionsChart(const Scenario& scenario, const SweepResult& sweep,
                                Language language) {
    auto* chart = new QChart;
    chart->setTitle(Text::tr("What each sum insured leaves the policy holder"));
    // By deductible, then by limit: the lines run from left to right.
    std::map<std::size_t, std::map<double, const CoverOption*>> lines;
    double lowest = 0, highest = 0, largestMoney = 0, largestP = 0;
    bool first = true;
    for (std::size_t i = 0; i < sweep.options.size(); ++i) {
        const CoverOption& o = sweep.options[i];
        if (!o.terms.perClaimLimit || !(*o.terms.perClaimLimit > 0)) {
            continue;
        }
        const double limit = *o.terms.perClaimLimit;
        lines[deductibleIndex(sweep, i)][limit] = &o;
        lowest = first ? limit : std::min(lowest, limit);
        highest = first ? limit : std::max(highest, limit);
        first = false;
        largestMoney = std::max(
            {largestMoney, o.expectedUninsured, o.expectedUninsuredPlusPremium.value_or(0)});
        largestP = std::max(largestP, o.pClaimCapped);
    }
    if (lines.empty()) {
        return chart;
    }
    // Small amounts get cents, so that axis steps of 2.5 are not rounded to whole units.
    const int decimals = largestMoney < 100 ? 2 : 0;
    const auto money = [&](double x) {
        return QString::fromStdString(formatMoney(x, scenario.currency, language, decimals));
    };
    int from = static_cast<int>(std::floor(std::log10(lowest)));
    int to = static_cast<int>(std::ceil(std::log10(highest)));
    if (to == from) {
        ++to;
    }
    auto* xAxis = powersOfTenAxis(from, to, [&](double x) {
        return QString::fromStdString(formatMoney(x, scenario.currency, language));
    });
    xAxis->setTitleText(Text::tr("Sum insured per claim (log scale)"));
    auto* moneyAxis = roundStepAxis(0, largestMoney, money);
    moneyAxis->setTitleText(Text::tr("Expected amount"));
    auto* pAxis = roundStepAxis(0, std::max(largestP, 0.001), [&](double p) {
        return QString::fromStdString(formatPercent(p, language));
    });
    pAxis->setTitleText(Text::tr("P(claim > limit)"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(moneyAxis, Qt::AlignLeft);
    chart->addAxis(pAxis, Qt::AlignRight);

    const bool severalDeductibles = lines.size() > 1;
    for (const auto& [d, byLimit] : lines) {
        const QColor colour = kColours[d % std::size(kColours)];
        const CoverOption& any = *byLimit.begin()->second;
        const QString suffix =
            severalDeductibles ? Text::tr(", deductible %1")
                                     .arg(any.terms.deductible.isPercent
                                              ? QString::fromStdString(formatNumber(
                                                    any.terms.deductible.percent, 1, language)) +
                                                    QStringLiteral(" %")
                                              : money(any.terms.deductible.amount))
                               : QString();
        auto* uninsured = new QLineSeries;
        uninsured->setObjectName(QStringLiteral("uninsured.%1").arg(d));
        uninsured->setName(Text::tr("Expected uninsured") + suffix);
        uninsured->setPointsVisible(true);
        uninsured->setPen(QPen(colour, 2.5));
        QLineSeries* withPremium = nullptr;
        if (any.expectedUninsuredPlusPremium) {
            withPremium = new QLineSeries;
            withPremium->setObjectName(QStringLiteral("uninsured_plus_premium.%1").arg(d));
            withPremium->setName(Text::tr("Expected uninsured + premium") + suffix);
            withPremium->setPointsVisible(true);
            withPremium->setPen(QPen(colour, 2.5, Qt::DashLine));
        }
        auto* capped = new QLineSeries;
        capped->setObjectName(QStringLiteral("p_claim_capped.%1").arg(d));
        capped->setName(Text::tr("P(claim > limit)") + suffix);
        capped->setPointsVisible(true);
        capped->setPen(QPen(QColor(0xe6, 0x7e, 0x22), 2, d == 0 ? Qt::SolidLine : Qt::DotLine));
        for (const auto& [limit, option] : byLimit) {
            const double x = std::log10(limit);
            uninsured->append(x, option->expectedUninsured);
            if (withPremium && option->expectedUninsuredPlusPremium) {
                withPremium->append(x, *option->expectedUninsuredPlusPremium);
            }
            capped->append(x, option->pClaimCapped);
        }
        for (QLineSeries* series : {uninsured, withPremium}) {
            if (series) {
                chart->addSeries(series);
                series->attachAxis(xAxis);
                series->attachAxis(moneyAxis);
            }
        }
        chart->addSeries(capped);
        capped->attachAxis(xAxis);
        capped->attachAxis(pAxis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace cr::ui
