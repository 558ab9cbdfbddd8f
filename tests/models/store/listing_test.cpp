// Listing and search: grouping, counts, latest run first, filters by name, tag and date.
#include "store/assessments.h"
#include "store/clients.h"
#include "store/listing.h"
#include "store/runs.h"
#include "store/scenario_versions.h"
#include "store/tags.h"
#include "store/workspace.h"
#include "store_test_support.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

namespace cr {
namespace {

class Listing : public ::testing::Test {
protected:
    void SetUp() override {
        const Client meyer = createClient(m_ws, "Autohaus Meyer");
        const Client isp = createClient(m_ws, "Kabel-ISP 50% AG");
        createClient(m_ws, "Empty Client");
        m_old = createAssessment(m_ws, isp.id, "Router firmware 2024");
        m_new = createAssessment(m_ws, isp.id, "Router firmware 2025");
        m_idle = createAssessment(m_ws, isp.id, "No runs yet");
        m_shop = createAssessment(m_ws, meyer.id, "Webshop migration");
        for (const Assessment& a : {m_old, m_new, m_idle, m_shop}) {
            addVersion(m_ws, a.id, test::scenarioText(a.title));
        }
        addVersion(m_ws, m_new.id, test::scenarioText(m_new.title, 1));
        // Runs with set timestamps: the newest run belongs to the 2024 assessment.
        run(m_new, "2025-01-10T09:00:00.000Z");
        run(m_old, "2025-02-01T09:00:00.000Z");
        run(m_new, "2024-12-01T09:00:00.000Z");
        run(m_shop, "2024-06-01T09:00:00.000Z");
        setModified(m_idle, "2023-05-05T10:00:00.000Z");
        setModified(m_shop, "2024-06-01T09:00:00.000Z");
        addTag(m_ws, m_new.id, "renewal");
        addTag(m_ws, m_shop.id, "renewal");
        addTag(m_ws, m_old.id, "archive");
    }

    void run(const Assessment& a, const std::string& when) {
        const auto v = latestVersion(m_ws, a.id);
        const RunRecord r = addRun(m_ws, v->id, test::resultFor(v->text, 1, 2, 3, 4));
        SQLite::Statement set(m_ws.database(), "UPDATE runs SET created = ? WHERE id = ?");
        set.bind(1, when);
        set.bind(2, r.id);
        set.exec();
    }

    void setModified(const Assessment& a, const std::string& when) {
        SQLite::Statement set(m_ws.database(), "UPDATE assessments SET modified = ? WHERE id = ?");
        set.bind(1, when);
        set.bind(2, a.id);
        set.exec();
    }

    std::vector<std::int64_t> ids(const SearchQuery& query) {
        std::vector<std::int64_t> found;
        for (const SearchHit& hit : searchAssessments(m_ws, query)) {
            found.push_back(hit.summary.assessment.id);
        }
        return found;
    }

    test::TempDir m_dir;
    Workspace m_ws = Workspace::open(m_dir / "w.sqlite");
    Assessment m_old, m_new, m_idle, m_shop;
};

TEST_F(Listing, GroupsByClientWithCountsLatestRunFirst) {
    const auto listing = listWorkspace(m_ws);
    ASSERT_EQ(listing.size(), 3u);
    EXPECT_EQ(listing[0].client.name, "Autohaus Meyer");
    EXPECT_EQ(listing[1].client.name, "Empty Client");
    EXPECT_TRUE(listing[1].assessments.empty());
    const auto& isp = listing[2].assessments;
    ASSERT_EQ(isp.size(), 3u);
    EXPECT_EQ(isp[0].assessment.id, m_old.id);  // run on 2025-02-01
    EXPECT_EQ(isp[1].assessment.id, m_new.id);  // latest run 2025-01-10
    EXPECT_EQ(isp[2].assessment.id, m_idle.id); // no run
    EXPECT_EQ(isp[1].versions, 2);
    EXPECT_EQ(isp[1].runs, 2);
    EXPECT_EQ(isp[1].latestRun, "2025-01-10T09:00:00.000Z");
    EXPECT_FALSE(isp[2].latestRun.has_value());
    EXPECT_EQ(isp[1].tags, std::vector<std::string>{"renewal"});
}

TEST_F(Listing, FiltersByClientName) {
    const auto listing = listWorkspace(m_ws, std::string("Autohaus Meyer"));
    ASSERT_EQ(listing.size(), 1u);
    ASSERT_EQ(listing[0].assessments.size(), 1u);
    EXPECT_EQ(listing[0].assessments[0].assessment.title, "Webshop migration");
    EXPECT_TRUE(listWorkspace(m_ws, std::string("Nobody")).empty());
}

TEST_F(Listing, SearchesTextInClientNamesAndTitles) {
    EXPECT_EQ(ids({.text = "firmware"}), (std::vector<std::int64_t>{m_old.id, m_new.id}));
    EXPECT_EQ(ids({.text = "MEYER"}), std::vector<std::int64_t>{m_shop.id});
    // '%' and '_' are literal: "50%" matches the ISP's name, "5_%" matches nothing.
    EXPECT_EQ(ids({.text = "50%"}).size(), 3u);
    EXPECT_TRUE(ids({.text = "5_%"}).empty());
}

TEST_F(Listing, SearchesByTagAndDate) {
    EXPECT_EQ(ids({.tag = "renewal"}), (std::vector<std::int64_t>{m_new.id, m_shop.id}));
    EXPECT_TRUE(ids({.tag = "renew"}).empty()); // whole tags only
    EXPECT_EQ(ids({.modifiedTo = "2023"}), std::vector<std::int64_t>{m_idle.id});
    EXPECT_EQ(ids({.modifiedFrom = "2024-06-01", .modifiedTo = "2024-06"}),
              std::vector<std::int64_t>{m_shop.id});
    EXPECT_EQ(ids({.text = "Webshop", .tag = "archive"}).size(), 0u);
}

} // namespace
} // namespace cr
