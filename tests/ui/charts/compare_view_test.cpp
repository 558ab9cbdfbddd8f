// The compare view overlays both runs' curves and its differences are b − a of the documents.
#include "chart_test_support.h"

#include "charts/chart_panel.h"
#include "charts/compare_view.h"
#include "charts/loss_exceedance_chart.h"

#include <QApplication>
#include <QClipboard>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace cr::ui {
namespace {

std::vector<std::pair<double, double>> positiveLec(const nlohmann::ordered_json& document) {
    std::vector<std::pair<double, double>> points;
    for (const auto& p : document["series"]["total_loss"]["lec"]) {
        if (p[0].get<double>() > 0 && p[1].get<double>() > 0) {
            points.emplace_back(p[0].get<double>(), p[1].get<double>());
        }
    }
    return points;
}

TEST(CompareView, DifferencesAreBMinusAAndBothCurvesAreDrawn) {
    // b: the same job with a doubled per-claim limit and another seed.
    const auto a = test::runTemplate("webshop-deployment", 10000, 11);
    test::TemplateRun bRun;
    {
        Scenario scenario = a.scenario;
        ASSERT_TRUE(scenario.insurance.at(0).perClaimLimit);
        *scenario.insurance[0].perClaimLimit *= 2;
        scenario.simulation.seed = 12;
        RunOptions options;
        options.iterations = 10000;
        options.seed = 12;
        options.threads = 1;
        RunResult result = runSimulation(scenario, options);
        bRun.document = resultDocument(scenario, "", result, 1);
        bRun.scenario = scenario;
    }
    CompareView view;
    view.resize(1200, 700);
    view.setRuns({QStringLiteral("Version 1"), a.scenario, a.document},
                 {QStringLiteral("Version 2"), bRun.scenario, bRun.document});

    const auto& da = a.document;
    const auto& db = bRun.document;
    const auto seriesDiff = [&](const std::string& series, const char* stat) {
        return db["series"][series][stat].get<double>() - da["series"][series][stat].get<double>();
    };
    const auto quantileDiff = [&](const std::string& series) {
        return db["series"][series]["quantiles"]["0.99"].get<double>() -
               da["series"][series]["quantiles"]["0.99"].get<double>();
    };
    const std::string id = a.scenario.insurance[0].id;
    const QString qid = QString::fromStdString(id);
    const std::vector<std::pair<QString, double>> expected = {
        {QStringLiteral("probability_any_incident"),
         db["probability_any_incident"].get<double>() -
             da["probability_any_incident"].get<double>()},
        {QStringLiteral("expected_total_loss"), seriesDiff("total_loss", "mean")},
        {QStringLiteral("loss_1_in_100"), quantileDiff("total_loss")},
        {QStringLiteral("expected_uninsured"), seriesDiff("uninsured", "mean")},
        {QStringLiteral("policy.%1.p_claim_capped").arg(qid),
         db["policies"][id]["p_claim_capped"].get<double>() -
             da["policies"][id]["p_claim_capped"].get<double>()},
        {QStringLiteral("who.operator.mean"), seriesDiff("operator_net", "mean")},
        {QStringLiteral("who.contractor.1_in_100"), quantileDiff("contractor_net")},
        {QStringLiteral("who.policy.%1.mean").arg(qid),
         seriesDiff("policy." + id + ".paid", "mean")},
    };
    for (const auto& [name, difference] : expected) {
        const auto shown = view.difference(name);
        ASSERT_TRUE(shown.has_value()) << name.toStdString();
        EXPECT_DOUBLE_EQ(*shown, difference) << name.toStdString();
    }
    // The table shows both values and the signed difference as text.
    const int row = view.rowOf(QStringLiteral("expected_total_loss"));
    ASSERT_GE(row, 0);
    const auto money = [&](double x) {
        return QString::fromStdString(formatMoney(x, a.scenario.currency, Language::English));
    };
    const double meanA = da["series"]["total_loss"]["mean"].get<double>();
    const double meanB = db["series"]["total_loss"]["mean"].get<double>();
    EXPECT_EQ(view.table()->item(row, 1)->text(), money(meanA));
    EXPECT_EQ(view.table()->item(row, 2)->text(), money(meanB));
    EXPECT_EQ(view.table()->item(row, 3)->text(),
              (meanB > meanA ? QStringLiteral("+") : QString()) + money(meanB - meanA));
    // A probability difference is in percentage points.
    const int pRow = view.rowOf(QStringLiteral("probability_any_incident"));
    EXPECT_TRUE(view.table()->item(pRow, 3)->text().endsWith(QStringLiteral(" pp")));

    // The overlay holds both documents' curves.
    QChart* chart = view.chart()->chart();
    ASSERT_NE(chart, nullptr);
    for (const auto& [object, document] :
         {std::pair{QStringLiteral("lec.a"), &da}, std::pair{QStringLiteral("lec.b"), &db}}) {
        const auto expectedCurve = positiveLec(*document);
        const auto curve = lecCurve(chart, object);
        ASSERT_EQ(curve.size(), expectedCurve.size()) << object.toStdString();
        for (std::size_t i = 0; i < curve.size(); ++i) {
            EXPECT_NEAR(curve[i].x(), expectedCurve[i].first, 1e-9 * expectedCurve[i].first);
            EXPECT_NEAR(curve[i].y(), expectedCurve[i].second, 1e-9 * expectedCurve[i].second);
        }
    }
    // Both runs' limits are marked: the doubled limit is a line of its own.
    const QStringList markers = lecMarkerNames(chart);
    EXPECT_EQ(markers.filter(QStringLiteral("per-claim limit")).size(), 2)
        << markers.join(QStringLiteral("; ")).toStdString();

    // Copy: a header and one line per row, tab-separated.
    view.copyToClipboard();
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + view.table()->rowCount());
    EXPECT_EQ(lines[0], QStringLiteral("Figure\tVersion 1\tVersion 2\tDifference (b − a)"));
    EXPECT_EQ(lines[1 + row], QStringLiteral("Expected total loss\t") + money(meanA) +
                                  QLatin1Char('\t') + money(meanB) + QLatin1Char('\t') +
                                  view.table()->item(row, 3)->text());
}

TEST(CompareView, APolicyOnlyOneRunHasHasNoDifference) {
    const auto a = test::runTemplate("webshop-deployment", 2000, 1);
    const auto b = test::runTemplate("sme-database-migration", 2000, 1);
    CompareView view;
    view.setRuns({QStringLiteral("Webshop"), a.scenario, a.document},
                 {QStringLiteral("Database"), b.scenario, b.document});
    for (const Policy& p : b.scenario.insurance) {
        const bool inA = std::any_of(a.scenario.insurance.begin(), a.scenario.insurance.end(),
                                     [&](const Policy& q) { return q.id == p.id; });
        const QString name =
            QStringLiteral("policy.%1.p_claim_capped").arg(QString::fromStdString(p.id));
        const int row = view.rowOf(name);
        ASSERT_GE(row, 0) << name.toStdString();
        if (!inA) {
            EXPECT_FALSE(view.difference(name).has_value());
            EXPECT_EQ(view.table()->item(row, 1)->text(), QStringLiteral("—"));
            EXPECT_EQ(view.table()->item(row, 3)->text(), QStringLiteral("—"));
        }
    }
}

} // namespace
} // namespace cr::ui
