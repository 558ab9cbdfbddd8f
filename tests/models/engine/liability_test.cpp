// Who ends up paying (MODEL.md "Liability"): fault, caps, cap failure, contributory negligence,
// rework, and loss lines that are never recovered.
#include "scenario_builders.h"

#include <cmath>

namespace cr::test {
namespace {

// The operator's loss L = remediation 1,000 + overhead 500 = 1,500 per incident.
Scenario liabilityScenario() {
    Scenario s = tenAssetIncident();
    s.contract = contractorAtFault();
    return s;
}

const ZeroInflatedSample& liability(const RunResult& r) {
    return fixedSeries(r, FixedSeries::ContractorLiability);
}
const ZeroInflatedSample& operatorNet(const RunResult& r) {
    return fixedSeries(r, FixedSeries::OperatorNet);
}
const ZeroInflatedSample& contractorNet(const RunResult& r) {
    return fixedSeries(r, FixedSeries::ContractorNet);
}

LiabilityCap capAmount(double amount) {
    return LiabilityCap{LiabilityCap::Kind::Amount, amount, {}};
}

TEST(Liability, ContractorAtFaultWithUnlimitedLiabilityPaysEverything) {
    const RunResult r = run(liabilityScenario(), 100);
    EXPECT_TRUE(everyIterationIs(liability(r), 1500));
    EXPECT_TRUE(everyIterationIs(operatorNet(r), 0));
    EXPECT_TRUE(everyIterationIs(contractorNet(r), 1500));
    // Liability is a transfer, not a loss.
    EXPECT_TRUE(everyIterationIs(totalLoss(r), 1500));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::Uninsured), 1500));
}

TEST(Liability, ContractorAtFaultReworks) {
    // 8 h x 120 = 960 of rework, borne by the contractor and part of the total loss.
    Scenario s = liabilityScenario();
    s.contract.reworkHours = Fixed{8};
    s.contract.contractorHourlyRate = Fixed{120};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Rework), 960));
    EXPECT_TRUE(everyIterationIs(liability(r), 1500));
    EXPECT_TRUE(everyIterationIs(contractorNet(r), 1500 + 960));
    EXPECT_TRUE(everyIterationIs(operatorNet(r), 0));
    EXPECT_TRUE(everyIterationIs(totalLoss(r), 1500 + 960));
}

TEST(Liability, NoFaultNoLiabilityAndNoRework) {
    Scenario s = liabilityScenario();
    s.contract.faultProbability = Fixed{0};
    s.contract.reworkHours = Fixed{8};
    s.contract.contractorHourlyRate = Fixed{120};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(liability(r), 0));
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Rework), 0));
    EXPECT_TRUE(everyIterationIs(operatorNet(r), 1500));
    EXPECT_TRUE(everyIterationIs(contractorNet(r), 0));
    EXPECT_TRUE(everyIterationIs(totalLoss(r), 1500));
}

TEST(Liability, NoContractorNoLiability) {
    // contract.contractor false: the other contract fields are ignored.
    Scenario s = liabilityScenario();
    s.contract.contractor = false;
    s.contract.reworkHours = Fixed{8};
    s.contract.contractorHourlyRate = Fixed{120};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(liability(r), 0));
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Rework), 0));
    EXPECT_TRUE(everyIterationIs(operatorNet(r), 1500));
}

TEST(Liability, CapAmountLimitsTheRecoveryProRata) {
    // Cap 600 of 1,500: liability 600, factor 0.4 in every category, so the operator keeps
    // remediation 1,000 x 0.6 = 600 and overhead 500 x 0.6 = 300. Two operator policies (no
    // deductible, unlimited), one per category, show the split.
    Scenario s = liabilityScenario();
    s.contract.liabilityCap = capAmount(600);
    s.insurance = {policy("remediation", Party::Operator, {Category::Remediation}),
                   policy("overhead", Party::Operator, {Category::Overhead})};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(liability(r), 600));
    EXPECT_TRUE(everyIterationIs(contractorNet(r), 600));
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 600));
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 1), 300));
    EXPECT_TRUE(everyIterationIs(operatorNet(r), 0));
}

TEST(Liability, CapAsAMultipleOfTheContractValue) {
    // 2 x contract value 200 = 400.
    Scenario s = liabilityScenario();
    s.contract.contractValue = 200;
    s.contract.liabilityCap = LiabilityCap{LiabilityCap::Kind::MultipleOfContractValue, 2, {}};
    EXPECT_TRUE(everyIterationIs(liability(run(s, 50)), 400));
    // At least min_amount 700.
    s.contract.liabilityCap->minAmount = 700;
    EXPECT_TRUE(everyIterationIs(liability(run(s, 50)), 700));
    // A min_amount below the multiple changes nothing.
    s.contract.liabilityCap->minAmount = 300;
    EXPECT_TRUE(everyIterationIs(liability(run(s, 50)), 400));
    // min_amount with a plain amount: max(100, 900) = 900.
    s.contract.liabilityCap = LiabilityCap{LiabilityCap::Kind::Amount, 100, 900.0};
    EXPECT_TRUE(everyIterationIs(liability(run(s, 50)), 900));
}

TEST(Liability, FailingCapMeansFullLiability) {
    Scenario s = liabilityScenario();
    s.contract.liabilityCap = capAmount(600);
    s.contract.capFailsProbability = Fixed{1};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(liability(r), 1500));
    EXPECT_TRUE(everyIterationIs(operatorNet(r), 0));
}

TEST(Liability, ContributoryNegligenceReducesTheRecovery) {
    // R = 1,500 x (1 - 0.2) = 1,200.
    Scenario s = liabilityScenario();
    s.contract.contributoryNegligenceShare = Fixed{0.2};
    const RunResult unlimited = run(s, 50);
    EXPECT_TRUE(everyIterationIs(liability(unlimited), 1200));
    EXPECT_TRUE(everyIterationIs(operatorNet(unlimited), 300));
    // The cap applies to the sum of R: cap 600 -> 600; cap 1,300 -> 1,200.
    s.contract.liabilityCap = capAmount(600);
    EXPECT_TRUE(everyIterationIs(liability(run(s, 50)), 600));
    s.contract.liabilityCap = capAmount(1300);
    EXPECT_TRUE(everyIterationIs(liability(run(s, 50)), 1200));
}

TEST(Liability, CapIsPerIncident) {
    // Two incidents a year, each capped at 600: 1,200.
    Scenario s = liabilityScenario();
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Fixed{2};
    s.contract.liabilityCap = capAmount(600);
    const RunResult r = run(s, 50);
    EXPECT_TRUE(everyIterationIs(liability(r), 1200));
    EXPECT_TRUE(everyIterationIs(operatorNet(r), 3000 - 1200));
}

TEST(Liability, FaultAndCapFailureAreDrawnPerIncident) {
    // fault 0.5, cap 600 failing with 0.5: liability 0 (0.5), 600 (0.25), 1,500 (0.25); the
    // contractor reworks (960) exactly when at fault.
    Scenario s = liabilityScenario();
    s.contract.faultProbability = Fixed{0.5};
    s.contract.liabilityCap = capAmount(600);
    s.contract.capFailsProbability = Fixed{0.5};
    s.contract.reworkHours = Fixed{8};
    s.contract.contractorHourlyRate = Fixed{120};
    const std::uint64_t n = 20000;
    const RunResult r = run(s, n, 7, true);
    expectProportion(countValue(liability(r), 0), n, 0.5, "no fault");
    expectProportion(countValue(liability(r), 600), n, 0.25, "capped");
    expectProportion(countValue(liability(r), 1500), n, 0.25, "cap failed");
    ASSERT_EQ(r.samples.size(), n);
    std::uint64_t bad = 0;
    for (const SampleRow& row : r.samples) {
        const double rework = row.contractorNet - row.contractorLiability;
        const double expected = row.contractorLiability > 0 ? 960 : 0;
        bad += nearlyEqual(rework, expected) ? 0 : 1;
    }
    EXPECT_EQ(bad, 0u) << "rework must be 960 exactly in the iterations with fault";
}

TEST(Liability, FaultIsDrawnForEveryIncidentOfTheYear) {
    // Two incidents a year, each at fault with 0.5: liability 0 (0.25), 1,500 (0.5), 3,000
    // (0.25). One draw per year would never give 1,500.
    Scenario s = liabilityScenario();
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Fixed{2};
    s.contract.faultProbability = Fixed{0.5};
    const std::uint64_t n = 20000;
    const RunResult r = run(s, n);
    expectProportion(countValue(liability(r), 0), n, 0.25, "no fault");
    expectProportion(countValue(liability(r), 1500), n, 0.5, "one at fault");
    expectProportion(countValue(liability(r), 3000), n, 0.25, "both at fault");
}

TEST(Liability, LossLinesAreNeverRecovered) {
    // Operator line: 1 event of 300; contractor line: 1 event of 250. The contractor at fault
    // with unlimited liability pays back the incident's 1,500, never the operator's line.
    Scenario s = liabilityScenario();
    s.lossLines = {lossLine("fine", Party::Operator, Fixed{1}, Fixed{300}),
                   lossLine("own", Party::Contractor, Fixed{1}, Fixed{250})};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(liability(r), 1500));
    EXPECT_TRUE(everyIterationIs(operatorNet(r), 300));
    EXPECT_TRUE(everyIterationIs(contractorNet(r), 1500 + 250));
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Other), 550));
    EXPECT_TRUE(everyIterationIs(totalLoss(r), 1500 + 550));

    // With no incident at all, the operator's line is still the operator's alone.
    s.failureModes[0].probability = Fixed{0};
    const RunResult linesOnly = run(s, 100);
    EXPECT_TRUE(everyIterationIs(liability(linesOnly), 0));
    EXPECT_TRUE(everyIterationIs(operatorNet(linesOnly), 300));
    EXPECT_TRUE(everyIterationIs(contractorNet(linesOnly), 250));
    EXPECT_EQ(linesOnly.incidentIterations, 100u) << "a loss-line event is an incident";
}

} // namespace
} // namespace cr::test
