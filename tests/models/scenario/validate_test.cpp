// validateScenario on scenario values built in code (as the GUI does): every rule of FORMAT.md,
// the pointer it reports, its message, and document order.
#include "scenario/validate.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>

namespace cr {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A small valid scenario touching every section.
Scenario validScenario() {
    Scenario s;
    s.name = "valid";
    AssetGroup g;
    g.id = "routers";
    g.count = 100;
    g.businessUserShare = Beta{2, 8};
    g.outageHours = Lognormal{1, 0.5};
    s.environment.assetGroups.push_back(g);
    s.change.targets = {"routers"};
    FailureMode f;
    f.id = "reset";
    f.probability = Fixed{0.01};
    f.affectedShare = Pert{0.5, 0.9, 1.0, 4};
    s.failureModes.push_back(f);
    s.contract.contractor = true;
    s.contract.contractValue = 20000;
    s.contract.liabilityCap = LiabilityCap{LiabilityCap::Kind::MultipleOfContractValue, 1, 50000};
    Policy p;
    p.id = "liability";
    p.holder = Party::Contractor;
    p.covers[index(Category::Support)] = true;
    p.perClaimLimit = 1000000;
    s.insurance.push_back(p);
    LossLine l;
    l.name = "churn";
    l.frequency = Poisson{0.1};
    l.severity = Lognormal{10, 1};
    s.lossLines.push_back(l);
    return s;
}

// The only problem of `s`; fails the test when there is not exactly one.
Problem onlyProblem(const Scenario& s) {
    Problems problems = validateScenario(s);
    std::string all;
    for (const auto& p : problems) {
        all += "\n  " + p.where + ": " + p.message;
    }
    EXPECT_EQ(problems.size(), 1u) << all;
    return problems.empty() ? Problem{} : problems.front();
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

TEST(ValidateScenario, ValidAndDefaultScenariosHaveNoProblems) {
    EXPECT_TRUE(validateScenario(validScenario()).empty());
    EXPECT_TRUE(validateScenario(Scenario{}).empty());
}

TEST(ValidateScenario, IterationsRange) {
    Scenario s = validScenario();
    for (std::uint64_t ok : {std::uint64_t{1}, std::uint64_t{100000000}}) {
        s.simulation.iterations = ok;
        EXPECT_TRUE(validateScenario(s).empty()) << ok;
    }
    s.simulation.iterations = 0;
    EXPECT_EQ(onlyProblem(s),
              (Problem{"/simulation/iterations", "must be within [1, 100000000], got 0"}));
    s.simulation.iterations = 100000001;
    EXPECT_EQ(onlyProblem(s),
              (Problem{"/simulation/iterations", "must be within [1, 100000000], got 100000001"}));
}

TEST(ValidateScenario, Thresholds) {
    Scenario s = validScenario();
    s.simulation.thresholds = {0, 1e6, -1, kNaN};
    Problems problems = validateScenario(s);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0], (Problem{"/simulation/thresholds/2", "must be >= 0, got -1"}));
    EXPECT_EQ(problems[1],
              (Problem{"/simulation/thresholds/3", "must be a finite number, got NaN"}));
}

TEST(ValidateScenario, AssetGroupIdsAndCount) {
    Scenario s = validScenario();
    s.environment.assetGroups.push_back(s.environment.assetGroups[0]);
    EXPECT_EQ(onlyProblem(s),
              (Problem{"/environment/asset_groups/1/id",
                       "duplicate id \"routers\" (first used at /environment/asset_groups/0/id)"}));
    s.environment.assetGroups[1].id = "";
    EXPECT_EQ(onlyProblem(s), (Problem{"/environment/asset_groups/1/id", "must not be empty"}));
    s.environment.assetGroups[1].id = "switches";
    s.environment.assetGroups[1].count = -1;
    EXPECT_EQ(onlyProblem(s),
              (Problem{"/environment/asset_groups/1/count", "must be >= 0, got -1"}));
}

TEST(ValidateScenario, SharesMustStayWithinZeroAndOne) {
    Scenario s = validScenario();
    const std::string at = "/environment/asset_groups/0/backup_share";
    auto& share = s.environment.assetGroups[0].backupShare;
    for (const Distribution& ok : std::vector<Distribution>{
             Fixed{0}, Fixed{1}, Beta{0.5, 0.5}, Uniform{0, 1}, Bernoulli{0.3},
             Normal{0.5, 0.1, 0, 1}, Discrete{{0, 0.5, 1}, {1, 1, 1}}}) {
        share = ok;
        EXPECT_TRUE(validateScenario(s).empty()) << distName(ok);
    }
    share = Fixed{1.7};
    EXPECT_EQ(onlyProblem(s), (Problem{at, "must be a probability within [0, 1], got 1.7"}));
    share = Uniform{0.5, 1.5};
    Problem p = onlyProblem(s);
    EXPECT_EQ(p.where, at);
    EXPECT_TRUE(contains(p.message, "its values must lie within [0, 1]")) << p.message;
    EXPECT_TRUE(contains(p.message, "uniform ranges from 0.5 to 1.5")) << p.message;
    share = Normal{0.5, 0.1}; // untruncated: unbounded both ways
    EXPECT_TRUE(contains(onlyProblem(s).message, "from -inf to inf"));
    share = Binomial{3, 0.5}; // values 0..3
    EXPECT_TRUE(contains(onlyProblem(s).message, "from 0 to 3"));
}

TEST(ValidateScenario, EveryShareFieldIsChecked) {
    // Each probability/share field with 1.7 gives exactly its own pointer.
    std::vector<std::pair<std::string, std::function<void(Scenario&)>>> fields = {
        {"/environment/asset_groups/0/business_user_share",
         [](Scenario& s) { s.environment.assetGroups[0].businessUserShare = Fixed{1.7}; }},
        {"/environment/asset_groups/0/remote_restore_share",
         [](Scenario& s) { s.environment.assetGroups[0].remoteRestoreShare = Fixed{1.7}; }},
        {"/environment/asset_groups/0/onsite_share",
         [](Scenario& s) { s.environment.assetGroups[0].onsiteShare = Fixed{1.7}; }},
        {"/environment/asset_groups/0/data_at_risk_share",
         [](Scenario& s) { s.environment.assetGroups[0].dataAtRiskShare = Fixed{1.7}; }},
        {"/environment/support/contact_rate",
         [](Scenario& s) { s.environment.support.contactRate = Fixed{1.7}; }},
        {"/environment/end_users/claim_rate",
         [](Scenario& s) { s.environment.endUsers.claimRate = Fixed{1.7}; }},
        {"/change/rollout/detection_probability",
         [](Scenario& s) { s.change.rollout.detectionProbability = Fixed{1.7}; }},
        {"/failure_modes/0/probability",
         [](Scenario& s) { s.failureModes[0].probability = Fixed{1.7}; }},
        {"/failure_modes/0/affected_share",
         [](Scenario& s) { s.failureModes[0].affectedShare = Fixed{1.7}; }},
        {"/contract/fault_probability",
         [](Scenario& s) { s.contract.faultProbability = Fixed{1.7}; }},
        {"/contract/cap_fails_probability",
         [](Scenario& s) { s.contract.capFailsProbability = Fixed{1.7}; }},
        {"/contract/contributory_negligence_share",
         [](Scenario& s) { s.contract.contributoryNegligenceShare = Fixed{1.7}; }},
    };
    for (const auto& [at, set] : fields) {
        Scenario s = validScenario();
        set(s);
        EXPECT_EQ(onlyProblem(s), (Problem{at, "must be a probability within [0, 1], got 1.7"}));
    }
}

TEST(ValidateScenario, AmountsHoursAndRatesMustNotGoNegative) {
    std::vector<std::pair<std::string, std::function<void(Scenario&, Distribution)>>> fields = {
        {"/environment/asset_groups/0/users_per_asset",
         [](Scenario& s, Distribution d) { s.environment.assetGroups[0].usersPerAsset = d; }},
        {"/environment/asset_groups/0/remote_restore_cost",
         [](Scenario& s, Distribution d) { s.environment.assetGroups[0].remoteRestoreCost = d; }},
        {"/environment/asset_groups/0/remote_outage_hours",
         [](Scenario& s, Distribution d) { s.environment.assetGroups[0].remoteOutageHours = d; }},
        {"/environment/asset_groups/0/manual_fix_hours",
         [](Scenario& s, Distribution d) { s.environment.assetGroups[0].manualFixHours = d; }},
        {"/environment/asset_groups/0/outage_hours",
         [](Scenario& s, Distribution d) { s.environment.assetGroups[0].outageHours = d; }},
        {"/environment/asset_groups/0/replacement_cost",
         [](Scenario& s, Distribution d) { s.environment.assetGroups[0].replacementCost = d; }},
        {"/environment/support/handling_minutes",
         [](Scenario& s, Distribution d) { s.environment.support.handlingMinutes = d; }},
        {"/environment/support/cost_per_minute",
         [](Scenario& s, Distribution d) { s.environment.support.costPerMinute = d; }},
        {"/environment/support/technician_hourly_rate",
         [](Scenario& s, Distribution d) { s.environment.support.technicianHourlyRate = d; }},
        {"/environment/support/onsite_visit_cost",
         [](Scenario& s, Distribution d) { s.environment.support.onsiteVisitCost = d; }},
        {"/environment/support/incident_overhead",
         [](Scenario& s, Distribution d) { s.environment.support.incidentOverhead = d; }},
        {"/environment/end_users/downtime_cost_per_hour_business",
         [](Scenario& s, Distribution d) {
             s.environment.endUsers.downtimeCostPerHourBusiness = d;
         }},
        {"/environment/end_users/downtime_cost_per_hour_consumer",
         [](Scenario& s, Distribution d) {
             s.environment.endUsers.downtimeCostPerHourConsumer = d;
         }},
        {"/environment/end_users/data_loss_award",
         [](Scenario& s, Distribution d) { s.environment.endUsers.dataLossAward = d; }},
        {"/environment/end_users/defence_cost",
         [](Scenario& s, Distribution d) { s.environment.endUsers.defenceCost = d; }},
        {"/environment/end_users/sla_credit_per_user",
         [](Scenario& s, Distribution d) { s.environment.endUsers.slaCreditPerUser = d; }},
        {"/environment/end_users/sla_credit_per_user_hour",
         [](Scenario& s, Distribution d) { s.environment.endUsers.slaCreditPerUserHour = d; }},
        {"/environment/operator/downtime_cost_per_hour",
         [](Scenario& s, Distribution d) {
             s.environment.operatorSettings.downtimeCostPerHour = d;
         }},
        {"/contract/contractor_hourly_rate",
         [](Scenario& s, Distribution d) { s.contract.contractorHourlyRate = d; }},
        {"/contract/rework_hours", [](Scenario& s, Distribution d) { s.contract.reworkHours = d; }},
        {"/loss_lines/0/severity",
         [](Scenario& s, Distribution d) { s.lossLines[0].severity = d; }},
    };
    for (const auto& [at, set] : fields) {
        SCOPED_TRACE(at);
        Scenario s = validScenario();
        set(s, Fixed{-3});
        EXPECT_EQ(onlyProblem(s), (Problem{at, "must be >= 0, got -3"}));
        set(s, Normal{10, 2}); // untruncated normal can go negative
        Problem p = onlyProblem(s);
        EXPECT_EQ(p.where, at);
        EXPECT_TRUE(contains(p.message, "must not be able to go negative")) << p.message;
        EXPECT_TRUE(contains(p.message, "from -inf to inf")) << p.message;
        for (const Distribution& ok : std::vector<Distribution>{
                 Fixed{0}, Normal{10, 2, 0, kInf}, Lognormal{1, 1}, Gamma{2, 3}, Pareto{1, 2},
                 Lomax{2, 1}, Pert{0, 1, 5, 4}, Uniform{0, 3}}) {
            set(s, ok);
            EXPECT_TRUE(validateScenario(s).empty()) << distName(ok);
        }
    }
}

TEST(ValidateScenario, CountsMustBeWholeAndNonNegative) {
    for (const std::string at : {"/change/changes_per_year", "/loss_lines/0/frequency"}) {
        SCOPED_TRACE(at);
        auto set = [&](Scenario& s, Distribution d) {
            (at == "/change/changes_per_year" ? s.change.changesPerYear
                                              : s.lossLines[0].frequency) = std::move(d);
        };
        Scenario s = validScenario();
        for (const Distribution& ok : std::vector<Distribution>{
                 Fixed{0}, Fixed{12}, Poisson{2}, Binomial{10, 0.2}, NegBinomial{2, 0.5},
                 Bernoulli{0.5}, Discrete{{0, 1, 4}, {1, 2, 1}}}) {
            set(s, ok);
            EXPECT_TRUE(validateScenario(s).empty()) << distName(ok);
        }
        set(s, Fixed{2.5});
        EXPECT_EQ(onlyProblem(s), (Problem{at, "must be a whole number, got 2.5"}));
        set(s, Fixed{-1});
        EXPECT_EQ(onlyProblem(s), (Problem{at, "must be >= 0, got -1"}));
        set(s, Lognormal{0, 1});
        EXPECT_TRUE(contains(onlyProblem(s).message, "must be a count"));
        set(s, Discrete{{0, 0.5}, {1, 1}});
        EXPECT_TRUE(contains(onlyProblem(s).message, "must be a count"));
        set(s, Discrete{{-1, 1}, {1, 1}});
        EXPECT_TRUE(contains(onlyProblem(s).message, "its values must be >= 0"));
    }
}

TEST(ValidateScenario, DistributionParametersReportedAtTheirKey) {
    Scenario s = validScenario();
    s.failureModes[0].probability = Beta{-1, 2};
    Problem p = onlyProblem(s);
    EXPECT_EQ(p.where, "/failure_modes/0/probability/alpha");
    EXPECT_TRUE(contains(p.message, "-1")) << p.message;
    // A fixed value is a plain number in JSON: its problem is at the field itself.
    s.failureModes[0].probability = Fixed{kNaN};
    EXPECT_EQ(onlyProblem(s).where, "/failure_modes/0/probability");
    s.failureModes[0].probability = Discrete{{0.1, 0.2}, {1, -1}};
    EXPECT_EQ(onlyProblem(s).where, "/failure_modes/0/probability/weights/1");
}

TEST(ValidateScenario, Waves) {
    Scenario s = validScenario();
    auto& waves = s.change.rollout.waves;
    for (const auto& ok : std::vector<std::vector<double>>{
             {1.0}, {0.1, 0.4, 0.5}, {0.5, 0.5 + 0.9e-9}, {0.25, 0.25, 0.25, 0.25}}) {
        waves = ok;
        EXPECT_TRUE(validateScenario(s).empty()) << ok.size();
    }
    waves = {};
    EXPECT_EQ(onlyProblem(s).where, "/change/rollout/waves");
    waves = {0.5, 0.5 + 1.1e-9};
    EXPECT_EQ(onlyProblem(s), (Problem{"/change/rollout/waves",
                                       "the wave fractions must sum to 1, got 1.0000000011"}));
    waves = {0.5, 0.3};
    EXPECT_EQ(onlyProblem(s),
              (Problem{"/change/rollout/waves", "the wave fractions must sum to 1, got 0.8"}));
    // Each wave in (0, 1]: these two sum to 1, so only the waves themselves are reported.
    waves = {1.5, -0.5};
    Problems problems = validateScenario(s);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0], (Problem{"/change/rollout/waves/0", "must be within (0, 1], got 1.5"}));
    EXPECT_EQ(problems[1], (Problem{"/change/rollout/waves/1", "must be within (0, 1], got -0.5"}));
    waves = {0, 1};
    EXPECT_EQ(onlyProblem(s), (Problem{"/change/rollout/waves/0", "must be within (0, 1], got 0"}));
}

TEST(ValidateScenario, Targets) {
    Scenario s = validScenario();
    s.change.targets = {};
    EXPECT_EQ(onlyProblem(s).where, "/change/targets");
    s.failureModes.clear(); // targets are only needed when something can fail
    EXPECT_TRUE(validateScenario(s).empty());
    s = validScenario();
    s.change.targets = {"routers", "switches", "routers"};
    Problems problems = validateScenario(s);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0], (Problem{"/change/targets/1", "unknown asset group \"switches\""}));
    EXPECT_EQ(problems[1], (Problem{"/change/targets/2", "duplicate target \"routers\""}));
}

TEST(ValidateScenario, FailureModeIds) {
    Scenario s = validScenario();
    s.failureModes.push_back(s.failureModes[0]);
    EXPECT_EQ(onlyProblem(s).where, "/failure_modes/1/id");
    s.failureModes[1].id = "";
    EXPECT_EQ(onlyProblem(s), (Problem{"/failure_modes/1/id", "must not be empty"}));
}

TEST(ValidateScenario, Contract) {
    Scenario s = validScenario();
    s.contract.contractValue = -1;
    EXPECT_EQ(onlyProblem(s), (Problem{"/contract/contract_value", "must be >= 0, got -1"}));
    s = validScenario();
    s.contract.liabilityCap->value = -2;
    EXPECT_EQ(onlyProblem(s).where, "/contract/liability_cap/multiple_of_contract_value");
    s.contract.liabilityCap->kind = LiabilityCap::Kind::Amount;
    EXPECT_EQ(onlyProblem(s).where, "/contract/liability_cap/amount");
    s.contract.liabilityCap->value = 5;
    s.contract.liabilityCap->minAmount = -5;
    EXPECT_EQ(onlyProblem(s),
              (Problem{"/contract/liability_cap/min_amount", "must be >= 0, got -5"}));
    s.contract.liabilityCap->minAmount = kInf;
    EXPECT_EQ(onlyProblem(s),
              (Problem{"/contract/liability_cap/min_amount", "must be a finite number, got inf"}));
}

TEST(ValidateScenario, ContractorConflicts) {
    Scenario s = validScenario();
    s.lossLines[0].bearer = Party::Contractor;
    EXPECT_TRUE(validateScenario(s).empty()); // a contractor exists
    s.contract.contractor = false;
    Problems problems = validateScenario(s);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].where, "/insurance/0/holder");
    EXPECT_TRUE(contains(problems[0].message, "set contract.contractor to true"));
    EXPECT_EQ(problems[1].where, "/loss_lines/0/bearer");
}

TEST(ValidateScenario, PolicyTerms) {
    auto problemOf = [](std::function<void(Policy&)> change) {
        Scenario s = validScenario();
        change(s.insurance[0]);
        return onlyProblem(s);
    };
    const std::string at = "/insurance/0";
    EXPECT_EQ(problemOf([](Policy& p) { p.perClaimLimit = 0; }),
              (Problem{at + "/per_claim_limit", "must be > 0 (null = unlimited), got 0"}));
    EXPECT_EQ(problemOf([](Policy& p) { p.perClaimLimit = kInf; }),
              (Problem{at + "/per_claim_limit", "must be a finite number, got inf"}));
    EXPECT_EQ(problemOf([](Policy& p) {
                  p.aggregateSpec = Policy::AggregateSpec::Amount;
                  p.annualAggregateAmount = -1;
              }),
              (Problem{at + "/annual_aggregate", "must be > 0 (null = unlimited), got -1"}));
    EXPECT_EQ(problemOf([](Policy& p) { p.deductible.amount = -1; }),
              (Problem{at + "/deductible", "must be >= 0, got -1"}));
    EXPECT_EQ(problemOf([](Policy& p) {
                  p.deductible.isPercent = true;
                  p.deductible.percent = 101;
              }),
              (Problem{at + "/deductible/percent", "must be within [0, 100], got 101"}));
    EXPECT_EQ(problemOf([](Policy& p) {
                  p.deductible.isPercent = true;
                  p.deductible.percent = 10;
                  p.deductible.min = -1;
              }),
              (Problem{at + "/deductible/min", "must be >= 0, got -1"}));
    EXPECT_EQ(problemOf([](Policy& p) {
                  p.deductible.isPercent = true;
                  p.deductible.min = 1000;
                  p.deductible.max = 500;
              }),
              (Problem{at + "/deductible/max", "must be >= min (1000), got 500"}));
    EXPECT_EQ(problemOf([](Policy& p) { p.coinsurance = 0; }),
              (Problem{at + "/coinsurance", "must be within (0, 1], got 0"}));
    EXPECT_EQ(problemOf([](Policy& p) { p.coinsurance = 1.5; }),
              (Problem{at + "/coinsurance", "must be within (0, 1], got 1.5"}));
    EXPECT_EQ(problemOf([](Policy& p) { p.annualDeductible = -1; }),
              (Problem{at + "/annual_deductible", "must be >= 0, got -1"}));
    EXPECT_EQ(problemOf([](Policy& p) { p.sublimits[Category::Hardware] = -5; }),
              (Problem{at + "/sublimits/hardware", "must be >= 0, got -5"}));
    EXPECT_EQ(problemOf([](Policy& p) { p.annualPremium = -1; }),
              (Problem{at + "/annual_premium", "must be >= 0, got -1"}));
    // covers lists categories in category order: support, onsite, rework -> index 2.
    EXPECT_EQ(problemOf([](Policy& p) {
                  p.covers[index(Category::Onsite)] = true;
                  p.covers[index(Category::Rework)] = true;
              }),
              (Problem{at + "/covers/2", "liability insurance never covers rework"}));
    Scenario s = validScenario();
    s.insurance.push_back(s.insurance[0]);
    EXPECT_EQ(onlyProblem(s).where, "/insurance/1/id");
}

TEST(ValidateScenario, ProblemsComeInDocumentOrder) {
    Scenario s = validScenario();
    s.lossLines[0].severity = Fixed{-1};
    s.insurance[0].coinsurance = 0;
    s.contract.contractValue = -1;
    s.failureModes[0].probability = Fixed{2};
    s.change.changesPerYear = Fixed{0.5};
    s.environment.endUsers.claimCapPerUser = -1;
    s.environment.assetGroups[0].count = -1;
    s.simulation.iterations = 0;
    std::vector<std::string> where;
    for (const auto& p : validateScenario(s)) {
        where.push_back(p.where);
    }
    EXPECT_EQ(where, (std::vector<std::string>{
                         "/simulation/iterations", "/environment/asset_groups/0/count",
                         "/environment/end_users/claim_cap_per_user", "/change/changes_per_year",
                         "/failure_modes/0/probability", "/contract/contract_value",
                         "/insurance/0/coinsurance", "/loss_lines/0/severity"}));
}

} // namespace
} // namespace cr
