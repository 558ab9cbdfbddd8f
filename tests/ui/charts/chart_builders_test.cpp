// The chart builders plot the result document's numbers, checked against the document and
// against figures the test computes from the run's own samples.
#include "chart_test_support.h"

#include "charts/convergence_chart.h"
#include "charts/cost_by_category_chart.h"
#include "charts/loss_exceedance_chart.h"
#include "charts/loss_histogram_chart.h"
#include "charts/result_figures.h"
#include "charts/who_pays_chart.h"

#include <QAreaSeries>
#include <QLineSeries>

#include <gtest/gtest.h>

#include <memory>

namespace cr::ui {
namespace {

using test::barValues;
using test::sampleMean;
using test::sampleQuantile;
using test::seriesNamed;

// Both templates have a contractor; the SME one has two policies.
class ChartBuilders : public ::testing::TestWithParam<const char*> {
protected:
    static constexpr std::uint64_t kIterations = 20000;
    void SetUp() override { m_run = test::runTemplate(GetParam(), kIterations, 7); }
    double mean(const std::string& series) const {
        return m_run.document["series"][series]["mean"].get<double>();
    }
    test::TemplateRun m_run;
};

TEST_P(ChartBuilders, CostByCategoryStacksInsuredAndRetainedToTheCategoryMeans) {
    std::unique_ptr<QChart> chart(
        createCostByCategoryChart(m_run.scenario, m_run.document, Language::English));
    const auto insured = barValues(chart.get(), QStringLiteral("insured"));
    const auto retained = barValues(chart.get(), QStringLiteral("retained"));
    ASSERT_FALSE(insured.empty());
    ASSERT_EQ(insured.size(), retained.size());
    double stacked = 0;
    std::size_t nonZero = 0;
    for (Category c : kAllCategories) {
        const std::string key = "category." + std::string(categoryName(c));
        const double gross = mean(key);
        if (gross <= 0) {
            EXPECT_EQ(insured.count(categoryLabel(c)), 0u) << key;
            continue;
        }
        ++nonZero;
        const QString label = categoryLabel(c);
        ASSERT_EQ(insured.count(label), 1u) << key;
        EXPECT_NEAR(insured.at(label) + retained.at(label), gross, 1e-9 * gross) << key;
        EXPECT_NEAR(insured.at(label), mean(key + ".insured"), 1e-9 * gross) << key;
        EXPECT_GE(retained.at(label), 0) << key;
        stacked += insured.at(label) + retained.at(label);
    }
    EXPECT_EQ(insured.size(), nonZero);
    // Every amount belongs to exactly one category: the bars add up to the mean total loss,
    // computed here from the samples.
    const double total = sampleMean(m_run.samples, &SampleRow::totalLoss);
    EXPECT_NEAR(stacked, total, 1e-9 * total);
    // And the insured parts to the mean insurance payment.
    double insuredSum = 0;
    for (const auto& [label, value] : insured) {
        insuredSum += value;
    }
    const double paid = sampleMean(m_run.samples, &SampleRow::insurancePaid);
    EXPECT_NEAR(insuredSum, paid, 1e-6 * total);
}

TEST_P(ChartBuilders, WhoPaysPartsAddUpToTheTotalLoss) {
    std::unique_ptr<QChart> chart(
        createWhoPaysChart(m_run.scenario, m_run.document, Language::English));
    const auto means = barValues(chart.get(), QStringLiteral("mean"));
    const auto tails = barValues(chart.get(), QStringLiteral("one_in_100"));
    const auto payers = ResultFigures::whoPays(m_run.scenario, m_run.document);
    ASSERT_EQ(means.size(), payers.size());
    ASSERT_EQ(payers.size(),
              3 + m_run.scenario.insurance.size()); // operator, contractor, uninsured

    const auto& s = m_run.samples;
    const QString operatorLabel = payers.front().label;
    const QString contractorLabel = payers[1].label;
    const QString uninsuredLabel = payers.back().label;
    EXPECT_NEAR(means.at(operatorLabel), sampleMean(s, &SampleRow::operatorNet), 1e-6);
    EXPECT_NEAR(means.at(contractorLabel), sampleMean(s, &SampleRow::contractorNet), 1e-6);
    EXPECT_NEAR(means.at(uninsuredLabel), sampleMean(s, &SampleRow::uninsured), 1e-6);
    EXPECT_NEAR(tails.at(operatorLabel), sampleQuantile(s, &SampleRow::operatorNet, 0.99), 1e-6);
    EXPECT_NEAR(tails.at(uninsuredLabel), sampleQuantile(s, &SampleRow::uninsured, 0.99), 1e-6);

    // Operator + contractor + every insurer = the mean total loss (within rounding).
    double insurers = 0;
    for (const Payer& p : payers) {
        if (p.isInsurer) {
            insurers += means.at(p.label);
            EXPECT_NEAR(means.at(p.label), mean(p.series), 1e-9 * (1 + mean(p.series)));
        }
    }
    EXPECT_NEAR(insurers, sampleMean(s, &SampleRow::insurancePaid), 1e-6);
    const double total = sampleMean(s, &SampleRow::totalLoss);
    ASSERT_GT(total, 0);
    EXPECT_NEAR(means.at(operatorLabel) + means.at(contractorLabel) + insurers, total,
                1e-9 * total);
    EXPECT_NEAR(means.at(uninsuredLabel), means.at(operatorLabel) + means.at(contractorLabel),
                1e-9 * total);
}

TEST_P(ChartBuilders, HistogramShowsTheShareOfIncidentsInEachBin) {
    std::unique_ptr<QChart> chart(
        createLossHistogramChart(m_run.scenario, m_run.document, Language::English));
    const auto& histogram = m_run.document["series"]["total_loss"]["given_incident"]["histogram"];
    const auto counts = histogram["counts"].get<std::vector<double>>();
    const auto edges = histogram["edges"].get<std::vector<double>>();
    const auto shares = histogramShares(chart.get());
    ASSERT_EQ(shares.size(), counts.size());
    // The bins hold every outcome with a loss: count them in the samples.
    double withLoss = 0;
    for (const SampleRow& r : m_run.samples) {
        withLoss += r.totalLoss > 0;
    }
    ASSERT_GT(withLoss, 0);
    double shareSum = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        EXPECT_NEAR(shares[i], counts[i] / withLoss, 1e-12) << i;
        shareSum += shares[i];
    }
    EXPECT_NEAR(shareSum, 1.0, 1e-9);
    // The steps sit on the document's log-spaced edges.
    const auto* area =
        static_cast<QAreaSeries*>(seriesNamed(chart.get(), QStringLiteral("histogram")));
    ASSERT_NE(area, nullptr);
    const auto points = area->upperSeries()->points();
    ASSERT_EQ(static_cast<std::size_t>(points.size()), 2 * counts.size());
    for (std::size_t i = 0; i < counts.size(); ++i) {
        EXPECT_NEAR(std::pow(10.0, points[static_cast<qsizetype>(2 * i)].x()), edges[i],
                    1e-9 * edges[i]);
        EXPECT_NEAR(std::pow(10.0, points[static_cast<qsizetype>(2 * i + 1)].x()), edges[i + 1],
                    1e-9 * edges[i + 1]);
    }
}

TEST_P(ChartBuilders, ConvergenceBandIsTheMeanPlusMinus196StandardErrors) {
    std::unique_ptr<QChart> chart(
        createConvergenceChart(m_run.scenario, m_run.document, Language::English));
    const auto& convergence = m_run.document["convergence"];
    const auto iterations = convergence["iterations"].get<std::vector<double>>();
    const auto means = convergence["mean_total_loss"].get<std::vector<double>>();
    const auto errors = convergence["stderr"].get<std::vector<double>>();
    auto* line = static_cast<QLineSeries*>(seriesNamed(chart.get(), QStringLiteral("mean")));
    auto* band = static_cast<QAreaSeries*>(seriesNamed(chart.get(), QStringLiteral("band")));
    ASSERT_NE(line, nullptr);
    ASSERT_NE(band, nullptr);
    ASSERT_EQ(static_cast<std::size_t>(line->count()), iterations.size());
    for (std::size_t i = 0; i < iterations.size(); ++i) {
        const auto k = static_cast<qsizetype>(i);
        const double half = 1.96 * errors[i]; // the 95 % normal quantile, rounded as in print
        EXPECT_EQ(line->at(k).x(), iterations[i]);
        EXPECT_EQ(line->at(k).y(), means[i]);
        EXPECT_NEAR(band->upperSeries()->at(k).y(), means[i] + half, 1e-4 * errors[i] + 1e-9);
        EXPECT_NEAR(band->lowerSeries()->at(k).y(), means[i] - half, 1e-4 * errors[i] + 1e-9);
    }
    // The last point is the whole run: its mean is the samples' mean.
    EXPECT_EQ(iterations.back(), static_cast<double>(kIterations));
    const double total = sampleMean(m_run.samples, &SampleRow::totalLoss);
    EXPECT_NEAR(means.back(), total, 1e-9 * total);
}

TEST_P(ChartBuilders, LossExceedanceShowsTotalLossAndContractorLiability) {
    std::unique_ptr<QChart> chart(
        createLossExceedanceChart(m_run.scenario, m_run.document, Language::English));
    for (const char* series : {"total_loss", "contractor_liability"}) {
        std::vector<std::pair<double, double>> expected;
        for (const auto& point : m_run.document["series"][series]["lec"]) {
            if (point[0].get<double>() > 0 && point[1].get<double>() > 0) {
                expected.emplace_back(point[0].get<double>(), point[1].get<double>());
            }
        }
        const auto curve = lecCurve(chart.get(), QStringLiteral("lec.") + QLatin1String(series));
        ASSERT_FALSE(expected.empty()) << series;
        ASSERT_EQ(curve.size(), expected.size()) << series;
        for (std::size_t i = 0; i < curve.size(); ++i) {
            EXPECT_NEAR(curve[i].x(), expected[i].first, 1e-9 * expected[i].first);
            EXPECT_NEAR(curve[i].y(), expected[i].second, 1e-9 * expected[i].second);
        }
    }
    // The contractor's liability is never above the total loss: its curve lies below at the
    // 1-in-100 level, checked from the samples.
    const double liability99 = sampleQuantile(m_run.samples, &SampleRow::contractorLiability, 0.99);
    const double total99 = sampleQuantile(m_run.samples, &SampleRow::totalLoss, 0.99);
    EXPECT_LE(liability99, total99);
}

INSTANTIATE_TEST_SUITE_P(Templates, ChartBuilders,
                         ::testing::Values("webshop-deployment", "sme-database-migration"));

TEST(ChartBuilders, EmptyResultsSayThereIsNothingToPlot) {
    // No failure modes and no loss lines: every outcome is zero.
    Scenario scenario;
    scenario.name = QStringLiteral("nothing").toStdString();
    RunOptions options;
    options.iterations = 1000;
    options.threads = 1;
    RunResult result = runSimulation(scenario, options);
    const auto document = resultDocument(scenario, "", result, 1);
    for (auto* chart : {createCostByCategoryChart(scenario, document, Language::English),
                        createLossHistogramChart(scenario, document, Language::English),
                        createLossExceedanceChart(scenario, document, Language::English)}) {
        std::unique_ptr<QChart> owned(chart);
        EXPECT_TRUE(chart->series().isEmpty()) << chart->title().toStdString();
        EXPECT_TRUE(chart->title().contains(QStringLiteral("nothing to plot")))
            << chart->title().toStdString();
    }
}

} // namespace
} // namespace cr::ui
