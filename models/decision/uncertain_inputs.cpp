// Listing a scenario's uncertain inputs with their JSON pointers (FORMAT.md key names).
#include "decision/uncertain_inputs.h"

namespace cr {

std::vector<UncertainInput> uncertainInputs(Scenario& s) {
    std::vector<UncertainInput> out;
    const auto add = [&](const std::string& pointer, Distribution& d) {
        if (!isConstant(d)) {
            out.push_back({pointer, &d});
        }
    };
    for (std::size_t i = 0; i < s.environment.assetGroups.size(); ++i) {
        AssetGroup& g = s.environment.assetGroups[i];
        const std::string at = "/environment/asset_groups/" + std::to_string(i) + "/";
        add(at + "users_per_asset", g.usersPerAsset);
        add(at + "business_user_share", g.businessUserShare);
        add(at + "remote_restore_share", g.remoteRestoreShare);
        add(at + "remote_restore_cost", g.remoteRestoreCost);
        add(at + "remote_outage_hours", g.remoteOutageHours);
        add(at + "manual_fix_hours", g.manualFixHours);
        add(at + "outage_hours", g.outageHours);
        add(at + "onsite_share", g.onsiteShare);
        add(at + "data_at_risk_share", g.dataAtRiskShare);
        add(at + "backup_share", g.backupShare);
        add(at + "replacement_cost", g.replacementCost);
    }
    Support& support = s.environment.support;
    add("/environment/support/contact_rate", support.contactRate);
    add("/environment/support/handling_minutes", support.handlingMinutes);
    add("/environment/support/cost_per_minute", support.costPerMinute);
    add("/environment/support/technician_hourly_rate", support.technicianHourlyRate);
    add("/environment/support/onsite_visit_cost", support.onsiteVisitCost);
    add("/environment/support/incident_overhead", support.incidentOverhead);
    EndUsers& users = s.environment.endUsers;
    add("/environment/end_users/claim_rate", users.claimRate);
    add("/environment/end_users/downtime_cost_per_hour_business",
        users.downtimeCostPerHourBusiness);
    add("/environment/end_users/downtime_cost_per_hour_consumer",
        users.downtimeCostPerHourConsumer);
    add("/environment/end_users/data_loss_award", users.dataLossAward);
    add("/environment/end_users/defence_cost", users.defenceCost);
    add("/environment/end_users/sla_credit_per_user", users.slaCreditPerUser);
    add("/environment/end_users/sla_credit_per_user_hour", users.slaCreditPerUserHour);
    add("/environment/operator/downtime_cost_per_hour",
        s.environment.operatorSettings.downtimeCostPerHour);
    add("/change/rollout/detection_probability", s.change.rollout.detectionProbability);
    if (s.simulation.horizon == Horizon::Annual) {
        add("/change/changes_per_year", s.change.changesPerYear);
    }
    for (std::size_t i = 0; i < s.failureModes.size(); ++i) {
        const std::string at = "/failure_modes/" + std::to_string(i) + "/";
        add(at + "probability", s.failureModes[i].probability);
        add(at + "affected_share", s.failureModes[i].affectedShare);
    }
    if (s.contract.contractor) {
        Contract& c = s.contract;
        add("/contract/fault_probability", c.faultProbability);
        add("/contract/cap_fails_probability", c.capFailsProbability);
        add("/contract/contributory_negligence_share", c.contributoryNegligenceShare);
        add("/contract/contractor_hourly_rate", c.contractorHourlyRate);
        add("/contract/rework_hours", c.reworkHours);
    }
    for (std::size_t i = 0; i < s.lossLines.size(); ++i) {
        const std::string at = "/loss_lines/" + std::to_string(i) + "/";
        add(at + "frequency", s.lossLines[i].frequency);
        add(at + "severity", s.lossLines[i].severity);
    }
    return out;
}

} // namespace cr
