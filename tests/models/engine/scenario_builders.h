// Shared scenario builders and series checks for the engine tests written from MODEL.md.
//
// The worked examples build scenarios as cr::Scenario values (not JSON) with fixed inputs,
// probability 1 and shares 0 or 1, so every iteration's value can be computed by hand; the
// statistical tests compare against closed forms with a tolerance from the standard error.
#pragma once

#include "engine/engine.h"
#include "scenario/validate.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <vector>

namespace cr::test {

// Statistical checks allow this many standard errors: a false alarm is then a ~1e-5 event.
inline constexpr double kSigmas = 4.5;
// Hand values are exact up to the rounding of sums in a different order.
inline constexpr double kRelTol = 1e-9;

// An asset group with every field at its FORMAT.md default (users_per_asset 1, the rest 0).
inline AssetGroup assetGroup(const std::string& id, std::int64_t count) {
    AssetGroup g;
    g.id = id;
    g.count = count;
    return g;
}

inline FailureMode failureMode(const std::string& id, Distribution probability,
                               Distribution affectedShare) {
    FailureMode fm;
    fm.id = id;
    fm.probability = probability;
    fm.affectedShare = affectedShare;
    return fm;
}

// One group "g" of `count` assets, one failure mode "fm" that surely hits every asset of it
// in a big-bang rollout, and nothing that costs money yet: each test adds the costs it checks.
inline Scenario certainIncident(std::int64_t count) {
    Scenario s;
    s.name = "engine test";
    s.environment.assetGroups.push_back(assetGroup("g", count));
    s.change.targets = {"g"};
    s.failureModes.push_back(failureMode("fm", Fixed{1}, Fixed{1}));
    return s;
}

inline AssetGroup& group(Scenario& s, std::size_t i = 0) {
    return s.environment.assetGroups.at(i);
}

// The liability and insurance examples' incident: 10 assets restored manually for 1 hour at
// 100 per hour (remediation 1,000) plus an incident overhead of 500. L = 1,500.
inline Scenario tenAssetIncident() {
    Scenario s = certainIncident(10);
    group(s).manualFixHours = Fixed{1};
    s.environment.support.technicianHourlyRate = Fixed{100};
    s.environment.support.incidentOverhead = Fixed{500};
    return s;
}

// 10 assets with 3 business users each, down 6 hours (manual path), everybody claims at 40 per
// hour: business_interruption = 30 users x 240 = 7,200.
inline Scenario downtimeClaimIncident() {
    Scenario s = certainIncident(10);
    group(s).usersPerAsset = Fixed{3};
    group(s).businessUserShare = Fixed{1};
    group(s).outageHours = Fixed{6};
    s.environment.endUsers.claimRate = Fixed{1};
    s.environment.endUsers.downtimeCostPerHourBusiness = Fixed{40};
    return s;
}

inline Policy policy(const std::string& id, Party holder, std::initializer_list<Category> covers) {
    Policy p;
    p.id = id;
    p.holder = holder;
    for (Category c : covers) {
        p.covers[index(c)] = true;
    }
    return p;
}

// Covers every category a policy may cover (all but rework).
inline Policy policyCoveringAll(const std::string& id, Party holder) {
    Policy p = policy(id, holder, {});
    for (Category c : kAllCategories) {
        p.covers[index(c)] = c != Category::Rework;
    }
    return p;
}

inline LossLine lossLine(const std::string& name, Party bearer, Distribution frequency,
                         Distribution severity, Category category = Category::Other) {
    LossLine l;
    l.name = name;
    l.category = category;
    l.bearer = bearer;
    l.frequency = frequency;
    l.severity = severity;
    return l;
}

// A contract with a contractor surely at fault, unlimited liability, no rework.
inline Contract contractorAtFault() {
    Contract c;
    c.contractor = true;
    c.contractValue = 0;
    c.faultProbability = Fixed{1};
    return c;
}

inline std::string describeProblems(const Problems& problems) {
    std::string out;
    for (const Problem& p : problems) {
        out += p.where + ": " + p.message + "\n";
    }
    return out;
}

// CHANGERISK_TEST_SEED_OFFSET=k shifts every seed by k: a way to check by hand that the
// statistical tests are not tuned to their fixed seeds. Unset (the default and in CI): 0.
inline std::uint64_t seedOffset() {
    const char* offset = std::getenv("CHANGERISK_TEST_SEED_OFFSET");
    return offset == nullptr ? 0 : std::strtoull(offset, nullptr, 10);
}

// Runs the engine on a scenario the validator accepts (the engine's precondition).
inline RunResult run(const Scenario& s, std::uint64_t iterations, std::uint64_t seed = 1,
                     bool keepSamples = false, unsigned threads = 2) {
    const Problems problems = validateScenario(s);
    EXPECT_TRUE(problems.empty()) << "test scenario is invalid:\n" << describeProblems(problems);
    RunOptions options;
    options.iterations = iterations;
    options.seed = seed + seedOffset();
    options.threads = threads;
    options.keepSamples = keepSamples;
    RunResult r = runSimulation(s, options);
    EXPECT_EQ(r.iterations, iterations);
    EXPECT_EQ(r.seed, options.seed);
    EXPECT_EQ(r.series.size(), r.layout.size());
    EXPECT_EQ(r.sameAs.size(), r.series.size());
    for (std::size_t i = 0; i < r.sameAs.size(); ++i) {
        EXPECT_LE(r.sameAs[i], i) << "sameAs points at an earlier series";
        EXPECT_EQ(r.series[i].n, iterations) << r.seriesNames.at(i);
    }
    return r;
}

// Series i, following RunResult::sameAs when it shares another series' values.
inline const ZeroInflatedSample& seriesAt(const RunResult& r, std::size_t i) {
    return r.series.at(r.sameAs.empty() ? i : r.sameAs.at(i));
}

inline const ZeroInflatedSample& fixedSeries(const RunResult& r, FixedSeries s) {
    return seriesAt(r, SeriesLayout::fixed(s));
}
inline const ZeroInflatedSample& totalLoss(const RunResult& r) {
    return fixedSeries(r, FixedSeries::TotalLoss);
}
inline const ZeroInflatedSample& insurancePaid(const RunResult& r) {
    return fixedSeries(r, FixedSeries::InsurancePaid);
}
inline const ZeroInflatedSample& categorySeries(const RunResult& r, Category c) {
    return seriesAt(r, SeriesLayout::category(index(c)));
}
inline const ZeroInflatedSample& insuredSeries(const RunResult& r, Category c) {
    return seriesAt(r, SeriesLayout::categoryInsured(index(c)));
}
inline const ZeroInflatedSample& policyPaid(const RunResult& r, std::size_t p) {
    return seriesAt(r, SeriesLayout::policyPaid(p));
}
inline const ZeroInflatedSample& policyShortfall(const RunResult& r, std::size_t p) {
    return seriesAt(r, SeriesLayout::policyShortfall(p));
}

inline bool nearlyEqual(double a, double b, double relTol = kRelTol) {
    return std::abs(a - b) <= relTol * std::max({1.0, std::abs(a), std::abs(b)});
}

// Success when every iteration of the series has the value `expected` (0: no non-zero value).
inline ::testing::AssertionResult everyIterationIs(const ZeroInflatedSample& s, double expected) {
    if (expected == 0) {
        if (s.nonzero.empty()) {
            return ::testing::AssertionSuccess();
        }
        return ::testing::AssertionFailure()
               << "expected 0 in every iteration, got " << s.nonzero.size() << " non-zero values, "
               << "the first " << s.nonzero.front();
    }
    if (s.nonzero.size() != s.n) {
        return ::testing::AssertionFailure()
               << "expected " << expected << " in each of " << s.n << " iterations, but only "
               << s.nonzero.size() << " are non-zero";
    }
    for (std::size_t i = 0; i < s.nonzero.size(); ++i) {
        if (!nearlyEqual(s.nonzero[i], expected)) {
            return ::testing::AssertionFailure()
                   << "expected " << expected << " in every iteration, "
                   << "got " << s.nonzero[i] << " (value " << i << ")";
        }
    }
    return ::testing::AssertionSuccess();
}

inline double sampleMean(const ZeroInflatedSample& s) {
    long double sum = 0;
    for (double v : s.nonzero) {
        sum += v;
    }
    return s.n == 0 ? 0.0 : static_cast<double>(sum / static_cast<long double>(s.n));
}

// Moments of a series over all n iterations, zeros included.
struct Moments {
    double n = 0;
    double mean = 0;
    double variance = 0; // unbiased (n - 1)
    double fourth = 0;   // fourth central moment (1/n)
    double meanStderr() const { return std::sqrt(variance / n); }
    // Standard error of the sample variance, sqrt((mu4 - sigma^4) / n), from the sample's mu4.
    double varianceStderr() const { return std::sqrt((fourth - variance * variance) / n); }
};

inline Moments moments(const ZeroInflatedSample& s) {
    Moments m;
    m.n = static_cast<double>(s.n);
    m.mean = sampleMean(s);
    const long double zeros = static_cast<long double>(s.n - s.nonzero.size());
    long double m2 = zeros * m.mean * m.mean;
    long double m4 = zeros * std::pow(static_cast<long double>(m.mean), 4);
    for (double v : s.nonzero) {
        const long double d = v - m.mean;
        m2 += d * d;
        m4 += d * d * d * d;
    }
    m.variance = static_cast<double>(m2 / (m.n - 1));
    m.fourth = static_cast<double>(m4 / m.n);
    return m;
}

// How many iterations have the value v (0 counts the implied zeros).
inline std::uint64_t countValue(const ZeroInflatedSample& s, double v) {
    if (v == 0) {
        return s.n - s.nonzero.size();
    }
    std::uint64_t count = 0;
    for (double x : s.nonzero) {
        count += nearlyEqual(x, v) ? 1 : 0;
    }
    return count;
}

// Checks an observed frequency against a probability with a binomial standard error.
inline void expectProportion(std::uint64_t count, std::uint64_t n, double p,
                             const std::string& what) {
    const double se = std::sqrt(p * (1 - p) / static_cast<double>(n));
    EXPECT_NEAR(static_cast<double>(count) / static_cast<double>(n), p, kSigmas * se) << what;
}

// The random "rich" scenario: every feature at once, with distributions everywhere. Used for
// identities that must hold in every iteration and for determinism.
inline Scenario richScenario() {
    Scenario s;
    s.name = "rich";
    s.simulation.horizon = Horizon::Annual;

    AssetGroup routers = assetGroup("routers", 300);
    routers.usersPerAsset = Lognormal{0.5, 0.4};
    routers.businessUserShare = Beta{2, 8};
    routers.remoteRestoreShare = Pert{0.2, 0.5, 0.9};
    routers.remoteRestoreCost = Fixed{2};
    routers.remoteOutageHours = Uniform{0.5, 2};
    routers.manualFixHours = Pert{0.25, 0.75, 3};
    routers.outageHours = Lognormal{2.5, 0.8};
    routers.onsiteShare = Fixed{0.1};
    routers.dataAtRiskShare = Fixed{0.4};
    routers.backupShare = Beta{2, 2};
    routers.replacementCost = Fixed{150};
    AssetGroup servers = assetGroup("servers", 12);
    servers.usersPerAsset = Fixed{40};
    servers.businessUserShare = Fixed{1};
    servers.remoteRestoreShare = Fixed{0.5};
    servers.remoteRestoreCost = Fixed{50};
    servers.remoteOutageHours = Fixed{1};
    servers.manualFixHours = Gamma{2, 2};
    servers.outageHours = Triangular{4, 8, 48};
    servers.onsiteShare = Fixed{0.5};
    servers.dataAtRiskShare = Fixed{0.2};
    servers.backupShare = Fixed{0.9};
    servers.replacementCost = Fixed{4000};
    s.environment.assetGroups = {routers, servers};

    Support& support = s.environment.support;
    support.contactRate = Pert{0.2, 0.4, 0.8};
    support.handlingMinutes = Pert{10, 20, 40};
    support.costPerMinute = Fixed{0.75};
    support.technicianHourlyRate = Fixed{85};
    support.onsiteVisitCost = Pert{100, 150, 300};
    support.incidentOverhead = Lognormal{8.5, 0.6};
    EndUsers& users = s.environment.endUsers;
    users.claimRate = Beta{2, 30};
    users.downtimeCostPerHourBusiness = Lognormal{4, 1};
    users.downtimeCostPerHourConsumer = Fixed{2};
    users.dataLossAward = Lognormal{6, 1};
    users.defenceCost = Lognormal{9, 0.8};
    users.slaCreditPerUser = Fixed{5};
    users.slaCreditPerUserHour = Fixed{0.5};
    users.slaCreditCap = 20000;
    users.claimCapPerUser = 12500;
    users.claimCapPerIncident = 150000;
    s.environment.operatorSettings.downtimeCostPerHour = Gamma{2, 100};

    s.change.name = "firmware";
    s.change.targets = {"routers", "servers"};
    s.change.rollout.waves = {0.2, 0.3, 0.5};
    s.change.rollout.detectionProbability = Beta{8, 2};
    s.change.changesPerYear = Poisson{3};

    FailureMode reset = failureMode("reset", Beta{2, 10}, Pert{0.3, 0.8, 1});
    reset.wipesData = true;
    FailureMode brick = failureMode("brick", Fixed{0.05}, Uniform{0.01, 0.2});
    brick.bricks = true;
    FailureMode outage = failureMode("outage", Fixed{0.1}, Fixed{0.5});
    outage.requiresReconfiguration = false;
    s.failureModes = {reset, brick, outage};

    Contract& c = s.contract;
    c.contractor = true;
    c.contractValue = 20000;
    c.liabilityCap = LiabilityCap{LiabilityCap::Kind::MultipleOfContractValue, 1, 50000.0};
    c.faultProbability = Fixed{0.8};
    c.capFailsProbability = Fixed{0.1};
    c.contributoryNegligenceShare = Uniform{0, 0.2};
    c.contractorHourlyRate = Fixed{100};
    c.reworkHours = Pert{4, 16, 80};

    Policy itLiability = policyCoveringAll("it-liability", Party::Contractor);
    itLiability.perClaimLimit = 100000;
    itLiability.deductible.amount = 500;
    itLiability.sublimits[Category::DataLoss] = 20000;
    Policy cyber = policy("cyber", Party::Operator,
                          {Category::BusinessInterruption, Category::DataLoss, Category::Penalties,
                           Category::Defence, Category::Overhead, Category::Support});
    cyber.serialLossClause = false;
    cyber.deductible.isPercent = true;
    cyber.deductible.percent = 10;
    cyber.deductible.min = 20;
    cyber.deductible.max = 2000;
    cyber.coinsurance = 0.9;
    cyber.perClaimLimit = 50000;
    cyber.annualDeductible = 1000;
    Policy property = policyCoveringAll("property", Party::Operator);
    property.deductible.amount = 5000;
    property.perClaimLimit = 250000;
    property.defenceOutsideLimit = false;
    property.aggregateSpec = Policy::AggregateSpec::Amount;
    property.annualAggregateAmount = 300000;
    s.insurance = {itLiability, cyber, property};

    s.lossLines = {
        lossLine("reputational churn", Party::Operator, Poisson{0.5}, Lognormal{8, 1.2}),
        lossLine("contract penalty", Party::Contractor, Bernoulli{0.05}, Fixed{10000}),
    };
    return s;
}

} // namespace cr::test
