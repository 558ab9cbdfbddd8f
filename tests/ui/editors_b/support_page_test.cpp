// The Support and end users page on the router template: support and end-user inputs, the
// optional caps, the operator's downtime cost; undo, redo and refusals.
#include "editors_b_support.h"

#include "editors/amount_field.h"
#include "editors/distribution_field.h"
#include "editors/optional_amount_field.h"
#include "editors/support_page.h"

#include <QCheckBox>

namespace cr::ui {
namespace {

class SupportPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::loadTemplate(m_document, "isp-router-reset");
        m_page = std::make_unique<SupportPage>(&m_document);
        m_page->show();
    }
    const Environment& environment() const { return m_document.scenario().environment; }
    template <typename T>
    T* child(const char* name) {
        return test::child<T>(m_page.get(), QString::fromLatin1(name));
    }
    QUndoStack* stack() { return m_document.undoStack(); }

    ScenarioDocument m_document;
    std::unique_ptr<SupportPage> m_page;
};

TEST_F(SupportPageTest, EverySupportAndEndUserFieldHasAnEditor) {
    for (const char* key :
         {"contact_rate", "handling_minutes", "cost_per_minute", "technician_hourly_rate",
          "onsite_visit_cost", "incident_overhead", "claim_rate", "downtime_cost_per_hour_business",
          "downtime_cost_per_hour_consumer", "data_loss_award", "defence_cost",
          "sla_credit_per_user", "sla_credit_per_user_hour", "downtime_cost_per_hour"}) {
        EXPECT_NE(m_page->findChild<DistributionField*>(QString::fromLatin1(key)), nullptr) << key;
    }
    for (const char* key : {"sla_credit_cap", "claim_cap_per_user", "claim_cap_per_incident"}) {
        EXPECT_NE(m_page->findChild<OptionalAmountField*>(QString::fromLatin1(key)), nullptr)
            << key;
    }
}

TEST_F(SupportPageTest, CostPerMinuteEditUndoRedo) {
    auto* field = child<DistributionField>("cost_per_minute");
    emit field->editor()->edited(Fixed{1.25});
    EXPECT_EQ(std::get<Fixed>(environment().support.costPerMinute).value, 1.25);
    stack()->undo();
    EXPECT_EQ(std::get<Fixed>(environment().support.costPerMinute).value, 0.75);
    stack()->redo();
    EXPECT_EQ(std::get<Fixed>(environment().support.costPerMinute).value, 1.25);
}

TEST_F(SupportPageTest, EndUserAndOperatorInputs) {
    emit child<DistributionField>("sla_credit_per_user")->editor()->edited(Fixed{25});
    emit child<DistributionField>("downtime_cost_per_hour")->editor()->edited(Fixed{400});
    EXPECT_EQ(std::get<Fixed>(environment().endUsers.slaCreditPerUser).value, 25.0);
    EXPECT_EQ(std::get<Fixed>(environment().operatorSettings.downtimeCostPerHour).value, 400.0);
    EXPECT_EQ(stack()->count(), 2);
    stack()->undo();
    EXPECT_EQ(std::get<Fixed>(environment().operatorSettings.downtimeCostPerHour).value, 0.0);
    stack()->undo();
    EXPECT_EQ(std::get<Fixed>(environment().endUsers.slaCreditPerUser).value, 10.0);
}

TEST_F(SupportPageTest, ContactRateAboveOneIsRefusedAtTheField) {
    auto* field = child<DistributionField>("contact_rate");
    emit field->editor()->edited(Fixed{1.7});
    EXPECT_TRUE(std::holds_alternative<Pert>(environment().support.contactRate));
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_TRUE(field->problem().startsWith(QStringLiteral("/environment/support/contact_rate: ")))
        << field->problem().toStdString();
}

TEST_F(SupportPageTest, CapsAreACheckBoxAndAnAmount) {
    auto* perUser = child<OptionalAmountField>("claim_cap_per_user");
    EXPECT_FALSE(perUser->noneBox()->isChecked());
    EXPECT_EQ(perUser->amountField()->value(), 12500.0); // §70 TKG in the template
    test::typeInto(perUser->amountField()->lineEdit(), QStringLiteral("5000"));
    EXPECT_EQ(environment().endUsers.claimCapPerUser, std::optional<double>(5000.0));
    EXPECT_EQ(stack()->count(), 1);

    auto* sla = child<OptionalAmountField>("sla_credit_cap");
    EXPECT_TRUE(sla->noneBox()->isChecked()); // null in the template
    sla->noneBox()->setChecked(false);        // no amount typed yet: refused, says so
    EXPECT_FALSE(environment().endUsers.slaCreditCap.has_value());
    EXPECT_FALSE(sla->problem().isEmpty());
    test::typeInto(sla->amountField()->lineEdit(), QStringLiteral("20000"));
    EXPECT_EQ(environment().endUsers.slaCreditCap, std::optional<double>(20000.0));

    stack()->undo();
    EXPECT_FALSE(environment().endUsers.slaCreditCap.has_value());
    EXPECT_TRUE(sla->noneBox()->isChecked());
    stack()->undo();
    EXPECT_EQ(environment().endUsers.claimCapPerUser, std::optional<double>(12500.0));
}

TEST_F(SupportPageTest, NegativeCapIsRefused) {
    auto* perIncident = child<OptionalAmountField>("claim_cap_per_incident");
    test::typeInto(perIncident->amountField()->lineEdit(), QStringLiteral("-1"));
    EXPECT_EQ(environment().endUsers.claimCapPerIncident, std::optional<double>(30000000.0));
    EXPECT_TRUE(perIncident->problem().startsWith(
        QStringLiteral("/environment/end_users/claim_cap_per_incident: ")))
        << perIncident->problem().toStdString();
}

} // namespace
} // namespace cr::ui
