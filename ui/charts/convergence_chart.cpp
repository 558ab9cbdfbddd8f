// Convergence chart: running mean and its 95 % band from the document's "convergence".
#include "charts/convergence_chart.h"

#include "charts/chart_axes.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

namespace cr::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConvergenceChart)
};

std::vector<double> numbers(const nlohmann::ordered_json& array) {
    std::vector<double> values;
    for (const auto& v : array) {
        values.push_back(v.is_number() ? v.get<double>() : NAN);
    }
    return values;
}

} // namespace

QChart* createConvergenceChart(const Scenario& scenario, const nlohmann::ordered_json& document,
                               Language language) {
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    std::vector<double> iterations, means, errors;
    if (const auto it = document.find("convergence"); it != document.end() && it->is_object()) {
        iterations = numbers(it->at("iterations"));
        means = numbers(it->at("mean_total_loss"));
        errors = numbers(it->at("stderr"));
    }
    auto* mean = new QLineSeries;
    mean->setObjectName(QStringLiteral("mean"));
    mean->setName(Text::tr("Expected total loss so far"));
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    double low = INFINITY, high = -INFINITY;
    const std::size_t n = std::min({iterations.size(), means.size(), errors.size()});
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(means[i]) || !std::isfinite(errors[i])) {
            continue; // undefined statistics are null in the document
        }
        const double half = kBandZ * errors[i];
        mean->append(iterations[i], means[i]);
        upper->append(iterations[i], means[i] + half);
        lower->append(iterations[i], means[i] - half);
        low = std::min(low, means[i] - half);
        high = std::max(high, means[i] + half);
    }
    if (mean->count() == 0) {
        delete mean;
        delete upper;
        delete lower;
        chart->setTitle(Text::tr("No convergence data in this result"));
        return chart;
    }
    chart->setTitle(Text::tr("Has the estimate settled? Running mean with its 95 % band"));
    // QAreaSeries does not own its lines: the chart does (it deletes its series first).
    upper->setParent(chart);
    lower->setParent(chart);
    auto* band = new QAreaSeries(upper, lower);
    band->setObjectName(QStringLiteral("band"));
    band->setName(Text::tr("95 % confidence band"));
    band->setColor(QColor(0x1f, 0x5f, 0xa8, 0x50));
    band->setBorderColor(QColor(0x1f, 0x5f, 0xa8, 0x90));
    QPen pen(QColor(0x1f, 0x5f, 0xa8));
    pen.setWidthF(2);
    mean->setPen(pen);
    chart->addSeries(band);
    chart->addSeries(mean);

    auto* xAxis = roundStepAxis(0, iterations[n - 1], [&](double x) {
        return QString::fromStdString(formatNumber(x, 0, language));
    });
    xAxis->setTitleText(Text::tr("Iterations"));
    auto* yAxis = roundStepAxis(low, high, [&](double x) {
        return QString::fromStdString(formatMoney(x, scenario.currency, language));
    });
    yAxis->setTitleText(Text::tr("Expected total loss"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(band), static_cast<QAbstractSeries*>(mean)}) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    return chart;
}

} // namespace cr::ui
