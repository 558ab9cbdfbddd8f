// Loss histogram: bins of the loss given an incident as an area on a log10 amount axis.
#include "charts/loss_histogram_chart.h"

#include "charts/chart_axes.h"
#include "charts/result_figures.h"

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
    Q_DECLARE_TR_FUNCTIONS(LossHistogramChart)
};

} // namespace

QChart* createLossHistogramChart(const Scenario& scenario, const nlohmann::ordered_json& document,
                                 Language language) {
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const auto& total = document.at("series").at("total_loss");
    const auto given = total.find("given_incident");
    std::vector<double> edges, counts;
    if (given != total.end() && given->is_object() && given->contains("histogram")) {
        const auto& histogram = given->at("histogram");
        edges = histogram.at("edges").get<std::vector<double>>();
        counts = histogram.at("counts").get<std::vector<double>>();
    }
    double sum = 0;
    for (double c : counts) {
        sum += c;
    }
    if (sum <= 0 || edges.size() != counts.size() + 1 || edges.front() <= 0) {
        chart->setTitle(Text::tr("No incident with a loss in this run: nothing to plot"));
        return chart;
    }
    chart->setTitle(Text::tr("What an incident costs: share of incidents by total loss"));

    auto* upper = new QLineSeries;
    double highest = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const double share = counts[i] / sum;
        upper->append(std::log10(edges[i]), share);
        upper->append(std::log10(edges[i + 1]), share);
        highest = std::max(highest, share);
    }
    upper->setParent(chart); // QAreaSeries does not own its line; the chart deletes both
    auto* area = new QAreaSeries(upper);
    area->setObjectName(QStringLiteral("histogram"));
    area->setName(Text::tr("Share of incidents"));
    area->setColor(QColor(0x1f, 0x5f, 0xa8, 0xb0));
    area->setBorderColor(QColor(0x1f, 0x5f, 0xa8));
    chart->addSeries(area);

    const std::string& currency = scenario.currency;
    const int x0 = static_cast<int>(std::floor(std::log10(edges.front())));
    const int x1 = std::max(x0 + 1, static_cast<int>(std::ceil(std::log10(edges.back()))));
    auto* xAxis = powersOfTenAxis(x0, x1, [&](double x) {
        return QString::fromStdString(formatMoney(x, currency, language));
    });
    xAxis->setTitleText(Text::tr("Total loss of an outcome with an incident (log scale)"));
    auto* yAxis = roundStepAxis(
        0, highest, [&](double p) { return QString::fromStdString(formatPercent(p, language)); });
    yAxis->setTitleText(Text::tr("Share of incidents"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    area->attachAxis(xAxis);
    area->attachAxis(yAxis);

    if (const auto mean = numberAt(document, {"series", "total_loss", "given_incident", "mean"});
        mean && *mean >= std::pow(10.0, x0) && *mean <= std::pow(10.0, x1)) {
        auto* line = new QLineSeries;
        line->setObjectName(QStringLiteral("mean"));
        line->setName(Text::tr("Average: %1")
                          .arg(QString::fromStdString(formatMoney(*mean, currency, language))));
        line->append(std::log10(*mean), 0);
        line->append(std::log10(*mean), yAxis->max());
        QPen pen(QColor(0xc0, 0x39, 0x2b));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    return chart;
}

std::vector<double> histogramShares(const QChart* chart) {
    std::vector<double> shares;
    for (QAbstractSeries* s : chart->series()) {
        if (s->objectName() == QStringLiteral("histogram")) {
            const auto points = static_cast<QAreaSeries*>(s)->upperSeries()->points();
            for (qsizetype i = 0; i + 1 < points.size(); i += 2) {
                shares.push_back(points[i].y());
            }
        }
    }
    return shares;
}

} // namespace cr::ui
