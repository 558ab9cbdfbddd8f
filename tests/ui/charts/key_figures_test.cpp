// Key figures: who pays what at the mean and the 1-in-100 and the per-policy probabilities,
// as the document says; the tab-separated copy has the expected rows.
#include "chart_test_support.h"

#include "charts/key_figures.h"
#include "charts/result_figures.h"

#include <QApplication>
#include <QClipboard>

#include <gtest/gtest.h>

namespace cr::ui {
namespace {

QString money(double x, const Scenario& s) {
    return QString::fromStdString(formatMoney(x, s.currency, Language::English));
}

class KeyFiguresTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_run = test::runTemplate("sme-database-migration", 20000, 5); }
    static void TearDownTestSuite() { s_run = {}; }
    double at(const std::string& series, const std::string& stat) const {
        return s_run.document["series"][series][stat].get<double>();
    }
    double quantile99(const std::string& series) const {
        return s_run.document["series"][series]["quantiles"]["0.99"].get<double>();
    }
    static test::TemplateRun s_run;
};
test::TemplateRun KeyFiguresTest::s_run;

TEST_F(KeyFiguresTest, WhoPaysShowsEachPartyAtTheMeanAndTheOneIn100) {
    const Scenario& s = s_run.scenario;
    ASSERT_EQ(s.insurance.size(), 2u);
    ASSERT_TRUE(s.contract.contractor);
    KeyFigures figures;
    figures.setResult(s, s_run.document, Language::English);
    struct Party {
        const char* name;
        std::string series;
    };
    std::vector<Party> parties = {
        {"operator", "operator_net"}, {"contractor", "contractor_net"}, {"uninsured", "uninsured"}};
    for (const Policy& p : s.insurance) {
        parties.push_back({nullptr, "policy." + p.id + ".paid"});
    }
    for (std::size_t i = 0; i < parties.size(); ++i) {
        const QString name = parties[i].name ? QString::fromLatin1(parties[i].name)
                                             : QStringLiteral("policy.") +
                                                   QString::fromStdString(s.insurance[i - 3].id);
        EXPECT_EQ(figures.valueText(QStringLiteral("who.%1.mean").arg(name)),
                  money(at(parties[i].series, "mean"), s))
            << name.toStdString();
        EXPECT_EQ(figures.valueText(QStringLiteral("who.%1.1_in_100").arg(name)),
                  money(quantile99(parties[i].series), s))
            << name.toStdString();
    }
    // Per policy: the probabilities of a capped claim and of an exhausted aggregate.
    for (const Policy& p : s.insurance) {
        const auto& outcome = s_run.document["policies"][p.id];
        const QString id = QString::fromStdString(p.id);
        EXPECT_EQ(figures.valueText(QStringLiteral("policy.%1.p_claim_capped").arg(id)),
                  QString::fromStdString(
                      formatPercent(outcome["p_claim_capped"].get<double>(), Language::English)));
        EXPECT_EQ(figures.valueText(QStringLiteral("policy.%1.p_aggregate_exhausted").arg(id)),
                  QString::fromStdString(formatPercent(
                      outcome["p_aggregate_exhausted"].get<double>(), Language::English)));
    }
}

TEST_F(KeyFiguresTest, ClipboardHoldsBothTablesAsTabSeparatedRows) {
    const Scenario& s = s_run.scenario;
    KeyFigures figures;
    figures.setResult(s, s_run.document, Language::English);
    figures.copyToClipboard();
    const QString text = QApplication::clipboard()->text();
    ASSERT_EQ(text, figures.toTabSeparated());
    QStringList lines = text.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.takeLast(), QString()); // ends with a newline
    // Header, 5 headline figures, 2 per policy, a blank line, header, operator, contractor,
    // one per policy, uninsured.
    const qsizetype policies = static_cast<qsizetype>(s.insurance.size());
    ASSERT_EQ(lines.size(), 1 + 5 + 2 * policies + 1 + 1 + 3 + policies);
    EXPECT_EQ(lines[0], QStringLiteral("Key figure\tValue\tMeaning"));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("Expected total loss\t") +
                                    money(at("total_loss", "mean"), s) + QLatin1Char('\t')))
        << lines[2].toStdString();
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("1-in-100 loss\t") +
                                    money(quantile99("total_loss"), s) + QLatin1Char('\t')))
        << lines[3].toStdString();
    for (qsizetype i = 1; i < 6 + 2 * policies; ++i) {
        EXPECT_EQ(lines[i].count(QLatin1Char('\t')), 2) << lines[i].toStdString();
    }
    const qsizetype who = 6 + 2 * policies;
    EXPECT_EQ(lines[who], QString());
    EXPECT_EQ(lines[who + 1], QStringLiteral("Who pays\tOn average\tIn a 1-in-100 outcome"));
    EXPECT_EQ(lines[who + 2], QStringLiteral("Operator (own share)\t") +
                                  money(at("operator_net", "mean"), s) + QLatin1Char('\t') +
                                  money(quantile99("operator_net"), s));
    EXPECT_EQ(lines.last(), QStringLiteral("Uninsured (operator + contractor)\t") +
                                money(at("uninsured", "mean"), s) + QLatin1Char('\t') +
                                money(quantile99("uninsured"), s));
    const QString firstInsurer = QStringLiteral("Insurer: ") + policyLabel(s.insurance[0]);
    EXPECT_TRUE(lines[who + 4].startsWith(firstInsurer + QLatin1Char('\t')))
        << lines[who + 4].toStdString();
}

TEST_F(KeyFiguresTest, ClearedFiguresCopyNothing) {
    KeyFigures figures;
    figures.setResult(s_run.scenario, s_run.document, Language::English);
    figures.clear();
    EXPECT_EQ(figures.toTabSeparated(), QString());
    EXPECT_EQ(figures.valueText(QStringLiteral("expected_total_loss")), QString());
}

} // namespace
} // namespace cr::ui
