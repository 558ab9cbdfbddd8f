// What one claim is and who is insured (MODEL.md "Liability" steps 4-5): the serial-loss clause,
// several policies of one holder, contractor and operator policies together, and the identities
// between the totals in every iteration of a random scenario.
#include "scenario_builders.h"

#include <cmath>

namespace cr::test {
namespace {

// 100 business users down 6 h at 50 per hour: 100 claims of 300, business_interruption 30,000.
Scenario hundredClaimants() {
    Scenario s = downtimeClaimIncident();
    group(s).count = 100;
    group(s).usersPerAsset = Fixed{1};
    s.environment.endUsers.downtimeCostPerHourBusiness = Fixed{50};
    return s;
}

Policy endUserPolicy(bool serialLoss, double deductible, std::initializer_list<Category> covers) {
    Policy p = policy("cyber", Party::Operator, covers);
    p.serialLossClause = serialLoss;
    p.deductible.amount = deductible;
    return p;
}

Money paidWith(Scenario s, const Policy& p) {
    s.insurance = {p};
    const RunResult r = run(s, 20);
    const std::size_t paidIterations = policyPaid(r, 0).nonzero.size();
    EXPECT_TRUE(paidIterations == 0 || paidIterations == 20)
        << "the example is deterministic: paid in every iteration or in none";
    const double first = paidIterations == 0 ? 0.0 : policyPaid(r, 0).nonzero.front();
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), first)) << "every iteration pays the same";
    return sampleMean(policyPaid(r, 0));
}

TEST(InsuranceClaims, SerialLossClauseMakesOneClaimPerIncident) {
    const Scenario s = hundredClaimants();
    const auto bi = {Category::BusinessInterruption};
    // On: one claim of 30,000 - 250. Off: 100 claims of 300 - 250 = 50 each.
    EXPECT_NEAR(paidWith(s, endUserPolicy(true, 250, bi)), 30000 - 250, 1e-6);
    EXPECT_NEAR(paidWith(s, endUserPolicy(false, 250, bi)), 100 * 50, 1e-6);

    // Add the operator's own overhead of 1,000: with the clause off it is one more claim.
    Scenario withOverhead = s;
    withOverhead.environment.support.incidentOverhead = Fixed{1000};
    const auto both = {Category::BusinessInterruption, Category::Overhead};
    EXPECT_NEAR(paidWith(withOverhead, endUserPolicy(true, 250, both)), 31000 - 250, 1e-6);
    EXPECT_NEAR(paidWith(withOverhead, endUserPolicy(false, 250, both)), 5000 + 750, 1e-6);
}

TEST(InsuranceClaims, SerialLossOffKeepsDefenceWithTheOperatorsOwnClaim) {
    // Defence 7,000 belongs to the operator's own claim and is paid outside the limit in full;
    // the 100 end-user claims pay 300 - 250 each: 5,000 + 7,000.
    Scenario s = hundredClaimants();
    s.environment.endUsers.defenceCost = Fixed{7000};
    const auto covers = {Category::BusinessInterruption, Category::Defence};
    EXPECT_NEAR(paidWith(s, endUserPolicy(false, 250, covers)), 12000, 1e-6);
    EXPECT_NEAR(paidWith(s, endUserPolicy(true, 250, covers)), 30000 - 250 + 7000, 1e-6);
}

TEST(InsuranceClaims, SerialLossOffTakesAPercentageDeductiblePerClaim) {
    // 10 % of each 300 claim = 30, at least 50: 100 x 250 = 25,000.
    // Clause on: 10 % of 30,000 = 3,000, at most 2,000: 28,000.
    Policy p = endUserPolicy(false, 0, {Category::BusinessInterruption});
    p.deductible.isPercent = true;
    p.deductible.percent = 10;
    p.deductible.min = 50;
    p.deductible.max = 2000;
    EXPECT_NEAR(paidWith(hundredClaimants(), p), 25000, 1e-6);
    p.serialLossClause = true;
    EXPECT_NEAR(paidWith(hundredClaimants(), p), 28000, 1e-6);
}

TEST(InsuranceClaims, SerialLossOffMakesEachDataLossAwardAClaim) {
    // 10 users each claim downtime 300 and a data-loss award of 300, deductible 250.
    // Off: 20 claims of 50 = 1,000. On: 6,000 - 250 = 5,750.
    Scenario s = hundredClaimants();
    group(s).count = 10;
    s.failureModes[0].wipesData = true;
    group(s).dataAtRiskShare = Fixed{1};
    s.environment.endUsers.dataLossAward = Fixed{300};
    const auto covers = {Category::BusinessInterruption, Category::DataLoss};
    EXPECT_NEAR(paidWith(s, endUserPolicy(false, 250, covers)), 1000, 1e-6);
    EXPECT_NEAR(paidWith(s, endUserPolicy(true, 250, covers)), 5750, 1e-6);
}

TEST(InsuranceClaims, SerialLossOffSharesTheSlaCapEqually) {
    // 100 users owed 20 each = 2,000, capped at 1,500: 15 per user. Deductible 10.
    Scenario s = hundredClaimants();
    s.environment.endUsers.claimRate = Fixed{0};
    s.environment.endUsers.slaCreditPerUser = Fixed{20};
    s.environment.endUsers.slaCreditCap = 1500;
    const auto penalties = {Category::Penalties};
    EXPECT_NEAR(paidWith(s, endUserPolicy(false, 10, penalties)), 100 * (15 - 10), 1e-6);
    EXPECT_NEAR(paidWith(s, endUserPolicy(true, 10, penalties)), 1500 - 10, 1e-6);
    // Without the cap: 100 x (20 - 10).
    s.environment.endUsers.slaCreditCap.reset();
    EXPECT_NEAR(paidWith(s, endUserPolicy(false, 10, penalties)), 1000, 1e-6);
}

TEST(InsuranceClaims, SerialLossOffAppliesSublimitsPerClaim) {
    // Sublimit 280 per claim: off 100 x (280 - 250) = 3,000, shortfall 5,000 - 3,000;
    // on min(30,000, 280) - 250 = 30, shortfall 29,750 - 30.
    Scenario s = hundredClaimants();
    for (bool serial : {false, true}) {
        Policy p = endUserPolicy(serial, 250, {Category::BusinessInterruption});
        p.sublimits[Category::BusinessInterruption] = 280;
        s.insurance = {p};
        const RunResult r = run(s, 20);
        SCOPED_TRACE(serial ? "serial loss on" : "serial loss off");
        EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), serial ? 30 : 3000));
        EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), serial ? 29720 : 2000));
    }
}

TEST(InsuranceClaims, SerialLossOffReducesEachClaimByTheRecovery) {
    // The contractor at fault pays 15,000 of the 30,000 (cap): the operator bears 150 of every
    // user's 300. Deductible 100: off 100 x 50 = 5,000; on 15,000 - 100 = 14,900.
    Scenario s = hundredClaimants();
    s.contract = contractorAtFault();
    s.contract.liabilityCap = LiabilityCap{LiabilityCap::Kind::Amount, 15000, {}};
    const auto bi = {Category::BusinessInterruption};
    EXPECT_NEAR(paidWith(s, endUserPolicy(false, 100, bi)), 5000, 1e-6);
    EXPECT_NEAR(paidWith(s, endUserPolicy(true, 100, bi)), 14900, 1e-6);
}

TEST(InsuranceClaims, SerialLossOffAppliesTheLimitPerClaim) {
    // 100 claims of 300, no deductible, limit 200: 100 x 200 = 20,000 (every claim capped,
    // shortfall 100 x 100); with the default aggregate 2 x 200 the year pays 400.
    Scenario s = hundredClaimants();
    Policy p = endUserPolicy(false, 0, {Category::BusinessInterruption});
    p.perClaimLimit = 200;
    p.aggregateSpec = Policy::AggregateSpec::Unlimited;
    s.insurance = {p};
    const RunResult r = run(s, 20);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 20000));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 10000));
    EXPECT_EQ(r.policies.at(0).claimCappedIterations, 20u);
    EXPECT_EQ(r.policies.at(0).aggregateExhaustedIterations, 0u);

    s.insurance[0].aggregateSpec = Policy::AggregateSpec::Default;
    const RunResult aggregate = run(s, 20);
    EXPECT_TRUE(everyIterationIs(policyPaid(aggregate, 0), 400));
    EXPECT_EQ(aggregate.policies.at(0).aggregateExhaustedIterations, 20u);
}

TEST(InsuranceClaims, SeveralPoliciesOfOneHolderPayInOrder) {
    // Loss: remediation 1,000 + overhead 500. Policy 1 (limit 1,000, no aggregate) pays 1,000
    // (remediation 666.67, overhead 333.33); policy 2 sees 333.33 + 166.67 = 500.
    Scenario s = tenAssetIncident();
    Policy first = policyCoveringAll("first", Party::Operator);
    first.perClaimLimit = 1000;
    first.aggregateSpec = Policy::AggregateSpec::Unlimited;
    Policy second = policyCoveringAll("second", Party::Operator);
    s.insurance = {first, second};
    const RunResult r = run(s, 20);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 1000));
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 1), 500));
    EXPECT_TRUE(everyIterationIs(insurancePaid(r), 1500));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::OperatorNet), 0));

    // Policy 2 with a deductible of 200: 500 - 200.
    s.insurance[1].deductible.amount = 200;
    EXPECT_TRUE(everyIterationIs(policyPaid(run(s, 20), 1), 300));

    // Policy 2 with a remediation sublimit of 100: it sees remediation 333.33 (cut to 100) and
    // overhead 166.67, so pays 100 + 500/3; remediation insured 2000/3 + 100, overhead 500.
    s.insurance[1].deductible.amount = 0;
    s.insurance[1].sublimits[Category::Remediation] = 100;
    const RunResult sub = run(s, 20);
    EXPECT_TRUE(everyIterationIs(policyPaid(sub, 1), 100 + 500.0 / 3));
    EXPECT_TRUE(everyIterationIs(insuredSeries(sub, Category::Remediation), 2000.0 / 3 + 100));
    EXPECT_TRUE(everyIterationIs(insuredSeries(sub, Category::Overhead), 500));

    // Listed the other way round, the unlimited policy pays everything and leaves nothing.
    s.insurance = {second, first};
    const RunResult reversed = run(s, 20);
    EXPECT_TRUE(everyIterationIs(policyPaid(reversed, 0), 1500));
    EXPECT_TRUE(everyIterationIs(policyPaid(reversed, 1), 0));
}

TEST(InsuranceClaims, NextPolicySeesWhatTheAggregateLeft) {
    // Three incidents of 1,500. Policy 1 (limit 1,000, aggregate 2,000) pays 3 x 1,000 cut to
    // 2,000, i.e. 666.67 of every claim; policy 2 (unlimited) sees 1,500 - 666.67 = 833.33 of
    // each: 2,500. Together they pay the whole 4,500.
    Scenario s = tenAssetIncident();
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Fixed{3};
    Policy first = policyCoveringAll("first", Party::Operator);
    first.perClaimLimit = 1000;
    s.insurance = {first, policyCoveringAll("second", Party::Operator)};
    const RunResult r = run(s, 20);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 2000));
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 1), 2500));
    EXPECT_TRUE(everyIterationIs(insurancePaid(r), 4500));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::OperatorNet), 0));
}

TEST(InsuranceClaims, ContractorPolicySublimitsApplyToTheLiability) {
    // Liability remediation 1,000 (sublimit 300) + overhead 500, deductible 100: 700; without
    // the sublimit 1,400 -> shortfall 700.
    Scenario s = tenAssetIncident();
    s.contract = contractorAtFault();
    Policy con = policyCoveringAll("contractor", Party::Contractor);
    con.deductible.amount = 100;
    con.sublimits[Category::Remediation] = 300;
    s.insurance = {con};
    const RunResult r = run(s, 20);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 700));
    EXPECT_TRUE(everyIterationIs(policyShortfall(r, 0), 700));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::ContractorNet), 800));
}

TEST(InsuranceClaims, ContractorAndOperatorPoliciesTogether) {
    // L = 1,500; the contractor at fault owes 600 (cap) and reworks 8 h x 120 = 960.
    // Operator's policy (deductible 200) on the 900 it keeps: 700.
    // Contractor's policy (deductible 100) on the 600 liability: 500; rework is never covered.
    Scenario s = tenAssetIncident();
    s.contract = contractorAtFault();
    s.contract.liabilityCap = LiabilityCap{LiabilityCap::Kind::Amount, 600, {}};
    s.contract.reworkHours = Fixed{8};
    s.contract.contractorHourlyRate = Fixed{120};
    Policy op = policyCoveringAll("operator", Party::Operator);
    op.deductible.amount = 200;
    Policy con = policyCoveringAll("contractor", Party::Contractor);
    con.deductible.amount = 100;
    s.insurance = {op, con};
    const RunResult r = run(s, 20);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 700));
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 1), 500));
    EXPECT_TRUE(everyIterationIs(insurancePaid(r), 1200));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::ContractorLiability), 600));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::OperatorNet), 1500 - 600 - 700));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::ContractorNet), 600 + 960 - 500));
    EXPECT_TRUE(everyIterationIs(totalLoss(r), 1500 + 960));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::Uninsured), 200 + 1060));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Rework), 0));
    // Each payment split over its claim's categories (2 : 1 in both claims).
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Remediation), 800));
    EXPECT_TRUE(everyIterationIs(insuredSeries(r, Category::Overhead), 400));
}

TEST(InsuranceClaims, ContractorPolicyClaimsPerIncidentAndPerLineEvent) {
    // Two incidents, each a liability of 1,500 (deductible 100): 2 x 1,400. Two events of the
    // contractor's own line of 300: 2 x 200.
    Scenario s = tenAssetIncident();
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Fixed{2};
    s.contract = contractorAtFault();
    s.lossLines = {lossLine("own", Party::Contractor, Fixed{2}, Fixed{300})};
    Policy con = policyCoveringAll("contractor", Party::Contractor);
    con.deductible.amount = 100;
    s.insurance = {con};
    const RunResult r = run(s, 20);
    EXPECT_TRUE(everyIterationIs(policyPaid(r, 0), 2 * 1400 + 2 * 200));
    EXPECT_TRUE(everyIterationIs(fixedSeries(r, FixedSeries::ContractorNet), 3000 + 600 - 3200));
}

TEST(InsuranceClaims, TotalsAgreeInEveryIterationOfARichScenario) {
    const Scenario s = richScenario();
    const std::uint64_t n = 20000;
    const RunResult r = run(s, n, 11, true);
    ASSERT_EQ(r.samples.size(), n);
    std::uint64_t bad = 0, nonzeroTotals = 0;
    long double sumTotal = 0, sumPaid = 0, sumLiability = 0;
    for (const SampleRow& row : r.samples) {
        const double tol = 1e-6 * std::max(1.0, row.totalLoss);
        const bool ok = std::abs(row.uninsured - (row.totalLoss - row.insurancePaid)) <= tol &&
                        std::abs(row.uninsured - (row.operatorNet + row.contractorNet)) <= tol &&
                        row.insurancePaid >= -tol && row.uninsured >= -tol &&
                        row.operatorNet >= -tol && row.contractorNet >= -tol &&
                        row.contractorLiability >= -tol;
        if (!ok && bad++ < 5) {
            ADD_FAILURE() << "total " << row.totalLoss << " paid " << row.insurancePaid
                          << " uninsured " << row.uninsured << " operator_net " << row.operatorNet
                          << " contractor_net " << row.contractorNet;
        }
        nonzeroTotals += row.totalLoss > 0 ? 1 : 0;
        sumTotal += row.totalLoss;
        sumPaid += row.insurancePaid;
        sumLiability += row.contractorLiability;
    }
    EXPECT_EQ(bad, 0u);

    // The samples and the series describe the same iterations.
    EXPECT_EQ(totalLoss(r).nonzero.size(), nonzeroTotals);
    const double meanTotal = sampleMean(totalLoss(r));
    const double meanPaid = sampleMean(insurancePaid(r));
    EXPECT_NEAR(meanTotal, static_cast<double>(sumTotal / n), 1e-9 * meanTotal);
    EXPECT_NEAR(meanPaid, static_cast<double>(sumPaid / n), 1e-9 * meanPaid);
    EXPECT_NEAR(sampleMean(fixedSeries(r, FixedSeries::ContractorLiability)),
                static_cast<double>(sumLiability / n), 1e-9 * meanTotal);

    // Categories add up to the total, insured categories and policies to the insurance paid.
    double categories = 0, insured = 0, policies = 0;
    for (Category c : kAllCategories) {
        categories += sampleMean(categorySeries(r, c));
        insured += sampleMean(insuredSeries(r, c));
        EXPECT_LE(sampleMean(insuredSeries(r, c)), sampleMean(categorySeries(r, c)) * (1 + 1e-9))
            << categoryName(c);
    }
    for (std::size_t p = 0; p < s.insurance.size(); ++p) {
        policies += sampleMean(policyPaid(r, p));
        EXPECT_GT(sampleMean(policyPaid(r, p)), 0) << "policy " << p << " never paid: weak test";
    }
    EXPECT_NEAR(categories, meanTotal, 1e-9 * meanTotal);
    EXPECT_NEAR(insured, meanPaid, 1e-9 * meanPaid);
    EXPECT_NEAR(policies, meanPaid, 1e-9 * meanPaid);
    EXPECT_EQ(sampleMean(insuredSeries(r, Category::Rework)), 0);
    EXPECT_GT(sumLiability, 0) << "the contractor never paid: weak test";
}

} // namespace
} // namespace cr::test
