// Builds the samplers and wave sizes of a scenario once per run.
#include "engine/compiled_scenario.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cr {

std::int64_t roundHalfAway(double x) {
    return std::llround(x);
}

namespace {

// round(n·W_j) − round(n·W_{j−1}) for the cumulative wave fractions W_j.
std::vector<std::int64_t> waveSizes(std::int64_t count, const std::vector<double>& waves) {
    std::vector<std::int64_t> sizes;
    sizes.reserve(waves.size());
    double cumulative = 0;
    std::int64_t deployedBefore = 0;
    for (std::size_t j = 0; j < waves.size(); ++j) {
        cumulative += waves[j];
        // The last wave deploys the rest, whatever rounding of the sum of fractions says.
        const std::int64_t deployedAfter =
            j + 1 == waves.size()
                ? count
                : std::min(count, roundHalfAway(static_cast<double>(count) * cumulative));
        sizes.push_back(std::max<std::int64_t>(0, deployedAfter - deployedBefore));
        deployedBefore = std::max(deployedBefore, deployedAfter);
    }
    return sizes;
}

} // namespace

CompiledScenario::CompiledScenario(const Scenario& s)
    : source(s), annual(s.simulation.horizon == Horizon::Annual),
      changesPerYear(s.change.changesPerYear),
      waveCount(std::max<std::size_t>(1, s.change.rollout.waves.size())),
      detectionProbability(s.change.rollout.detectionProbability),
      contactRate(s.environment.support.contactRate),
      handlingMinutes(s.environment.support.handlingMinutes),
      costPerMinute(s.environment.support.costPerMinute),
      technicianHourlyRate(s.environment.support.technicianHourlyRate),
      onsiteVisitCost(s.environment.support.onsiteVisitCost),
      incidentOverhead(s.environment.support.incidentOverhead),
      claimRate(s.environment.endUsers.claimRate),
      downtimeCostBusiness(s.environment.endUsers.downtimeCostPerHourBusiness),
      downtimeCostConsumer(s.environment.endUsers.downtimeCostPerHourConsumer),
      dataLossAward(s.environment.endUsers.dataLossAward),
      defenceCost(s.environment.endUsers.defenceCost),
      slaCreditPerUser(s.environment.endUsers.slaCreditPerUser),
      slaCreditPerUserHour(s.environment.endUsers.slaCreditPerUserHour),
      operatorDowntimeCost(s.environment.operatorSettings.downtimeCostPerHour),
      contractor(s.contract.contractor),
      liabilityCap(s.contract.contractor ? s.contract.capAmount() : std::nullopt),
      faultProbability(s.contract.faultProbability),
      capFailsProbability(s.contract.capFailsProbability),
      contributoryNegligence(s.contract.contributoryNegligenceShare),
      contractorHourlyRate(s.contract.contractorHourlyRate), reworkHours(s.contract.reworkHours) {
    const std::vector<double> waves =
        s.change.rollout.waves.empty() ? std::vector<double>{1.0} : s.change.rollout.waves;
    for (const AssetGroup& g : s.environment.assetGroups) {
        CompiledGroup c{Sampler(g.usersPerAsset),      Sampler(g.businessUserShare),
                        Sampler(g.remoteRestoreShare), Sampler(g.remoteRestoreCost),
                        Sampler(g.remoteOutageHours),  Sampler(g.manualFixHours),
                        Sampler(g.outageHours),        Sampler(g.onsiteShare),
                        Sampler(g.dataAtRiskShare),    Sampler(g.backupShare),
                        Sampler(g.replacementCost),    {}};
        const bool isTarget = std::find(s.change.targets.begin(), s.change.targets.end(), g.id) !=
                              s.change.targets.end();
        if (isTarget) {
            c.deployedPerWave = waveSizes(g.count, waves);
        }
        groups.push_back(std::move(c));
    }
    for (const FailureMode& f : s.failureModes) {
        failureModes.push_back({Sampler(f.probability), Sampler(f.affectedShare), f.wipesData,
                                f.bricks, f.requiresReconfiguration});
    }
    for (const LossLine& l : s.lossLines) {
        lossLines.push_back({Sampler(l.frequency), Sampler(l.severity), l.category, l.bearer});
    }
}

template <typename F>
void CompiledScenario::forEachSampler(F&& f) {
    for (Sampler* sampler : {&changesPerYear,
                             &detectionProbability,
                             &contactRate,
                             &handlingMinutes,
                             &costPerMinute,
                             &technicianHourlyRate,
                             &onsiteVisitCost,
                             &incidentOverhead,
                             &claimRate,
                             &downtimeCostBusiness,
                             &downtimeCostConsumer,
                             &dataLossAward,
                             &defenceCost,
                             &slaCreditPerUser,
                             &slaCreditPerUserHour,
                             &operatorDowntimeCost,
                             &faultProbability,
                             &capFailsProbability,
                             &contributoryNegligence,
                             &contractorHourlyRate,
                             &reworkHours}) {
        f(*sampler);
    }
    for (CompiledGroup& g : groups) {
        for (Sampler* sampler :
             {&g.usersPerAsset, &g.businessUserShare, &g.remoteRestoreShare, &g.remoteRestoreCost,
              &g.remoteOutageHours, &g.manualFixHours, &g.outageHours, &g.onsiteShare,
              &g.dataAtRiskShare, &g.backupShare, &g.replacementCost}) {
            f(*sampler);
        }
    }
    for (CompiledFailureMode& fm : failureModes) {
        f(fm.probability);
        f(fm.affectedShare);
    }
    for (CompiledLossLine& l : lossLines) {
        f(l.frequency);
        f(l.severity);
    }
}

void CompiledScenario::probeDraws(const std::vector<const Distribution*>& inputs) {
    forEachSampler([&](Sampler& sampler) {
        const auto it = std::find(inputs.begin(), inputs.end(), sampler.source());
        if (sampler.source() != nullptr && it != inputs.end()) {
            sampler.setProbe(static_cast<int>(it - inputs.begin()));
        }
    });
}

void CompiledScenario::fixDraws(const std::vector<std::pair<const Distribution*, double>>& inputs) {
    std::vector<bool> used(inputs.size(), false);
    forEachSampler([&](Sampler& sampler) {
        for (std::size_t k = 0; k < inputs.size(); ++k) {
            if (sampler.source() != nullptr && sampler.source() == inputs[k].first) {
                sampler.setFixed(inputs[k].second);
                used[k] = true;
            }
        }
    });
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        if (!used[k]) {
            // A silent no-op would show a zero swing for an input that matters.
            throw std::invalid_argument("fixDraws: an input is not drawn by this scenario");
        }
    }
}

} // namespace cr
