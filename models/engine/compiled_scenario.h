// A scenario prepared for fast simulation: samplers built once, wave sizes precomputed.
#pragma once

#include "distributions/sampler.h"
#include "scenario/scenario.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace cr {

struct CompiledGroup {
    Sampler usersPerAsset, businessUserShare, remoteRestoreShare, remoteRestoreCost,
        remoteOutageHours, manualFixHours, outageHours, onsiteShare, dataAtRiskShare, backupShare,
        replacementCost;
    // Assets deployed in each wave (empty when the group is not a target of the change).
    std::vector<std::int64_t> deployedPerWave;
};

struct CompiledFailureMode {
    Sampler probability, affectedShare;
    bool wipesData = false, bricks = false, requiresReconfiguration = true;
};

struct CompiledLossLine {
    Sampler frequency, severity;
    Category category = Category::Other;
    Party bearer = Party::Operator;
};

struct CompiledScenario {
    explicit CompiledScenario(const Scenario& scenario);
    // Gives the sampler built from inputs[k] (by address in `source`) the draw probe k.
    void probeDraws(const std::vector<const Distribution*>& inputs);
    // Makes every sampler built from one of `inputs` (by address) return its value after
    // drawing (Sampler::setFixed). Throws std::invalid_argument for an input no sampler uses.
    void fixDraws(const std::vector<std::pair<const Distribution*, double>>& inputs);
    // Calls f(sampler) for every sampler built from a scenario input.
    template <typename F>
    void forEachSampler(F&& f);

    const Scenario& source;
    bool annual = false;
    Sampler changesPerYear;
    std::vector<CompiledGroup> groups;
    std::size_t waveCount = 1;
    Sampler detectionProbability;
    std::vector<CompiledFailureMode> failureModes;
    // Support
    Sampler contactRate, handlingMinutes, costPerMinute, technicianHourlyRate, onsiteVisitCost,
        incidentOverhead;
    // End users and operator
    Sampler claimRate, downtimeCostBusiness, downtimeCostConsumer, dataLossAward, defenceCost,
        slaCreditPerUser, slaCreditPerUserHour, operatorDowntimeCost;
    // Contract
    bool contractor = false;
    std::optional<Money> liabilityCap;
    Sampler faultProbability, capFailsProbability, contributoryNegligence, contractorHourlyRate,
        reworkHours;
    std::vector<CompiledLossLine> lossLines;
};

// round() of MODEL.md: halves away from zero (std::llround does exactly that).
std::int64_t roundHalfAway(double x);

} // namespace cr
