// A policy's terms on worked examples (MODEL.md "Liability" step 4): sublimit, deductible,
// coinsurance, per-claim limit, annual deductible, aggregate, defence, shortfall, and counts.
#include "scenario_builders.h"

#include <cmath>

namespace cr::test {
namespace {

// Operator loss per incident: remediation 10 x rate (1,000 at the default rate 100) + overhead
// 500, insured by one operator policy.
Scenario insuredIncident(const Policy& p, double technicianRate = 100) {
    Scenario s = tenAssetIncident();
    s.environment.support.technicianHourlyRate = Fixed{technicianRate};
    s.insurance = {p};
    return s;
}

// Three incidents a year of 1,500 each.
Scenario threeIncidentsAYear(const Policy& p) {
    Scenario s = insuredIncident(p);
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Fixed{3};
    return s;
}

Policy operatorPolicy() {
    return policyCoveringAll("cover", Party::Operator);
}

TEST(InsuranceTerms, FixedDeductible) {
    // 1,500 - 250 = 1,250, split pro rata: remediation 1,250 x 1000/1500, overhead x 500/1500.
    Policy p = operatorPolicy();
    p.deductible.amount = 250;
    const RunResult r = run(insuredIncident(p), 100);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 1250));
    EXPECT_TRUE(everyIterationIs(insurancePaid(r), 1250));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Remediation), 1250.0 * 1000 / 1500));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Overhead), 1250.0 * 500 / 1500));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 0));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::Uninsured), 250));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::OperatorNet), 250));
    EXPECT_EQ(r.policies.at(0).claimCappedIterations, 0u);
    EXPECT_EQ(r.policies.at(0).aggregateExhaustedIterations, 0u);
}

TEST(InsuranceTerms, PercentageDeductibleIsClampedToItsMinAndMax) {
    Policy p = operatorPolicy();
    p.deductible.isPercent = true;
    p.deductible.percent = 10;
    p.deductible.min = 200;
    p.deductible.max = 1000;
    // Loss 1,500: 10 % = 150 -> at least 200 -> pays 1,300.
    EXPECT_TRUE(everyIterationIs(policyPaid(run(insuredIncident(p, 100), 50), 0), 1300));
    // Loss 4,500 + 500 = 5,000: 10 % = 500 -> pays 4,500.
    EXPECT_TRUE(everyIterationIs(policyPaid(run(insuredIncident(p, 450), 50), 0), 4500));
    // Loss 14,500 + 500 = 15,000: 10 % = 1,500 -> at most 1,000 -> pays 14,000.
    EXPECT_TRUE(everyIterationIs(policyPaid(run(insuredIncident(p, 1450), 50), 0), 14000));
}

TEST(InsuranceTerms, Coinsurance) {
    // 0.8 x (1,500 - 250) = 1,000.
    Policy p = operatorPolicy();
    p.deductible.amount = 250;
    p.coinsurance = 0.8;
    EXPECT_TRUE(everyIterationIs(policyPaid(run(insuredIncident(p), 50), 0), 1000));
}

TEST(InsuranceTerms, PerClaimLimit) {
    // min(0.8 x 1,250, 800) = 800; the claim is capped; shortfall 1,000 - 800 = 200. The
    // default aggregate 2 x 800 is not reached.
    Policy p = operatorPolicy();
    p.deductible.amount = 250;
    p.coinsurance = 0.8;
    p.perClaimLimit = 800;
    const std::uint64_t n = 100;
    const RunResult r = run(insuredIncident(p), n);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 800));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 200));
    EXPECT_EQ(r.policies.at(0).claimCappedIterations, n);
    EXPECT_EQ(r.policies.at(0).aggregateExhaustedIterations, 0u);
}

TEST(InsuranceTerms, SublimitComesFirst) {
    // Remediation cut to 400: covered 900, 0.8 x (900 - 250) = 520, split pro rata to the
    // covered amounts 400 : 500. Without the sublimit: 0.8 x 1,250 = 1,000 -> shortfall 480.
    Policy p = operatorPolicy();
    p.deductible.amount = 250;
    p.coinsurance = 0.8;
    p.sublimits[Category::Remediation] = 400;
    const RunResult r = run(insuredIncident(p), 50);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 520));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Remediation), 520.0 * 400 / 900));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Overhead), 520.0 * 500 / 900));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 480));
    EXPECT_EQ(r.policies.at(0).claimCappedIterations, 0u);
}

TEST(InsuranceTerms, AnnualDeductibleOverSeveralClaims) {
    // Three claims of min(1,500 - 250, 1,000) = 1,000; minus the annual deductible 1,000: 2,000.
    // Without the limit: 3 x 1,250 - 1,000 = 2,750 -> shortfall 750.
    Policy p = operatorPolicy();
    p.deductible.amount = 250;
    p.perClaimLimit = 1000;
    p.annualDeductible = 1000;
    p.aggregateSpec = Policy::AggregateSpec::Unlimited;
    const std::uint64_t n = 50;
    const RunResult r = run(threeIncidentsAYear(p), n);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 2000));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 750));
    EXPECT_EQ(r.policies.at(0).claimCappedIterations, n);
    EXPECT_EQ(r.policies.at(0).aggregateExhaustedIterations, 0u);

    // An annual deductible above the year's payments: nothing paid, nothing short.
    p.perClaimLimit.reset();
    p.deductible.amount = 0;
    p.annualDeductible = 5000;
    const RunResult none = run(threeIncidentsAYear(p), n);
    EXPECT_TRUE(everyIterationIs(policyPaid(none, 0), 0));
    EXPECT_TRUE(everyIterationIs(policyShortfall(none, 0), 0));
}

TEST(InsuranceTerms, DefaultAggregateIsTwiceTheLimit) {
    // Three claims of min(1,500, 1,000) = 1,000 = 3,000, cut to the aggregate 2 x 1,000.
    // Every claim is scaled by 2/3: remediation insured 3 x 1,000 x (2/3) x (2/3) = 1,333.33.
    // Without limit and aggregate: 4,500 -> shortfall 2,500.
    Policy p = operatorPolicy();
    p.perClaimLimit = 1000;
    const std::uint64_t n = 50;
    const RunResult r = run(threeIncidentsAYear(p), n);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 2000));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Remediation), 4000.0 / 3));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Overhead), 2000.0 / 3));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 2500));
    EXPECT_EQ(r.policies.at(0).aggregateExhaustedIterations, n);

    p.aggregateSpec = Policy::AggregateSpec::Amount;
    p.annualAggregateAmount = 1500;
    const RunResult explicitAggregate = run(threeIncidentsAYear(p), n);
    EXPECT_TRUE(everyIterationIs(policyPaid(explicitAggregate, 0), 1500));
    EXPECT_EQ(explicitAggregate.policies.at(0).aggregateExhaustedIterations, n);
}

TEST(InsuranceTerms, EveryLossLineEventIsAClaim) {
    // 4 events of 500, deductible 100, limit 300: 4 x 300 = 1,200, cut to the default
    // aggregate 600. Without limit and aggregate 4 x 400 = 1,600 -> shortfall 1,000.
    Scenario s;
    s.name = "loss line";
    s.lossLines = {lossLine("events", Party::Operator, Fixed{4}, Fixed{500})};
    Policy p = operatorPolicy();
    p.deductible.amount = 100;
    p.perClaimLimit = 300;
    s.insurance = {p};
    const RunResult r = run(s, 50);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 600));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 1000));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Other), 600));

    s.insurance[0].aggregateSpec = Policy::AggregateSpec::Unlimited;
    const RunResult unlimited = run(s, 50);
    EXPECT_TRUE(everyIterationIs(policyPaid(unlimited, 0), 1200));
    EXPECT_TRUE(everyIterationIs(policyShortfall(unlimited, 0), 400));
}

// 10 business users claim 40 x 6 h = 240 each (2,400); defence costs 7,000. The policy covers
// business interruption and defence, deductible 500, limit 2,000.
Scenario defenceScenario(const Policy& p) {
    Scenario s = downtimeClaimIncident();
    group(s).usersPerAsset = Fixed{1};
    s.environment.endUsers.defenceCost = Fixed{7000};
    s.insurance = {p};
    return s;
}

Policy defencePolicy() {
    Policy p =
        policy("liability", Party::Operator, {Category::BusinessInterruption, Category::Defence});
    p.deductible.amount = 500;
    p.perClaimLimit = 2000;
    return p;
}

TEST(InsuranceTerms, DefenceOutsideTheLimitIsPaidInFull) {
    // Claim 2,400 - 500 = 1,900 (under the limit) plus defence 7,000 in full.
    const RunResult r = run(defenceScenario(defencePolicy()), 50);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 8900));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::BusinessInterruption), 1900));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Defence), 7000));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 0));
    EXPECT_EQ(r.policies.at(0).claimCappedIterations, 0u);
}

TEST(InsuranceTerms, DefenceOutsideEscapesLimitAndAggregate) {
    // Limit 1,000 (aggregate 2,000): min(1,900, 1,000) + 7,000 = 8,000; shortfall 900. The
    // aggregate counts only the 1,000, so it is not exhausted.
    Policy p = defencePolicy();
    p.perClaimLimit = 1000;
    const std::uint64_t n = 50;
    const RunResult r = run(defenceScenario(p), n);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 8000));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 900));
    EXPECT_EQ(r.policies.at(0).claimCappedIterations, n);
    EXPECT_EQ(r.policies.at(0).aggregateExhaustedIterations, 0u);
}

TEST(InsuranceTerms, DefenceInsideTheLimit) {
    // Covered 2,400 + 7,000 = 9,400 - 500 = 8,900 -> limit 2,000; shortfall 6,900.
    Policy p = defencePolicy();
    p.defenceOutsideLimit = false;
    const std::uint64_t n = 50;
    const RunResult r = run(defenceScenario(p), n);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 2000));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 6900));
    EXPECT_EQ(r.policies.at(0).claimCappedIterations, n);
}

TEST(InsuranceTerms, DefenceOnlyWhenCoveredAndUpToItsSublimit) {
    Policy uncovered = policy("bi", Party::Operator, {Category::BusinessInterruption});
    uncovered.deductible.amount = 500;
    uncovered.perClaimLimit = 2000;
    EXPECT_TRUE(everyIterationIs(policyPaid(run(defenceScenario(uncovered), 50), 0), 1900));

    // Defence sublimit 3,000: 1,900 + 3,000; without sublimits 8,900 -> shortfall 4,000.
    Policy sub = defencePolicy();
    sub.sublimits[Category::Defence] = 3000;
    const RunResult r = run(defenceScenario(sub), 50);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 4900));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 4000));
}

TEST(InsuranceTerms, DefenceOutsideEscapesTheAnnualDeductible) {
    // Two incidents: claims of 1,900 each, 3,800 - annual deductible 1,000 = 2,800 (aggregate
    // 4,000 not reached), plus both defences 2 x 7,000 in full.
    Policy p = defencePolicy();
    p.annualDeductible = 1000;
    Scenario s = defenceScenario(p);
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Fixed{2};
    const RunResult r = run(s, 20);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 2800 + 14000));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::BusinessInterruption), 2800));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Defence), 14000));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 0));
}

TEST(InsuranceTerms, CappedAndExhaustedCounts) {
    // K = 3 changes with p = 0.5: M ~ Bin(3, 0.5) incidents of 1,500, each capped at 1,000,
    // aggregate 2,000. Paid = 1,000 min(M, 2). A claim is capped when M >= 1 (0.875); the
    // aggregate is exhausted when M >= 2 (0.5).
    Policy p = operatorPolicy();
    p.perClaimLimit = 1000;
    Scenario s = threeIncidentsAYear(p);
    s.failureModes[0].probability = Fixed{0.5};
    const std::uint64_t n = 20000;
    const RunResult r = run(s, n);
    const PolicyOutcome& outcome = r.policies.at(0);
    const ZeroInflatedSample& paid = policyPaid(r, 0);
    EXPECT_EQ(outcome.claimCappedIterations, paid.nonzero.size());
    EXPECT_EQ(outcome.claimCappedIterations, r.incidentIterations);
    EXPECT_EQ(outcome.aggregateExhaustedIterations, countValue(paid, 2000));
    EXPECT_EQ(paid.nonzero.size(), countValue(paid, 1000) + countValue(paid, 2000));
    expectProportion(outcome.claimCappedIterations, n, 0.875, "P(claim capped)");
    expectProportion(outcome.aggregateExhaustedIterations, n, 0.5, "P(aggregate exhausted)");
}

} // namespace
} // namespace cr::test
