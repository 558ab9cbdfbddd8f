// Scenario document -> Scenario (FORMAT.md "Scenario document"): structure, names and types.
// Ranges and cross-field rules are validateScenario's job; this file only makes sure every key
// is known, every required key is there and every value has the right shape.
//
// Array elements are always appended, even when unreadable, so that the validator's pointers
// (derived from indices) still name the right element.
#include "format/json_fields.h"
#include "format/scenario_io.h"

#include "scenario/number_text.h"

#include <algorithm>
#include <cmath>

namespace cr::jsonio {

namespace {

const std::vector<std::string_view> kHorizonNames = {"single_change", "annual"};
const std::vector<std::string_view> kPartyNames = {"operator", "contractor"};

const std::vector<std::string_view>& categoryNames() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (Category c : kAllCategories) {
            out.push_back(categoryName(c));
        }
        return out;
    }();
    return names;
}

std::string inQuotes(const std::string& s) {
    return "\"" + s + "\"";
}

void readSimulation(Problems& problems, const json& value, SimulationSettings& sim) {
    Fields f(problems, value, "/simulation");
    double iterations = 0;
    if (f.number("iterations", iterations)) {
        // Read as a number so that -5 and 1e12 get the range message, not an overflow one.
        if (std::floor(iterations) != iterations) {
            problems.push_back(
                {f.at("iterations"), "must be a whole number, got " + numberText(iterations)});
        } else if (iterations < 1 || iterations > 100000000) {
            problems.push_back({f.at("iterations"),
                                "must be within [1, 100000000], got " + numberText(iterations)});
        } else {
            sim.iterations = static_cast<std::uint64_t>(iterations);
        }
    }
    f.wholeNumber("seed", sim.seed);
    std::size_t horizon = 0;
    if (f.choice("horizon", kHorizonNames, horizon)) {
        sim.horizon = horizon == 0 ? Horizon::SingleChange : Horizon::Annual;
    }
    if (const json* thresholds = f.get("thresholds")) {
        forEachElement(problems, *thresholds, f.at("thresholds"),
                       [&](const json& element, const std::string& at) {
                           sim.thresholds.push_back(readNumber(problems, element, at).value_or(0));
                       });
    }
    f.finish();
}

AssetGroup readAssetGroup(Problems& problems, const json& value, const std::string& at) {
    AssetGroup g;
    Fields f(problems, value, at);
    f.string("id", g.id, Need::Required);
    f.string("name", g.name);
    f.string("kind", g.kind);
    f.wholeNumber("count", g.count, Need::Required);
    f.distribution("users_per_asset", g.usersPerAsset);
    f.distribution("business_user_share", g.businessUserShare);
    f.distribution("remote_restore_share", g.remoteRestoreShare);
    f.distribution("remote_restore_cost", g.remoteRestoreCost);
    f.distribution("remote_outage_hours", g.remoteOutageHours);
    f.distribution("manual_fix_hours", g.manualFixHours);
    f.distribution("outage_hours", g.outageHours);
    f.distribution("onsite_share", g.onsiteShare);
    f.distribution("data_at_risk_share", g.dataAtRiskShare);
    f.distribution("backup_share", g.backupShare);
    f.distribution("replacement_cost", g.replacementCost);
    f.finish();
    return g;
}

void readSupport(Problems& problems, const json& value, Support& s) {
    Fields f(problems, value, "/environment/support");
    f.distribution("contact_rate", s.contactRate);
    f.distribution("handling_minutes", s.handlingMinutes);
    f.distribution("cost_per_minute", s.costPerMinute);
    f.distribution("technician_hourly_rate", s.technicianHourlyRate);
    f.distribution("onsite_visit_cost", s.onsiteVisitCost);
    f.distribution("incident_overhead", s.incidentOverhead);
    f.finish();
}

void readEndUsers(Problems& problems, const json& value, EndUsers& e) {
    Fields f(problems, value, "/environment/end_users");
    f.distribution("claim_rate", e.claimRate);
    f.distribution("downtime_cost_per_hour_business", e.downtimeCostPerHourBusiness);
    f.distribution("downtime_cost_per_hour_consumer", e.downtimeCostPerHourConsumer);
    f.distribution("data_loss_award", e.dataLossAward);
    f.distribution("defence_cost", e.defenceCost);
    f.distribution("sla_credit_per_user", e.slaCreditPerUser);
    f.distribution("sla_credit_per_user_hour", e.slaCreditPerUserHour);
    f.nullableNumber("sla_credit_cap", e.slaCreditCap);
    f.nullableNumber("claim_cap_per_user", e.claimCapPerUser);
    f.nullableNumber("claim_cap_per_incident", e.claimCapPerIncident);
    f.finish();
}

void readEnvironment(Problems& problems, const json& value, Environment& env) {
    Fields f(problems, value, "/environment");
    if (const json* groups = f.get("asset_groups")) {
        forEachElement(problems, *groups, f.at("asset_groups"),
                       [&](const json& element, const std::string& at) {
                           env.assetGroups.push_back(readAssetGroup(problems, element, at));
                       });
    }
    if (const json* v = f.get("support")) {
        readSupport(problems, *v, env.support);
    }
    if (const json* v = f.get("end_users")) {
        readEndUsers(problems, *v, env.endUsers);
    }
    if (const json* v = f.get("operator")) {
        Fields op(problems, *v, f.at("operator"));
        op.distribution("downtime_cost_per_hour", env.operatorSettings.downtimeCostPerHour);
        op.finish();
    }
    f.finish();
}

void readChange(Problems& problems, const json& value, Change& c) {
    Fields f(problems, value, "/change");
    f.string("name", c.name);
    if (const json* targets = f.get("targets")) {
        forEachElement(problems, *targets, f.at("targets"),
                       [&](const json& element, const std::string& at) {
                           if (!element.is_string()) {
                               wrongType(problems, at, "an asset group id (a string)", element);
                           }
                           c.targets.push_back(element.is_string() ? element.get<std::string>()
                                                                   : std::string());
                       });
    }
    if (const json* rollout = f.get("rollout")) {
        Fields r(problems, *rollout, f.at("rollout"));
        if (const json* waves = r.get("waves")) {
            std::vector<double> read;
            bool ok = true;
            forEachElement(problems, *waves, r.at("waves"),
                           [&](const json& element, const std::string& at) {
                               auto x = readNumber(problems, element, at);
                               ok = ok && x.has_value();
                               read.push_back(x.value_or(0));
                           });
            if (ok && waves->is_array()) {
                c.rollout.waves = std::move(read);
            }
        }
        r.distribution("detection_probability", c.rollout.detectionProbability);
        r.finish();
    }
    f.distribution("changes_per_year", c.changesPerYear);
    f.finish();
}

FailureMode readFailureMode(Problems& problems, const json& value, const std::string& at) {
    FailureMode m;
    Fields f(problems, value, at);
    f.string("id", m.id, Need::Required);
    f.string("name", m.name);
    f.distribution("probability", m.probability, Need::Required);
    f.distribution("affected_share", m.affectedShare, Need::Required);
    f.boolean("wipes_data", m.wipesData);
    f.boolean("bricks", m.bricks);
    f.boolean("requires_reconfiguration", m.requiresReconfiguration);
    f.finish();
    return m;
}

void readLiabilityCap(Problems& problems, const json& value, const std::string& at,
                      std::optional<LiabilityCap>& out) {
    if (value.is_null()) {
        out.reset(); // unlimited
        return;
    }
    if (!value.is_object()) {
        wrongType(problems, at,
                  "null (unlimited) or an object with amount or "
                  "multiple_of_contract_value",
                  value);
        return;
    }
    Fields f(problems, value, at);
    LiabilityCap cap;
    const bool amount = f.get("amount") != nullptr;
    const bool multiple = f.get("multiple_of_contract_value") != nullptr;
    bool ok = true;
    if (amount && multiple) {
        problems.push_back({at, "give either amount or multiple_of_contract_value, not both"});
        ok = false;
    } else if (!amount && !multiple) {
        problems.push_back({at, "needs amount or multiple_of_contract_value (or write null "
                                "for unlimited liability)"});
        ok = false;
    } else if (amount) {
        ok = f.number("amount", cap.value);
    } else {
        cap.kind = LiabilityCap::Kind::MultipleOfContractValue;
        ok = f.number("multiple_of_contract_value", cap.value);
    }
    ok = (!f.get("min_amount") || f.nullableNumber("min_amount", cap.minAmount)) && ok;
    f.finish();
    if (ok) {
        out = cap;
    }
}

void readContract(Problems& problems, const json& value, Contract& c) {
    Fields f(problems, value, "/contract");
    f.boolean("contractor", c.contractor, Need::Required);
    f.number("contract_value", c.contractValue);
    if (const json* cap = f.get("liability_cap")) {
        readLiabilityCap(problems, *cap, f.at("liability_cap"), c.liabilityCap);
    }
    f.distribution("fault_probability", c.faultProbability);
    f.distribution("cap_fails_probability", c.capFailsProbability);
    f.distribution("contributory_negligence_share", c.contributoryNegligenceShare);
    f.distribution("contractor_hourly_rate", c.contractorHourlyRate);
    f.distribution("rework_hours", c.reworkHours);
    f.finish();
}

std::optional<Category> readCategory(Problems& problems, const json& value, const std::string& at) {
    if (!value.is_string()) {
        wrongType(problems, at, "a category name (a string)", value);
        return std::nullopt;
    }
    auto c = categoryFromName(value.get<std::string>());
    if (!c) {
        problems.push_back(
            {at, "unknown category: " + oneOfMessage(categoryNames(), value.get<std::string>())});
    }
    return c;
}

void readCovers(Problems& problems, const json& value, const std::string& at, Policy& p) {
    forEachElement(problems, value, at, [&](const json& element, const std::string& where) {
        auto c = readCategory(problems, element, where);
        if (!c) {
            return;
        }
        if (*c == Category::Rework) {
            problems.push_back({where, "liability insurance never covers rework"});
        } else if (p.covers[index(*c)]) {
            problems.push_back(
                {where, "category " + inQuotes(element.get<std::string>()) + " is listed twice"});
        } else {
            p.covers[index(*c)] = true;
        }
    });
}

void readDeductible(Problems& problems, const json& value, const std::string& at, Deductible& d) {
    if (value.is_number()) {
        if (auto x = readNumber(problems, value, at)) {
            d = Deductible{};
            d.amount = *x;
        }
        return;
    }
    if (!value.is_object()) {
        wrongType(problems, at, "a number or an object with percent, min, max", value);
        return;
    }
    Fields f(problems, value, at);
    Deductible read;
    read.isPercent = true;
    bool ok = f.number("percent", read.percent, Need::Required);
    ok = (!f.get("min") || f.nullableNumber("min", read.min)) && ok;
    ok = (!f.get("max") || f.nullableNumber("max", read.max)) && ok;
    f.finish();
    if (ok) {
        d = read;
    }
}

void readSublimits(Problems& problems, const json& value, const std::string& at, Policy& p) {
    if (!value.is_object()) {
        wrongType(problems, at, "an object of category: amount", value);
        return;
    }
    for (const auto& [key, limit] : value.items()) {
        const std::string where = pointerJoin(at, key);
        auto c = categoryFromName(key);
        if (!c) {
            problems.push_back({where, "unknown category: " + oneOfMessage(categoryNames(), key)});
            continue;
        }
        if (auto x = readNumber(problems, limit, where)) {
            p.sublimits[*c] = *x;
        }
    }
}

Policy readPolicy(Problems& problems, const json& value, const std::string& at) {
    Policy p;
    Fields f(problems, value, at);
    f.string("id", p.id, Need::Required);
    f.string("name", p.name);
    std::size_t holder = 0;
    if (f.choice("holder", kPartyNames, holder, Need::Required)) {
        p.holder = holder == 0 ? Party::Operator : Party::Contractor;
    }
    if (const json* covers = f.get("covers", Need::Required)) {
        readCovers(problems, *covers, f.at("covers"), p);
    }
    f.nullableNumber("per_claim_limit", p.perClaimLimit);
    if (const json* aggregate = f.get("annual_aggregate")) {
        if (aggregate->is_null()) {
            p.aggregateSpec = Policy::AggregateSpec::Unlimited;
        } else if (!aggregate->is_number()) {
            wrongType(problems, f.at("annual_aggregate"), "a number or null", *aggregate);
        } else if (auto x = readNumber(problems, *aggregate, f.at("annual_aggregate"))) {
            p.aggregateSpec = Policy::AggregateSpec::Amount;
            p.annualAggregateAmount = *x;
        }
    }
    if (const json* deductible = f.get("deductible")) {
        readDeductible(problems, *deductible, f.at("deductible"), p.deductible);
    }
    f.number("coinsurance", p.coinsurance);
    f.number("annual_deductible", p.annualDeductible);
    if (const json* sublimits = f.get("sublimits")) {
        readSublimits(problems, *sublimits, f.at("sublimits"), p);
    }
    f.boolean("serial_loss_clause", p.serialLossClause);
    f.boolean("defence_outside_limit", p.defenceOutsideLimit);
    f.nullableNumber("annual_premium", p.annualPremium);
    f.finish();
    return p;
}

LossLine readLossLine(Problems& problems, const json& value, const std::string& at) {
    LossLine line;
    Fields f(problems, value, at);
    f.string("name", line.name, Need::Required);
    if (const json* category = f.get("category", Need::Required)) {
        if (auto c = readCategory(problems, *category, f.at("category"))) {
            line.category = *c;
        }
    }
    std::size_t bearer = 0;
    if (f.choice("bearer", kPartyNames, bearer, Need::Required)) {
        line.bearer = bearer == 0 ? Party::Operator : Party::Contractor;
    }
    f.distribution("frequency", line.frequency, Need::Required);
    f.distribution("severity", line.severity, Need::Required);
    f.finish();
    return line;
}

template <typename T, typename ReadFn>
void readArray(Problems& problems, Fields& f, std::string_view key, std::vector<T>& out,
               ReadFn read) {
    if (const json* v = f.get(key)) {
        forEachElement(problems, *v, f.at(key), [&](const json& element, const std::string& at) {
            out.push_back(read(problems, element, at));
        });
    }
}

// format and version first: a document that is not a version-1 scenario is not judged further.
bool readHeader(Problems& problems, Fields& f) {
    std::string format;
    if (f.string("format", format, Need::Required) && format != kScenarioFormat) {
        problems.push_back({f.at("format"), "must be " + inQuotes(kScenarioFormat) + ", got " +
                                                inQuotes(format) +
                                                ": this is not a ChangeRisk scenario"});
        return false;
    }
    if (const json* version = f.get("version", Need::Required)) {
        auto v = readNumber(problems, *version, f.at("version"));
        if (v && *v != kScenarioVersion) {
            problems.push_back({f.at("version"), "must be 1, got " + numberText(*v) +
                                                     ": this program reads version 1"});
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<Scenario> readScenarioDocument(Problems& problems, const json& document) {
    Fields f(problems, document, "");
    if (!f.isObject() || !readHeader(problems, f)) {
        return std::nullopt;
    }
    Scenario s;
    f.string("name", s.name, Need::Required);
    f.string("currency", s.currency);
    f.string("notes", s.notes);
    if (const json* v = f.get("simulation")) {
        readSimulation(problems, *v, s.simulation);
    }
    if (const json* v = f.get("environment")) {
        readEnvironment(problems, *v, s.environment);
    }
    if (const json* v = f.get("change")) {
        readChange(problems, *v, s.change);
    }
    readArray(problems, f, "failure_modes", s.failureModes, readFailureMode);
    if (const json* v = f.get("contract")) {
        readContract(problems, *v, s.contract);
    }
    readArray(problems, f, "insurance", s.insurance, readPolicy);
    readArray(problems, f, "loss_lines", s.lossLines, readLossLine);
    f.finish();
    return s;
}

} // namespace cr::jsonio
