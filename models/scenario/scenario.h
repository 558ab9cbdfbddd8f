// Value types for the whole scenario document (FORMAT.md "Scenario document").
//
// Defaults here are the defaults FORMAT.md gives for omitted keys. Every uncertain input is a
// Distribution (a plain number reads as Fixed). Amounts are in the scenario's currency.
#pragma once

#include "distributions/distribution.h"
#include "scenario/category.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cr {

using Money = double; // an amount in the scenario's currency

enum class Horizon { SingleChange, Annual };

struct SimulationSettings {
    std::uint64_t iterations = 100000; // 1 .. 100,000,000
    std::uint64_t seed = 1;
    Horizon horizon = Horizon::SingleChange;
    std::vector<Money> thresholds;
};

struct AssetGroup {
    std::string id;
    std::string name; // empty = id
    std::string kind = "other";
    std::int64_t count = 0;
    Distribution usersPerAsset = Fixed{1};
    Distribution businessUserShare = Fixed{0};
    Distribution remoteRestoreShare = Fixed{0};
    Distribution remoteRestoreCost = Fixed{0};
    Distribution remoteOutageHours = Fixed{0};
    Distribution manualFixHours = Fixed{0};
    Distribution outageHours = Fixed{0};
    Distribution onsiteShare = Fixed{0};
    Distribution dataAtRiskShare = Fixed{0};
    Distribution backupShare = Fixed{0};
    Distribution replacementCost = Fixed{0};
};

struct Support {
    Distribution contactRate = Fixed{0};
    Distribution handlingMinutes = Fixed{0};
    Distribution costPerMinute = Fixed{0};
    Distribution technicianHourlyRate = Fixed{0};
    Distribution onsiteVisitCost = Fixed{0};
    Distribution incidentOverhead = Fixed{0};
};

struct EndUsers {
    Distribution claimRate = Fixed{0};
    Distribution downtimeCostPerHourBusiness = Fixed{0};
    Distribution downtimeCostPerHourConsumer = Fixed{0};
    Distribution dataLossAward = Fixed{0};
    Distribution defenceCost = Fixed{0};
    Distribution slaCreditPerUser = Fixed{0};
    Distribution slaCreditPerUserHour = Fixed{0};
    std::optional<Money> slaCreditCap;        // per incident; nullopt = none
    std::optional<Money> claimCapPerUser;     // statutory cap per end user and incident
    std::optional<Money> claimCapPerIncident; // statutory cap per incident
};

struct OperatorSettings {
    Distribution downtimeCostPerHour = Fixed{0};
};

struct Environment {
    std::vector<AssetGroup> assetGroups;
    Support support;
    EndUsers endUsers;
    OperatorSettings operatorSettings; // JSON key "operator"
};

struct Rollout {
    std::vector<double> waves = {1.0};
    Distribution detectionProbability = Fixed{0};
};

struct Change {
    std::string name;
    std::vector<std::string> targets; // asset group ids
    Rollout rollout;
    Distribution changesPerYear = Fixed{1}; // a count; used by the annual horizon
};

struct FailureMode {
    std::string id;
    std::string name; // empty = id
    Distribution probability = Fixed{0};
    Distribution affectedShare = Fixed{0};
    bool wipesData = false;
    bool bricks = false;
    bool requiresReconfiguration = true;
};

struct LiabilityCap {
    enum class Kind { Amount, MultipleOfContractValue };
    Kind kind = Kind::Amount;
    double value = 0; // the amount, or the multiple k
    std::optional<Money> minAmount;
};

struct Contract {
    bool contractor = false;
    Money contractValue = 0;
    std::optional<LiabilityCap> liabilityCap; // nullopt = unlimited
    Distribution faultProbability = Fixed{1};
    Distribution capFailsProbability = Fixed{0};
    Distribution contributoryNegligenceShare = Fixed{0};
    Distribution contractorHourlyRate = Fixed{0};
    Distribution reworkHours = Fixed{0};

    // The cap per incident in money, or nullopt when unlimited.
    std::optional<Money> capAmount() const;
};

struct Deductible {
    bool isPercent = false;
    Money amount = 0;   // fixed deductible
    double percent = 0; // 10 = ten per cent of the covered amount
    std::optional<Money> min, max;
    // The deductible that applies to a claim whose covered amount is `covered`.
    Money forClaim(Money covered) const;
};

struct Policy {
    // How annual_aggregate was given: omitted (2 x per-claim limit), null (unlimited), amount.
    enum class AggregateSpec { Default, Unlimited, Amount };

    std::string id;
    std::string name; // empty = id
    Party holder = Party::Operator;
    std::array<bool, kCategoryCount> covers{}; // indexed by category
    std::optional<Money> perClaimLimit;        // nullopt = unlimited
    AggregateSpec aggregateSpec = AggregateSpec::Default;
    Money annualAggregateAmount = 0; // used when aggregateSpec == Amount
    Deductible deductible;
    double coinsurance = 1; // in (0, 1]
    Money annualDeductible = 0;
    std::map<Category, Money> sublimits;
    bool serialLossClause = true;
    bool defenceOutsideLimit = true;
    std::optional<Money> annualPremium;

    // The aggregate in money, or nullopt when unlimited (Default with an unlimited per-claim
    // limit is unlimited too).
    std::optional<Money> annualAggregate() const;
};

struct LossLine {
    std::string name;
    Category category = Category::Other;
    Party bearer = Party::Operator;
    Distribution frequency = Fixed{0}; // events per horizon: a count
    Distribution severity = Fixed{0};  // amount per event
};

inline constexpr const char* kScenarioFormat = "changerisk-scenario";
inline constexpr int kScenarioVersion = 1;

struct Scenario {
    std::string name;
    std::string currency = "EUR";
    std::string notes;
    SimulationSettings simulation;
    Environment environment;
    Change change;
    std::vector<FailureMode> failureModes;
    Contract contract;
    std::vector<Policy> insurance;
    std::vector<LossLine> lossLines;

    const AssetGroup* findAssetGroup(const std::string& id) const;
};

} // namespace cr
