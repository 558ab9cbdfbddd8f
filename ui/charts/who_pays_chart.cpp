// Who-pays chart: grouped horizontal bars per party from ResultFigures::whoPays.
#include "charts/who_pays_chart.h"

#include "charts/chart_axes.h"
#include "charts/result_figures.h"

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
    Q_DECLARE_TR_FUNCTIONS(WhoPaysChart)
};

} // namespace

QChart* createWhoPaysChart(const Scenario& scenario, const nlohmann::ordered_json& document,
                           Language language) {
    auto* chart = new QChart;
    chart->setTitle(Text::tr("Who pays: on average and in a 1-in-100 outcome"));
    auto payers = ResultFigures::whoPays(scenario, document);
    // Horizontal bars are drawn bottom-up: reversed, the operator comes first at the top.
    std::reverse(payers.begin(), payers.end());

    auto* mean = new QBarSet(Text::tr("On average"));
    mean->setObjectName(QStringLiteral("mean"));
    mean->setColor(QColor(0x1f, 0x5f, 0xa8));
    auto* oneIn100 = new QBarSet(Text::tr("1-in-100 (each on its own; these do not add up)"));
    oneIn100->setObjectName(QStringLiteral("one_in_100"));
    oneIn100->setColor(QColor(0xe6, 0x7e, 0x22));
    QStringList labels;
    double largest = 0;
    for (const auto& payer : payers) {
        labels << payer.label;
        mean->append(payer.mean.value_or(0));
        oneIn100->append(payer.oneIn100.value_or(0));
        largest = std::max({largest, payer.mean.value_or(0), payer.oneIn100.value_or(0)});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(mean);
    series->append(oneIn100);
    chart->addSeries(series);
    attachHorizontalBarAxes(chart, series, labels,
                            roundStepAxis(0, largest,
                                          [&](double x) {
                                              return QString::fromStdString(
                                                  formatMoney(x, scenario.currency, language));
                                          }),
                            Text::tr("Amount borne"));
    return chart;
}

} // namespace cr::ui
