// Scenario -> scenario document: every key written explicitly, in FORMAT.md's order, so a saved
// file documents its own defaults and diffs cleanly.
#include "format/json_fields.h"
#include "format/scenario_io.h"

namespace cr::jsonio {

namespace {

using ojson = nlohmann::ordered_json;

ojson dist(const Distribution& d) {
    return distributionToOrderedJson(d);
}

ojson nullable(const std::optional<Money>& x) {
    return x ? numberToJson(*x) : ojson(nullptr);
}

ojson simulation(const SimulationSettings& sim) {
    ojson out;
    out["iterations"] = sim.iterations;
    out["seed"] = sim.seed;
    out["horizon"] = sim.horizon == Horizon::SingleChange ? "single_change" : "annual";
    out["thresholds"] = ojson::array();
    for (Money t : sim.thresholds) {
        out["thresholds"].push_back(numberToJson(t));
    }
    return out;
}

ojson assetGroup(const AssetGroup& g) {
    ojson out;
    out["id"] = g.id;
    out["name"] = g.name;
    out["kind"] = g.kind;
    out["count"] = g.count;
    out["users_per_asset"] = dist(g.usersPerAsset);
    out["business_user_share"] = dist(g.businessUserShare);
    out["remote_restore_share"] = dist(g.remoteRestoreShare);
    out["remote_restore_cost"] = dist(g.remoteRestoreCost);
    out["remote_outage_hours"] = dist(g.remoteOutageHours);
    out["manual_fix_hours"] = dist(g.manualFixHours);
    out["outage_hours"] = dist(g.outageHours);
    out["onsite_share"] = dist(g.onsiteShare);
    out["data_at_risk_share"] = dist(g.dataAtRiskShare);
    out["backup_share"] = dist(g.backupShare);
    out["replacement_cost"] = dist(g.replacementCost);
    return out;
}

ojson environment(const Environment& env) {
    ojson out;
    out["asset_groups"] = ojson::array();
    for (const auto& g : env.assetGroups) {
        out["asset_groups"].push_back(assetGroup(g));
    }
    const auto& s = env.support;
    out["support"] = ojson::object();
    auto& support = out["support"];
    support["contact_rate"] = dist(s.contactRate);
    support["handling_minutes"] = dist(s.handlingMinutes);
    support["cost_per_minute"] = dist(s.costPerMinute);
    support["technician_hourly_rate"] = dist(s.technicianHourlyRate);
    support["onsite_visit_cost"] = dist(s.onsiteVisitCost);
    support["incident_overhead"] = dist(s.incidentOverhead);

    const auto& e = env.endUsers;
    out["end_users"] = ojson::object();
    auto& endUsers = out["end_users"];
    endUsers["claim_rate"] = dist(e.claimRate);
    endUsers["downtime_cost_per_hour_business"] = dist(e.downtimeCostPerHourBusiness);
    endUsers["downtime_cost_per_hour_consumer"] = dist(e.downtimeCostPerHourConsumer);
    endUsers["data_loss_award"] = dist(e.dataLossAward);
    endUsers["defence_cost"] = dist(e.defenceCost);
    endUsers["sla_credit_per_user"] = dist(e.slaCreditPerUser);
    endUsers["sla_credit_per_user_hour"] = dist(e.slaCreditPerUserHour);
    endUsers["sla_credit_cap"] = nullable(e.slaCreditCap);
    endUsers["claim_cap_per_user"] = nullable(e.claimCapPerUser);
    endUsers["claim_cap_per_incident"] = nullable(e.claimCapPerIncident);

    out["operator"] = ojson::object();
    out["operator"]["downtime_cost_per_hour"] = dist(env.operatorSettings.downtimeCostPerHour);
    return out;
}

ojson change(const Change& c) {
    ojson out;
    out["name"] = c.name;
    out["targets"] = c.targets;
    out["rollout"] = ojson::object();
    out["rollout"]["waves"] = ojson::array();
    for (double w : c.rollout.waves) {
        out["rollout"]["waves"].push_back(numberToJson(w));
    }
    out["rollout"]["detection_probability"] = dist(c.rollout.detectionProbability);
    out["changes_per_year"] = dist(c.changesPerYear);
    return out;
}

ojson failureMode(const FailureMode& m) {
    ojson out;
    out["id"] = m.id;
    out["name"] = m.name;
    out["probability"] = dist(m.probability);
    out["affected_share"] = dist(m.affectedShare);
    out["wipes_data"] = m.wipesData;
    out["bricks"] = m.bricks;
    out["requires_reconfiguration"] = m.requiresReconfiguration;
    return out;
}

ojson contract(const Contract& c) {
    ojson out;
    out["contractor"] = c.contractor;
    out["contract_value"] = numberToJson(c.contractValue);
    if (c.liabilityCap) {
        ojson cap;
        const char* key = c.liabilityCap->kind == LiabilityCap::Kind::Amount
                              ? "amount"
                              : "multiple_of_contract_value";
        cap[key] = numberToJson(c.liabilityCap->value);
        cap["min_amount"] = nullable(c.liabilityCap->minAmount);
        out["liability_cap"] = std::move(cap);
    } else {
        out["liability_cap"] = nullptr;
    }
    out["fault_probability"] = dist(c.faultProbability);
    out["cap_fails_probability"] = dist(c.capFailsProbability);
    out["contributory_negligence_share"] = dist(c.contributoryNegligenceShare);
    out["contractor_hourly_rate"] = dist(c.contractorHourlyRate);
    out["rework_hours"] = dist(c.reworkHours);
    return out;
}

ojson deductible(const Deductible& d) {
    if (!d.isPercent) {
        return numberToJson(d.amount);
    }
    ojson out;
    out["percent"] = numberToJson(d.percent);
    out["min"] = nullable(d.min);
    out["max"] = nullable(d.max);
    return out;
}

ojson policy(const Policy& p) {
    ojson out;
    out["id"] = p.id;
    out["name"] = p.name;
    out["holder"] = std::string(partyName(p.holder));
    out["covers"] = ojson::array();
    for (Category c : kAllCategories) {
        if (p.covers[index(c)]) {
            out["covers"].push_back(std::string(categoryName(c)));
        }
    }
    out["per_claim_limit"] = nullable(p.perClaimLimit);
    // Omitting the key is how a document asks for the default (2 x per-claim limit).
    switch (p.aggregateSpec) {
    case Policy::AggregateSpec::Default:
        break;
    case Policy::AggregateSpec::Unlimited:
        out["annual_aggregate"] = nullptr;
        break;
    case Policy::AggregateSpec::Amount:
        out["annual_aggregate"] = numberToJson(p.annualAggregateAmount);
        break;
    }
    out["deductible"] = deductible(p.deductible);
    out["coinsurance"] = numberToJson(p.coinsurance);
    out["annual_deductible"] = numberToJson(p.annualDeductible);
    out["sublimits"] = ojson::object();
    for (const auto& [category, limit] : p.sublimits) {
        out["sublimits"][std::string(categoryName(category))] = numberToJson(limit);
    }
    out["serial_loss_clause"] = p.serialLossClause;
    out["defence_outside_limit"] = p.defenceOutsideLimit;
    out["annual_premium"] = nullable(p.annualPremium);
    return out;
}

ojson lossLine(const LossLine& line) {
    ojson out;
    out["name"] = line.name;
    out["category"] = std::string(categoryName(line.category));
    out["bearer"] = std::string(partyName(line.bearer));
    out["frequency"] = dist(line.frequency);
    out["severity"] = dist(line.severity);
    return out;
}

template <typename T, typename Fn>
ojson array(const std::vector<T>& items, Fn write) {
    ojson out = ojson::array();
    for (const auto& item : items) {
        out.push_back(write(item));
    }
    return out;
}

} // namespace

nlohmann::ordered_json writeScenarioDocument(const Scenario& s) {
    ojson out;
    out["format"] = kScenarioFormat;
    out["version"] = kScenarioVersion;
    out["name"] = s.name;
    out["currency"] = s.currency;
    out["notes"] = s.notes;
    out["simulation"] = simulation(s.simulation);
    out["environment"] = environment(s.environment);
    out["change"] = change(s.change);
    out["failure_modes"] = array(s.failureModes, failureMode);
    out["contract"] = contract(s.contract);
    out["insurance"] = array(s.insurance, policy);
    out["loss_lines"] = array(s.lossLines, lossLine);
    return out;
}

} // namespace cr::jsonio
