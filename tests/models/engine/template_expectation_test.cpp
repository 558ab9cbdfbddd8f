// Each shipped template's simulated mean total loss against a hand calculation from MODEL.md.
//
// E[total_loss] = sum over failure modes of E[incidents] x E[cost | incident] + loss lines'
// E[N] E[X]. Within one incident every distribution is drawn once (a common shock) and the
// counts are binomial thinnings of the affected assets A, so each cost is a product of
// independent factors: E[Bin(A, r) x c] = E[A] E[r] E[c]. Liability only moves money between
// parties and does not change total_loss; rework exists only when the contractor is at fault.
// Each template is checked twice: as shipped (its failure probability; total loss) and "given
// the failure" (probability 1; total and every category), which measures E[cost | incident]
// ten to twenty times more tightly and names the category when they disagree.
#include "models/engine/template_expectation.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <cmath>
#include <vector>

namespace {

using namespace crtest;
using cr::Category;

constexpr std::uint64_t kShippedIterations = 200000;
constexpr std::uint64_t kGivenFailureIterations = 50000;
constexpr std::uint64_t kSeed = 20240719;

// The template's own failure probability replaced by 1: every change fails.
cr::Scenario givenFailure(cr::Scenario s) {
    s.failureModes.at(0).probability = cr::Fixed{1.0};
    return s;
}

// The structure every hand calculation below relies on.
void expectOneGroupBigBang(const cr::Scenario& s) {
    ASSERT_EQ(s.environment.assetGroups.size(), 1u);
    ASSERT_EQ(s.failureModes.size(), 1u);
    ASSERT_EQ(s.change.targets, std::vector<std::string>{s.environment.assetGroups[0].id});
    ASSERT_EQ(s.change.rollout.waves, std::vector<double>{1.0});
    ASSERT_FALSE(s.failureModes[0].bricks);
    ASSERT_TRUE(s.failureModes[0].requiresReconfiguration);
}

// Rework: at fault (probability f) the contractor redoes its work, hours x rate.
double rework(const cr::Contract& c, double fault, double min, double mode, double max) {
    return fixed(c.faultProbability, fault, "fault_probability") *
           pert(c.reworkHours, min, mode, max, "rework_hours") *
           fixed(c.contractorHourlyRate, 100, "contractor_hourly_rate");
}

// ---------------------------------------------------------------- 1. ISP router reset
struct RouterHand {
    HandCost cost;           // per incident
    double noClaimBound = 0; // P(incident without any claimant) is at most this
};

RouterHand routerHand(const cr::Scenario& s) {
    const auto& g = s.environment.assetGroups.at(0);
    const auto& sup = s.environment.support;
    const auto& eu = s.environment.endUsers;
    EXPECT_EQ(g.count, 2000);
    EXPECT_TRUE(s.failureModes.at(0).wipesData);
    RouterHand hand;
    HandCost& c = hand.cost;
    // Blast radius: one wave of all 2,000 routers, A ~ Binomial(2000, a), a ~ PERT(0.5, 0.95, 1)
    // drawn once per incident: E[A] = 2000 x 5.3/6 = 1766.67. Since a >= 0.5,
    // P(A = 0) <= 0.5^2000: every occurrence of the failure mode is an incident.
    const double affected =
        2000.0 * pert(s.failureModes[0].affectedShare, 0.5, 0.95, 1.0, "affected_share");
    // One customer per router: U = round(A x 1) = A exactly.
    const double users = affected * fixed(g.usersPerAsset, 1, "users_per_asset");
    // No remote restore: R ~ Binomial(A, 0) = 0, every affected router is manual, M = A.
    fixed(g.remoteRestoreShare, 0, "remote_restore_share");

    // support: C ~ Binomial(U, rate): E = E[U] x E[rate] x E[minutes] x EUR/min
    //   = 1766.67 x 0.43333 x 21.667 x 0.75 = 12,440
    c[Category::Support] = users * pert(sup.contactRate, 0.2, 0.4, 0.8, "contact_rate") *
                           pert(sup.handlingMinutes, 10, 20, 40, "handling_minutes") *
                           fixed(sup.costPerMinute, 0.75, "cost_per_minute");
    // remediation: M x manual hours x rate = 1766.67 x 0.075 h x EUR 75 = 9,937.5
    c[Category::Remediation] = affected * pert(g.manualFixHours, 0, 0.05, 0.25, "manual_fix") *
                               fixed(sup.technicianHourlyRate, 75, "technician_hourly_rate");
    // onsite: O ~ Binomial(M, share): 1766.67 x 0.058333 x EUR 166.67 = 17,176
    c[Category::Onsite] = affected * pert(g.onsiteShare, 0, 0.05, 0.15, "onsite_share") *
                          pert(sup.onsiteVisitCost, 100, 150, 300, "onsite_visit_cost");
    // overhead: once per incident, lognormal p05 8,000 / p95 35,000: mean 18,505
    c[Category::Overhead] = lognormalP(sup.incidentOverhead, 8000, 35000, "incident_overhead");
    // penalties: EUR 10 goodwill credit x U, no per-hour credit, no cap: 17,667
    fixed(eu.slaCreditPerUserHour, 0, "sla_credit_per_user_hour");
    EXPECT_FALSE(eu.slaCreditCap.has_value());
    c[Category::Penalties] = fixed(eu.slaCreditPerUser, 10, "sla_credit_per_user") * users;
    // data loss: D ~ Binomial(A, at_risk x (1 - backup)), both drawn once; claimants
    // ~ Binomial(D, claim rate); one award each:
    //   1766.67 x 0.4 x 0.9 x 0.028333 x EUR 100 = 1,802
    const double claimRate = pert(eu.claimRate, 0.01, 0.025, 0.06, "claim_rate");
    c[Category::DataLoss] = affected * pert(g.dataAtRiskShare, 0.2, 0.4, 0.6, "data_at_risk") *
                            (1.0 - fixed(g.backupShare, 0.1, "backup_share")) * claimRate *
                            pert(eu.dataLossAward, 0, 100, 200, "data_loss_award");
    // downtime claims: the manual slice only; business ~ Binomial(U, 0.1), claimants
    // ~ Binomial(., fresh claim rate), each claiming its hourly cost x outage hours (drawn once):
    //   business 1766.67 x 0.1 x 0.028333 x EUR 35 x 17.5 h   = 3,066
    //   consumer 1766.67 x 0.9 x 0.028333 x EUR 2.25 x 17.5 h = 1,774
    const double hours = pert(g.outageHours, 1, 8, 72, "outage_hours");
    const double business = fixed(g.businessUserShare, 0.1, "business_user_share");
    c[Category::BusinessInterruption] =
        users * business * claimRate *
            pert(eu.downtimeCostPerHourBusiness, 5, 25, 100, "cost_business") * hours +
        users * (1.0 - business) * claimRate *
            pert(eu.downtimeCostPerHourConsumer, 0.5, 2, 5, "cost_consumer") * hours;
    // The section 70 TKG caps never bind: the largest claim is EUR 100/h x 72 h = 7,200 (or an
    // award of 200) < 12,500, and all claims together stay below 2,000 x 7,400 < 30 M.
    EXPECT_EQ(eu.claimCapPerUser, 12500.0);
    EXPECT_EQ(eu.claimCapPerIncident, 30000000.0);
    // defence: once per incident with a claimant; lognormal p05 2,000 / p95 40,000: 13,540.
    // No downtime claimant among U = A users has probability (1 - r)^A <= 0.99^A (claim rate
    // r >= 1 %); over A ~ Binomial(2000, a) that is the generating function
    // E[0.99^A | a] = (1 - 0.01 a)^2000 <= 0.995^2000 = 4.4e-5 (a >= 0.5). The test checks
    // that leaving this out is negligible.
    c[Category::Defence] = lognormalP(eu.defenceCost, 2000, 40000, "defence_cost");
    hand.noClaimBound = std::pow(1.0 - 0.01 * 0.5, 2000.0);
    // rework: at fault 0.8 x E[hours] 24.667 x EUR 100 = 1,973 (operator downtime is 0)
    fixed(s.environment.operatorSettings.downtimeCostPerHour, 0, "operator_downtime");
    c[Category::Rework] = rework(s.contract, 0.8, 4, 16, 80);
    // Sum: about 97,807 per incident.
    return hand;
}

TEST(TemplateExpectation, IspRouterReset) {
    const cr::Scenario s = loadTemplate("isp-router-reset.json");
    ASSERT_NO_FATAL_FAILURE(expectOneGroupBigBang(s));
    ASSERT_TRUE(s.lossLines.empty());
    const RouterHand hand = routerHand(s);
    // single_change: the failure occurs with probability E[p] = 1/200: 0.005 x 97,807 = 489.0.
    const double p = beta(s.failureModes[0].probability, 1, 199, "probability");
    expectTotal(simulate(s, kShippedIterations, kSeed), p * hand.cost.total(), "router");
    const cr::RunResult given = simulate(givenFailure(s), kGivenFailureIterations, kSeed);
    expectTotalAndCategories(given, hand.cost, "router_given_failure");
    // The defence term taken as "always a claimant" is off by at most this much.
    const SimulatedMean defence =
        meanOf(given.series.at(cr::SeriesLayout::category(cr::index(Category::Defence))));
    EXPECT_LT(hand.noClaimBound * hand.cost[Category::Defence], 0.05 * defence.standardError);
}

// ---------------------------------------------------------------- 2. Web-shop deployment
HandCost webshopCostPerIncident(const cr::Scenario& s) {
    const auto& g = s.environment.assetGroups.at(0);
    const auto& sup = s.environment.support;
    const auto& eu = s.environment.endUsers;
    HandCost c;
    // One shop, affected share 1: A = 1 in every occurrence. U = round(1 x 200) = 200.
    EXPECT_EQ(g.count, 1);
    fixed(s.failureModes[0].affectedShare, 1, "affected_share");
    EXPECT_FALSE(s.failureModes[0].wipesData);
    const double users = fixed(g.usersPerAsset, 200, "users_per_asset");
    // support: 200 x 0.061667 x 6.3333 min x EUR 0.72 = 56.2
    c[Category::Support] = users * pert(sup.contactRate, 0.02, 0.05, 0.15, "contact_rate") *
                           pert(sup.handlingMinutes, 3, 5, 15, "handling_minutes") *
                           fixed(sup.costPerMinute, 0.72, "cost_per_minute");
    // Restoration: R ~ Binomial(1, s) with s ~ PERT(0.3, 0.6, 0.9): P(rolled back) = E[s] = 0.6.
    const double remote = pert(g.remoteRestoreShare, 0.3, 0.6, 0.9, "remote_restore_share");
    // remediation: 0.6 x EUR 43.40 + 0.4 x 8.3333 h x EUR 43.40 = 26.04 + 144.67 = 170.71
    c[Category::Remediation] = remote * fixed(g.remoteRestoreCost, 43.4, "remote_restore_cost") +
                               (1.0 - remote) *
                                   pert(g.manualFixHours, 2, 6, 24, "manual_fix_hours") *
                                   fixed(sup.technicianHourlyRate, 43.4, "technician_hourly_rate");
    // overhead: PERT 200 / 500 / 2,000: 700
    c[Category::Overhead] = pert(sup.incidentOverhead, 200, 500, 2000, "incident_overhead");
    // operator downtime: hourly cost x the hours of the one path taken (the longest outage of
    // an incident with a single asset): 37.5 x (0.6 x 2.8333 + 0.4 x 36.667) = 613.75
    c[Category::OperatorDowntime] =
        pert(s.environment.operatorSettings.downtimeCostPerHour, 15, 35, 70, "operator_cost") *
        (remote * pert(g.remoteOutageHours, 1, 2, 8, "remote_outage_hours") +
         (1.0 - remote) * pert(g.outageHours, 4, 24, 120, "outage_hours"));
    // No claims, credits or defence: shop customers do not claim (claim rate 0, no credits).
    fixed(eu.claimRate, 0, "claim_rate");
    fixed(eu.slaCreditPerUser, 0, "sla_credit_per_user");
    fixed(eu.slaCreditPerUserHour, 0, "sla_credit_per_user_hour");
    // rework: 0.9 x 12.333 h x EUR 100 = 1,110
    c[Category::Rework] = rework(s.contract, 0.9, 2, 8, 40);
    // Sum: about 2,650.7 per incident.
    return c;
}

TEST(TemplateExpectation, WebshopDeployment) {
    const cr::Scenario s = loadTemplate("webshop-deployment.json");
    ASSERT_NO_FATAL_FAILURE(expectOneGroupBigBang(s));
    const HandCost cost = webshopCostPerIncident(s);
    // Loss line: E[N] E[X] = 0.03 x lognormal(p05 1,000, p95 20,000) mean 6,770 = 203.1. It is
    // the contractor's own loss: no fault draw and no rework (docs/model.md "Liability").
    ASSERT_EQ(s.lossLines.size(), 1u);
    ASSERT_EQ(s.lossLines[0].category, Category::Other);
    const double lossLine = bernoulli(s.lossLines[0].frequency, 0.03, "loss_line_frequency") *
                            lognormalP(s.lossLines[0].severity, 1000, 20000, "loss_line_severity");
    // single_change: E[p] = 2/40 = 0.05. Total: 0.05 x 2,650.7 + 203.1 = 335.6.
    const double p = beta(s.failureModes[0].probability, 2, 38, "probability");
    expectTotal(simulate(s, kShippedIterations, kSeed), p * cost.total() + lossLine, "webshop");
    HandCost given = cost;
    given[Category::Other] = lossLine;
    expectTotalAndCategories(simulate(givenFailure(s), kGivenFailureIterations, kSeed), given,
                             "webshop_given_failure");
}

// ---------------------------------------------------------------- 3. SME database migration
HandCost migrationCostPerIncident(const cr::Scenario& s) {
    const auto& g = s.environment.assetGroups.at(0);
    const auto& sup = s.environment.support;
    const auto& eu = s.environment.endUsers;
    HandCost c;
    // One database, affected share 1: A = 1, manual (no remote share), U = 20,000 data subjects.
    EXPECT_EQ(g.count, 1);
    fixed(s.failureModes[0].affectedShare, 1, "affected_share");
    fixed(g.remoteRestoreShare, 0, "remote_restore_share");
    EXPECT_TRUE(s.failureModes[0].wipesData);
    const double users = fixed(g.usersPerAsset, 20000, "users_per_asset");
    // support: 20,000 x 0.011667 x 10.833 min x EUR 0.72 = 1,820
    c[Category::Support] = users * pert(sup.contactRate, 0, 0.01, 0.03, "contact_rate") *
                           pert(sup.handlingMinutes, 5, 10, 20, "handling_minutes") *
                           fixed(sup.costPerMinute, 0.72, "cost_per_minute");
    // remediation: 108.33 h x EUR 100 = 10,833 (no on-site visits)
    fixed(g.onsiteShare, 0, "onsite_share");
    c[Category::Remediation] = pert(g.manualFixHours, 10, 60, 400, "manual_fix_hours") *
                               fixed(sup.technicianHourlyRate, 100, "technician_hourly_rate");
    // overhead: PERT 1,500 / 4,000 / 15,000: 5,416.7
    c[Category::Overhead] = pert(sup.incidentOverhead, 1500, 4000, 15000, "incident_overhead");
    // operator downtime: EUR 651/h x 24.667 working hours = 16,058
    c[Category::OperatorDowntime] =
        pert(s.environment.operatorSettings.downtimeCostPerHour, 434, 651, 868, "operator_cost") *
        pert(g.outageHours, 4, 16, 80, "outage_hours");
    // data loss: D ~ Binomial(1, 1 x (1 - 0)) = 1, so all 20,000 subjects lost data;
    // claimants ~ Binomial(20,000, rate), award each: 20,000 x 0.0225 x EUR 116.67 = 52,500
    c[Category::DataLoss] = users * fixed(g.dataAtRiskShare, 1, "data_at_risk") *
                            (1.0 - fixed(g.backupShare, 0, "backup_share")) *
                            pert(eu.claimRate, 0.005, 0.02, 0.05, "claim_rate") *
                            pert(eu.dataLossAward, 50, 100, 250, "data_loss_award");
    // Downtime claims: data subjects' hourly cost is 0, so none (and none triggers defence).
    fixed(eu.downtimeCostPerHourConsumer, 0, "cost_consumer");
    fixed(g.businessUserShare, 0, "business_user_share");
    EXPECT_FALSE(eu.claimCapPerUser.has_value());
    EXPECT_FALSE(eu.claimCapPerIncident.has_value());
    // defence: P(no data-loss claimant) = E[(1 - rate)^20000] <= 0.995^20000 < 1e-43, so it is
    // always incurred: lognormal p05 3,000 / p95 50,000: 17,655
    c[Category::Defence] = lognormalP(eu.defenceCost, 3000, 50000, "defence_cost");
    // rework: 0.8 x 30.667 h x EUR 100 = 2,453
    c[Category::Rework] = rework(s.contract, 0.8, 8, 24, 80);
    // Sum: about 106,736 per incident.
    return c;
}

TEST(TemplateExpectation, SmeDatabaseMigration) {
    const cr::Scenario s = loadTemplate("sme-database-migration.json");
    ASSERT_NO_FATAL_FAILURE(expectOneGroupBigBang(s));
    ASSERT_TRUE(s.lossLines.empty());
    const HandCost cost = migrationCostPerIncident(s);
    // single_change: E[p] = 1.5/100 = 0.015. Total: 0.015 x 106,736 = 1,601.
    const double p = beta(s.failureModes[0].probability, 1.5, 98.5, "probability");
    expectTotal(simulate(s, kShippedIterations, kSeed), p * cost.total(), "migration");
    expectTotalAndCategories(simulate(givenFailure(s), kGivenFailureIterations, kSeed), cost,
                             "migration_given_failure");
}

// ---------------------------------------------------------------- 4. Endpoint-agent update
// Expected affected PCs and P(at least one) for a rollout of n1 PCs, then n2 PCs unless a
// failure in the first wave was detected (probability `detection`). Given the affected share
// a: F1 ~ Binomial(n1, a); the second wave is deployed unless F1 >= 1 and detected, so
// E[A | a] = n1 a + n2 a (1 - detection (1 - (1 - a)^n1)) and P(A = 0 | a) = (1 - a)^(n1 + n2).
// a = 0.7 + 0.3 X with X ~ Beta(1 + 4 x 0.25/0.3, 1 + 4 x 0.05/0.3) (PERT 0.7 / 0.95 / 1);
// the expectation over a is an integral against Boost's beta density.
struct Exposure {
    double affected = 0;
    double pIncident = 0;
    double pNoAsset = 0; // P(A = 0): the failure mode occurred but hit nothing
};

Exposure endpointExposure(double n1, double n2, double detection) {
    const boost::math::beta_distribution<double> x(1.0 + 4.0 * 0.25 / 0.3, 1.0 + 4.0 * 0.05 / 0.3);
    auto expectOver = [&](auto f) {
        return boost::math::quadrature::gauss_kronrod<double, 61>::integrate(
            [&](double u) { return f(0.7 + 0.3 * u) * boost::math::pdf(x, u); }, 0.0, 1.0, 15,
            1e-13);
    };
    Exposure e;
    e.affected = expectOver([&](double a) {
        return n1 * a + n2 * a * (1.0 - detection * (1.0 - std::pow(1.0 - a, n1)));
    });
    e.pNoAsset = expectOver([&](double a) { return std::pow(1.0 - a, n1 + n2); });
    e.pIncident = 1.0 - e.pNoAsset;
    return e;
}

HandCost endpointCostPerIncident(const cr::Scenario& s, const Exposure& e) {
    const auto& g = s.environment.assetGroups.at(0);
    const auto& sup = s.environment.support;
    const auto& eu = s.environment.endUsers;
    HandCost c;
    pert(s.failureModes[0].affectedShare, 0.7, 0.95, 1.0, "affected_share"); // in Exposure
    EXPECT_FALSE(s.failureModes[0].wipesData);
    fixed(g.remoteRestoreShare, 0, "remote_restore_share"); // M = A: all fixed at the PC
    // One user per PC, all business users, all "claim" (the employer bears every idle hour):
    // U = A, business ~ Binomial(U, 1) = U, claimants ~ Binomial(U, 1) = U.
    const double users = e.affected * fixed(g.usersPerAsset, 1, "users_per_asset");
    fixed(g.businessUserShare, 1, "business_user_share");
    fixed(eu.claimRate, 1, "claim_rate");
    // support: E[A] x 0.6 x 5.5 min x EUR 0.55 (big-bang: 45.833 x 1.815 = 83.19)
    c[Category::Support] = users * pert(sup.contactRate, 0.3, 0.6, 0.9, "contact_rate") *
                           pert(sup.handlingMinutes, 3, 5, 10, "handling_minutes") *
                           fixed(sup.costPerMinute, 0.55, "cost_per_minute");
    // remediation: E[A] x 0.38333 h x EUR 100 (big-bang: 1,756.9)
    c[Category::Remediation] = e.affected * pert(g.manualFixHours, 0.1, 0.3, 1.0, "manual_fix") *
                               fixed(sup.technicianHourlyRate, 100, "technician_hourly_rate");
    // onsite: E[A] x 0.11667 x EUR 130 (big-bang: 695.1)
    c[Category::Onsite] = e.affected * pert(g.onsiteShare, 0, 0.1, 0.3, "onsite_share") *
                          pert(sup.onsiteVisitCost, 50, 120, 250, "onsite_visit_cost");
    // staff idle (business_interruption): E[A] x EUR 32.55/h x 9.6667 h (big-bang: 14,421)
    c[Category::BusinessInterruption] =
        users * pert(eu.downtimeCostPerHourBusiness, 21.7, 32.55, 43.4, "cost_business") *
        pert(g.outageHours, 2, 8, 24, "outage_hours");
    // Once per incident with an affected PC: overhead 383.33 and rework 0.7 x 8.3333 h x 100.
    c[Category::Overhead] =
        e.pIncident * pert(sup.incidentOverhead, 100, 300, 1000, "incident_overhead");
    c[Category::Rework] = e.pIncident * rework(s.contract, 0.7, 2, 6, 24);
    // No defence (cost 0), no credits, no operator downtime.
    fixed(eu.defenceCost, 0, "defence_cost");
    fixed(eu.slaCreditPerUser, 0, "sla_credit_per_user");
    fixed(s.environment.operatorSettings.downtimeCostPerHour, 0, "operator_downtime");
    // Big-bang sum: about 17,923 per incident.
    return c;
}

TEST(TemplateExpectation, EndpointAgentUpdate) {
    const cr::Scenario s = loadTemplate("endpoint-agent-update.json");
    ASSERT_NO_FATAL_FAILURE(expectOneGroupBigBang(s));
    ASSERT_TRUE(s.lossLines.empty());
    ASSERT_EQ(s.environment.assetGroups[0].count, 50);
    ASSERT_EQ(s.simulation.horizon, cr::Horizon::Annual);
    // Big-bang: E[A] = 50 x E[a] = 50 x 5.5/6 = 45.833 (the quadrature must agree).
    const Exposure bigBang = endpointExposure(50, 0, 0);
    EXPECT_NEAR(bigBang.affected, 50.0 * (0.7 + 4 * 0.95 + 1.0) / 6.0, 1e-9);
    EXPECT_LE(bigBang.pNoAsset, std::pow(0.3, 50)); // a >= 0.7
    const HandCost cost = endpointCostPerIncident(s, bigBang);
    // annual: incidents ~ Binomial(K = 12, p), E = 12 x E[p] = 12/400 = 0.03 a year.
    const double k = fixed(s.change.changesPerYear, 12, "changes_per_year");
    const double p = beta(s.failureModes[0].probability, 1, 399, "probability");
    // Total: 0.03 x 17,923 = 537.7 a year; given the failure, 12 incidents a year.
    expectTotal(simulate(s, kShippedIterations, kSeed), k * p * cost.total(), "endpoint");
    expectTotalAndCategories(simulate(givenFailure(s), kGivenFailureIterations, kSeed),
                             cost.scaled(k), "endpoint_given_failure");
}

// The mitigation docs/templates.md suggests: a pilot wave of 5 PCs, the other 45 only when no
// failure was detected (detection 0.9). Exercises the engine's waves and detection.
TEST(TemplateExpectation, EndpointAgentUpdateWithPilotWave) {
    cr::Scenario s = loadTemplate("endpoint-agent-update.json");
    fixed(s.change.rollout.detectionProbability, 0.9, "detection_probability");
    s.change.rollout.waves = {0.1, 0.9}; // round(50 x 0.1) = 5, then 45
    // E[A] = E[5a + 45a (1 - 0.9 (1 - (1-a)^5))] = 8.7095 by quadrature.
    const Exposure pilot = endpointExposure(5, 45, 0.9);
    // Cross-check: a 200,000-point midpoint rule over the same integral, outside the program.
    EXPECT_NEAR(pilot.affected, 8.709481, 1e-5);
    const HandCost cost = endpointCostPerIncident(s, pilot); // about 4,189
    const double p = beta(s.failureModes[0].probability, 1, 399, "probability");
    expectTotal(simulate(s, kShippedIterations, kSeed), 12.0 * p * cost.total(), "pilot");
    expectTotalAndCategories(simulate(givenFailure(s), kGivenFailureIterations, kSeed),
                             cost.scaled(12.0), "pilot_given_failure");
}

} // namespace
