// The report gets each decision page's last result only while it belongs to the report's
// scenario; the pages are reachable by id in the main window.
#include "decision_test_support.h"

#include "decision/cover_options_page.h"
#include "decision/decision_report.h"
#include "decision/safeguards_page.h"
#include "decision/sensitivity_page.h"
#include "document/commands.h"
#include "main/main_window.h"
#include "main/report_export.h"
#include "report/report_words.h"
#include "run/simulation_job.h"

#include <QProcess>

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
    auto decisions = reportDecisions(cover, safeguards, sensitivity, scenario, Language::English);
    EXPECT_FALSE(decisions.coverOptions);
    EXPECT_TRUE(decisions.safeguards.empty());
    EXPECT_FALSE(decisions.sensitivity);

    window.showPage(QStringLiteral("cover-options"));
    ASSERT_TRUE(test::runPage(*cover));
    window.showPage(QStringLiteral("safeguards"));
    ASSERT_TRUE(test::runPage(*safeguards));
    decisions = reportDecisions(cover, safeguards, sensitivity, scenario, Language::English);
    ASSERT_TRUE(decisions.coverOptions);
    EXPECT_EQ(decisions.coverOptions->options.size(), cover->sweep()->options.size());
    EXPECT_EQ(decisions.coverOptions->options[1].expectedPaid,
              cover->sweep()->options[1].expectedPaid);
    ASSERT_EQ(decisions.safeguards.size(), safeguards->figures().size());
    EXPECT_EQ(decisions.safeguards[0].label, "As planned"); // the baseline first
    // Named in the report's language, not the UI's.
    const auto german = reportDecisions(cover, safeguards, sensitivity, scenario, Language::German);
    ASSERT_EQ(german.safeguards.size(), decisions.safeguards.size());
    for (std::size_t i = 0; i < german.safeguards.size(); ++i) {
        const std::string id = i == 0 ? "as-planned" : safeguards->variants().at(i - 1).id;
        EXPECT_EQ(german.safeguards[i].label, report::safeguardName(id, Language::German));
        EXPECT_EQ(decisions.safeguards[i].label, report::safeguardName(id, Language::English));
        EXPECT_NE(german.safeguards[i].label, decisions.safeguards[i].label) << id;
    }
    EXPECT_EQ(decisions.safeguards[1].expectedTotalLoss,
              safeguards->figures()[1].expectedTotalLoss);
    EXPECT_EQ(decisions.safeguardIterations, 2000u);
    EXPECT_EQ(decisions.safeguardSeed, scenario.simulation.seed);
    EXPECT_FALSE(decisions.sensitivity); // not run

    // After an edit the results are out of date for the edited scenario, still current for
    // the scenario they were computed for.
    commands::setSeed(*window.document(), 99);
    decisions = reportDecisions(cover, safeguards, sensitivity, window.document()->scenario(),
                                Language::English);
    EXPECT_FALSE(decisions.coverOptions);
    EXPECT_TRUE(decisions.safeguards.empty());
    EXPECT_TRUE(
        reportDecisions(cover, safeguards, sensitivity, scenario, Language::English).coverOptions);
    // Other widgets contribute nothing.
    EXPECT_FALSE(reportDecisions(nullptr, cover, cover, scenario, Language::English).sensitivity);
}

// File > Export report (PDF) takes the pages' results that match the reported run: a cover
// options analysis of the run's scenario appears as its section, a stale one does not.
TEST_F(DecisionReport, ExportedReportHasTheSectionsOfCurrentAnalysesOnly) {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openTemplate(QStringLiteral("isp-router-reset")));
    commands::setIterations(*window.document(), 2000);
    QSignalSpy finished(window.job(), &SimulationJob::finished);
    ASSERT_TRUE(window.startRun());
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }));
    ASSERT_TRUE(window.showPage(QStringLiteral("cover-options")));
    auto* cover = qobject_cast<CoverOptionsPage*>(window.page(QStringLiteral("cover-options")));
    ASSERT_TRUE(test::runPage(*cover));

    const auto pdfText = [](const QString& path) {
        QProcess tool;
        tool.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        return tool.waitForFinished(30000) && tool.exitCode() == 0
                   ? QString::fromUtf8(tool.readAllStandardOutput())
                   : QString();
    };
    ReportOptions options;
    options.language = Language::English;
    const QString path = m_dir.filePath(QStringLiteral("with-cover.pdf"));
    ASSERT_TRUE(window.exportReport(path, options)) << window.lastError().toStdString();
    const QString text = pdfText(path);
    ASSERT_FALSE(text.isEmpty()) << "pdftotext could not read the report";
    EXPECT_TRUE(text.contains(QStringLiteral("Cover options for"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Which inputs matter"))); // not run

    // An analysis of another seed than the reported run's is left out.
    commands::setSeed(*window.document(), 12345);
    ASSERT_TRUE(test::runPage(*cover));
    const QString stale = m_dir.filePath(QStringLiteral("without-cover.pdf"));
    ASSERT_TRUE(window.exportReport(stale, options));
    EXPECT_FALSE(pdfText(stale).contains(QStringLiteral("Cover options for")));
}

} // namespace
} // namespace cr::ui
