// File > Export report (PDF)…: enabled while the Results page shows a run; the PDF names the
// client and the expected total loss exactly as the Results page shows it; the options are
// remembered; a report that cannot be written changes no file.
#include "ui/ui_test_support.h"
#include "workspace_test_support.h"

#include "charts/key_figures.h"
#include "charts/results_page.h"
#include "document/commands.h"
#include "main/main_window.h"
#include "main/report_export.h"
#include "run/simulation_job.h"

#include "store/listing.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>

namespace cr::ui {
namespace {

// The PDF's text as pdftotext (poppler) reads it; empty when the tool fails.
QString pdfText(const QString& path) {
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!tool.waitForFinished(30000) || tool.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(tool.readAllStandardOutput());
}

class ReportExport : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        seed();
        Workspace ws = openStore();
        m_router = searchAssessments(ws, {.text = "router"}).at(0).summary.assessment;
        ASSERT_TRUE(m_window.openWorkspace(m_path));
        ASSERT_TRUE(m_window.openVersion(m_router.id, 0));
    }

    bool runToEnd() {
        commands::setIterations(*m_window.document(), 3000);
        QSignalSpy finished(m_window.job(), &SimulationJob::finished);
        return m_window.startRun() && test::waitUntil([&] { return finished.count() == 1; });
    }

    MainWindow m_window;
    Assessment m_router;
};

TEST_F(ReportExport, WritesThePdfOfTheRunWithTheClientAndTheExpectedLoss) {
    QAction* action = m_window.exportReportAction();
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isEnabled()); // nothing to report on yet
    const QString path = m_dir.filePath(QStringLiteral("router report.pdf"));
    EXPECT_FALSE(m_window.exportReport(path, {}));
    EXPECT_FALSE(QFileInfo::exists(path));

    ASSERT_TRUE(runToEnd());
    EXPECT_TRUE(action->isEnabled());
    ReportOptions options;
    options.client = QStringLiteral("Stadtwerke Beispielstadt");
    options.preparedBy = QStringLiteral("Jana Broker");
    options.language = Language::English;
    ASSERT_TRUE(m_window.exportReport(path, options)) << m_window.lastError().toStdString();
    ASSERT_TRUE(QFileInfo(path).size() > 1000);

    const QString text = pdfText(path);
    ASSERT_FALSE(text.isEmpty()) << "pdftotext could not read the report";
    EXPECT_TRUE(text.contains(options.client));
    EXPECT_TRUE(text.contains(options.preparedBy));
    // The figure as the Results page shows it (same document, same language, same rounding).
    const QString expected =
        m_window.resultsPage()->keyFigures()->valueText(QStringLiteral("expected_total_loss"));
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    // The cover names the assessment the run belongs to.
    EXPECT_TRUE(text.contains(QString::fromStdString(m_router.title)));

    // Remembered for the next export.
    const ReportOptions again = ReportOptions::load();
    EXPECT_EQ(again.client, options.client);
    EXPECT_EQ(again.preparedBy, options.preparedBy);
    EXPECT_EQ(again.language, Language::English);

    // Opening another scenario clears the results: nothing to report on.
    ASSERT_TRUE(m_window.openTemplate(QStringLiteral("webshop-deployment")));
    EXPECT_FALSE(action->isEnabled());
}

TEST_F(ReportExport, AStoredRunIsReportedInGermanWhenChosen) {
    RunRecord run;
    {
        Workspace ws = openStore();
        run = test::addEngineRun(ws, versionByNumber(ws, m_router.id, 1), 2000);
    }
    ASSERT_TRUE(m_window.openRun(run.id));
    EXPECT_TRUE(m_window.exportReportAction()->isEnabled());
    ReportOptions options;
    options.client = QStringLiteral("Netzbetrieb Süd GmbH");
    options.language = Language::German;
    const QString path = m_dir.filePath(QStringLiteral("bericht.pdf"));
    ASSERT_TRUE(m_window.exportReport(path, options)) << m_window.lastError().toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(options.client));
    // The expected total loss in German figures: the stored run's own mean, whole euros.
    ASSERT_TRUE(run.figures.meanTotalLoss);
    const QString german = QString::fromStdString(
        formatMoney(*run.figures.meanTotalLoss, run.currency, Language::German));
    EXPECT_TRUE(text.contains(german)) << german.toStdString();
    EXPECT_EQ(ReportOptions::load().language, Language::German);
}

TEST_F(ReportExport, AReportThatCannotBeWrittenChangesNoFile) {
    ASSERT_TRUE(runToEnd());
    // The target is a folder with a file in it: the rename onto it fails.
    QDir(m_dir.path()).mkpath(QStringLiteral("taken.pdf"));
    const QString inside = m_dir.filePath(QStringLiteral("taken.pdf/keep.txt"));
    {
        QFile keep(inside);
        ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
        keep.write("kept");
    }
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    EXPECT_FALSE(m_window.exportReport(m_dir.filePath(QStringLiteral("taken.pdf")), {}));
    EXPECT_FALSE(m_window.lastError().isEmpty());
    EXPECT_TRUE(QFileInfo(m_dir.filePath(QStringLiteral("taken.pdf"))).isDir());
    EXPECT_EQ(test::fileBytes(inside), "kept");
    // No temporary file left beside it.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), before);

    // A folder that does not exist: refused, nothing created.
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/r.pdf"));
    EXPECT_FALSE(m_window.exportReport(missing, {}));
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST_F(ReportExport, TheOptionsDialogStartsWithTheRememberedValuesAndTheUiLanguage) {
    // Nothing remembered yet: empty names and the interface's language (English in tests).
    const ReportOptions fresh = ReportOptions::load();
    EXPECT_TRUE(fresh.client.isEmpty());
    EXPECT_EQ(fresh.language, Language::English);

    ReportOptions remembered;
    remembered.client = QStringLiteral("Kunde A");
    remembered.preparedBy = QStringLiteral("Büro B");
    remembered.language = Language::German;
    remembered.save();
    ReportOptionsDialog dialog(ReportOptions::load());
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("client"))->text(), remembered.client);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("preparedBy"))->text(),
              remembered.preparedBy);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    EXPECT_EQ(language->currentData().toString(), QStringLiteral("de"));
    // What the user types is what the export gets (trimmed).
    dialog.findChild<QLineEdit*>(QStringLiteral("client"))->setText(QStringLiteral("  Kunde C "));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    EXPECT_EQ(dialog.options().client, QStringLiteral("Kunde C"));
    EXPECT_EQ(dialog.options().language, Language::English);
}

} // namespace
} // namespace cr::ui
