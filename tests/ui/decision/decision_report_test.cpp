// The report gets each decision page's last result only while it belongs to the report's
// scenario; the pages are reachable by id in the main window.
#include "decision_test_support.h"

#include "decision/cover_options_page.h"
#include "decision/decision_report.h"
#include "decision/safeguards_page.h"
#include "decision/sensitivity_page.h"
#include "document/commands.h"
#include "main/main_window.h"

namespace cr::ui {
namespace {

class DecisionReport : public test::DecisionTest {};

TEST_F(DecisionReport, PagesAreRegisteredByIdAndFeedTheReportWhileCurrent) {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openTemplate(QStringLiteral("isp-router-reset")));
    commands::setIterations(*window.document(), 2000);
    for (const QString& id : {QStringLiteral("cover-options"), QStringLiteral("safeguards"),
                              QStringLiteral("sensitivity")}) {
        EXPECT_TRUE(window.pageIds().contains(id)) << id.toStdString();
        EXPECT_TRUE(window.showPage(id)) << id.toStdString();
    }
    auto* cover = qobject_cast<CoverOptionsPage*>(window.page(QStringLiteral("cover-options")));
    auto* safeguards = qobject_cast<SafeguardsPage*>(window.page(QStringLiteral("safeguards")));
    auto* sensitivity = qobject_cast<SensitivityPage*>(window.page(QStringLiteral("sensitivity")));
    ASSERT_TRUE(cover && safeguards && sensitivity);
    const Scenario scenario = window.document()->scenario();

    // Nothing ran: the report gets nothing.
    auto decisions = reportDecisions(cover, safeguards, sensitivity, scenario);
    EXPECT_FALSE(decisions.coverOptions);
    EXPECT_TRUE(decisions.safeguards.empty());
    EXPECT_FALSE(decisions.sensitivity);

    window.showPage(QStringLiteral("cover-options"));
    ASSERT_TRUE(test::runPage(*cover));
    window.showPage(QStringLiteral("safeguards"));
    ASSERT_TRUE(test::runPage(*safeguards));
    decisions = reportDecisions(cover, safeguards, sensitivity, scenario);
    ASSERT_TRUE(decisions.coverOptions);
    EXPECT_EQ(decisions.coverOptions->options.size(), cover->sweep()->options.size());
    EXPECT_EQ(decisions.coverOptions->options[1].expectedPaid,
              cover->sweep()->options[1].expectedPaid);
    ASSERT_EQ(decisions.safeguards.size(), safeguards->figures().size());
    EXPECT_EQ(decisions.safeguards[0].label, "As it is"); // the baseline first
    EXPECT_EQ(decisions.safeguards[1].expectedTotalLoss,
              safeguards->figures()[1].expectedTotalLoss);
    EXPECT_EQ(decisions.safeguardIterations, 2000u);
    EXPECT_EQ(decisions.safeguardSeed, scenario.simulation.seed);
    EXPECT_FALSE(decisions.sensitivity); // not run

    // After an edit the results are out of date for the edited scenario, still current for
    // the scenario they were computed for.
    commands::setSeed(*window.document(), 99);
    decisions = reportDecisions(cover, safeguards, sensitivity, window.document()->scenario());
    EXPECT_FALSE(decisions.coverOptions);
    EXPECT_TRUE(decisions.safeguards.empty());
    EXPECT_TRUE(reportDecisions(cover, safeguards, sensitivity, scenario).coverOptions);
    // Other widgets contribute nothing.
    EXPECT_FALSE(reportDecisions(nullptr, cover, cover, scenario).sensitivity);
}

} // namespace
} // namespace cr::ui
