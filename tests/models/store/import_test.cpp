// Import (all or none, versions, unchanged files) and the GUI's example assessments.
#include "store/assessments.h"
#include "store/clients.h"
#include "store/import.h"
#include "store/listing.h"
#include "store/scenario_versions.h"
#include "store/workspace.h"
#include "store/workspace_error.h"
#include "store_test_support.h"

#include <gtest/gtest.h>

namespace cr {
namespace {

namespace fs = std::filesystem;

ScenarioFile file(const std::string& name, int salt = 0) {
    return {name + ".json", name, test::scenarioText(name, salt)};
}

class Import : public ::testing::Test {
protected:
    test::TempDir m_dir;
    Workspace m_ws = Workspace::open(m_dir / "w.sqlite");
};

TEST_F(Import, EachFileBecomesAnAssessmentTitledByItsScenarioName) {
    const auto done = importScenarios(m_ws, "ISP", std::nullopt, {file("Routers"), file("DNS")});
    ASSERT_EQ(done.size(), 2u);
    const Client isp = *findClient(m_ws, "ISP");
    const Assessment routers = *findAssessment(m_ws, isp.id, "Routers");
    EXPECT_EQ(done[0].assessmentId, routers.id);
    EXPECT_EQ(done[0].versionNumber, 1);
    EXPECT_EQ(versionByNumber(m_ws, routers.id, 1).text, file("Routers").text);
    // Importing the edited file again adds version 2; the same text again adds nothing.
    const auto again = importScenarios(m_ws, "ISP", std::nullopt, {file("Routers", 5)});
    EXPECT_EQ(again[0].versionNumber, 2);
    EXPECT_FALSE(again[0].unchanged);
    const auto same = importScenarios(m_ws, "ISP", std::nullopt, {file("Routers", 5)});
    EXPECT_TRUE(same[0].unchanged);
    EXPECT_EQ(listVersions(m_ws, routers.id).size(), 2u);
}

TEST_F(Import, GivenTitleMakesTheFilesSuccessiveVersions) {
    const auto done = importScenarios(m_ws, "SME", std::string("Annual review"),
                                      {file("v1", 1), file("v2", 2), file("v2", 2)});
    EXPECT_EQ(done[0].versionNumber, 1);
    EXPECT_EQ(done[1].versionNumber, 2);
    EXPECT_TRUE(done[2].unchanged);
    EXPECT_EQ(done[0].assessmentId, done[1].assessmentId);
    EXPECT_EQ(assessmentById(m_ws, done[0].assessmentId).title, "Annual review");
}

TEST_F(Import, AFailingFileUndoesTheWholeImport) {
    importScenarios(m_ws, "Existing", std::nullopt, {file("kept")});
    const std::string before = test::readBytes(m_dir / "w.sqlite");
    // The third file has no usable title: the first two must not stay behind either.
    std::vector<ScenarioFile> files = {file("one"), file("two"), {"bad.json", "   ", "{}"}};
    std::vector<std::size_t> progress;
    try {
        importScenarios(m_ws, "New client", std::nullopt, files,
                        [&](std::size_t done, std::size_t) { progress.push_back(done); });
        FAIL();
    } catch (const WorkspaceError& e) {
        EXPECT_EQ(e.kind(), WorkspaceErrorKind::InvalidInput);
    }
    EXPECT_EQ(progress, (std::vector<std::size_t>{1, 2}));
    EXPECT_FALSE(findClient(m_ws, "New client").has_value());
    const auto listing = listWorkspace(m_ws);
    ASSERT_EQ(listing.size(), 1u);
    EXPECT_EQ(listing[0].assessments.size(), 1u);
}

void writeTemplates(const fs::path& folder, const std::vector<std::string>& names) {
    fs::create_directories(folder);
    for (std::size_t i = 0; i < names.size(); ++i) {
        test::writeBytes(folder / ("t" + std::to_string(i) + ".json"),
                         test::scenarioText(names[i]));
    }
    test::writeBytes(folder / "README.txt", "not a template");
}

TEST_F(Import, SeedExamplesAddsEveryTemplateOnce) {
    const fs::path templates = m_dir / "templates";
    writeTemplates(templates, {"ISP router update", "Freelancer webshop", "SME server", "MSP"});
    EXPECT_EQ(seedExamples(m_ws, templates), 4);
    const auto listing = listWorkspace(m_ws);
    ASSERT_EQ(listing.size(), 1u);
    EXPECT_EQ(listing[0].client.name, kExamplesClientName);
    ASSERT_EQ(listing[0].assessments.size(), 4u);
    const Assessment isp = *findAssessment(m_ws, listing[0].client.id, "ISP router update");
    EXPECT_EQ(versionByNumber(m_ws, isp.id, 1).text,
              test::readBytes(templates / "t0.json")); // stored byte for byte
    EXPECT_EQ(seedExamples(m_ws, templates), 0);       // "Examples" exists: nothing added
}

TEST_F(Import, SeedExamplesRefusesATemplateWithoutName) {
    const fs::path templates = m_dir / "templates";
    writeTemplates(templates, {"good"});
    test::writeBytes(templates / "t9.json", "{\"format\": \"changerisk-scenario\"}");
    EXPECT_THROW(seedExamples(m_ws, templates), WorkspaceError);
    EXPECT_TRUE(listClients(m_ws).empty());
}

TEST(SeedExamples, ShippedTemplatesBecomeFourExamples) {
    const fs::path shipped = CHANGERISK_TEMPLATES_DIR;
    if (!fs::is_directory(shipped)) {
        GTEST_SKIP() << "no shipped templates yet at " << shipped;
    }
    test::TempDir dir;
    Workspace ws = Workspace::open(dir / "w.sqlite");
    ASSERT_TRUE(ws.wasCreated());
    EXPECT_EQ(seedExamples(ws, shipped), 4);
    EXPECT_EQ(listWorkspace(ws)[0].assessments.size(), 4u);
}

} // namespace
} // namespace cr
