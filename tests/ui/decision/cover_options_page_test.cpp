// The Cover options page shows runSweep's figures for what the user typed, highlights
// recommendedOption's row, draws the chart from the same options, refuses bad fields by name
// and keeps its results when a run is cancelled.
#include "decision_test_support.h"

#include "charts/chart_panel.h"
#include "decision/cover_options_page.h"
#include "document/commands.h"

#include "decision/sweep_json.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <QToolButton>

#include <cmath>

namespace cr::ui {
namespace {

using test::money;
using test::percent;

class CoverOptionsPageTest : public test::DecisionTest {
protected:
    void SetUp() override {
        DecisionTest::SetUp();
        m_document.load(test::templateScenario("isp-router-reset", 20000), QString());
        m_page = std::make_unique<CoverOptionsPage>(&m_document);
        m_page->resize(1200, 800);
        m_page->show();
    }
    void TearDown() override {
        m_page.reset();
        DecisionTest::TearDown();
    }
    QString cell(int row, int column) const {
        const QTableWidgetItem* item = m_page->table()->item(row, column);
        return item ? item->text() : QString();
    }

    ScenarioDocument m_document;
    std::unique_ptr<CoverOptionsPage> m_page;
};

QLineSeries* seriesNamed(QChart* chart, const QString& name) {
    for (QAbstractSeries* s : chart->series()) {
        if (s->objectName() == name) {
            return qobject_cast<QLineSeries*>(s);
        }
    }
    return nullptr;
}

TEST_F(CoverOptionsPageTest, TableShowsTheSweepOfTheTypedOptionsAndHighlightsTheRecommendation) {
    const Scenario scenario = m_document.scenario();
    ASSERT_EQ(m_page->policyBox()->count(), static_cast<int>(scenario.insurance.size()));
    EXPECT_EQ(m_page->policyBox()->currentText().toStdString(), scenario.insurance[0].name);
    // The defaults are there before anything is typed.
    EXPECT_EQ(m_page->field(kLimitsField)->text(),
              QStringLiteral("250,000; 500,000; 1,000,000; 2,000,000; 5,000,000"));
    EXPECT_EQ(m_page->field(kTargetField)->text(), QStringLiteral("1 %"));

    test::typeInto(m_page->field(kLimitsField), QStringLiteral("100,000; 250000; €1,000,000"));
    test::typeInto(m_page->field(kDeductiblesField), QStringLiteral("500; 5000"));
    test::typeInto(m_page->field(kPremiumsField),
                   QStringLiteral("900; 800; 1,500; 1,400; 2,600; 2,500"));
    test::typeInto(m_page->field(kTargetField), QStringLiteral("0.02"));
    ASSERT_TRUE(test::runPage(*m_page));

    // The same request computed here directly (one thread: the engine is thread-independent).
    SweepRequest request;
    request.policy = 0;
    request.limits = {100000, 250000, 1000000};
    request.deductibles = {500, 5000};
    request.premiums = {900, 800, 1500, 1400, 2600, 2500};
    request.target = 0.02;
    RunOptions options;
    options.iterations = 20000;
    options.seed = 7;
    options.threads = 1;
    const SweepResult expected = runSweep(scenario, request, options);
    ASSERT_EQ(expected.options.size(), 6u);
    ASSERT_EQ(m_page->table()->rowCount(), 6);
    for (int row = 0; row < 6; ++row) {
        const CoverOption& o = expected.options[static_cast<std::size_t>(row)];
        EXPECT_EQ(cell(row, 0), money(*o.terms.perClaimLimit, scenario));
        EXPECT_EQ(cell(row, 1), money(o.terms.deductible.amount, scenario));
        EXPECT_EQ(cell(row, 2), money(*o.annualPremium, scenario));
        EXPECT_EQ(cell(row, 3), money(o.expectedPaid, scenario));
        EXPECT_EQ(cell(row, 4), money(o.expectedUninsured, scenario));
        EXPECT_EQ(cell(row, 5), percent(o.pClaimCapped));
        EXPECT_EQ(cell(row, 6), percent(o.pAggregateExhausted));
        EXPECT_EQ(cell(row, 7), money(o.uninsured1in100, scenario));
        EXPECT_EQ(cell(row, 8), money(*o.expectedUninsuredPlusPremium, scenario));
        // Independent of the model's bookkeeping: uninsured + premium adds up as shown.
        EXPECT_NEAR(*o.expectedUninsuredPlusPremium, o.expectedUninsured + *o.annualPremium,
                    1e-9 * (1 + o.expectedUninsured));
    }
    // Limit by limit, deductible by deductible, as typed.
    EXPECT_EQ(cell(1, 0), money(100000, scenario));
    EXPECT_EQ(cell(1, 1), money(5000, scenario));
    EXPECT_EQ(cell(2, 0), money(250000, scenario));

    const auto recommended = recommendedOption(expected.options, 0.02);
    ASSERT_TRUE(recommended.has_value()) << "pick limits so that one is recommended";
    EXPECT_EQ(m_page->highlightedRow(), static_cast<int>(*recommended));
    EXPECT_EQ(m_page->recommendationLabel()->text().toStdString(),
              recommendationSentence(scenario, expected, Language::English));

    // The chart: one line per deductible over log10(limit), P(claim > limit) on its own axis.
    QChart* chart = m_page->chart()->chart();
    ASSERT_NE(chart, nullptr);
    for (int d = 0; d < 2; ++d) {
        QLineSeries* uninsured = seriesNamed(chart, QStringLiteral("uninsured.%1").arg(d));
        QLineSeries* withPremium =
            seriesNamed(chart, QStringLiteral("uninsured_plus_premium.%1").arg(d));
        QLineSeries* capped = seriesNamed(chart, QStringLiteral("p_claim_capped.%1").arg(d));
        ASSERT_TRUE(uninsured && withPremium && capped) << d;
        ASSERT_EQ(uninsured->count(), 3);
        for (int l = 0; l < 3; ++l) {
            const CoverOption& o = expected.options[static_cast<std::size_t>(2 * l + d)];
            EXPECT_DOUBLE_EQ(uninsured->at(l).x(), std::log10(request.limits[l]));
            EXPECT_DOUBLE_EQ(uninsured->at(l).y(), o.expectedUninsured);
            EXPECT_DOUBLE_EQ(withPremium->at(l).y(), o.expectedUninsured + *o.annualPremium);
            EXPECT_DOUBLE_EQ(capped->at(l).y(), o.pClaimCapped);
        }
        EXPECT_NE(capped->attachedAxes().at(1), uninsured->attachedAxes().at(1));
    }

    // Copy table: a header and one tab-separated line per option.
    QTest::mouseClick(m_page->findChild<QToolButton*>(QStringLiteral("copyTable")), Qt::LeftButton);
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Sum insured\tDeductible\tPremium\t")));
    EXPECT_EQ(lines[1].split(QLatin1Char('\t')).at(4),
              money(expected.options[0].expectedUninsured, scenario));

    // An edit of the scenario marks the results out of date; they stay on the page.
    EXPECT_FALSE(m_page->isOutOfDate());
    EXPECT_TRUE(m_page->outOfDateLabel()->isHidden());
    commands::setSeed(m_document, 8);
    EXPECT_TRUE(m_page->isOutOfDate());
    EXPECT_FALSE(m_page->outOfDateLabel()->isHidden());
    EXPECT_EQ(m_page->table()->rowCount(), 6);
    m_document.undoStack()->undo();
    EXPECT_FALSE(m_page->isOutOfDate());
}

TEST_F(CoverOptionsPageTest, BadFieldsAreRefusedByNameAndNothingRuns) {
    struct Case {
        QString field, text, mentions;
    };
    const std::vector<Case> cases = {
        {kLimitsField, QStringLiteral("250000; -500000"), QStringLiteral("-500000")},
        {kLimitsField, QStringLiteral("abc"), QStringLiteral("\"abc\" is not an amount")},
        {kDeductiblesField, QStringLiteral("-1"), QStringLiteral("must not be negative")},
        {kTargetField, QStringLiteral("1.7"), QStringLiteral("got \"1.7\"")},
        {kPremiumsField, QStringLiteral("100; 200"), QStringLiteral("= 5")},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.field.toStdString() + " = " + c.text.toStdString());
        const QString before = m_page->field(c.field)->text();
        test::typeInto(m_page->field(c.field), c.text);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        EXPECT_FALSE(m_page->job()->isRunning());
        EXPECT_FALSE(m_page->hasResult());
        QLabel* problem = m_page->problemLabel(c.field);
        ASSERT_NE(problem, nullptr);
        EXPECT_FALSE(problem->isHidden());
        EXPECT_TRUE(problem->text().contains(c.mentions)) << problem->text().toStdString();
        EXPECT_FALSE(m_page->field(c.field)->styleSheet().isEmpty());
        // Only the bad field is marked.
        for (const QString& other :
             {kLimitsField, kDeductiblesField, kPremiumsField, kTargetField}) {
            if (other != c.field) {
                EXPECT_TRUE(m_page->problemLabel(other)->isHidden()) << other.toStdString();
            }
        }
        test::typeInto(m_page->field(c.field), before);
        EXPECT_TRUE(problem->isHidden()); // typing clears the mark
    }
    EXPECT_EQ(m_page->table()->rowCount(), 0);
}

TEST_F(CoverOptionsPageTest, CancelStopsALongRunAndKeepsThePreviousResults) {
    commands::setIterations(m_document, 4000);
    ASSERT_TRUE(test::runPage(*m_page));
    const SweepResult before = *m_page->sweep();
    QStringList shown;
    for (int row = 0; row < m_page->table()->rowCount(); ++row) {
        shown << cell(row, 4);
    }
    ASSERT_EQ(shown.size(), 5);

    commands::setIterations(m_document, 50'000'000); // minutes of work: only a cancel ends it
    QSignalSpy progressed(m_page->job(), &DecisionJob::progressed);
    QSignalSpy ended(m_page.get(), &DecisionPage::analysisEnded);
    QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
    ASSERT_TRUE(m_page->job()->isRunning());
    EXPECT_FALSE(m_page->runButton()->isEnabled());
    ASSERT_TRUE(test::waitUntil([&] { return progressed.count() > 0; }, 60000));
    QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([&] { return ended.count() == 1; }, 60000));
    EXPECT_FALSE(m_page->job()->isRunning());
    EXPECT_TRUE(m_page->runButton()->isEnabled());
    EXPECT_TRUE(m_page->statusLabel()->text().startsWith(QStringLiteral("Cancelled")));
    // The previous results stay, now for an older scenario.
    ASSERT_TRUE(m_page->sweep().has_value());
    EXPECT_EQ(m_page->sweep()->iterations, 4000u);
    EXPECT_EQ(m_page->sweep()->options[2].expectedPaid, before.options[2].expectedPaid);
    for (int row = 0; row < 5; ++row) {
        EXPECT_EQ(cell(row, 4), shown[row]);
    }
    EXPECT_TRUE(m_page->isOutOfDate());
}

} // namespace
} // namespace cr::ui
