// Clients, assessments, versions, runs and tags: what is stored comes back, rules hold.
#include "format/sha256.h"
#include "store/assessments.h"
#include "store/clients.h"
#include "store/runs.h"
#include "store/scenario_versions.h"
#include "store/tags.h"
#include "store/workspace.h"
#include "store/workspace_error.h"
#include "store_test_support.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

namespace cr {
namespace {

class Repositories : public ::testing::Test {
protected:
    test::TempDir m_dir;
    Workspace m_ws = Workspace::open(m_dir / "w.sqlite");
};

WorkspaceErrorKind kindOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const WorkspaceError& e) {
        return e.kind();
    }
    ADD_FAILURE() << "no WorkspaceError";
    return WorkspaceErrorKind::Io;
}

TEST_F(Repositories, ClientsAreUniqueByNameAndListedByName) {
    const Client b = createClient(m_ws, "Bäckerei Schmidt");
    const Client a = createClient(m_ws, "Autohaus Meyer");
    EXPECT_EQ(kindOf([&] { createClient(m_ws, "Autohaus Meyer"); }), WorkspaceErrorKind::Conflict);
    EXPECT_EQ(kindOf([&] { createClient(m_ws, "  "); }), WorkspaceErrorKind::InvalidInput);
    const auto all = listClients(m_ws);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, a.id);
    EXPECT_EQ(all[1].name, "Bäckerei Schmidt");
    EXPECT_EQ(findOrCreateClient(m_ws, "Autohaus Meyer").id, a.id);
    EXPECT_NE(findOrCreateClient(m_ws, "autohaus meyer").id, a.id); // byte for byte
    EXPECT_EQ(b.created.size(), std::string("2025-03-02T14:01:22.123Z").size());
}

TEST_F(Repositories, RenamingAClientChecksTheNewName) {
    const Client a = createClient(m_ws, "A");
    createClient(m_ws, "B");
    renameClient(m_ws, a.id, "A2");
    EXPECT_EQ(clientById(m_ws, a.id).name, "A2");
    EXPECT_EQ(kindOf([&] { renameClient(m_ws, a.id, "B"); }), WorkspaceErrorKind::Conflict);
    EXPECT_EQ(kindOf([&] { renameClient(m_ws, 999, "C"); }), WorkspaceErrorKind::NotFound);
    EXPECT_EQ(clientById(m_ws, a.id).name, "A2");
}

TEST_F(Repositories, AssessmentTitlesAreUniquePerClient) {
    const Client a = createClient(m_ws, "A");
    const Client b = createClient(m_ws, "B");
    const Assessment first = createAssessment(m_ws, a.id, "Firmware 2025", "notes");
    EXPECT_EQ(createAssessment(m_ws, b.id, "Firmware 2025").clientId, b.id);
    EXPECT_EQ(kindOf([&] { createAssessment(m_ws, a.id, "Firmware 2025"); }),
              WorkspaceErrorKind::Conflict);
    EXPECT_EQ(findOrCreateAssessment(m_ws, a.id, "Firmware 2025").id, first.id);
    renameAssessment(m_ws, first.id, "Firmware 2026");
    setAssessmentNotes(m_ws, first.id, "second thoughts");
    const Assessment now = assessmentById(m_ws, first.id);
    EXPECT_EQ(now.title, "Firmware 2026");
    EXPECT_EQ(now.notes, "second thoughts");
    EXPECT_GE(now.modified, first.modified);
}

TEST_F(Repositories, VersionsAreNumberedAndKeptByteForByte) {
    const Client c = createClient(m_ws, "C");
    const Assessment a = createAssessment(m_ws, c.id, "A");
    const std::string text1 = test::scenarioText("A", 1);
    const std::string text2 = "{\r\n\t\"name\": \"A\" ,\"x\":1e3 }\n\n"; // odd spacing, CRLF
    const ScenarioVersion v1 = addVersion(m_ws, a.id, text1, "first draft");
    const ScenarioVersion v2 = addVersion(m_ws, a.id, text2);
    EXPECT_EQ(v1.number, 1);
    EXPECT_EQ(v2.number, 2);
    EXPECT_EQ(v1.sha256, sha256Hex(text1));
    EXPECT_EQ(versionByNumber(m_ws, a.id, 2).text, text2);
    EXPECT_EQ(versionByNumber(m_ws, a.id, 1).authorNote, "first draft");
    EXPECT_EQ(latestVersion(m_ws, a.id)->number, 2);
    const auto listed = listVersions(m_ws, a.id);
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_TRUE(listed[0].text.empty());
    EXPECT_EQ(listed[1].sha256, sha256Hex(text2));
    EXPECT_EQ(kindOf([&] { versionByNumber(m_ws, a.id, 3); }), WorkspaceErrorKind::NotFound);
    EXPECT_EQ(kindOf([&] { addVersion(m_ws, 777, text1); }), WorkspaceErrorKind::NotFound);
}

TEST_F(Repositories, RunsKeepTheirDocumentAndFiguresLatestFirst) {
    const Client c = createClient(m_ws, "C");
    const Assessment a = createAssessment(m_ws, c.id, "A");
    const std::string text = test::scenarioText("A");
    const ScenarioVersion v = addVersion(m_ws, a.id, text);
    auto doc1 = test::resultFor(text, 100.0, 900.0, 60.0, 40.0, {0.01, 0.03});
    doc1["seed"] = 18446744073709551615ull; // 2^64 - 1: beyond SQLite's signed integers
    const RunRecord r1 = addRun(m_ws, v.id, doc1);
    const RunRecord r2 = addRun(m_ws, v.id, test::resultFor(text, 200.0, 1800.0, 120.0, 80.0));
    EXPECT_EQ(r1.seed, 18446744073709551615ull);
    EXPECT_EQ(r1.iterations, 1000u);
    EXPECT_EQ(r1.threads, 2);
    EXPECT_EQ(r1.programVersion, "0.1.0");
    EXPECT_EQ(r1.currency, "EUR");
    EXPECT_DOUBLE_EQ(r1.elapsedSeconds, 0.25);
    EXPECT_EQ(r1.figures.meanTotalLoss, 100.0);
    EXPECT_EQ(r1.figures.p99TotalLoss, 900.0);
    EXPECT_EQ(r1.figures.meanInsurancePaid, 60.0);
    EXPECT_EQ(r1.figures.meanUninsured, 40.0);
    EXPECT_EQ(r1.figures.shortfallProbability, 0.03);
    EXPECT_FALSE(r2.figures.shortfallProbability.has_value());
    const auto runs = listRuns(m_ws, a.id);
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].id, r2.id);
    EXPECT_EQ(runs[1].versionNumber, 1);
    EXPECT_EQ(nlohmann::ordered_json::parse(runDocument(m_ws, r1.id)), doc1);
}

TEST_F(Repositories, RunWithoutRequiredFieldsIsRefused) {
    const Client c = createClient(m_ws, "C");
    const Assessment a = createAssessment(m_ws, c.id, "A");
    const ScenarioVersion v = addVersion(m_ws, a.id, "{}");
    auto doc = test::resultFor("{}", 1, 2, 3, 4);
    doc.erase("iterations");
    try {
        addRun(m_ws, v.id, doc);
        FAIL();
    } catch (const WorkspaceError& e) {
        EXPECT_EQ(e.kind(), WorkspaceErrorKind::InvalidInput);
        EXPECT_NE(std::string(e.what()).find("/iterations: missing"), std::string::npos);
    }
    EXPECT_TRUE(listRuns(m_ws, a.id).empty());
}

TEST_F(Repositories, TagsAreSharedAndUnusedOnesVanish) {
    const Client c = createClient(m_ws, "C");
    const Assessment a = createAssessment(m_ws, c.id, "A");
    const Assessment b = createAssessment(m_ws, c.id, "B");
    addTag(m_ws, a.id, "renewal");
    addTag(m_ws, a.id, "2025");
    addTag(m_ws, a.id, "2025"); // twice is harmless
    addTag(m_ws, b.id, "2025");
    EXPECT_EQ(tagsOf(m_ws, a.id), (std::vector<std::string>{"2025", "renewal"}));
    removeTag(m_ws, a.id, "renewal");
    EXPECT_EQ(allTags(m_ws), (std::vector<std::string>{"2025"}));
    EXPECT_EQ(kindOf([&] { addTag(m_ws, a.id, ""); }), WorkspaceErrorKind::InvalidInput);
}

TEST_F(Repositories, DeletingAnAssessmentTakesItsVersionsAndRuns) {
    const Client c = createClient(m_ws, "C");
    const Assessment keep = createAssessment(m_ws, c.id, "keep");
    const Assessment drop = createAssessment(m_ws, c.id, "drop");
    const std::string text = test::scenarioText("drop");
    addVersion(m_ws, keep.id, text);
    const ScenarioVersion v = addVersion(m_ws, drop.id, text);
    addVersion(m_ws, drop.id, text + " ");
    addRun(m_ws, v.id, test::resultFor(text, 1, 2, 3, 4));
    addTag(m_ws, drop.id, "only-on-drop");
    const Contents erased = deleteAssessment(m_ws, drop.id);
    EXPECT_EQ(erased.versions, 2);
    EXPECT_EQ(erased.runs, 1);
    EXPECT_EQ(kindOf([&] { assessmentById(m_ws, drop.id); }), WorkspaceErrorKind::NotFound);
    auto count = [&](const char* table) {
        return m_ws.database().execAndGet(std::string("SELECT count(*) FROM ") + table).getInt();
    };
    EXPECT_EQ(count("scenario_versions"), 1);
    EXPECT_EQ(count("runs"), 0);
    EXPECT_EQ(count("tags"), 0);
    // AUTOINCREMENT: a new assessment never takes the deleted one's id.
    EXPECT_GT(createAssessment(m_ws, c.id, "new").id, drop.id);
}

TEST_F(Repositories, DeletingAClientErasesItsDataFromTheFiles) {
    const std::string secret = "Geheimkunde-7f3a9c GmbH";
    const Client c = createClient(m_ws, secret);
    createClient(m_ws, "Other");
    const Assessment a = createAssessment(m_ws, c.id, secret + " review", secret + " notes");
    const std::string text = test::scenarioText(secret);
    const ScenarioVersion v = addVersion(m_ws, a.id, text, secret);
    addRun(m_ws, v.id, test::resultFor(text, 1, 2, 3, 4));
    addTag(m_ws, a.id, secret);

    EXPECT_EQ(clientContents(m_ws, c.id).runs, 1);
    const Contents erased = deleteClient(m_ws, c.id);
    EXPECT_EQ(erased.assessments, 1);
    EXPECT_EQ(erased.versions, 1);
    EXPECT_EQ(erased.runs, 1);
    ASSERT_EQ(listClients(m_ws).size(), 1u);

    // Neither the database nor its write-ahead log holds the name any more.
    for (const std::string suffix : {"", "-wal"}) {
        const std::string bytes = test::readBytes(m_dir / ("w.sqlite" + suffix));
        EXPECT_EQ(bytes.find(secret), std::string::npos) << "found in w.sqlite" << suffix;
    }
    EXPECT_TRUE(m_ws.integrityCheck().empty());
}

TEST_F(Repositories, NestedWritesJoinTheOuterTransaction) {
    EXPECT_THROW(m_ws.write("test",
                            [&] {
                                createClient(m_ws, "inside");
                                throw std::runtime_error("stop");
                            }),
                 std::runtime_error);
    EXPECT_TRUE(listClients(m_ws).empty()); // the inner commit did not happen on its own
    EXPECT_THROW(m_ws.read("test", [&] { createClient(m_ws, "in a read"); }), std::logic_error);
}

} // namespace
} // namespace cr
