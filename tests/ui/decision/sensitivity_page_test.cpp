// The Sensitivity page shows runSensitivity's tornado in swing order (for either measure) with
// the model's values, and its table holds each input's P10/P90 value, swings and Spearman ρ.
#include "decision_test_support.h"

#include "charts/chart_panel.h"
#include "decision/input_names.h"
#include "decision/sensitivity_page.h"
#include "report/report_words.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QLineSeries>
#include <QTableWidget>

#include <algorithm>
#include <numeric>

namespace cr::ui {
namespace {

using test::money;

class SensitivityPageTest : public test::DecisionTest {};

QAreaSeries* area(QChart* chart, const QString& name) {
    for (QAbstractSeries* s : chart->series()) {
        if (s->objectName() == name) {
            return qobject_cast<QAreaSeries*>(s);
        }
    }
    return nullptr;
}

// The x range an area series covers.
std::pair<double, double> span(QAreaSeries* series) {
    const auto points = series->upperSeries()->points();
    double lo = points.front().x(), hi = lo;
    for (const QPointF& p : points) {
        lo = std::min(lo, p.x());
        hi = std::max(hi, p.x());
    }
    return {lo, hi};
}

QString valueText(double v) {
    const double size = std::abs(v);
    return QString::fromStdString(formatNumber(v,
                                               size >= 100 ? 0
                                               : size >= 1 ? 2
                                                           : 4,
                                               Language::English));
}

TEST_F(SensitivityPageTest, TornadoAndTableShowTheModelsBarsInSwingOrder) {
    ScenarioDocument document;
    document.load(test::templateScenario("isp-router-reset", 3000), QString());
    SensitivityPage page(&document);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(test::runPage(page, 300000));

    const Scenario scenario = document.scenario();
    RunOptions options;
    options.iterations = 3000;
    options.seed = 7;
    options.threads = 1;
    const SensitivityResult expected = runSensitivity(scenario, options);
    const std::size_t n = expected.tornado.size();
    ASSERT_GE(n, 3u);
    QTableWidget* table = page.table();
    ASSERT_EQ(table->rowCount(), static_cast<int>(n));

    for (const TornadoMeasure measure : {TornadoMeasure::TotalLoss, TornadoMeasure::Uninsured}) {
        const bool total = measure == TornadoMeasure::TotalLoss;
        SCOPED_TRACE(total ? "total loss" : "uninsured");
        if (!total) {
            // Switch the tornado as a user would: the combo box, one step down.
            page.measureBox()->setFocus();
            QTest::keyClick(page.measureBox(), Qt::Key_Down);
            ASSERT_EQ(page.measure(), TornadoMeasure::Uninsured);
        }
        // The order computed here: by the measure's swing |at P90 − at P10|, largest first.
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        const auto swingOf = [&](std::size_t i) {
            const TornadoBar& b = expected.tornado[i];
            return total ? std::abs(b.totalLossAtHigh - b.totalLossAtLow)
                         : std::abs(b.uninsuredAtHigh - b.uninsuredAtLow);
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return swingOf(a) > swingOf(b); });
        const double base = total ? expected.expectedTotalLoss : expected.expectedUninsured;

        QChart* chart = page.chart()->chart();
        ASSERT_NE(chart, nullptr);
        const std::size_t shown = std::min<std::size_t>(n, 12);
        for (std::size_t k = 0; k < shown; ++k) {
            const TornadoBar& bar = expected.tornado[order[k]];
            QAreaSeries* p10 = area(chart, QStringLiteral("bar.%1.p10").arg(k));
            QAreaSeries* p90 = area(chart, QStringLiteral("bar.%1.p90").arg(k));
            ASSERT_TRUE(p10 && p90) << k;
            EXPECT_EQ(p10->property("input").toString().toStdString(), bar.input);
            const double low = total ? bar.totalLossAtLow : bar.uninsuredAtLow;
            const double high = total ? bar.totalLossAtHigh : bar.uninsuredAtHigh;
            const auto [a10, b10] = span(p10);
            EXPECT_DOUBLE_EQ(a10, std::min(base, low));
            EXPECT_DOUBLE_EQ(b10, std::max(base, low));
            const auto [a90, b90] = span(p90);
            EXPECT_DOUBLE_EQ(a90, std::min(base, high));
            EXPECT_DOUBLE_EQ(b90, std::max(base, high));
        }
        EXPECT_EQ(area(chart, QStringLiteral("bar.%1.p10").arg(shown)), nullptr);
        // Every bar is labelled on the vertical axis, the largest swing at the top.
        auto* yAxis = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Vertical).front());
        ASSERT_NE(yAxis, nullptr);
        const QStringList labels = yAxis->categoriesLabels();
        ASSERT_EQ(labels.size(), static_cast<int>(shown));
        EXPECT_EQ(labels.back().trimmed(), inputName(scenario, expected.tornado[order[0]].input));
        EXPECT_EQ(yAxis->endValue(labels.back()), static_cast<double>(shown - 1));

        for (std::size_t row = 0; row < n; ++row) {
            const TornadoBar& bar = expected.tornado[order[row]];
            const int r = static_cast<int>(row);
            EXPECT_EQ(table->item(r, 0)->text(), inputName(scenario, bar.input));
            EXPECT_EQ(table->item(r, 6)->text().toStdString(), bar.input);
            EXPECT_EQ(table->item(r, 1)->text(), valueText(bar.low));
            EXPECT_EQ(table->item(r, 2)->text(), valueText(bar.high));
            EXPECT_EQ(table->item(r, 3)->text(),
                      money(std::abs(bar.totalLossAtHigh - bar.totalLossAtLow), scenario));
            EXPECT_EQ(table->item(r, 4)->text(),
                      money(std::abs(bar.uninsuredAtHigh - bar.uninsuredAtLow), scenario));
            const auto importance =
                std::find_if(expected.importance.begin(), expected.importance.end(),
                             [&](const InputImportance& i) { return i.input == bar.input; });
            ASSERT_NE(importance, expected.importance.end());
            EXPECT_EQ(table->item(r, 5)->text(),
                      importance->spearman ? QString::fromStdString(formatNumber(
                                                 *importance->spearman, 2, Language::English))
                                           : QStringLiteral("—"));
        }
    }
    // Inputs are named in words: the router's outage hours carry the asset group's id.
    const auto outage =
        std::find_if(expected.tornado.begin(), expected.tornado.end(), [](const TornadoBar& b) {
            return b.input.find("/outage_hours") != std::string::npos;
        });
    if (outage != expected.tornado.end()) {
        const QString name = inputName(scenario, outage->input);
        const report::Words english(Language::English);
        EXPECT_TRUE(name.startsWith(english("in.outageHours") + QStringLiteral(" (")))
            << name.toStdString();
    }
    // The report's words (one table for page and report), in the interface's language.
    EXPECT_EQ(inputName(scenario, "/environment/support/contact_rate"),
              QStringLiteral("Users who contact support"));
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        EXPECT_EQ(inputName(scenario, "/environment/support/contact_rate"),
                  QStringLiteral("Anteil Nutzer mit Support-Kontakt"));
        QLocale::setDefault(previous);
    }
    EXPECT_EQ(inputName(scenario, "/no/such/key"), QStringLiteral("/no/such/key"));
}

} // namespace
} // namespace cr::ui
