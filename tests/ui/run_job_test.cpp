// The run through the real main window: key figures and chart show the result's numbers; cancel.
#include "ui_test_support.h"

#include "charts/key_figures.h"
#include "charts/loss_exceedance_chart.h"
#include "charts/results_page.h"
#include "document/commands.h"
#include "document/scenario_document.h"
#include "engine/engine.h"
#include "format/number_format.h"
#include "format/result_json.h"
#include "main/main_window.h"
#include "run/simulation_job.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

namespace cr::ui {
namespace {

// The figures the results page must show, computed by the test from its own engine run.
struct Expected {
    std::string pAny, mean, oneIn100, givenIncident, uninsured, pCapped, pExhausted;
};

Expected expectedFigures(const Scenario& scenario, Language language) {
    RunOptions options;
    options.iterations = scenario.simulation.iterations;
    options.seed = scenario.simulation.seed;
    options.threads = 1; // the engine is bit-identical for any thread count
    RunResult run = runSimulation(scenario, options);
    const auto doc = resultDocument(scenario, "", run, 1);
    const auto& c = scenario.currency;
    const auto& policy = doc["policies"][scenario.insurance.at(0).id];
    const auto& total = doc["series"]["total_loss"];
    return {.pAny = formatPercent(doc["probability_any_incident"].get<double>(), language),
            .mean = formatMoney(total["mean"].get<double>(), c, language),
            .oneIn100 = formatMoney(total["quantiles"]["0.99"].get<double>(), c, language),
            .givenIncident =
                formatMoney(total["given_incident"]["mean"].get<double>(), c, language),
            .uninsured = formatMoney(doc["series"]["uninsured"]["mean"].get<double>(), c, language),
            .pCapped = formatPercent(policy["p_claim_capped"].get<double>(), language),
            .pExhausted = formatPercent(policy["p_aggregate_exhausted"].get<double>(), language)};
}

void expectFigures(const KeyFigures& figures, const std::string& policyId, const Expected& e) {
    const QString id = QString::fromStdString(policyId);
    EXPECT_EQ(figures.valueText(QStringLiteral("probability_any_incident")).toStdString(), e.pAny);
    EXPECT_EQ(figures.valueText(QStringLiteral("expected_total_loss")).toStdString(), e.mean);
    EXPECT_EQ(figures.valueText(QStringLiteral("loss_1_in_100")).toStdString(), e.oneIn100);
    EXPECT_EQ(figures.valueText(QStringLiteral("expected_loss_given_incident")).toStdString(),
              e.givenIncident);
    EXPECT_EQ(figures.valueText(QStringLiteral("expected_uninsured")).toStdString(), e.uninsured);
    EXPECT_EQ(figures.valueText(QStringLiteral("policy.%1.p_claim_capped").arg(id)).toStdString(),
              e.pCapped);
    EXPECT_EQ(
        figures.valueText(QStringLiteral("policy.%1.p_aggregate_exhausted").arg(id)).toStdString(),
        e.pExhausted);
}

// A template whose 1-in-100 loss is not zero, so the figure is a real check.
constexpr const char* kTemplate = "webshop-deployment";

TEST(RunJob, KeyFiguresAndChartShowTheResultDocument) {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openTemplate(QString::fromLatin1(kTemplate)));
    commands::setIterations(*window.document(), 20000);
    const Scenario scenario = window.document()->scenario();
    ASSERT_FALSE(scenario.insurance.empty());

    QSignalSpy finished(window.job(), &SimulationJob::finished);
    ASSERT_TRUE(window.startRun());
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }));
    const auto outcome = window.job()->lastOutcome();
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->document["iterations"].get<std::uint64_t>(), 20000u);

    const Expected english = expectedFigures(scenario, Language::English);
    ASSERT_NE(english.oneIn100, formatMoney(0, scenario.currency, Language::English));
    expectFigures(*window.resultsPage()->keyFigures(), scenario.insurance[0].id, english);

    // The chart holds the document's LEC points with a positive amount and probability.
    std::vector<std::pair<double, double>> lec;
    for (const auto& point : outcome->document["series"]["total_loss"]["lec"]) {
        if (point[0].get<double>() > 0 && point[1].get<double>() > 0) {
            lec.emplace_back(point[0].get<double>(), point[1].get<double>());
        }
    }
    const auto curve = window.resultsPage()->chart()->curve();
    ASSERT_EQ(curve.size(), lec.size());
    ASSERT_FALSE(curve.empty());
    for (std::size_t i = 0; i < lec.size(); ++i) {
        EXPECT_NEAR(curve[i].x(), lec[i].first, 1e-9 * lec[i].first);
        EXPECT_NEAR(curve[i].y(), lec[i].second, 1e-9 * lec[i].second);
    }
    // One marker per fixed deductible, per-claim limit and aggregate of each policy.
    std::size_t markers = 0;
    for (const Policy& p : scenario.insurance) {
        markers += (!p.deductible.isPercent && p.deductible.amount > 0) +
                   p.perClaimLimit.has_value() + p.annualAggregate().has_value();
    }
    EXPECT_EQ(static_cast<std::size_t>(window.resultsPage()->chart()->markerNames().size()),
              markers);

    // The same outcome in German follows the UI language.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    window.resultsPage()->showOutcome(outcome);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    expectFigures(*window.resultsPage()->keyFigures(), scenario.insurance[0].id,
                  expectedFigures(scenario, Language::German));
}

TEST(RunJob, CancelStopsALongRunAndTheGuiKeepsResponding) {
    MainWindow window;
    ASSERT_TRUE(window.openTemplate(QStringLiteral("isp-router-reset")));
    commands::setIterations(*window.document(), 100'000'000); // minutes of work if not stopped

    QSignalSpy progressed(window.job(), &SimulationJob::progressed);
    QSignalSpy cancelled(window.job(), &SimulationJob::cancelled);
    QSignalSpy finished(window.job(), &SimulationJob::finished);

    // An event-loop probe: the longest gap between 10 ms timer ticks while the run goes.
    QTimer probe;
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    sinceTick.start();
    probe.start(10);

    ASSERT_TRUE(window.startRun());
    EXPECT_TRUE(window.job()->isRunning());
    ASSERT_TRUE(test::waitUntil([&] { return progressed.count() >= 2; }));
    const auto last = progressed.constLast();
    EXPECT_GT(last.at(0).toULongLong(), 0u);
    EXPECT_EQ(last.at(1).toULongLong(), 100'000'000u);
    EXPECT_GT(last.at(2).toDouble(), 0.0); // iterations per second
    EXPECT_GT(last.at(3).toDouble(), 0.0); // seconds left

    QElapsedTimer stopping;
    stopping.start();
    window.job()->cancel();
    ASSERT_TRUE(test::waitUntil([&] { return cancelled.count() == 1; }, 10000));
    probe.stop();
    EXPECT_LT(stopping.elapsed(), 5000);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(window.job()->isRunning());
    EXPECT_FALSE(window.job()->lastOutcome());
    // Generous bound for a shared CI machine; the benchmark measures the real figure.
    EXPECT_LT(longestGap, 1000);
}

} // namespace
} // namespace cr::ui
