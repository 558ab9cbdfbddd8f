// Compare runs: two stored runs (different assessments, or two versions of one) reach the
// CompareView with their stored documents; the table shows each run's figures and b − a.
#include "ui/ui_test_support.h"
#include "workspace_test_support.h"

#include "charts/compare_view.h"
#include "format/number_format.h"
#include "main/main_window.h"
#include "workspace/compare_runs.h"
#include "workspace/workspace_filter.h"
#include "workspace/workspace_model.h"
#include "workspace/workspace_navigator.h"

#include "store/listing.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeView>

namespace cr::ui {
namespace {

using ojson = nlohmann::ordered_json;

class CompareRuns : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        seed();
        Workspace ws = openStore();
        m_shop = searchAssessments(ws, {.text = "web shop"}).at(0).summary.assessment;
        m_router = searchAssessments(ws, {.text = "router"}).at(0).summary.assessment;
        const ScenarioVersion shop1 = versionByNumber(ws, m_shop.id, 1);
        m_shopRun = test::addEngineRun(ws, shop1, 4000);
        // A second version of the shop with another seed: other figures, same policies.
        Scenario changed = readScenario(shop1.text);
        changed.simulation.seed = 77;
        m_shopRun2 =
            test::addEngineRun(ws, addVersion(ws, m_shop.id, writeScenario(changed)), 6000);
        m_routerRun = test::addEngineRun(ws, versionByNumber(ws, m_router.id, 1), 3000);
        m_docs[m_shopRun.id] = ojson::parse(runDocument(ws, m_shopRun.id));
        m_docs[m_shopRun2.id] = ojson::parse(runDocument(ws, m_shopRun2.id));
        m_docs[m_routerRun.id] = ojson::parse(runDocument(ws, m_routerRun.id));
    }

    double stat(qint64 run, const char* series, const char* name) {
        return m_docs[run]["series"][series][name].get<double>();
    }
    double p99(qint64 run, const char* series) {
        return m_docs[run]["series"][series]["quantiles"]["0.99"].get<double>();
    }

    Assessment m_shop, m_router;
    RunRecord m_shopRun, m_shopRun2, m_routerRun;
    std::map<qint64, ojson> m_docs;
};

// The text of the table cell in the figure's row and `column` (1 = a, 2 = b).
QString cell(CompareView* view, const QString& name, int column) {
    const int row = view->rowOf(name);
    return row < 0 ? QString() : view->table()->item(row, column)->text();
}

TEST_F(CompareRuns, TwoRunsOfDifferentAssessmentsShowTheirStoredFiguresAndBMinusA) {
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(m_path));
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("action.compareRuns"))->isEnabled());

    const qint64 a = m_routerRun.id;
    const qint64 b = m_shopRun.id;
    CompareRunsWindow* compare = window.compareRuns(a, b);
    ASSERT_NE(compare, nullptr) << window.lastError().toStdString();
    CompareView* view = compare->view();

    // Differences straight from the two stored documents.
    const std::vector<std::pair<QString, double>> expected = {
        {QStringLiteral("expected_total_loss"),
         stat(b, "total_loss", "mean") - stat(a, "total_loss", "mean")},
        {QStringLiteral("loss_1_in_100"), p99(b, "total_loss") - p99(a, "total_loss")},
        {QStringLiteral("expected_uninsured"),
         stat(b, "uninsured", "mean") - stat(a, "uninsured", "mean")},
        {QStringLiteral("probability_any_incident"),
         m_docs[b]["probability_any_incident"].get<double>() -
             m_docs[a]["probability_any_incident"].get<double>()},
    };
    for (const auto& [name, difference] : expected) {
        const auto shown = view->difference(name);
        ASSERT_TRUE(shown.has_value()) << name.toStdString();
        EXPECT_NEAR(*shown, difference, 1e-9 * std::max(1.0, std::abs(difference)))
            << name.toStdString();
    }
    // The a and b columns show each document's own mean, as the money format writes it.
    const std::string currency = m_docs[a]["currency"].get<std::string>();
    EXPECT_EQ(cell(view, QStringLiteral("expected_total_loss"), 1),
              QString::fromStdString(
                  formatMoney(stat(a, "total_loss", "mean"), currency, Language::English)));
    EXPECT_EQ(cell(view, QStringLiteral("expected_total_loss"), 2),
              QString::fromStdString(
                  formatMoney(stat(b, "total_loss", "mean"), currency, Language::English)));
    // The headers name the assessments and versions.
    EXPECT_TRUE(view->table()->horizontalHeaderItem(1)->text().contains(
        QString::fromStdString(m_router.title)));
    EXPECT_TRUE(view->table()->horizontalHeaderItem(2)->text().contains(
        QString::fromStdString(m_shop.title)));
    compare->close();
}

bool anyEnabledCompareButton(const QDialog& dialog) {
    for (const QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Compare") && button->isEnabled()) {
            return true;
        }
    }
    return false;
}

TEST_F(CompareRuns, ThePickerListsEveryRunAndStartsWithTheChosenOne) {
    QList<StoredRunChoice> choices;
    {
        Workspace ws = openStore();
        choices = storedRunChoices(ws);
    }
    ASSERT_EQ(choices.size(), 3);
    CompareRunsDialog dialog(choices, m_shopRun2.id);
    EXPECT_EQ(dialog.chosen().first, m_shopRun2.id);
    EXPECT_NE(dialog.chosen().second, m_shopRun2.id);
    // The same run twice cannot be compared.
    dialog.runB()->setCurrentIndex(dialog.runA()->currentIndex());
    EXPECT_FALSE(anyEnabledCompareButton(dialog));
    dialog.runB()->setCurrentIndex(dialog.runB()->findData(static_cast<qint64>(m_shopRun.id)));
    EXPECT_EQ(dialog.chosen().first, m_shopRun2.id);
    EXPECT_EQ(dialog.chosen().second, m_shopRun.id);
    EXPECT_TRUE(anyEnabledCompareButton(dialog));
}

TEST_F(CompareRuns, TheNavigatorOffersCompareWithOnARunAndComparesTwoSelectedRuns) {
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(m_path));
    WorkspaceNavigator* navigator = window.navigator();
    QSignalSpy requested(navigator, &WorkspaceNavigator::compareRequested);

    navigator->reveal(NodeKind::Run, m_shopRun.id);
    const QModelIndex first =
        navigator->filter()->mapFromSource(navigator->model()->find(NodeKind::Run, m_shopRun.id));
    ASSERT_TRUE(first.isValid());
    {
        QMenu menu;
        navigator->fillContextMenu(menu, first);
        auto* compareWith = menu.findChild<QAction*>(QStringLiteral("compareWith"));
        ASSERT_NE(compareWith, nullptr);
        EXPECT_EQ(menu.findChild<QAction*>(QStringLiteral("compareSelected")), nullptr);
        // Not on a version.
        QMenu versionMenu;
        navigator->fillContextMenu(versionMenu, first.parent());
        EXPECT_EQ(versionMenu.findChild<QAction*>(QStringLiteral("compareWith")), nullptr);
        // Only the request is checked here: no dialog from the window.
        QObject::disconnect(navigator, nullptr, &window, nullptr);
        compareWith->trigger();
        ASSERT_EQ(requested.count(), 1);
        EXPECT_EQ(requested[0][0].toLongLong(), m_shopRun.id);
        EXPECT_EQ(requested[0][1].toLongLong(), 0);
    }
    // Two runs selected: "Compare the two selected runs", a first.
    navigator->reveal(NodeKind::Run, m_routerRun.id);
    const QModelIndex second =
        navigator->filter()->mapFromSource(navigator->model()->find(NodeKind::Run, m_shopRun.id));
    navigator->view()->selectionModel()->select(second, QItemSelectionModel::Select);
    ASSERT_EQ(navigator->selectedRunIds().size(), 2);
    QMenu menu;
    navigator->fillContextMenu(menu, second);
    auto* both = menu.findChild<QAction*>(QStringLiteral("compareSelected"));
    ASSERT_NE(both, nullptr);
    both->trigger();
    ASSERT_EQ(requested.count(), 2);
    EXPECT_EQ(requested[1][0].toLongLong(), m_routerRun.id);
    EXPECT_EQ(requested[1][1].toLongLong(), m_shopRun.id);
}

} // namespace
} // namespace cr::ui
