// End users and the incident as a whole (MODEL.md steps 6-10): downtime claims, the operator's
// downtime, SLA credits, statutory caps, overhead, defence; no affected asset means no incident.
#include "scenario_builders.h"

#include <cmath>

namespace cr::test {
namespace {

TEST(EndUserClaims, BusinessUsersClaimTheirDowntime) {
    // 30 business users x 40 per hour x 6 hours = 7,200.
    const RunResult r = run(downtimeClaimIncident(), 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::BusinessInterruption), 7200));
    EXPECT_TRUE(everyIterationIs(totalLoss(r), 7200));
}

TEST(EndUserClaims, ConsumersClaimAtTheirOwnRate) {
    // Business share 0: 30 consumers x 5 per hour x 6 hours = 900.
    Scenario s = downtimeClaimIncident();
    group(s).businessUserShare = Fixed{0};
    s.environment.endUsers.downtimeCostPerHourConsumer = Fixed{5};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::BusinessInterruption), 900));
}

TEST(EndUserClaims, RemotelyRestoredUsersClaimTheRemoteOutage) {
    // Remote path down 2 h: 30 x 40 x 2 = 2,400.
    Scenario s = downtimeClaimIncident();
    group(s).remoteRestoreShare = Fixed{1};
    group(s).remoteOutageHours = Fixed{2};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::BusinessInterruption), 2400));
}

TEST(EndUserClaims, UserTypeAndClaimantsAreBinomial) {
    // 100 users down 1 h; business (0.25) claim 40, consumers 4: per user 4 + 36 B with
    // B ~ Bin(100, 0.25): mean 100 x (0.25 x 40 + 0.75 x 4) = 1,300, variance 36^2 x 18.75.
    Scenario s = downtimeClaimIncident();
    group(s).count = 100;
    group(s).usersPerAsset = Fixed{1};
    group(s).outageHours = Fixed{1};
    group(s).businessUserShare = Fixed{0.25};
    s.environment.endUsers.downtimeCostPerHourConsumer = Fixed{4};
    const RunResult r = run(s, 20000);
    const Moments m = moments(categorySeries(r, Category::BusinessInterruption));
    const double variance = 36.0 * 36.0 * 100 * 0.25 * 0.75;
    EXPECT_NEAR(m.mean, 1300, kSigmas * std::sqrt(variance / m.n));
    EXPECT_NEAR(m.variance, variance, kSigmas * m.varianceStderr());

    // Business users only, claim rate 0.5: 40 x Bin(100, 0.5): mean 2,000, variance 1600 x 25.
    group(s).businessUserShare = Fixed{1};
    s.environment.endUsers.claimRate = Fixed{0.5};
    const RunResult half = run(s, 20000);
    const Moments h = moments(categorySeries(half, Category::BusinessInterruption));
    EXPECT_NEAR(h.mean, 2000, kSigmas * std::sqrt(40000 / h.n));
    EXPECT_NEAR(h.variance, 40000, kSigmas * h.varianceStderr());
}

// 10 users down 6 h, business claims 40 per hour = 240 each; with data loss each is awarded 300.
Scenario capScenario(bool withDataLoss) {
    Scenario s = downtimeClaimIncident();
    group(s).usersPerAsset = Fixed{1};
    if (withDataLoss) {
        s.failureModes[0].wipesData = true;
        group(s).dataAtRiskShare = Fixed{1};
        s.environment.endUsers.dataLossAward = Fixed{300};
    }
    return s;
}

TEST(EndUserClaims, RatesAndAwardsAreACommonShockPerIncident) {
    // 30 downtime claimants at 10 or 30 per hour (one draw per incident) for 6 h: 1,800 or
    // 5,400, never anything between. Independent draws per user would average near 3,600.
    Scenario s = downtimeClaimIncident();
    s.environment.endUsers.downtimeCostPerHourBusiness = Discrete{{10, 30}, {1, 1}};
    const std::uint64_t n = 4000;
    const RunResult rates = run(s, n);
    const ZeroInflatedSample& bi = categorySeries(rates, Category::BusinessInterruption);
    expectProportion(countValue(bi, 1800), n, 0.5, "BI at 10 per hour");
    EXPECT_EQ(countValue(bi, 1800) + countValue(bi, 5400), n);

    // 30 data-loss claimants awarded 100 or 300 each: 3,000 or 9,000.
    s = capScenario(true);
    group(s).usersPerAsset = Fixed{3};
    s.environment.endUsers.downtimeCostPerHourBusiness = Fixed{0};
    s.environment.endUsers.dataLossAward = Discrete{{100, 300}, {1, 1}};
    const RunResult awards = run(s, n);
    const ZeroInflatedSample& dl = categorySeries(awards, Category::DataLoss);
    expectProportion(countValue(dl, 3000), n, 0.5, "award 100");
    EXPECT_EQ(countValue(dl, 3000) + countValue(dl, 9000), n);
}

TEST(EndUserClaims, DowntimeAndDataLossClaimRatesAreSeparateDraws) {
    // Claim rate 0 or 1, drawn once for the data-loss claims and once, independently, for the
    // downtime claims: data loss 10 x 300 = 3,000 and BI 10 x 240 = 2,400 each with 0.5, so the
    // total is 0, 2,400, 3,000 or 5,400 with 0.25 each (one shared draw: only 0 or 5,400).
    Scenario s = capScenario(true);
    s.environment.endUsers.claimRate = Discrete{{0, 1}, {1, 1}};
    const std::uint64_t n = 20000;
    const RunResult r = run(s, n);
    const ZeroInflatedSample& total = totalLoss(r);
    for (double v : {0.0, 2400.0, 3000.0, 5400.0}) {
        expectProportion(countValue(total, v), n, 0.25, "total " + std::to_string(v));
    }
}

TEST(EndUserClaims, OperatorDowntimeIsTheLongestOutage) {
    // Group a (5 assets) restored remotely, down 2 h; group b (5 assets) manually, down 8 h;
    // the operator loses 100 per hour of the longest outage: 800.
    Scenario s = certainIncident(5);
    group(s).remoteRestoreShare = Fixed{1};
    group(s).remoteOutageHours = Fixed{2};
    group(s).outageHours = Fixed{24}; // the empty manual slice of group a must not count
    AssetGroup b = assetGroup("b", 5);
    b.outageHours = Fixed{8};
    s.environment.assetGroups.push_back(b);
    s.change.targets.push_back("b");
    s.environment.operatorSettings.downtimeCostPerHour = Fixed{100};
    EXPECT_TRUE(everyIterationIs(categorySeries(run(s, 50), Category::OperatorDowntime), 800));

    // Group b with no assets: only group a's remote 2 h count (not its empty manual 24 h).
    group(s, 1).count = 0;
    EXPECT_TRUE(everyIterationIs(categorySeries(run(s, 50), Category::OperatorDowntime), 200));
}

// 100 users down 5 h (manual path), credited 10 per user and 1 per user-hour.
Scenario slaScenario() {
    Scenario s = certainIncident(100);
    group(s).outageHours = Fixed{5};
    s.environment.endUsers.slaCreditPerUser = Fixed{10};
    s.environment.endUsers.slaCreditPerUserHour = Fixed{1};
    return s;
}

TEST(EndUserClaims, SlaCredits) {
    // 100 x 10 + 100 x 5 x 1 = 1,500. Credits are owed, not claimed: no defence cost.
    Scenario s = slaScenario();
    s.environment.endUsers.defenceCost = Fixed{7000};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Penalties), 1500));
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Defence), 0));
}

TEST(EndUserClaims, SlaCreditsAreCappedPerIncident) {
    Scenario s = slaScenario();
    s.environment.endUsers.slaCreditCap = 1200;
    EXPECT_TRUE(everyIterationIs(categorySeries(run(s, 100), Category::Penalties), 1200));
}

TEST(EndUserClaims, SlaUserHoursAddUpOverSlices) {
    // Group a: 10 users restored remotely, down 2 h; group b: 5 users, manual, down 8 h.
    // 15 users x 10 + (10 x 2 + 5 x 8) user-hours x 1 = 210.
    Scenario s = slaScenario();
    group(s).count = 10;
    group(s).remoteRestoreShare = Fixed{1};
    group(s).remoteOutageHours = Fixed{2};
    AssetGroup b = assetGroup("b", 5);
    b.outageHours = Fixed{8};
    s.environment.assetGroups.push_back(b);
    s.change.targets.push_back("b");
    EXPECT_TRUE(everyIterationIs(categorySeries(run(s, 50), Category::Penalties), 210));
}

TEST(EndUserClaims, StatutoryCapPerUser) {
    // Downtime claims only: 10 x min(240, 100) = 1,000.
    Scenario bi = capScenario(false);
    bi.environment.endUsers.claimCapPerUser = 100;
    EXPECT_TRUE(
        everyIterationIs(categorySeries(run(bi, 50), Category::BusinessInterruption), 1000));

    // Data-loss claims only (no downtime cost): 10 x min(300, 250) = 2,500.
    Scenario dl = capScenario(true);
    dl.environment.endUsers.downtimeCostPerHourBusiness = Fixed{0};
    dl.environment.endUsers.claimCapPerUser = 250;
    EXPECT_TRUE(everyIterationIs(categorySeries(run(dl, 50), Category::DataLoss), 2500));
}

TEST(EndUserClaims, StatutoryCapPerIncidentCutsProRata) {
    // Claims BI 10 x 240 = 2,400 and data loss 10 x 300 = 3,000, together 5,400, cut to 2,700:
    // factor 0.5 -> BI 1,200, data loss 1,500. SLA credits (10 per user) are not cut: 100.
    Scenario s = capScenario(true);
    s.environment.endUsers.claimCapPerIncident = 2700;
    s.environment.endUsers.slaCreditPerUser = Fixed{10};
    const RunResult r = run(s, 50);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::BusinessInterruption), 1200));
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::DataLoss), 1500));
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Penalties), 100));
}

TEST(EndUserClaims, OverheadOncePerIncident) {
    Scenario s = certainIncident(1000);
    s.environment.support.incidentOverhead = Fixed{5000};
    EXPECT_TRUE(everyIterationIs(categorySeries(run(s, 100), Category::Overhead), 5000));
}

TEST(EndUserClaims, DefenceOncePerIncidentWithAClaimant) {
    Scenario s = downtimeClaimIncident();
    s.environment.endUsers.defenceCost = Fixed{7000};
    EXPECT_TRUE(everyIterationIs(categorySeries(run(s, 100), Category::Defence), 7000));

    // Two incidents a year: two defences.
    s.simulation.horizon = Horizon::Annual;
    s.change.changesPerYear = Fixed{2};
    EXPECT_TRUE(everyIterationIs(categorySeries(run(s, 100), Category::Defence), 14000));

    // Nobody claims: no defence.
    s.environment.endUsers.claimRate = Fixed{0};
    EXPECT_TRUE(everyIterationIs(categorySeries(run(s, 100), Category::Defence), 0));
}

TEST(EndUserClaims, DefenceNeedsAtLeastOneClaimant) {
    // 5 users, claim rate 0.1: P(at least one claimant) = 1 - 0.9^5; defence 7,000 then.
    Scenario s = downtimeClaimIncident();
    group(s).count = 5;
    group(s).usersPerAsset = Fixed{1};
    s.environment.endUsers.claimRate = Fixed{0.1};
    s.environment.endUsers.defenceCost = Fixed{7000};
    const std::uint64_t n = 20000;
    const RunResult r = run(s, n);
    const ZeroInflatedSample& defence = categorySeries(r, Category::Defence);
    expectProportion(countValue(defence, 7000), n, 1 - std::pow(0.9, 5), "P(defence)");
    EXPECT_EQ(defence.nonzero.size(), countValue(defence, 7000));
}

TEST(EndUserClaims, NoAffectedAssetNoIncident) {
    // The mode surely occurs, but hits no asset: no overhead, no incident.
    Scenario s = certainIncident(100);
    s.environment.support.incidentOverhead = Fixed{5000};
    s.failureModes[0].affectedShare = Fixed{0};
    const RunResult share0 = run(s, 100);
    EXPECT_TRUE(everyIterationIs(totalLoss(share0), 0));
    EXPECT_EQ(share0.incidentIterations, 0u);

    // Same with a target group of no assets.
    s.failureModes[0].affectedShare = Fixed{1};
    group(s).count = 0;
    const RunResult empty = run(s, 100);
    EXPECT_TRUE(everyIterationIs(totalLoss(empty), 0));
    EXPECT_EQ(empty.incidentIterations, 0u);
}

} // namespace
} // namespace cr::test
