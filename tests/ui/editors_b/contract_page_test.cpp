// The Contract and liability page on the router template: contract value, the liability cap's
// three controls, the uncertain inputs, and refusals that leave the scenario unchanged.
#include "editors_b_support.h"

#include "editors/amount_field.h"
#include "editors/contract_page.h"
#include "editors/distribution_field.h"
#include "editors/optional_amount_field.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>

namespace cr::ui {
namespace {

class ContractPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::loadTemplate(m_document, "isp-router-reset");
        m_page = std::make_unique<ContractPage>(&m_document);
        m_page->show();
    }
    const Contract& contract() const { return m_document.scenario().contract; }
    template <typename T>
    T* child(const char* name) {
        return test::child<T>(m_page.get(), QString::fromLatin1(name));
    }
    QUndoStack* stack() { return m_document.undoStack(); }

    ScenarioDocument m_document;
    std::unique_ptr<ContractPage> m_page;
};

// isp-router-reset.json: contract value 20,000, cap 1 x contract value with at least 50,000.
TEST_F(ContractPageTest, CapHintByHand) {
    ASSERT_EQ(contract().contractValue, 20000.0);
    // max(1 x 20,000, 50,000) = 50,000
    EXPECT_TRUE(child<QLabel>("capHint")->text().contains(QStringLiteral("50,000")))
        << child<QLabel>("capHint")->text().toStdString();
    test::typeInto(child<AmountField>("contractValue")->lineEdit(), QStringLiteral("80000"));
    // max(1 x 80,000, 50,000) = 80,000
    EXPECT_TRUE(child<QLabel>("capHint")->text().contains(QStringLiteral("80,000")));
}

TEST_F(ContractPageTest, ContractValueEditUndoRedoInOneStep) {
    test::typeInto(child<AmountField>("contractValue")->lineEdit(), QStringLiteral("35000"));
    EXPECT_EQ(contract().contractValue, 35000.0);
    EXPECT_EQ(stack()->count(), 1);
    stack()->undo();
    EXPECT_EQ(contract().contractValue, 20000.0);
    EXPECT_EQ(child<AmountField>("contractValue")->value(), 20000.0);
    stack()->redo();
    EXPECT_EQ(contract().contractValue, 35000.0);
}

TEST_F(ContractPageTest, CapKindAmountStartsAtTheContractValueAndKeepsTheMinimum) {
    auto* kind = child<QComboBox>("capKind");
    kind->setCurrentIndex(1); // a fixed amount
    ASSERT_TRUE(contract().liabilityCap.has_value());
    EXPECT_EQ(contract().liabilityCap->kind, LiabilityCap::Kind::Amount);
    EXPECT_EQ(contract().liabilityCap->value, 20000.0);
    EXPECT_EQ(contract().liabilityCap->minAmount, std::optional<double>(50000.0));
    test::typeInto(child<AmountField>("capValue")->lineEdit(), QStringLiteral("100000"));
    EXPECT_EQ(contract().capAmount(), std::optional<double>(100000.0));

    kind->setCurrentIndex(0); // unlimited
    EXPECT_FALSE(contract().liabilityCap.has_value());
    EXPECT_FALSE(child<AmountField>("capValue")->isEnabled());
    stack()->undo();
    stack()->undo();
    stack()->undo();
    EXPECT_EQ(contract().liabilityCap->kind, LiabilityCap::Kind::MultipleOfContractValue);
    EXPECT_EQ(contract().liabilityCap->value, 1.0);
    EXPECT_EQ(kind->currentIndex(), 2);
}

TEST_F(ContractPageTest, MinimumOfTheCap) {
    auto* min = child<OptionalAmountField>("capMin");
    min->noneBox()->setChecked(true);
    EXPECT_FALSE(contract().liabilityCap->minAmount.has_value());
    EXPECT_EQ(contract().capAmount(), std::optional<double>(20000.0));
    stack()->undo();
    EXPECT_EQ(contract().liabilityCap->minAmount, std::optional<double>(50000.0));
}

TEST_F(ContractPageTest, NegativeMultipleIsRefusedAtTheField) {
    auto* value = child<AmountField>("capValue");
    test::typeInto(value->lineEdit(), QStringLiteral("-2"));
    EXPECT_EQ(contract().liabilityCap->value, 1.0);
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_TRUE(value->problem().startsWith(
        QStringLiteral("/contract/liability_cap/multiple_of_contract_value: ")))
        << value->problem().toStdString();
}

TEST_F(ContractPageTest, NoContractorWhileTheContractorHasAPolicyIsRefused) {
    auto* contractor = child<QCheckBox>("contractor");
    ASSERT_TRUE(contractor->isChecked());
    contractor->setChecked(false);
    EXPECT_TRUE(contract().contractor);
    EXPECT_TRUE(contractor->isChecked());
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_TRUE(child<QLabel>("contractorProblem")
                    ->text()
                    .startsWith(QStringLiteral("/insurance/0/holder: ")));
}

TEST_F(ContractPageTest, UncertainInputsThroughTheirEditors) {
    auto* fault = child<DistributionField>("faultProbability");
    emit fault->editor()->edited(Fixed{0.5});
    EXPECT_EQ(std::get<Fixed>(contract().faultProbability).value, 0.5);
    auto* rework = child<DistributionField>("reworkHours");
    emit rework->editor()->edited(Triangular{2, 8, 40});
    EXPECT_EQ(std::get<Triangular>(contract().reworkHours).mode, 8.0);
    stack()->undo();
    stack()->undo();
    EXPECT_EQ(std::get<Fixed>(contract().faultProbability).value, 0.8);
    EXPECT_TRUE(std::holds_alternative<Pert>(contract().reworkHours));
    stack()->redo();
    EXPECT_EQ(std::get<Fixed>(contract().faultProbability).value, 0.5);
}

TEST_F(ContractPageTest, ProbabilityAboveOneIsRefusedAtTheField) {
    auto* capFails = child<DistributionField>("capFailsProbability");
    emit capFails->editor()->edited(Fixed{1.7});
    EXPECT_EQ(std::get<Fixed>(contract().capFailsProbability).value, 0.1);
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_TRUE(capFails->problem().startsWith(QStringLiteral("/contract/cap_fails_probability: ")))
        << capFails->problem().toStdString();
}

} // namespace
} // namespace cr::ui
