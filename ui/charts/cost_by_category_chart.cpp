// Cost-by-category chart: category means from the document, split into insured and retained.
#include "charts/cost_by_category_chart.h"

#include "charts/chart_axes.h"
#include "charts/result_figures.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>

#include <algorithm>

namespace cr::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CostByCategoryChart)
};

struct Row {
    Category category;
    double gross;
    double insured;
};

} // namespace

QChart* createCostByCategoryChart(const Scenario& scenario, const nlohmann::ordered_json& document,
                                  Language language) {
    auto* chart = new QChart;
    std::vector<Row> rows;
    for (Category c : kAllCategories) {
        const std::string key = "category." + std::string(categoryName(c));
        const double gross = numberAt(document, {"series", key, "mean"}).value_or(0);
        const double insured = numberAt(document, {"series", key + ".insured", "mean"}).value_or(0);
        if (gross > 0) {
            rows.push_back({c, gross, insured});
        }
    }
    if (rows.empty()) {
        chart->setTitle(Text::tr("No cost in any category: nothing to plot"));
        return chart;
    }
    chart->setTitle(Text::tr("Expected cost by category: insured and retained"));
    // Horizontal bars are drawn bottom-up: ascending order puts the largest at the top.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.gross < b.gross; });

    auto* insured = new QBarSet(Text::tr("Paid by insurance"));
    insured->setObjectName(QStringLiteral("insured"));
    insured->setColor(QColor(0x27, 0xae, 0x60));
    auto* retained = new QBarSet(Text::tr("Retained (operator or contractor)"));
    retained->setObjectName(QStringLiteral("retained"));
    retained->setColor(QColor(0xc0, 0x39, 0x2b));
    QStringList labels;
    double largest = 0;
    for (const Row& row : rows) {
        labels << categoryLabel(row.category);
        const double paid = std::min(row.insured, row.gross);
        insured->append(paid);
        retained->append(row.gross - paid);
        largest = std::max(largest, row.gross);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(insured);
    series->append(retained);
    chart->addSeries(series);
    attachHorizontalBarAxes(chart, series, labels,
                            roundStepAxis(0, largest,
                                          [&](double x) {
                                              return QString::fromStdString(
                                                  formatMoney(x, scenario.currency, language));
                                          }),
                            Text::tr("Expected cost (average over all outcomes)"));
    return chart;
}

} // namespace cr::ui
