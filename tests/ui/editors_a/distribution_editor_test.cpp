// The DistributionEditor driven through its real fields: typed parameters emit the expected
// distribution, invalid ones name the field and emit nothing, and the 5/50/95 % values shown
// equal Boost.Math quantiles computed here.
#include "charts/density_sketch.h"
#include "editors/distribution_editor.h"
#include "format/number_format.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/poisson.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace cr::ui {
namespace {

using Quantity = DistributionEditor::Quantity;

// Replaces a field's text as a user would: select all, type, press Enter.
void type(QLineEdit* field, const QString& text) {
    ASSERT_NE(field, nullptr);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

void choose(DistributionEditor& editor, const QString& labelStart) {
    auto* combo = editor.findChild<QComboBox*>(QStringLiteral("distributionType"));
    ASSERT_NE(combo, nullptr);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(labelStart)) {
            combo->setCurrentIndex(i);
            emit combo->activated(i);
            return;
        }
    }
    FAIL() << "no type " << labelStart.toStdString();
}

TEST(DistributionEditor, TypedParameterEmitsTheExpectedDistribution) {
    DistributionEditor editor(Quantity::Hours);
    QSignalSpy edited(&editor, &DistributionEditor::edited);
    editor.setValue(Pert{0.25, 0.75, 3, 4});
    EXPECT_EQ(edited.count(), 0); // setValue never emits
    EXPECT_EQ(editor.field(QStringLiteral("max"))->text(), QStringLiteral("3"));

    type(editor.field(QStringLiteral("max")), QStringLiteral("4.5"));
    ASSERT_EQ(edited.count(), 1);
    const auto value = edited.at(0).at(0).value<Distribution>();
    const auto* pert = std::get_if<Pert>(&value);
    ASSERT_NE(pert, nullptr);
    EXPECT_EQ(pert->min, 0.25);
    EXPECT_EQ(pert->mode, 0.75);
    EXPECT_EQ(pert->max, 4.5);
    EXPECT_EQ(pert->lambda, 4);
    EXPECT_TRUE(editor.isValid());
    EXPECT_EQ(std::get<Pert>(editor.value()).max, 4.5);

    // Finishing the field again without a change emits nothing more.
    QTest::keyClick(editor.field(QStringLiteral("max")), Qt::Key_Return);
    EXPECT_EQ(edited.count(), 1);
}

TEST(DistributionEditor, LognormalFromPercentilesKeepsItsForm) {
    DistributionEditor editor(Quantity::Money);
    QSignalSpy edited(&editor, &DistributionEditor::edited);
    editor.setValue(lognormalFromPercentiles(2000, 40000));
    type(editor.field(QStringLiteral("p95")), QStringLiteral("50000"));
    ASSERT_EQ(edited.count(), 1);
    const auto l = std::get<Lognormal>(edited.at(0).at(0).value<Distribution>());
    EXPECT_EQ(l.form, Lognormal::Form::Percentiles);
    EXPECT_EQ(l.given1, 2000);
    EXPECT_EQ(l.given2, 50000);
    // meanlog is the mean of the logs of the two stated values.
    EXPECT_NEAR(l.meanlog, (std::log(2000.0) + std::log(50000.0)) / 2, 1e-12);
}

TEST(DistributionEditor, InvalidParameterIsMarkedAtTheFieldAndNotEmitted) {
    DistributionEditor editor(Quantity::Number);
    QSignalSpy edited(&editor, &DistributionEditor::edited);
    editor.setValue(Normal{10, 2, 0});
    type(editor.field(QStringLiteral("sd")), QStringLiteral("-1"));
    EXPECT_EQ(edited.count(), 0);
    EXPECT_FALSE(editor.isValid());
    EXPECT_EQ(editor.problemField(), QStringLiteral("sd"));
    EXPECT_TRUE(editor.problem().startsWith(QStringLiteral("sd: ")))
        << editor.problem().toStdString();
    EXPECT_TRUE(editor.problem().contains(QStringLiteral("must be > 0, got -1")));
    EXPECT_FALSE(editor.field(QStringLiteral("sd"))->styleSheet().isEmpty());
    EXPECT_TRUE(editor.field(QStringLiteral("mean"))->styleSheet().isEmpty());
    EXPECT_EQ(std::get<Normal>(editor.value()).sd, 2); // the last valid value stays
    EXPECT_TRUE(editor.shownPercentiles().isEmpty());

    type(editor.field(QStringLiteral("sd")), QStringLiteral("lots"));
    EXPECT_EQ(editor.problemField(), QStringLiteral("sd"));
    EXPECT_TRUE(editor.problem().contains(QStringLiteral("must be a number, got \"lots\"")));

    // Correcting it clears the mark and emits.
    type(editor.field(QStringLiteral("sd")), QStringLiteral("3"));
    EXPECT_TRUE(editor.isValid());
    EXPECT_TRUE(editor.problem().isEmpty());
    EXPECT_TRUE(editor.field(QStringLiteral("sd"))->styleSheet().isEmpty());
    ASSERT_EQ(edited.count(), 1);
    EXPECT_EQ(std::get<Normal>(edited.at(0).at(0).value<Distribution>()).sd, 3);
}

TEST(DistributionEditor, QuantityRangeIsEnforcedAtTheBound) {
    DistributionEditor share(Quantity::Probability);
    QSignalSpy shareEdited(&share, &DistributionEditor::edited);
    share.setValue(Pert{0.5, 0.95, 1, 4});
    type(share.field(QStringLiteral("max")), QStringLiteral("1.5"));
    EXPECT_EQ(shareEdited.count(), 0);
    EXPECT_EQ(share.problemField(), QStringLiteral("max"));
    EXPECT_TRUE(share.problem().contains(QStringLiteral("[0, 1]")));

    DistributionEditor money(Quantity::Money);
    QSignalSpy moneyEdited(&money, &DistributionEditor::edited);
    money.setValue(Uniform{100, 200});
    type(money.field(QStringLiteral("min")), QStringLiteral("-5"));
    EXPECT_EQ(moneyEdited.count(), 0);
    EXPECT_EQ(money.problemField(), QStringLiteral("min"));

    DistributionEditor count(Quantity::Count);
    QSignalSpy countEdited(&count, &DistributionEditor::edited);
    count.setValue(Fixed{2});
    type(count.field(QStringLiteral("value")), QStringLiteral("2.5"));
    EXPECT_EQ(countEdited.count(), 0);
    EXPECT_EQ(count.problemField(), QStringLiteral("value"));
}

TEST(DistributionEditor, ShownPercentilesAreBoostQuantiles) {
    DistributionEditor editor(Quantity::Money);
    editor.setCurrency(QStringLiteral("EUR"));
    editor.setValue(lognormalFromPercentiles(2000, 40000));
    // The lognormal through the two stated values: z95 = 1.6448536269514722.
    const double mu = (std::log(2000.0) + std::log(40000.0)) / 2;
    const double sigma = (std::log(40000.0) - std::log(2000.0)) / (2 * 1.6448536269514722);
    const boost::math::lognormal_distribution<> boostLognormal(mu, sigma);
    const QStringList shown = editor.shownPercentiles();
    ASSERT_EQ(shown.size(), 3);
    int i = 0;
    for (double p : {0.05, 0.5, 0.95}) {
        const double q = boost::math::quantile(boostLognormal, p);
        ASSERT_GE(q, 100); // whole euros from here up
        EXPECT_EQ(shown[i++].toStdString(), formatMoney(q, "EUR", Language::English, 0));
    }
    EXPECT_EQ(shown[1], QStringLiteral("€8,944")); // sqrt(2000 * 40000) = 8944.27

    DistributionEditor share(Quantity::Probability);
    share.setValue(Beta{2, 30});
    const boost::math::beta_distribution<> boostBeta(2, 30);
    ASSERT_EQ(share.shownPercentiles().size(), 3);
    EXPECT_EQ(share.shownPercentiles()[0].toStdString(),
              formatPercent(boost::math::quantile(boostBeta, 0.05), Language::English));
    EXPECT_EQ(share.shownPercentiles()[2].toStdString(),
              formatPercent(boost::math::quantile(boostBeta, 0.95), Language::English));

    // Counts: the smallest k with P(N <= k) >= p, searched here with Boost's cdf.
    DistributionEditor count(Quantity::Count);
    count.setValue(Poisson{3.5});
    const boost::math::poisson_distribution<> boostPoisson(3.5);
    i = 0;
    for (double p : {0.05, 0.5, 0.95}) {
        int k = 0;
        while (boost::math::cdf(boostPoisson, k) < p) {
            ++k;
        }
        EXPECT_EQ(count.shownPercentiles()[i++], QString::number(k));
    }
}

TEST(DistributionEditor, PlainNumberIsOneFieldWithoutPlot) {
    DistributionEditor editor(Quantity::Money);
    editor.setValue(Fixed{150});
    ASSERT_NE(editor.field(QStringLiteral("value")), nullptr);
    EXPECT_EQ(editor.field(QStringLiteral("value"))->text(), QStringLiteral("150"));
    EXPECT_EQ(editor.field(QStringLiteral("min")), nullptr);
    EXPECT_TRUE(editor.shownPercentiles().isEmpty());
    EXPECT_FALSE(editor.findChild<DensitySketch*>()->hasDistribution());
}

TEST(DistributionEditor, ChoosingATypeStartsNearTheOldValueAndEmits) {
    DistributionEditor editor(Quantity::Money);
    QSignalSpy edited(&editor, &DistributionEditor::edited);
    editor.setValue(Fixed{150});
    choose(editor, QStringLiteral("PERT"));
    ASSERT_EQ(edited.count(), 1);
    const auto pert = std::get<Pert>(edited.at(0).at(0).value<Distribution>());
    EXPECT_EQ(pert.mode, 150); // the plain number becomes the most likely value
    EXPECT_LT(pert.min, 150);
    EXPECT_GT(pert.max, 150);
    EXPECT_NE(editor.field(QStringLiteral("lambda")), nullptr);
    EXPECT_EQ(editor.shownPercentiles().size(), 3);
    EXPECT_TRUE(editor.findChild<DensitySketch*>()->hasDistribution());

    // Back to a plain number: the PERT's median, to three significant digits. PERT(min, mode,
    // max) = min + (max - min) Beta(1 + 4 (mode - min)/(max - min), 1 + 4 (max - mode)/(max -
    // min)).
    choose(editor, QStringLiteral("Plain number"));
    ASSERT_EQ(edited.count(), 2);
    const double width = pert.max - pert.min;
    const boost::math::beta_distribution<> beta(1 + 4 * (pert.mode - pert.min) / width,
                                                1 + 4 * (pert.max - pert.mode) / width);
    const double median = pert.min + width * boost::math::quantile(beta, 0.5);
    ASSERT_GE(median, 100);
    ASSERT_LT(median, 1000); // three significant digits = whole units here
    EXPECT_EQ(std::get<Fixed>(edited.at(1).at(0).value<Distribution>()).value, std::round(median));
}

TEST(DistributionEditor, CountsOfferCountTypesFirst) {
    DistributionEditor editor(Quantity::Count);
    auto* combo = editor.findChild<QComboBox*>(QStringLiteral("distributionType"));
    ASSERT_GE(combo->count(), 5);
    EXPECT_TRUE(combo->itemText(1).startsWith(QStringLiteral("Poisson")));
    for (int i = 0; i < combo->count(); ++i) {
        EXPECT_FALSE(combo->itemText(i).startsWith(QStringLiteral("PERT")));
    }
}

} // namespace
} // namespace cr::ui
