// Semantic checks of a scenario value (FORMAT.md "Required, optional, defaults" and
// "Distributions"): every problem with the JSON pointer of the field the user must change.
//
// The walk follows the document layout of FORMAT.md, so problems come out in document order
// for a document written in that order. Pointers are derived from the structure alone, which
// is why the reader never needs to pass positions in: an array element's pointer is its index.
#include "scenario/validate.h"

#include "scenario/number_text.h"

#include <cmath>
#include <map>
#include <set>

namespace cr {

namespace {

constexpr std::uint64_t kMaxIterations = 100000000;
constexpr double kWaveSumTolerance = 1e-9;

std::string inQuotes(const std::string& s) {
    return "\"" + s + "\"";
}

std::string rangeText(std::pair<double, double> range) {
    return "from " + numberText(range.first) + " to " + numberText(range.second);
}

class Validator {
public:
    explicit Validator(const Scenario& scenario) : m_s(scenario) {}

    Problems run() {
        simulation();
        environment();
        change();
        failureModes();
        contract();
        insurance();
        lossLines();
        return std::move(m_problems);
    }

private:
    const Scenario& m_s;
    Problems m_problems;

    void add(std::string where, std::string message) {
        m_problems.push_back({std::move(where), std::move(message)});
    }

    // Reports bad parameters at pointer/parameter; true when the distribution is usable.
    bool parameters(const Distribution& d, const std::string& at) {
        auto problems = checkParameters(d);
        for (auto& p : problems) {
            // A Fixed is written as a plain number: its only parameter is the value itself.
            bool whole = p.parameter.empty() || std::holds_alternative<Fixed>(d);
            add(whole ? at : at + "/" + p.parameter, std::move(p.message));
        }
        return problems.empty();
    }

    void probability(const Distribution& d, const std::string& at) {
        if (!parameters(d, at)) {
            return;
        }
        auto range = support(d);
        if (range.first >= 0 && range.second <= 1) {
            return;
        }
        if (const auto* f = std::get_if<Fixed>(&d)) {
            add(at, "must be a probability within [0, 1], got " + numberText(f->value));
        } else {
            add(at, "must be a probability: its values must lie within [0, 1], but this " +
                        std::string(distName(d)) + " ranges " + rangeText(range));
        }
    }

    void nonNegative(const Distribution& d, const std::string& at) {
        if (!parameters(d, at)) {
            return;
        }
        auto range = support(d);
        if (range.first >= 0) {
            return;
        }
        if (const auto* f = std::get_if<Fixed>(&d)) {
            add(at, "must be >= 0, got " + numberText(f->value));
        } else {
            add(at, "must not be able to go negative: its values must be >= 0, but this " +
                        std::string(distName(d)) + " ranges " + rangeText(range));
        }
    }

    void count(const Distribution& d, const std::string& at) {
        if (!parameters(d, at)) {
            return;
        }
        if (!isWholeNumberValued(d)) {
            if (const auto* f = std::get_if<Fixed>(&d)) {
                add(at, "must be a whole number, got " + numberText(f->value));
            } else {
                add(at, "must be a count: a whole number or a count distribution (poisson, "
                        "binomial, negbinomial, bernoulli, discrete on whole numbers), got " +
                            std::string(distName(d)));
            }
            return;
        }
        auto range = support(d);
        if (range.first < 0) {
            if (const auto* f = std::get_if<Fixed>(&d)) {
                add(at, "must be >= 0, got " + numberText(f->value));
            } else {
                add(at, "its values must be >= 0, but this " + std::string(distName(d)) +
                            " ranges " + rangeText(range));
            }
        }
    }

    void amount(double x, const std::string& at) {
        if (!std::isfinite(x)) {
            add(at, "must be a finite number, got " + numberText(x));
        } else if (x < 0) {
            add(at, "must be >= 0, got " + numberText(x));
        }
    }

    void optionalAmount(const std::optional<Money>& x, const std::string& at) {
        if (x) {
            amount(*x, at);
        }
    }

    void positive(double x, const std::string& at, const char* nullMeaning) {
        if (!std::isfinite(x)) {
            add(at, "must be a finite number, got " + numberText(x));
        } else if (x <= 0) {
            add(at, std::string("must be > 0 (") + nullMeaning + "), got " + numberText(x));
        }
    }

    // Ids must be non-empty and unique; a duplicate is reported at the later one.
    void id(const std::string& value, const std::string& at,
            std::map<std::string, std::string>& seen) {
        if (value.empty()) {
            add(at, "must not be empty");
            return;
        }
        auto [it, inserted] = seen.emplace(value, at);
        if (!inserted) {
            add(at, "duplicate id " + inQuotes(value) + " (first used at " + it->second + ")");
        }
    }

    void simulation() {
        const auto& sim = m_s.simulation;
        if (sim.iterations < 1 || sim.iterations > kMaxIterations) {
            add("/simulation/iterations",
                "must be within [1, 100000000], got " + std::to_string(sim.iterations));
        }
        for (std::size_t i = 0; i < sim.thresholds.size(); ++i) {
            amount(sim.thresholds[i], pointerJoin("/simulation/thresholds", i));
        }
    }

    void environment() {
        std::map<std::string, std::string> ids;
        const auto& groups = m_s.environment.assetGroups;
        for (std::size_t i = 0; i < groups.size(); ++i) {
            assetGroup(groups[i], pointerJoin("/environment/asset_groups", i), ids);
        }
        const auto& sup = m_s.environment.support;
        const std::string s = "/environment/support";
        probability(sup.contactRate, s + "/contact_rate");
        nonNegative(sup.handlingMinutes, s + "/handling_minutes");
        nonNegative(sup.costPerMinute, s + "/cost_per_minute");
        nonNegative(sup.technicianHourlyRate, s + "/technician_hourly_rate");
        nonNegative(sup.onsiteVisitCost, s + "/onsite_visit_cost");
        nonNegative(sup.incidentOverhead, s + "/incident_overhead");

        const auto& eu = m_s.environment.endUsers;
        const std::string e = "/environment/end_users";
        probability(eu.claimRate, e + "/claim_rate");
        nonNegative(eu.downtimeCostPerHourBusiness, e + "/downtime_cost_per_hour_business");
        nonNegative(eu.downtimeCostPerHourConsumer, e + "/downtime_cost_per_hour_consumer");
        nonNegative(eu.dataLossAward, e + "/data_loss_award");
        nonNegative(eu.defenceCost, e + "/defence_cost");
        nonNegative(eu.slaCreditPerUser, e + "/sla_credit_per_user");
        nonNegative(eu.slaCreditPerUserHour, e + "/sla_credit_per_user_hour");
        optionalAmount(eu.slaCreditCap, e + "/sla_credit_cap");
        optionalAmount(eu.claimCapPerUser, e + "/claim_cap_per_user");
        optionalAmount(eu.claimCapPerIncident, e + "/claim_cap_per_incident");

        nonNegative(m_s.environment.operatorSettings.downtimeCostPerHour,
                    "/environment/operator/downtime_cost_per_hour");
    }

    void assetGroup(const AssetGroup& g, const std::string& at,
                    std::map<std::string, std::string>& ids) {
        id(g.id, at + "/id", ids);
        if (g.count < 0) {
            add(at + "/count", "must be >= 0, got " + std::to_string(g.count));
        }
        nonNegative(g.usersPerAsset, at + "/users_per_asset");
        probability(g.businessUserShare, at + "/business_user_share");
        probability(g.remoteRestoreShare, at + "/remote_restore_share");
        nonNegative(g.remoteRestoreCost, at + "/remote_restore_cost");
        nonNegative(g.remoteOutageHours, at + "/remote_outage_hours");
        nonNegative(g.manualFixHours, at + "/manual_fix_hours");
        nonNegative(g.outageHours, at + "/outage_hours");
        probability(g.onsiteShare, at + "/onsite_share");
        probability(g.dataAtRiskShare, at + "/data_at_risk_share");
        probability(g.backupShare, at + "/backup_share");
        nonNegative(g.replacementCost, at + "/replacement_cost");
    }

    void change() {
        const auto& c = m_s.change;
        if (c.targets.empty() && !m_s.failureModes.empty()) {
            add("/change/targets", "required when there are failure modes: list the ids of the "
                                   "asset groups the change touches");
        }
        std::set<std::string> seen;
        for (std::size_t i = 0; i < c.targets.size(); ++i) {
            const auto at = pointerJoin("/change/targets", i);
            if (!m_s.findAssetGroup(c.targets[i])) {
                add(at, "unknown asset group " + inQuotes(c.targets[i]));
            } else if (!seen.insert(c.targets[i]).second) {
                add(at, "duplicate target " + inQuotes(c.targets[i]));
            }
        }
        waves(c.rollout.waves);
        probability(c.rollout.detectionProbability, "/change/rollout/detection_probability");
        count(c.changesPerYear, "/change/changes_per_year");
    }

    void waves(const std::vector<double>& waves) {
        const std::string at = "/change/rollout/waves";
        if (waves.empty()) {
            add(at, "must list at least one wave (a single [1.0] is a big-bang rollout)");
            return;
        }
        double sum = 0;
        bool finite = true;
        for (std::size_t i = 0; i < waves.size(); ++i) {
            if (!(waves[i] > 0 && waves[i] <= 1)) {
                add(pointerJoin(at, i), "must be within (0, 1], got " + numberText(waves[i]));
            }
            finite = finite && std::isfinite(waves[i]);
            sum += waves[i];
        }
        if (finite && std::fabs(sum - 1) > kWaveSumTolerance) {
            add(at, "the wave fractions must sum to 1, got " + numberText(sum));
        }
    }

    void failureModes() {
        std::map<std::string, std::string> ids;
        for (std::size_t i = 0; i < m_s.failureModes.size(); ++i) {
            const auto& f = m_s.failureModes[i];
            const auto at = pointerJoin("/failure_modes", i);
            id(f.id, at + "/id", ids);
            probability(f.probability, at + "/probability");
            probability(f.affectedShare, at + "/affected_share");
        }
    }

    void contract() {
        const auto& c = m_s.contract;
        amount(c.contractValue, "/contract/contract_value");
        if (c.liabilityCap) {
            const auto& cap = *c.liabilityCap;
            const char* key = cap.kind == LiabilityCap::Kind::Amount
                                  ? "/contract/liability_cap/amount"
                                  : "/contract/liability_cap/multiple_of_contract_value";
            amount(cap.value, key);
            optionalAmount(cap.minAmount, "/contract/liability_cap/min_amount");
        }
        probability(c.faultProbability, "/contract/fault_probability");
        probability(c.capFailsProbability, "/contract/cap_fails_probability");
        probability(c.contributoryNegligenceShare, "/contract/contributory_negligence_share");
        nonNegative(c.contractorHourlyRate, "/contract/contractor_hourly_rate");
        nonNegative(c.reworkHours, "/contract/rework_hours");
    }

    void insurance() {
        std::map<std::string, std::string> ids;
        for (std::size_t i = 0; i < m_s.insurance.size(); ++i) {
            policy(m_s.insurance[i], pointerJoin("/insurance", i), ids);
        }
    }

    void policy(const Policy& p, const std::string& at, std::map<std::string, std::string>& ids) {
        id(p.id, at + "/id", ids);
        if (p.holder == Party::Contractor && !m_s.contract.contractor) {
            add(at + "/holder", "a contractor's policy needs a contractor: set "
                                "contract.contractor to true or make the operator the holder");
        }
        if (p.covers[index(Category::Rework)]) {
            // The writer lists covers in category order; the index follows from that.
            std::size_t position = 0;
            for (std::size_t c = 0; c < index(Category::Rework); ++c) {
                position += p.covers[c] ? 1 : 0;
            }
            add(pointerJoin(at + "/covers", position), "liability insurance never covers rework");
        }
        if (p.perClaimLimit) {
            positive(*p.perClaimLimit, at + "/per_claim_limit", "null = unlimited");
        }
        if (p.aggregateSpec == Policy::AggregateSpec::Amount) {
            positive(p.annualAggregateAmount, at + "/annual_aggregate", "null = unlimited");
        }
        deductible(p.deductible, at + "/deductible");
        if (!(p.coinsurance > 0 && p.coinsurance <= 1)) {
            add(at + "/coinsurance", "must be within (0, 1], got " + numberText(p.coinsurance));
        }
        amount(p.annualDeductible, at + "/annual_deductible");
        for (const auto& [category, limit] : p.sublimits) {
            amount(limit, pointerJoin(at + "/sublimits", std::string(categoryName(category))));
        }
        optionalAmount(p.annualPremium, at + "/annual_premium");
    }

    void deductible(const Deductible& d, const std::string& at) {
        if (!d.isPercent) {
            amount(d.amount, at);
            return;
        }
        if (!(d.percent >= 0 && d.percent <= 100)) {
            add(at + "/percent", "must be within [0, 100], got " + numberText(d.percent));
        }
        optionalAmount(d.min, at + "/min");
        optionalAmount(d.max, at + "/max");
        if (d.min && d.max && *d.min >= 0 && *d.max >= 0 && *d.max < *d.min) {
            add(at + "/max",
                "must be >= min (" + numberText(*d.min) + "), got " + numberText(*d.max));
        }
    }

    void lossLines() {
        for (std::size_t i = 0; i < m_s.lossLines.size(); ++i) {
            const auto& line = m_s.lossLines[i];
            const auto at = pointerJoin("/loss_lines", i);
            if (line.bearer == Party::Contractor && !m_s.contract.contractor) {
                add(at + "/bearer", "a loss line borne by the contractor needs a contractor: set "
                                    "contract.contractor to true or make the operator the bearer");
            }
            count(line.frequency, at + "/frequency");
            nonNegative(line.severity, at + "/severity");
        }
    }
};

} // namespace

Problems validateScenario(const Scenario& scenario) {
    return Validator(scenario).run();
}

} // namespace cr
