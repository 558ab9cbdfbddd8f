// Save makes version n+1 and leaves version n byte for byte; Run saves unsaved edits first and
// keeps the run with its version; a stored run reopens with the same key figures.
#include "ui/ui_test_support.h"
#include "workspace_test_support.h"

#include "charts/key_figures.h"
#include "charts/results_page.h"
#include "document/commands.h"
#include "document/scenario_document.h"
#include "format/number_format.h"
#include "main/main_window.h"
#include "run/simulation_job.h"
#include "workspace/assessment_target_dialog.h"
#include "workspace/workspace_session.h"

#include "store/listing.h"

#include <QSignalSpy>

namespace cr::ui {
namespace {

class SaveAndRun : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        seed();
        Workspace ws = openStore();
        m_shop = searchAssessments(ws, {.text = "web shop"}).at(0).summary.assessment;
        ASSERT_TRUE(m_window.openWorkspace(m_path));
        ASSERT_TRUE(m_window.openVersion(m_shop.id, 0));
    }

    bool runToEnd() {
        QSignalSpy finished(m_window.job(), &SimulationJob::finished);
        return m_window.startRun() && test::waitUntil([&] { return finished.count() == 1; });
    }

    MainWindow m_window;
    Assessment m_shop;
};

TEST_F(SaveAndRun, SaveCreatesTheNextVersionAndLeavesTheOldOneByteForByte) {
    Workspace ws = openStore();
    const ScenarioVersion before = versionByNumber(ws, m_shop.id, 1);
    EXPECT_FALSE(m_window.document()->isModified());

    // Nothing edited: nothing to save, no version added.
    ASSERT_TRUE(m_window.save());
    EXPECT_EQ(listVersions(ws, m_shop.id).size(), 1u);

    commands::setSeed(*m_window.document(), 4242);
    EXPECT_TRUE(m_window.isWindowModified());
    ASSERT_TRUE(m_window.save());
    EXPECT_FALSE(m_window.document()->isModified());
    EXPECT_FALSE(m_window.isWindowModified());

    const auto versions = listVersions(ws, m_shop.id);
    ASSERT_EQ(versions.size(), 2u);
    const ScenarioVersion first = versionByNumber(ws, m_shop.id, 1);
    EXPECT_EQ(first.text, before.text);
    EXPECT_EQ(first.sha256, before.sha256);
    EXPECT_EQ(first.created, before.created);
    const ScenarioVersion second = versionByNumber(ws, m_shop.id, 2);
    EXPECT_EQ(second.text, writeScenario(m_window.document()->scenario()));
    EXPECT_EQ(readScenario(second.text).simulation.seed, 4242u);
    EXPECT_EQ(m_window.bound()->version.number, 2);
    EXPECT_TRUE(m_window.windowTitle().contains(QStringLiteral("version 2")));

    // A second edit and save: version 3; versions 1 and 2 unchanged.
    commands::setSeed(*m_window.document(), 4343);
    ASSERT_TRUE(m_window.save());
    EXPECT_EQ(versionByNumber(ws, m_shop.id, 2).text, second.text);
    EXPECT_EQ(versionByNumber(ws, m_shop.id, 1).text, before.text);
    EXPECT_EQ(listVersions(ws, m_shop.id).size(), 3u);
}

TEST_F(SaveAndRun, RunIsKeptWithItsVersionAndReopensWithTheSameFigures) {
    AppSettings settings;
    settings.threads = 1;
    settings.save();
    commands::setIterations(*m_window.document(), 20000); // an unsaved edit
    ASSERT_TRUE(runToEnd());

    Workspace ws = openStore();
    // The edit became version 2 before the run, and the run belongs to it.
    ASSERT_EQ(listVersions(ws, m_shop.id).size(), 2u);
    const auto runs = listRuns(ws, m_shop.id);
    ASSERT_EQ(runs.size(), 1u);
    const RunRecord& run = runs[0];
    EXPECT_EQ(run.versionNumber, 2);
    EXPECT_EQ(run.iterations, 20000u);
    EXPECT_EQ(run.threads, 1); // the setting's threads
    EXPECT_FALSE(m_window.document()->isModified());
    const ScenarioVersion version = versionByNumber(ws, m_shop.id, 2);
    const auto stored = nlohmann::ordered_json::parse(runDocument(ws, run.id));
    EXPECT_EQ(stored["scenario_sha256"].get<std::string>(), version.sha256);
    EXPECT_EQ(stored["series"], m_window.job()->lastOutcome()->document["series"]);

    const KeyFigures& figures = *m_window.resultsPage()->keyFigures();
    const QStringList names{QStringLiteral("probability_any_incident"),
                            QStringLiteral("expected_total_loss"), QStringLiteral("loss_1_in_100"),
                            QStringLiteral("expected_loss_given_incident")};
    QStringList shown;
    for (const QString& name : names) {
        shown << figures.valueText(name);
        EXPECT_FALSE(shown.back().isEmpty()) << name.toStdString();
    }
    // The store's own key figures, formatted independently, are what the page shows.
    const Language en = Language::English;
    ASSERT_TRUE(run.figures.meanTotalLoss && run.figures.p99TotalLoss);
    EXPECT_EQ(shown[1].toStdString(), formatMoney(*run.figures.meanTotalLoss, run.currency, en));
    EXPECT_EQ(shown[2].toStdString(), formatMoney(*run.figures.p99TotalLoss, run.currency, en));

    // Reopen the stored run in a fresh window: the same figures.
    MainWindow other;
    ASSERT_TRUE(other.openWorkspace(m_path));
    ASSERT_TRUE(other.openRun(run.id));
    for (int i = 0; i < names.size(); ++i) {
        EXPECT_EQ(other.resultsPage()->keyFigures()->valueText(names[i]), shown[i])
            << names[i].toStdString();
    }

    // Run again without edits: no new version, the run joins version 2.
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(listVersions(ws, m_shop.id).size(), 2u);
    const auto again = listRuns(ws, m_shop.id);
    ASSERT_EQ(again.size(), 2u);
    EXPECT_EQ(again[0].versionNumber, 2);
}

TEST_F(SaveAndRun, AnUnchangedImportedVersionRunsAsThatVersion) {
    // The seeded example is the template file's bytes, not necessarily the program's layout:
    // a run of it must still be kept with version 1, not as a copy.
    ASSERT_TRUE(m_window.openVersion(m_shop.id, 1));
    commands::setIterations(*m_window.document(), 5000);
    m_window.document()->undoStack()->undo(); // back to version 1 exactly
    ASSERT_FALSE(m_window.document()->isModified());
    ASSERT_TRUE(runToEnd());
    Workspace ws = openStore();
    EXPECT_EQ(listVersions(ws, m_shop.id).size(), 1u);
    const auto runs = listRuns(ws, m_shop.id);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].versionNumber, 1);
}

TEST_F(SaveAndRun, ImportKeepsTheFileBytesAsANewVersionOrAssessment) {
    const QString file = QString::fromStdString(test::templateFile("isp-router-reset"));
    AssessmentTarget asVersion;
    asVersion.assessmentId = m_shop.id;
    ASSERT_TRUE(m_window.importFile(file, asVersion));
    Workspace ws = openStore();
    EXPECT_EQ(versionByNumber(ws, m_shop.id, 2).text, test::fileBytes(file));
    EXPECT_EQ(m_window.bound()->version.number, 2);

    AssessmentTarget asNew;
    asNew.client = QStringLiteral("Stadtwerke Nord");
    ASSERT_TRUE(m_window.importFile(file, asNew));
    const auto client = findClient(ws, "Stadtwerke Nord");
    ASSERT_TRUE(client.has_value());
    const auto listing = listWorkspace(ws, client->name);
    ASSERT_EQ(listing.at(0).assessments.size(), 1u);
    const Assessment created = listing[0].assessments[0].assessment;
    EXPECT_EQ(created.title, readScenarioFile(test::templateFile("isp-router-reset")).name);
    EXPECT_EQ(versionByNumber(ws, created.id, 1).text, test::fileBytes(file));

    // An invalid file is refused with its pointer; nothing is added.
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    {
        std::ofstream out(bad.toStdString());
        out << R"({"format": "changerisk-scenario", "version": 1})";
    }
    EXPECT_FALSE(m_window.importFile(bad, asNew));
    EXPECT_TRUE(m_window.lastError().contains(QStringLiteral("/name")))
        << m_window.lastError().toStdString();
    EXPECT_EQ(listWorkspace(ws, client->name).at(0).assessments.size(), 1u);
}

} // namespace
} // namespace cr::ui
