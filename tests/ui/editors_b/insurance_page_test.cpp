// The Insurance policies page on the router template: field edits with undo/redo and merging,
// refused input (coinsurance 1.7, a negative limit) named at the field, list add/remove/duplicate.
#include "editors_b_support.h"

#include "editors/amount_field.h"
#include "editors/insurance_page.h"
#include "editors/optional_amount_field.h"
#include "editors/policy_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

namespace cr::ui {
namespace {

class InsurancePageTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::loadTemplate(m_document, "isp-router-reset");
        m_page = std::make_unique<InsurancePage>(&m_document);
        m_page->show();
    }
    const Policy& policy(int row = 0) const {
        return m_document.scenario().insurance.at(static_cast<std::size_t>(row));
    }
    template <typename T>
    T* child(const char* name) {
        return test::child<T>(m_page.get(), QString::fromLatin1(name));
    }
    QUndoStack* stack() { return m_document.undoStack(); }

    ScenarioDocument m_document;
    std::unique_ptr<InsurancePage> m_page;
};

TEST_F(InsurancePageTest, ShowsTheTemplatesPolicy) {
    // isp-router-reset.json: one contractor's policy, limit 1,000,000, deductible 500, premium 445.
    ASSERT_EQ(m_document.scenario().insurance.size(), 1U);
    EXPECT_EQ(child<QListWidget>("policyList")->count(), 1);
    EXPECT_EQ(child<QLineEdit>("policyId")->text(), QStringLiteral("it-liability"));
    EXPECT_EQ(child<OptionalAmountField>("perClaimLimit")->amountField()->value(), 1000000.0);
    EXPECT_EQ(child<AmountField>("deductibleAmount")->value(), 500.0);
    EXPECT_EQ(child<OptionalAmountField>("annualPremium")->amountField()->value(), 445.0);
    EXPECT_TRUE(child<QCheckBox>("covers_0")->isChecked());   // support
    EXPECT_FALSE(child<QCheckBox>("covers_10")->isChecked()); // rework: never
    EXPECT_FALSE(child<QCheckBox>("covers_10")->isEnabled());
}

TEST_F(InsurancePageTest, KeystrokesInOneFieldAreOneUndoStep) {
    auto* limit = child<OptionalAmountField>("perClaimLimit")->amountField();
    test::typeInto(limit->lineEdit(), QStringLiteral("2500000"));
    EXPECT_EQ(policy().perClaimLimit, std::optional<double>(2500000.0));
    EXPECT_EQ(stack()->count(), 1);
    EXPECT_TRUE(limit->problem().isEmpty());
    stack()->undo();
    EXPECT_EQ(policy().perClaimLimit, std::optional<double>(1000000.0));
    EXPECT_EQ(limit->value(), 1000000.0); // the field follows the undo
    stack()->redo();
    EXPECT_EQ(policy().perClaimLimit, std::optional<double>(2500000.0));
}

TEST_F(InsurancePageTest, CoinsuranceEditUndoRedo) {
    auto* coinsurance = child<AmountField>("coinsurance");
    test::typeInto(coinsurance->lineEdit(), QStringLiteral("0.8"));
    EXPECT_EQ(policy().coinsurance, 0.8);
    EXPECT_EQ(stack()->count(), 1);
    stack()->undo();
    EXPECT_EQ(policy().coinsurance, 1.0);
    stack()->redo();
    EXPECT_EQ(policy().coinsurance, 0.8);
}

TEST_F(InsurancePageTest, CoinsuranceAboveOneIsRefusedAtTheField) {
    auto* coinsurance = child<AmountField>("coinsurance");
    test::typeInto(coinsurance->lineEdit(), QStringLiteral("1.7"));
    EXPECT_EQ(policy().coinsurance, 1.0); // "1" was accepted, but it is the old value
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_EQ(coinsurance->problem(),
              QStringLiteral("/insurance/0/coinsurance: must be within (0, 1], got 1.7"));
}

TEST_F(InsurancePageTest, NegativeLimitIsRefusedAtTheField) {
    auto* limit = child<OptionalAmountField>("perClaimLimit");
    test::typeInto(limit->amountField()->lineEdit(), QStringLiteral("-5"));
    EXPECT_EQ(policy().perClaimLimit, std::optional<double>(1000000.0));
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_TRUE(limit->problem().startsWith(QStringLiteral("/insurance/0/per_claim_limit: ")))
        << limit->problem().toStdString();
}

TEST_F(InsurancePageTest, TextThatIsNotANumberIsRefused) {
    auto* annual = child<AmountField>("annualDeductible");
    test::typeInto(annual->lineEdit(), QStringLiteral("abc"));
    EXPECT_EQ(policy().annualDeductible, 0.0);
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_EQ(annual->problem(),
              QStringLiteral("/insurance/0/annual_deductible: must be a number, got \"abc\""));
}

TEST_F(InsurancePageTest, UnlimitedPerClaimLimit) {
    auto* limit = child<OptionalAmountField>("perClaimLimit");
    limit->noneBox()->setChecked(true);
    EXPECT_FALSE(policy().perClaimLimit.has_value());
    EXPECT_FALSE(policy().annualAggregate().has_value()); // default 2 x unlimited
    stack()->undo();
    EXPECT_EQ(policy().perClaimLimit, std::optional<double>(1000000.0));
    EXPECT_FALSE(limit->noneBox()->isChecked());
}

TEST_F(InsurancePageTest, AggregateAsAnAmountStartsFromTwiceTheLimitInOneStep) {
    auto* spec = child<QComboBox>("aggregateSpec");
    spec->setCurrentIndex(spec->findData(static_cast<int>(Policy::AggregateSpec::Amount)));
    EXPECT_EQ(policy().aggregateSpec, Policy::AggregateSpec::Amount);
    EXPECT_EQ(policy().annualAggregateAmount, 2 * 1000000.0);
    EXPECT_EQ(stack()->count(), 1);
    test::typeInto(child<AmountField>("aggregateAmount")->lineEdit(), QStringLiteral("3000000"));
    EXPECT_EQ(policy().annualAggregate(), std::optional<double>(3000000.0));
    stack()->undo();
    stack()->undo();
    EXPECT_EQ(policy().aggregateSpec, Policy::AggregateSpec::Default);
    EXPECT_EQ(policy().annualAggregateAmount, 0.0);
}

TEST_F(InsurancePageTest, PercentageDeductibleWithMinimumAndMaximum) {
    auto* kind = child<QComboBox>("deductibleKind");
    kind->setCurrentIndex(1);
    EXPECT_TRUE(policy().deductible.isPercent);
    test::typeInto(child<AmountField>("deductiblePercent")->lineEdit(), QStringLiteral("10"));
    auto* min = child<OptionalAmountField>("deductibleMin");
    min->noneBox()->setChecked(false);
    test::typeInto(min->amountField()->lineEdit(), QStringLiteral("1000"));
    auto* max = child<OptionalAmountField>("deductibleMax");
    max->noneBox()->setChecked(false);
    test::typeInto(max->amountField()->lineEdit(), QStringLiteral("5000"));
    EXPECT_EQ(policy().deductible.percent, 10.0);
    EXPECT_EQ(policy().deductible.min, std::optional<double>(1000.0));
    EXPECT_EQ(policy().deductible.max, std::optional<double>(5000.0));
    // By hand: 10 % of 30,000 is 3,000, within [1,000, 5,000].
    EXPECT_EQ(policy().deductible.forClaim(30000), 3000.0);

    // A maximum below the minimum is refused at the maximum.
    test::typeInto(max->amountField()->lineEdit(), QStringLiteral("500"));
    EXPECT_EQ(policy().deductible.max, std::optional<double>(5000.0));
    EXPECT_TRUE(max->problem().startsWith(QStringLiteral("/insurance/0/deductible/max: ")))
        << max->problem().toStdString();

    while (stack()->canUndo()) {
        stack()->undo();
    }
    EXPECT_FALSE(policy().deductible.isPercent);
    EXPECT_EQ(policy().deductible.amount, 500.0);
    EXPECT_FALSE(policy().deductible.min.has_value());
}

TEST_F(InsurancePageTest, CoveredCategoriesAndClauses) {
    const auto defence = index(Category::Defence);
    child<QCheckBox>("covers_9")->setChecked(false);
    EXPECT_FALSE(policy().covers[defence]);
    child<QCheckBox>("serialLossClause")->setChecked(false);
    EXPECT_FALSE(policy().serialLossClause);
    child<QCheckBox>("defenceOutsideLimit")->setChecked(false);
    EXPECT_FALSE(policy().defenceOutsideLimit);
    EXPECT_EQ(stack()->count(), 3);
    stack()->undo();
    stack()->undo();
    stack()->undo();
    EXPECT_TRUE(policy().covers[defence]);
    EXPECT_TRUE(policy().serialLossClause);
    EXPECT_TRUE(policy().defenceOutsideLimit);
    EXPECT_TRUE(child<QCheckBox>("covers_9")->isChecked());
}

TEST_F(InsurancePageTest, SublimitCellSetsAndEmptyRemoves) {
    auto* table = child<QTableWidget>("sublimits");
    // Rows follow the categories without rework; data loss is the eighth category (row 7).
    ASSERT_EQ(table->item(7, 1)->data(Qt::UserRole).toInt(),
              static_cast<int>(index(Category::DataLoss)));
    table->item(7, 1)->setText(QStringLiteral("100000"));
    ASSERT_EQ(policy().sublimits.count(Category::DataLoss), 1U)
        << child<QLabel>("sublimitProblem")->text().toStdString();
    EXPECT_EQ(policy().sublimits.at(Category::DataLoss), 100000.0);
    table->item(7, 1)->setText(QStringLiteral("-1"));
    EXPECT_EQ(policy().sublimits.at(Category::DataLoss), 100000.0);
    EXPECT_TRUE(child<QLabel>("sublimitProblem")
                    ->text()
                    .startsWith(QStringLiteral("/insurance/0/sublimits/data_loss: ")));
    EXPECT_EQ(stack()->count(), 1);
    stack()->undo();
    EXPECT_TRUE(policy().sublimits.empty());
    EXPECT_TRUE(table->item(7, 1)->text().isEmpty());
    stack()->redo();
    EXPECT_EQ(table->item(7, 1)->text(), QStringLiteral("100,000"));
    // Emptying the cell removes the sublimit: back where the cell started, so the merged edit
    // of this cell is no change at all and leaves no undo step.
    table->item(7, 1)->setText(QString());
    EXPECT_TRUE(policy().sublimits.empty());
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_FALSE(m_document.isModified());
}

TEST_F(InsurancePageTest, DuplicateIdIsRefused) {
    m_page->addPolicy();
    ASSERT_EQ(m_page->currentRow(), 1);
    test::typeInto(child<QLineEdit>("policyId"), QStringLiteral("it-liability"));
    // Every keystroke up to "it-liabilit" was a new, unique id; the last one is refused.
    EXPECT_EQ(policy(1).id, "it-liabilit");
    EXPECT_TRUE(child<QLabel>("policyIdentityProblem")
                    ->text()
                    .startsWith(QStringLiteral("/insurance/1/id: duplicate id")));
}

TEST_F(InsurancePageTest, AddRemoveDuplicateWithUndo) {
    m_page->addPolicy();
    ASSERT_EQ(m_document.scenario().insurance.size(), 2U);
    EXPECT_EQ(policy(1).id, "policy");
    EXPECT_EQ(policy(1).holder, Party::Operator);
    EXPECT_FALSE(policy(1).covers[index(Category::Rework)]);
    EXPECT_EQ(m_page->currentRow(), 1);
    EXPECT_EQ(m_page->form()->row(), 1);

    m_page->selectRow(0);
    m_page->duplicatePolicy();
    ASSERT_EQ(m_document.scenario().insurance.size(), 3U);
    EXPECT_EQ(policy(1).id, "it-liability-copy");
    EXPECT_EQ(policy(1).perClaimLimit, policy(0).perClaimLimit);
    EXPECT_EQ(policy(1).covers, policy(0).covers);
    EXPECT_EQ(policy(2).id, "policy");

    m_page->selectRow(0);
    m_page->removePolicy();
    ASSERT_EQ(m_document.scenario().insurance.size(), 2U);
    EXPECT_EQ(policy(0).id, "it-liability-copy");
    EXPECT_EQ(child<QListWidget>("policyList")->count(), 2);

    EXPECT_EQ(stack()->count(), 3);
    stack()->undo(); // remove
    EXPECT_EQ(policy(0).id, "it-liability");
    stack()->undo(); // duplicate
    EXPECT_EQ(m_document.scenario().insurance.size(), 2U);
    stack()->undo(); // add
    EXPECT_EQ(m_document.scenario().insurance.size(), 1U);
    EXPECT_FALSE(m_document.isModified());
    EXPECT_EQ(child<QListWidget>("policyList")->count(), 1);
    stack()->redo();
    EXPECT_EQ(m_document.scenario().insurance.size(), 2U);
}

TEST_F(InsurancePageTest, EditsReachTheSelectedPolicy) {
    m_page->addPolicy();
    m_page->selectRow(1);
    test::typeInto(child<AmountField>("coinsurance")->lineEdit(), QStringLiteral("0.5"));
    EXPECT_EQ(policy(1).coinsurance, 0.5);
    EXPECT_EQ(policy(0).coinsurance, 1.0);
}

TEST(UnusedPolicyId, CountsUpFromTwo) {
    std::vector<Policy> policies(2);
    policies[0].id = "policy";
    policies[1].id = "policy-2";
    EXPECT_EQ(unusedPolicyId(policies, "policy"), "policy-3");
    EXPECT_EQ(unusedPolicyId(policies, "other"), "other");
}

} // namespace
} // namespace cr::ui
