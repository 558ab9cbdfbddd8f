// Exported charts are real pictures: the PNG loads at the right size and is not blank, the SVG
// parses; and the results page's panels export what they show.
#include "chart_test_support.h"

#include "charts/chart_export.h"
#include "charts/chart_panel.h"
#include "charts/cost_by_category_chart.h"
#include "charts/loss_exceedance_chart.h"
#include "charts/results_page.h"

#include <QChartView>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <set>

namespace cr::ui {
namespace {

// Pixels that are not (nearly) white, and the number of distinct colours.
struct Ink {
    double share = 0;
    std::size_t colours = 0;
};

Ink inkOf(const QImage& image) {
    std::size_t dark = 0;
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            dark += qGray(p) < 200;
        }
    }
    return {static_cast<double>(dark) / (image.width() * image.height()), colours.size()};
}

class ChartExport : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_run = test::runTemplate("webshop-deployment", 5000, 3); }
    static void TearDownTestSuite() { s_run = {}; }
    static test::TemplateRun s_run;
    QTemporaryDir m_dir;
};
test::TemplateRun ChartExport::s_run;

TEST_F(ChartExport, PngOfAChartNeverShownLoadsAtTheRightSizeAndHasInk) {
    ASSERT_TRUE(m_dir.isValid());
    std::unique_ptr<QChart> chart(
        createLossExceedanceChart(s_run.scenario, s_run.document, Language::English));
    const QString path = m_dir.filePath(QStringLiteral("lec.png"));
    QString error;
    ASSERT_TRUE(exportChartPng(chart.get(), path, QSize(640, 400), 2, &error))
        << error.toStdString();
    QImage image;
    ASSERT_TRUE(image.load(path));
    EXPECT_EQ(image.size(), QSize(1280, 800));
    const Ink ink = inkOf(image);
    EXPECT_GT(ink.share, 0.005); // axes, labels and the curve
    EXPECT_LT(ink.share, 0.5);   // not a black square either
    EXPECT_GT(ink.colours, 20u); // anti-aliased text and coloured lines
    // The chart stays the caller's: it can be exported again.
    EXPECT_EQ(chart->scene(), nullptr);
    EXPECT_TRUE(exportChartPng(chart.get(), path, QSize(320, 200), 1));
    ASSERT_TRUE(image.load(path));
    EXPECT_EQ(image.size(), QSize(320, 200));
}

TEST_F(ChartExport, SvgParsesWithTheRequestedSize) {
    ASSERT_TRUE(m_dir.isValid());
    std::unique_ptr<QChart> chart(
        createCostByCategoryChart(s_run.scenario, s_run.document, Language::English));
    const QString path = m_dir.filePath(QStringLiteral("categories.svg"));
    ASSERT_TRUE(exportChartSvg(chart.get(), path, QSize(800, 500)));
    QSvgRenderer renderer(path);
    ASSERT_TRUE(renderer.isValid());
    // The drawing's coordinates are the requested pixels; its physical size (written in mm)
    // keeps the aspect ratio.
    EXPECT_EQ(renderer.viewBox(), QRect(0, 0, 800, 500));
    EXPECT_NEAR(renderer.defaultSize().width() * 500.0 / renderer.defaultSize().height(), 800, 2);
    // Rendered back, the drawing has ink: the SVG holds the chart, not an empty page.
    QImage image(400, 250, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    EXPECT_GT(inkOf(image).share, 0.005);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("Expected cost by category"));
}

TEST_F(ChartExport, UnwritablePathIsReportedNotIgnored) {
    std::unique_ptr<QChart> chart(
        createCostByCategoryChart(s_run.scenario, s_run.document, Language::English));
    QString error;
    EXPECT_FALSE(exportChartPng(chart.get(), QStringLiteral("/nonexistent-dir/x.png"),
                                QSize(100, 100), 1, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent-dir/x.png"))) << error.toStdString();
}

TEST_F(ChartExport, ResultsPagePanelsExportWhatTheyShow) {
    ASSERT_TRUE(m_dir.isValid());
    // CHANGERISK_KEEP_EXPORTS=1 keeps the pictures to look at.
    if (qEnvironmentVariableIsSet("CHANGERISK_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        std::printf("exports kept in %s\n", qPrintable(m_dir.path()));
    }
    ResultsPage page;
    page.resize(1280, 760);
    page.show();
    auto outcome = std::make_shared<RunOutcome>();
    outcome->scenario = s_run.scenario;
    outcome->document = s_run.document;
    outcome->document["elapsed_seconds"] = 0.1;
    outcome->document["threads"] = 1;
    page.showOutcome(outcome);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    for (ChartPanel* panel : {static_cast<ChartPanel*>(page.chart()), page.costByCategory(),
                              page.whoPays(), page.lossHistogram(), page.convergence()}) {
        page.chartTabs()->setCurrentWidget(panel);
        QCoreApplication::processEvents();
        ASSERT_NE(panel->chart(), nullptr);
        const QSize shown = panel->chart()->size().toSize();
        const QString png = m_dir.filePath(panel->objectName() + QStringLiteral(".png"));
        const QString svg = m_dir.filePath(panel->objectName() + QStringLiteral(".svg"));
        QString error;
        ASSERT_TRUE(panel->exportTo(png, &error)) << error.toStdString();
        ASSERT_TRUE(panel->exportTo(svg, &error)) << error.toStdString();
        QImage image;
        ASSERT_TRUE(image.load(png)) << png.toStdString();
        EXPECT_EQ(image.size(), shown * 2) << png.toStdString();
        EXPECT_GT(inkOf(image).share, 0.005) << png.toStdString();
        EXPECT_TRUE(QSvgRenderer(svg).isValid()) << svg.toStdString();
        // Exporting leaves the chart in its view.
        EXPECT_EQ(panel->view()->chart(), panel->chart());
    }
    ChartPanel empty(QStringLiteral("empty"));
    QString error;
    EXPECT_FALSE(empty.exportTo(m_dir.filePath(QStringLiteral("e.png")), &error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
} // namespace cr::ui
