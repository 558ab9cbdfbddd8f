// The operator's own costs of an incident (MODEL.md steps 2-5): restoration, on-site visits,
// hardware, support contacts, data loss.
#include "scenario_builders.h"

#include <cmath>

namespace cr::test {
namespace {

// 100 assets; restoring one remotely costs 20; manually 2 h at 50/h = 100, plus a visit of 80.
Scenario restorationScenario(double remoteShare, double onsiteShare) {
    Scenario s = certainIncident(100);
    AssetGroup& g = group(s);
    g.remoteRestoreShare = Fixed{remoteShare};
    g.remoteRestoreCost = Fixed{20};
    g.manualFixHours = Fixed{2};
    g.onsiteShare = Fixed{onsiteShare};
    s.environment.support.technicianHourlyRate = Fixed{50};
    s.environment.support.onsiteVisitCost = Fixed{80};
    return s;
}

TEST(IncidentCosts, RemoteRestoration) {
    // 100 assets x 20 = 2,000; nothing is restored manually, so no visit.
    const RunResult r = run(restorationScenario(1, 1), 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Remediation), 2000));
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Onsite), 0));
    EXPECT_TRUE(everyIterationIs(totalLoss(r), 2000));
}

TEST(IncidentCosts, ManualRestorationWithVisits) {
    // 100 x 2 h x 50 = 10,000 labour; 100 visits x 80 = 8,000 on top.
    const RunResult r = run(restorationScenario(0, 1), 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Remediation), 10000));
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Onsite), 8000));
    EXPECT_TRUE(everyIterationIs(totalLoss(r), 18000));
}

TEST(IncidentCosts, ManualRestorationWithoutVisits) {
    const RunResult r = run(restorationScenario(0, 0), 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Remediation), 10000));
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Onsite), 0));
}

TEST(IncidentCosts, MixedRestorationIsBinomial) {
    // R ~ Bin(100, 0.3): remediation = 20 R + 100 (100 - R) = 10,000 - 80 R,
    // mean 10,000 - 80 * 30 = 7,600, variance 80^2 * 21 = 134,400.
    // O ~ Bin(M, 0.5) with M ~ Bin(100, 0.7), i.e. O ~ Bin(100, 0.35): onsite = 80 O,
    // mean 2,800, variance 80^2 * 22.75 = 145,600.
    const RunResult r = run(restorationScenario(0.3, 0.5), 20000);
    const Moments rem = moments(categorySeries(r, Category::Remediation));
    EXPECT_NEAR(rem.mean, 7600, kSigmas * std::sqrt(134400 / rem.n));
    EXPECT_NEAR(rem.variance, 134400, kSigmas * rem.varianceStderr());
    const Moments onsite = moments(categorySeries(r, Category::Onsite));
    EXPECT_NEAR(onsite.mean, 2800, kSigmas * std::sqrt(145600 / onsite.n));
    EXPECT_NEAR(onsite.variance, 145600, kSigmas * onsite.varianceStderr());
}

// 10 bricked assets: replacement 150 each, remote restore would cost 20 (must not apply),
// manual set-up 1 h at 60, a visit of 40 each; remote outage 1 h, manual outage 24 h, the
// operator loses 100 per hour of the longest outage.
Scenario brickScenario(bool requiresReconfiguration) {
    Scenario s = certainIncident(10);
    s.failureModes[0].bricks = true;
    s.failureModes[0].requiresReconfiguration = requiresReconfiguration;
    AssetGroup& g = group(s);
    g.replacementCost = Fixed{150};
    g.remoteRestoreShare = Fixed{1};
    g.remoteRestoreCost = Fixed{20};
    g.manualFixHours = Fixed{1};
    g.onsiteShare = Fixed{1};
    g.remoteOutageHours = Fixed{1};
    g.outageHours = Fixed{24};
    s.environment.support.technicianHourlyRate = Fixed{60};
    s.environment.support.onsiteVisitCost = Fixed{40};
    s.environment.operatorSettings.downtimeCostPerHour = Fixed{100};
    return s;
}

TEST(IncidentCosts, BrickedAssetsAreReplacedAndSetUpManually) {
    for (bool reconfigure : {true, false}) {
        // hardware 10 x 150; remediation 10 x 1 h x 60 (not 10 x 20 remote); onsite 10 x 40;
        // everything is down the manual 24 h: operator downtime 24 x 100.
        const RunResult r = run(brickScenario(reconfigure), 50);
        SCOPED_TRACE(reconfigure ? "requires_reconfiguration" : "no reconfiguration");
        EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Hardware), 1500));
        EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Remediation), 600));
        EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Onsite), 400));
        EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::OperatorDowntime), 2400));
        EXPECT_TRUE(everyIterationIs(totalLoss(r), 1500 + 600 + 400 + 2400));
    }
}

TEST(IncidentCosts, NoReconfigurationMeansOutageWithoutRemediation) {
    // 10 assets, manual path (remote share 0), down 5 h; no remediation, no visit, but the
    // operator loses 5 h x 1,000 and 10 business users claim 5 h x 10 each.
    Scenario s = restorationScenario(0, 1);
    group(s).count = 10;
    group(s).outageHours = Fixed{5};
    group(s).businessUserShare = Fixed{1};
    s.failureModes[0].requiresReconfiguration = false;
    s.environment.operatorSettings.downtimeCostPerHour = Fixed{1000};
    s.environment.endUsers.claimRate = Fixed{1};
    s.environment.endUsers.downtimeCostPerHourBusiness = Fixed{10};
    const RunResult manual = run(s, 50);
    EXPECT_TRUE(everyIterationIs(categorySeries(manual, Category::Remediation), 0));
    EXPECT_TRUE(everyIterationIs(categorySeries(manual, Category::Onsite), 0));
    EXPECT_TRUE(everyIterationIs(categorySeries(manual, Category::OperatorDowntime), 5000));
    EXPECT_TRUE(everyIterationIs(categorySeries(manual, Category::BusinessInterruption), 500));

    // Remote path: the assets come back after the remote outage of 2 h, still at no cost.
    group(s).remoteRestoreShare = Fixed{1};
    group(s).remoteOutageHours = Fixed{2};
    const RunResult remote = run(s, 50);
    EXPECT_TRUE(everyIterationIs(categorySeries(remote, Category::Remediation), 0));
    EXPECT_TRUE(everyIterationIs(categorySeries(remote, Category::OperatorDowntime), 2000));
    EXPECT_TRUE(everyIterationIs(categorySeries(remote, Category::BusinessInterruption), 200));
}

TEST(IncidentCosts, SupportContacts) {
    // 50 assets x 2 users = 100 users, all call: 100 x 12 min x 0.75 = 900.
    Scenario s = certainIncident(50);
    group(s).usersPerAsset = Fixed{2};
    s.environment.support.contactRate = Fixed{1};
    s.environment.support.handlingMinutes = Fixed{12};
    s.environment.support.costPerMinute = Fixed{0.75};
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Support), 900));
    EXPECT_TRUE(everyIterationIs(totalLoss(r), 900));
}

TEST(IncidentCosts, AffectedUsersRoundHalvesAwayFromZero) {
    // U = round(A x users_per_asset): 5 x 0.5 = 2.5 -> 3 users; 1 x 0.5 -> 1. One call costs 1.
    for (auto [count, users] : {std::pair<std::int64_t, double>{5, 3}, {1, 1}}) {
        Scenario s = certainIncident(count);
        group(s).usersPerAsset = Fixed{0.5};
        s.environment.support.contactRate = Fixed{1};
        s.environment.support.handlingMinutes = Fixed{1};
        s.environment.support.costPerMinute = Fixed{1};
        const RunResult r = run(s, 20);
        EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::Support), users))
            << count << " assets";
    }
}

TEST(IncidentCosts, SupportContactsAreBinomial) {
    // C ~ Bin(400, 0.25) at 1 per contact: mean 100, variance 75.
    Scenario s = certainIncident(400);
    s.environment.support.contactRate = Fixed{0.25};
    s.environment.support.handlingMinutes = Fixed{1};
    s.environment.support.costPerMinute = Fixed{1};
    const RunResult r = run(s, 20000);
    const Moments m = moments(categorySeries(r, Category::Support));
    EXPECT_NEAR(m.mean, 100, kSigmas * std::sqrt(75 / m.n));
    EXPECT_NEAR(m.variance, 75, kSigmas * m.varianceStderr());
}

// 40 wiped assets, one user each, everybody claims an award of 200.
Scenario dataLossScenario(double dataAtRisk, double backup) {
    Scenario s = certainIncident(40);
    s.failureModes[0].wipesData = true;
    group(s).dataAtRiskShare = Fixed{dataAtRisk};
    group(s).backupShare = Fixed{backup};
    s.environment.endUsers.claimRate = Fixed{1};
    s.environment.endUsers.dataLossAward = Fixed{200};
    return s;
}

TEST(IncidentCosts, DataLossWithoutBackupLosesEverything) {
    const RunResult r = run(dataLossScenario(1, 0), 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::DataLoss), 40 * 200));
}

TEST(IncidentCosts, FullBackupLosesNothing) {
    const RunResult r = run(dataLossScenario(1, 1), 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::DataLoss), 0));
    EXPECT_EQ(r.incidentIterations, 100u) << "the assets were still affected";
}

TEST(IncidentCosts, NoDataLossWhenTheModeDoesNotWipe) {
    Scenario s = dataLossScenario(1, 0);
    s.failureModes[0].wipesData = false;
    const RunResult r = run(s, 100);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::DataLoss), 0));
}

TEST(IncidentCosts, UsersWithLostDataRoundHalvesAwayFromZero) {
    // 3 wiped assets x 1.5 users = 4.5 -> 5 claimants x 200 = 1,000.
    Scenario s = dataLossScenario(1, 0);
    group(s).count = 3;
    group(s).usersPerAsset = Fixed{1.5};
    const RunResult r = run(s, 50);
    EXPECT_TRUE(everyIterationIs(categorySeries(r, Category::DataLoss), 1000));
}

TEST(IncidentCosts, DataLossIsBinomial) {
    // D ~ Bin(400, 0.5 x (1 - 0.5)), claimants ~ Bin(D, 0.5), i.e. Bin(400, 0.125), award 10:
    // mean 400 x 0.125 x 10 = 500, variance 100 x 400 x 0.125 x 0.875 = 4,375.
    Scenario s = dataLossScenario(0.5, 0.5);
    group(s).count = 400;
    s.environment.endUsers.claimRate = Fixed{0.5};
    s.environment.endUsers.dataLossAward = Fixed{10};
    const RunResult r = run(s, 20000);
    const Moments m = moments(categorySeries(r, Category::DataLoss));
    EXPECT_NEAR(m.mean, 500, kSigmas * std::sqrt(4375 / m.n));
    EXPECT_NEAR(m.variance, 4375, kSigmas * m.varianceStderr());
}

} // namespace
} // namespace cr::test
