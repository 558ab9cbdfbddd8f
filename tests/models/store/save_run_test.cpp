// saveRun: the API behind `simulate --save`.
#include "format/sha256.h"
#include "store/assessments.h"
#include "store/clients.h"
#include "store/runs.h"
#include "store/save_run.h"
#include "store/scenario_versions.h"
#include "store/workspace.h"
#include "store/workspace_error.h"
#include "store_test_support.h"

#include <gtest/gtest.h>

namespace cr {
namespace {

class SaveRun : public ::testing::Test {
protected:
    test::TempDir m_dir;
    Workspace m_ws = Workspace::open(m_dir / "w.sqlite");
};

TEST_F(SaveRun, CreatesClientAssessmentVersionAndRun) {
    const std::string text = test::scenarioText("Router update");
    const SavedRun s =
        saveRun(m_ws, "ISP", "Router update", text, test::resultFor(text, 5, 50, 3, 2, {0.1}));
    EXPECT_TRUE(s.newVersion);
    EXPECT_EQ(s.versionNumber, 1);
    EXPECT_EQ(findClient(m_ws, "ISP")->id, s.clientId);
    EXPECT_EQ(assessmentById(m_ws, s.assessmentId).title, "Router update");
    const RunRecord run = runById(m_ws, s.runId);
    EXPECT_EQ(run.figures.meanTotalLoss, 5.0);
    EXPECT_EQ(run.figures.shortfallProbability, 0.1);
    EXPECT_EQ(versionByNumber(m_ws, s.assessmentId, 1).text, text);
}

TEST_F(SaveRun, SameTextJoinsTheLatestVersionAndChangedTextAddsOne) {
    const std::string text = test::scenarioText("A");
    const SavedRun first = saveRun(m_ws, "C", "A", text, test::resultFor(text, 1, 2, 3, 4));
    const SavedRun second = saveRun(m_ws, "C", "A", text, test::resultFor(text, 1, 2, 3, 4));
    EXPECT_FALSE(second.newVersion);
    EXPECT_EQ(second.versionNumber, 1);
    const std::string edited = test::scenarioText("A", 3);
    const SavedRun third = saveRun(m_ws, "C", "A", edited, test::resultFor(edited, 1, 2, 3, 4));
    EXPECT_TRUE(third.newVersion);
    EXPECT_EQ(third.versionNumber, 2);
    EXPECT_EQ(first.assessmentId, third.assessmentId);
    const auto runs = listRuns(m_ws, first.assessmentId);
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[0].id, third.runId); // latest first
    EXPECT_EQ(runs[0].versionNumber, 2);
}

TEST_F(SaveRun, ADocumentOfAnotherTextIsRefusedAndNothingSaved) {
    const std::string text = test::scenarioText("A");
    const auto other = test::resultFor(text + " ", 1, 2, 3, 4);
    try {
        saveRun(m_ws, "C", "A", text, other);
        FAIL();
    } catch (const WorkspaceError& e) {
        EXPECT_EQ(e.kind(), WorkspaceErrorKind::InvalidInput);
        EXPECT_NE(std::string(e.what()).find(sha256Hex(text)), std::string::npos);
    }
    EXPECT_TRUE(listClients(m_ws).empty());
}

TEST_F(SaveRun, AnIncompleteDocumentLeavesNoVersionBehind) {
    const std::string text = test::scenarioText("A");
    auto doc = test::resultFor(text, 1, 2, 3, 4);
    doc["series"].erase("insurance_paid");
    EXPECT_THROW(saveRun(m_ws, "C", "A", text, doc), WorkspaceError);
    EXPECT_TRUE(listClients(m_ws).empty());
}

} // namespace
} // namespace cr
