// The Results page at the program's own size (1280×800, the workspace navigator docked): the
// key figures' explanations get room to be read next to the who-pays table.
#include "ui/ui_test_support.h"
#include "workspace_test_support.h"

#include "charts/key_figures.h"
#include "charts/results_page.h"
#include "document/commands.h"
#include "main/main_window.h"
#include "run/simulation_job.h"

#include "store/listing.h"

#include <QDockWidget>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>

namespace cr::ui {
namespace {

class ResultsLayout : public test::WorkspaceTest {};

TEST_F(ResultsLayout, ExplanationsAreWideEnoughToReadBesideTheWhoPaysTable) {
    seed();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openWorkspace(m_path));
    ASSERT_TRUE(window.navigatorDock()->isVisible());
    ASSERT_TRUE(window.openTemplate(QStringLiteral("isp-router-reset")));
    commands::setIterations(*window.document(), 2000);
    QSignalSpy finished(window.job(), &SimulationJob::finished);
    ASSERT_TRUE(window.startRun());
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }));
    QTest::qWait(100); // layouts settle

    const QList<QLabel*> explanations = window.resultsPage()->keyFigures()->findChildren<QLabel*>(
        QRegularExpression(QStringLiteral("^explanation\\.")));
    ASSERT_GE(explanations.size(), 5); // five headline figures, two per policy
    // About 25 characters a line at least (was ~130 px, ~18 characters, before the layout fix).
    const int readable = explanations.front()->fontMetrics().averageCharWidth() * 25;
    for (const QLabel* label : explanations) {
        EXPECT_GE(label->width(), readable)
            << label->objectName().toStdString() << ": " << label->width() << " px";
    }
}

} // namespace
} // namespace cr::ui
