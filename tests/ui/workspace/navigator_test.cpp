// The navigator lists what the store holds, filters by search like the store's own search, and
// renames, deletes and exports through the store.
#include "workspace_test_support.h"

#include "document/scenario_document.h"
#include "main/main_window.h"
#include "workspace/navigator_actions.h"
#include "workspace/workspace_filter.h"
#include "workspace/workspace_model.h"
#include "workspace/workspace_navigator.h"
#include "workspace/workspace_session.h"

#include "store/listing.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <set>

namespace cr::ui {
namespace {

class Navigator : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        seed();
        // Two runs on the router example's version 1, one on a second version of the shop.
        Workspace ws = openStore();
        for (const ClientListing& c : listWorkspace(ws)) {
            for (const AssessmentSummary& s : c.assessments) {
                const std::string& title = s.assessment.title;
                if (title.find("router") != std::string::npos) {
                    const ScenarioVersion v = versionByNumber(ws, s.assessment.id, 1);
                    test::addEngineRun(ws, v, 2000);
                    test::addEngineRun(ws, v, 3000);
                }
                if (title.find("web shop") != std::string::npos) {
                    const ScenarioVersion v1 = versionByNumber(ws, s.assessment.id, 1);
                    const ScenarioVersion v2 = addVersion(ws, s.assessment.id, v1.text + " ");
                    test::addEngineRun(ws, v2, 2000);
                }
            }
        }
        createClient(ws, "Müller GmbH");
        ASSERT_TRUE(m_window.openWorkspace(m_path));
    }

    QTreeView* tree() { return m_window.navigator()->view(); }

    // The assessments the tree shows, by title.
    std::set<std::string> shownAssessments() {
        std::set<std::string> titles;
        const QAbstractItemModel* model = tree()->model();
        for (int c = 0; c < model->rowCount(); ++c) {
            const QModelIndex client = model->index(c, 0);
            for (int a = 0; a < model->rowCount(client); ++a) {
                titles.insert(model->index(a, 0, client).data().toString().toStdString());
            }
        }
        return titles;
    }

    MainWindow m_window;
};

TEST_F(Navigator, ListsWhatTheStoreHolds) {
    EXPECT_TRUE(m_window.navigatorDock()->isVisibleTo(&m_window));
    Workspace ws = openStore();
    const auto listing = listWorkspace(ws);
    const WorkspaceModel* model = m_window.navigator()->model();
    ASSERT_EQ(model->rowCount(), static_cast<int>(listing.size()));
    int totalRuns = 0;
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex client = model->index(c, 0);
        const ClientListing& expected = listing[static_cast<std::size_t>(c)];
        EXPECT_EQ(client.data().toString().toStdString(), expected.client.name);
        EXPECT_EQ(client.data(IdRole).toLongLong(), expected.client.id);
        ASSERT_EQ(model->rowCount(client), static_cast<int>(expected.assessments.size()));
        for (int a = 0; a < model->rowCount(client); ++a) {
            const QModelIndex assessment = model->index(a, 0, client);
            const AssessmentSummary& summary = expected.assessments[static_cast<std::size_t>(a)];
            EXPECT_EQ(assessment.data().toString().toStdString(), summary.assessment.title);
            ASSERT_EQ(model->rowCount(assessment), summary.versions);
            int runs = 0;
            for (int v = 0; v < model->rowCount(assessment); ++v) {
                const QModelIndex version = model->index(v, 0, assessment);
                // Newest version first.
                EXPECT_EQ(version.data(VersionNumberRole).toInt(), summary.versions - v);
                for (int r = 0; r < model->rowCount(version); ++r) {
                    const QModelIndex run = model->index(r, 0, version);
                    const RunRecord record = runById(ws, run.data(IdRole).toLongLong());
                    EXPECT_EQ(record.versionNumber, version.data(VersionNumberRole).toInt());
                    EXPECT_EQ(record.versionId, version.data(IdRole).toLongLong());
                }
                runs += model->rowCount(version);
            }
            EXPECT_EQ(runs, summary.runs) << summary.assessment.title;
            totalRuns += runs;
        }
    }
    EXPECT_EQ(totalRuns, 3);
    EXPECT_EQ(listing.size(), 2u); // "Examples" and the empty "Müller GmbH"
}

TEST_F(Navigator, SearchShowsWhatTheStoresSearchFinds) {
    Workspace ws = openStore();
    for (const std::string text : {"router", "ROUTER", "Examples", "shop", "nothing like it"}) {
        QLineEdit* search = m_window.navigator()->searchBox();
        search->clear();
        QTest::keyClicks(search, QString::fromStdString(text));
        std::set<std::string> expected;
        for (const SearchHit& hit : searchAssessments(ws, {.text = text})) {
            expected.insert(hit.summary.assessment.title);
        }
        EXPECT_EQ(shownAssessments(), expected) << text;
    }
    EXPECT_EQ(shownAssessments().size(), 0u);
    m_window.navigator()->searchBox()->clear();
    EXPECT_EQ(shownAssessments().size(), 4u);
    // The client without assessments is back too.
    EXPECT_EQ(tree()->model()->rowCount(), 2);
}

TEST_F(Navigator, RenameDeleteAndExportGoThroughTheStore) {
    WorkspaceSession& session = *m_window.workspace();
    Workspace ws = openStore();
    const Client examples = *findClient(ws, "Examples");
    const auto assessments = listWorkspace(ws, std::string("Examples"))[0].assessments;
    const Assessment first = assessments[0].assessment;

    ASSERT_TRUE(renameNode(session, NodeKind::Assessment, first.id, QStringLiteral("Renamed")));
    EXPECT_EQ(assessmentById(ws, first.id).title, "Renamed");
    EXPECT_TRUE(shownAssessments().count("Renamed"));
    // A title that is taken is refused with the store's message; nothing changes.
    EXPECT_FALSE(renameNode(session, NodeKind::Assessment, assessments[1].assessment.id,
                            QStringLiteral("Renamed")));
    EXPECT_FALSE(session.lastError().isEmpty());
    EXPECT_EQ(assessmentById(ws, assessments[1].assessment.id).title,
              assessments[1].assessment.title);

    const QString summary = deletionSummary(session, NodeKind::Client, examples.id);
    EXPECT_TRUE(summary.contains(QStringLiteral("4 assessments"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("3 runs"))) << summary.toStdString();

    // Export a version: the stored text byte for byte.
    const ScenarioVersion version = versionByNumber(ws, first.id, 1);
    const QString out = m_dir.filePath(QStringLiteral("exported.json"));
    ASSERT_TRUE(exportVersion(session, version.id, out));
    EXPECT_EQ(test::fileBytes(out), version.text);

    ASSERT_TRUE(deleteNode(session, NodeKind::Assessment, first.id));
    EXPECT_FALSE(shownAssessments().count("Renamed"));
    EXPECT_EQ(shownAssessments().size(), 3u);
    ASSERT_TRUE(deleteNode(session, NodeKind::Client, examples.id));
    EXPECT_FALSE(findClient(ws, "Examples").has_value());
    EXPECT_EQ(m_window.navigator()->model()->rowCount(), 1);
}

TEST_F(Navigator, DoubleClickOnAVersionOpensItInTheEditor) {
    Workspace ws = openStore();
    const WorkspaceModel* model = m_window.navigator()->model();
    const Assessment router = [&] {
        for (const SearchHit& hit : searchAssessments(ws, {.text = "router"})) {
            return hit.summary.assessment;
        }
        return Assessment{};
    }();
    const QModelIndex version =
        model->find(NodeKind::Version, versionByNumber(ws, router.id, 1).id);
    ASSERT_TRUE(version.isValid());
    m_window.navigator()->activate(m_window.navigator()->filter()->mapFromSource(version));
    ASSERT_TRUE(m_window.bound().has_value());
    EXPECT_EQ(m_window.bound()->assessment.id, router.id);
    EXPECT_EQ(m_window.bound()->version.number, 1);
    EXPECT_EQ(writeScenario(m_window.document()->scenario()),
              writeScenario(readScenario(versionByNumber(ws, router.id, 1).text)));
    EXPECT_TRUE(m_window.windowTitle().contains(QString::fromStdString(router.title)));
}

} // namespace
} // namespace cr::ui
