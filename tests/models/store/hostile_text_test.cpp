// Names with quotes, emoji, 10,000 characters and SQL injection attempts, in every text field:
// stored and returned exactly, never executed (every value is a bound parameter).
#include "store/assessments.h"
#include "store/clients.h"
#include "store/listing.h"
#include "store/runs.h"
#include "store/save_run.h"
#include "store/scenario_versions.h"
#include "store/tags.h"
#include "store/workspace.h"
#include "store_test_support.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

namespace cr {
namespace {

std::vector<std::string> hostileTexts() {
    std::string longName;
    while (longName.size() < 10000) {
        longName += "Ünïcödé 🚀 ";
    }
    longName.resize(10000 - 1);
    longName += "x";
    return {
        "O'Brien & \"Sons\" `Ltd`",
        "Café 🚀 日本語 👨‍👩‍👧 مرحبا",
        std::string(10000, 'w'),
        longName,
        "'); DROP TABLE clients; --",
        "Robert'); DELETE FROM assessments WHERE ('1'='1",
        "\" OR 1=1 --",
        "x'||(SELECT group_concat(name) FROM sqlite_schema)||'",
        "%_\\ wildcards ? ?1 :name @p $p",
        "line\nbreak\ttab\r\n",
        std::string("nul\0inside", 10),
    };
}

int schemaObjects(Workspace& ws) {
    return ws.database().execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
}

TEST(HostileText, EveryFieldKeepsItExactly) {
    test::TempDir dir;
    Workspace ws = Workspace::open(dir / "w.sqlite");
    const int objects = schemaObjects(ws);
    const auto texts = hostileTexts();
    for (const std::string& text : texts) {
        const Client client = createClient(ws, text);
        const Assessment a = createAssessment(ws, client.id, text, text);
        const std::string scenario = test::scenarioText(text);
        addVersion(ws, a.id, scenario, text);
        auto result = test::resultFor(scenario, 1, 2, 3, 4);
        result["currency"] = text;
        result["program_version"] = text;
        const SavedRun saved = saveRun(ws, text, text, scenario, result);
        addTag(ws, a.id, text);

        EXPECT_EQ(clientById(ws, client.id).name, text);
        const Assessment back = assessmentById(ws, a.id);
        EXPECT_EQ(back.title, text);
        EXPECT_EQ(back.notes, text);
        EXPECT_EQ(saved.assessmentId, a.id);
        EXPECT_FALSE(saved.newVersion);
        const ScenarioVersion v = versionByNumber(ws, a.id, 1);
        EXPECT_EQ(v.text, scenario);
        EXPECT_EQ(v.authorNote, text);
        const RunRecord run = runById(ws, saved.runId);
        EXPECT_EQ(run.currency, text);
        EXPECT_EQ(run.programVersion, text);
        EXPECT_EQ(nlohmann::ordered_json::parse(runDocument(ws, run.id)), result);
        EXPECT_EQ(tagsOf(ws, a.id), std::vector<std::string>{text});
    }
    // Nothing was executed: every table is there and holds exactly what was added.
    EXPECT_EQ(schemaObjects(ws), objects);
    EXPECT_EQ(listClients(ws).size(), texts.size());
    EXPECT_EQ(allTags(ws).size(), texts.size());
    EXPECT_TRUE(ws.integrityCheck().empty());
}

TEST(HostileText, RenamesAndLookupsUseTheExactText) {
    test::TempDir dir;
    Workspace ws = Workspace::open(dir / "w.sqlite");
    const Client plain = createClient(ws, "plain");
    const Assessment a = createAssessment(ws, plain.id, "plain");
    for (const std::string& text : hostileTexts()) {
        renameClient(ws, plain.id, text);
        renameAssessment(ws, a.id, text);
        EXPECT_EQ(findClient(ws, text)->id, plain.id);
        EXPECT_EQ(findAssessment(ws, plain.id, text)->id, a.id);
        ASSERT_EQ(listWorkspace(ws, text).size(), 1u);
        EXPECT_EQ(listWorkspace(ws, text)[0].assessments[0].assessment.title, text);
    }
    EXPECT_FALSE(findClient(ws, "plain").has_value());
    EXPECT_FALSE(findClient(ws, "' OR '1'='1").has_value());
}

TEST(HostileText, SearchTreatsItAsText) {
    test::TempDir dir;
    Workspace ws = Workspace::open(dir / "w.sqlite");
    const auto texts = hostileTexts();
    for (const std::string& text : texts) {
        createAssessment(ws, createClient(ws, text).id, text);
    }
    for (const std::string& text : texts) {
        const auto hits = searchAssessments(ws, {.text = text, .tag = text});
        EXPECT_TRUE(hits.empty()); // no assessment carries the tag
        const auto byText = searchAssessments(ws, {.text = text});
        ASSERT_EQ(byText.size(), 1u) << text.substr(0, 40);
        EXPECT_EQ(byText[0].summary.assessment.title, text);
    }
    EXPECT_EQ(listClients(ws).size(), texts.size());
}

} // namespace
} // namespace cr
