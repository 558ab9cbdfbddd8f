// The Safeguards page shows compareScenarios' figures for the scenario and its variants with
// each change in money, charts the change in expected total loss, and "Save as version" keeps
// a variant as version n+1 of the open assessment (refused without one).
#include "../workspace/workspace_test_support.h"
#include "decision_test_support.h"

#include "charts/chart_panel.h"
#include "decision/safeguards_page.h"
#include "document/commands.h"
#include "main/main_window.h"

#include "store/listing.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QMessageBox>
#include <QTableWidget>

#include <algorithm>

namespace cr::ui {
namespace {

using test::money;

QString change(double x, const Scenario& scenario) {
    return (x > 0 ? QStringLiteral("+") : QString()) + money(x, scenario);
}

class SafeguardsPageTest : public test::DecisionTest {};

TEST_F(SafeguardsPageTest, TableAndChartShowTheComparisonOnCommonRandomNumbers) {
    ScenarioDocument document;
    document.load(test::templateScenario("webshop-deployment", 6000), QString());
    SafeguardsPage page(&document);
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(test::runPage(page));

    const Scenario scenario = document.scenario();
    const auto variants = safeguardVariants(scenario);
    ASSERT_GE(variants.size(), 3u);
    std::vector<ComparedScenario> compared{{"as is", scenario}};
    for (const SafeguardVariant& v : variants) {
        compared.push_back(v.variant);
    }
    RunOptions options;
    options.iterations = 6000;
    options.seed = 7;
    options.threads = 1;
    const std::vector<cr::KeyFigures> expected = compareScenarios(compared, options);

    QTableWidget* table = page.table();
    ASSERT_EQ(table->rowCount(), static_cast<int>(expected.size()));
    const cr::KeyFigures& base = expected[0];
    EXPECT_EQ(table->item(0, 1)->text(), money(base.expectedTotalLoss, scenario));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("—"));
    EXPECT_EQ(table->cellWidget(0, 7), nullptr); // nothing to save for the scenario as it is
    for (std::size_t i = 1; i < expected.size(); ++i) {
        const int row = static_cast<int>(i);
        const cr::KeyFigures& k = expected[i];
        SCOPED_TRACE(variants[i - 1].id);
        EXPECT_EQ(table->item(row, 0)->text(), SafeguardsPage::safeguardLabel(variants[i - 1].id));
        EXPECT_EQ(table->item(row, 1)->text(), money(k.expectedTotalLoss, scenario));
        EXPECT_EQ(table->item(row, 2)->text(),
                  change(k.expectedTotalLoss - base.expectedTotalLoss, scenario));
        EXPECT_EQ(table->item(row, 3)->text(), money(k.totalLoss1in100, scenario));
        EXPECT_EQ(table->item(row, 4)->text(),
                  change(k.totalLoss1in100 - base.totalLoss1in100, scenario));
        EXPECT_EQ(table->item(row, 5)->text(), money(k.expectedUninsured, scenario));
        EXPECT_EQ(table->item(row, 6)->text(),
                  change(k.expectedUninsured - base.expectedUninsured, scenario));
        EXPECT_NE(table->cellWidget(row, 7), nullptr);
    }
    // Four-eyes review halves every failure probability: on common random numbers it cannot
    // raise the expected total loss.
    const auto fourEyes = std::find_if(variants.begin(), variants.end(),
                                       [](const auto& v) { return v.id == "four-eyes"; });
    ASSERT_NE(fourEyes, variants.end());
    const auto fourEyesRow = static_cast<std::size_t>(fourEyes - variants.begin()) + 1;
    EXPECT_LT(expected[fourEyesRow].expectedTotalLoss, base.expectedTotalLoss);

    // The chart: one bar per safeguard, the change in expected total loss, first at the top.
    QChart* chart = page.chart()->chart();
    ASSERT_NE(chart, nullptr);
    ASSERT_EQ(chart->series().size(), 1);
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().front());
    ASSERT_NE(series, nullptr);
    QBarSet* set = series->barSets().front();
    ASSERT_EQ(set->count(), static_cast<int>(variants.size()));
    for (std::size_t i = 1; i < expected.size(); ++i) {
        const int bar = set->count() - static_cast<int>(i); // drawn bottom-up
        EXPECT_DOUBLE_EQ(set->at(bar), expected[i].expectedTotalLoss - base.expectedTotalLoss);
    }
}

class SaveVariant : public test::WorkspaceTest {};

TEST_F(SaveVariant, SaveAsVersionKeepsTheVariantAsTheNextVersion) {
    seed();
    Workspace ws = openStore();
    const Assessment shop = searchAssessments(ws, {.text = "web shop"}).at(0).summary.assessment;
    ASSERT_EQ(listVersions(ws, shop.id).size(), 1u);
    AppSettings settings;
    settings.threads = 2;
    settings.save();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openWorkspace(m_path));
    ASSERT_TRUE(window.openVersion(shop.id, 0));
    commands::setIterations(*window.document(), 3000);
    ASSERT_TRUE(window.showPage(QStringLiteral("safeguards")));
    auto* page = qobject_cast<SafeguardsPage*>(window.page(QStringLiteral("safeguards")));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(test::runPage(*page));
    ASSERT_FALSE(page->variants().empty());
    const SafeguardVariant& variant = page->variants().front();
    auto* save = page->findChild<QPushButton*>(QStringLiteral("saveVersion.") +
                                               QString::fromStdString(variant.id));
    ASSERT_NE(save, nullptr);
    QTest::mouseClick(save, Qt::LeftButton);

    const auto versions = listVersions(ws, shop.id);
    ASSERT_EQ(versions.size(), 2u);
    const ScenarioVersion second = versionByNumber(ws, shop.id, 2);
    EXPECT_EQ(second.text, writeScenario(variant.variant.scenario));
    // The variant differs from the scenario only by its safeguard (and name).
    EXPECT_NE(second.text, writeScenario(window.document()->scenario()));
    EXPECT_EQ(readScenario(second.text).simulation.iterations, 3000u);
    // The editor stays on the scenario it showed (version 1 with the unsaved edit).
    EXPECT_EQ(window.bound()->version.number, 1);
    EXPECT_TRUE(window.document()->isModified());
    EXPECT_TRUE(window.lastError().isEmpty());
}

TEST_F(SaveVariant, SaveAsVersionWithoutAnAssessmentIsRefusedWithAMessage) {
    AppSettings settings;
    settings.threads = 2;
    settings.save();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openTemplate(QStringLiteral("webshop-deployment")));
    commands::setIterations(*window.document(), 2000);
    ASSERT_TRUE(window.showPage(QStringLiteral("safeguards")));
    auto* page = qobject_cast<SafeguardsPage*>(window.page(QStringLiteral("safeguards")));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(test::runPage(*page));
    auto* save = page->findChild<QPushButton*>(QStringLiteral("saveVersion.") +
                                               QString::fromStdString(page->variants()[0].id));
    ASSERT_NE(save, nullptr);
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(window.lastError().contains(QStringLiteral("only in an assessment")))
        << window.lastError().toStdString();
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    box->close();
}

} // namespace
} // namespace cr::ui
