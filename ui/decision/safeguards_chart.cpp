// Safeguards chart: one horizontal bar per safeguard on a money axis through zero.
#include "decision/safeguards_chart.h"

#include "charts/chart_axes.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>

#include <algorithm>

namespace cr::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cr::ui::SafeguardsChart)
};

} // namespace

QChart* createSafeguardsChart(const std::vector<cr::KeyFigures>& figures,
                              const std::string& currency, Language language) {
    auto* chart = new QChart;
    chart->setTitle(Text::tr("Change in expected total loss per safeguard"));
    if (figures.size() < 2) {
        return chart;
    }
    auto* change = new QBarSet(Text::tr("Change in expected total loss"));
    change->setObjectName(QStringLiteral("change"));
    change->setColor(QColor(0x2e, 0x8b, 0x57));
    QStringList labels;
    double low = 0, high = 0;
    // Horizontal bars are drawn bottom-up: reversed, the first safeguard is at the top.
    for (std::size_t i = figures.size() - 1; i >= 1; --i) {
        const double delta = figures[i].expectedTotalLoss - figures[0].expectedTotalLoss;
        labels << QString::fromStdString(figures[i].label);
        change->append(delta);
        low = std::min(low, delta);
        high = std::max(high, delta);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(change);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels);
    auto* valueAxis = roundStepAxis(low, high, [&](double x) {
        return QString::fromStdString(formatMoney(x, currency, language));
    });
    valueAxis->setTitleText(Text::tr("Change against the scenario as it is"));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->hide();
    return chart;
}

} // namespace cr::ui
