// Good-path tests of the scenario reader and writer: FORMAT.md's example, every default of
// FORMAT.md's table, each distribution kind, and the write -> read round trip.
#include "format/scenario_json.h"

#include "format/json_fields.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

namespace cr {
namespace {

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::string kExample = std::string(CHANGERISK_TEST_DATA_DIR) + "/format-example.json";

// The smallest valid document: FORMAT.md's required top-level keys only.
constexpr const char* kMinimal =
    R"({"format": "changerisk-scenario", "version": 1, "name": "minimal"})";

// Reads kMinimal with `extra` (a JSON object's members, without braces) added at the top.
Scenario readWith(const std::string& extra) {
    std::string text = kMinimal;
    text.pop_back();
    return readScenario(text + ", " + extra + "}");
}

double fixedValue(const Distribution& d) {
    const auto* f = std::get_if<Fixed>(&d);
    EXPECT_NE(f, nullptr) << "expected a fixed value, got " << distName(d);
    return f ? f->value : std::nan("");
}

template <typename T>
const T& as(const Distribution& d) {
    const T* p = std::get_if<T>(&d);
    if (!p) {
        throw std::runtime_error("unexpected distribution kind " + std::string(distName(d)));
    }
    return *p;
}

TEST(ScenarioJson, FormatExampleReadsWithItsValues) {
    Scenario s = readScenarioFile(kExample);
    EXPECT_EQ(s.name, "ISP router firmware update");
    EXPECT_EQ(s.currency, "EUR");
    EXPECT_EQ(s.notes, "free text");
    EXPECT_EQ(s.simulation.iterations, 100000u);
    EXPECT_EQ(s.simulation.seed, 1u);
    EXPECT_EQ(s.simulation.horizon, Horizon::SingleChange);
    EXPECT_EQ(s.simulation.thresholds, (std::vector<Money>{100000, 1000000}));

    ASSERT_EQ(s.environment.assetGroups.size(), 1u);
    const AssetGroup& g = s.environment.assetGroups[0];
    EXPECT_EQ(g.id, "routers");
    EXPECT_EQ(g.name, "Customer cable routers");
    EXPECT_EQ(g.kind, "router");
    EXPECT_EQ(g.count, 2000);
    EXPECT_EQ(fixedValue(g.usersPerAsset), 1);
    EXPECT_EQ(fixedValue(g.businessUserShare), 0.1);
    EXPECT_EQ(fixedValue(g.remoteRestoreShare), 0.0);
    EXPECT_EQ(fixedValue(g.remoteRestoreCost), 2);
    EXPECT_EQ(fixedValue(g.remoteOutageHours), 1);
    const auto& fix = as<Pert>(g.manualFixHours);
    EXPECT_EQ(fix.min, 0.25);
    EXPECT_EQ(fix.mode, 0.75);
    EXPECT_EQ(fix.max, 3);
    EXPECT_EQ(fix.lambda, 4); // the default
    const auto& outage = as<Lognormal>(g.outageHours);
    EXPECT_EQ(outage.form, Lognormal::Form::Percentiles);
    EXPECT_EQ(outage.given1, 2);
    EXPECT_EQ(outage.given2, 72);
    // 90 % interval [2, 72]: meanlog = (ln 2 + ln 72) / 2 = ln 12, sdlog = ln(36) / (2 z_0.95).
    EXPECT_NEAR(outage.meanlog, std::log(12.0), 1e-12);
    EXPECT_NEAR(outage.sdlog, std::log(36.0) / (2 * 1.6448536269514722), 1e-9);
    EXPECT_EQ(fixedValue(g.onsiteShare), 0.05);
    EXPECT_EQ(fixedValue(g.dataAtRiskShare), 0.4);
    EXPECT_EQ(fixedValue(g.backupShare), 0.1);
    EXPECT_EQ(fixedValue(g.replacementCost), 150);

    const Support& sup = s.environment.support;
    EXPECT_EQ(as<Pert>(sup.contactRate).mode, 0.4);
    EXPECT_EQ(as<Pert>(sup.handlingMinutes).max, 40);
    EXPECT_EQ(fixedValue(sup.costPerMinute), 0.75);
    EXPECT_EQ(fixedValue(sup.technicianHourlyRate), 85);
    EXPECT_EQ(as<Pert>(sup.onsiteVisitCost).min, 100);
    EXPECT_EQ(as<Lognormal>(sup.incidentOverhead).given2, 25000);

    const EndUsers& eu = s.environment.endUsers;
    EXPECT_EQ(as<Beta>(eu.claimRate).alpha, 2);
    EXPECT_EQ(as<Beta>(eu.claimRate).beta, 30);
    EXPECT_EQ(as<Lognormal>(eu.downtimeCostPerHourBusiness).given1, 20);
    EXPECT_EQ(fixedValue(eu.downtimeCostPerHourConsumer), 0);
    EXPECT_EQ(as<Lognormal>(eu.dataLossAward).given2, 1500);
    EXPECT_EQ(as<Lognormal>(eu.defenceCost).given1, 2000);
    EXPECT_EQ(fixedValue(eu.slaCreditPerUser), 10);
    EXPECT_EQ(fixedValue(eu.slaCreditPerUserHour), 0);
    EXPECT_FALSE(eu.slaCreditCap.has_value());
    EXPECT_EQ(eu.claimCapPerUser, 12500);
    EXPECT_EQ(eu.claimCapPerIncident, 30000000);
    EXPECT_EQ(fixedValue(s.environment.operatorSettings.downtimeCostPerHour), 0);

    EXPECT_EQ(s.change.name, "Firmware update with maintenance parameter");
    EXPECT_EQ(s.change.targets, std::vector<std::string>{"routers"});
    EXPECT_EQ(s.change.rollout.waves, std::vector<double>{1.0});
    EXPECT_EQ(fixedValue(s.change.rollout.detectionProbability), 0.9);
    EXPECT_EQ(fixedValue(s.change.changesPerYear), 1);

    ASSERT_EQ(s.failureModes.size(), 1u);
    const FailureMode& f = s.failureModes[0];
    EXPECT_EQ(f.id, "factory-reset");
    EXPECT_EQ(f.name, "Devices reset to factory settings");
    EXPECT_EQ(as<Beta>(f.probability).beta, 199);
    EXPECT_EQ(as<Pert>(f.affectedShare).mode, 0.95);
    EXPECT_TRUE(f.wipesData);
    EXPECT_FALSE(f.bricks);
    EXPECT_TRUE(f.requiresReconfiguration);

    const Contract& c = s.contract;
    EXPECT_TRUE(c.contractor);
    EXPECT_EQ(c.contractValue, 20000);
    ASSERT_TRUE(c.liabilityCap.has_value());
    EXPECT_EQ(c.liabilityCap->kind, LiabilityCap::Kind::MultipleOfContractValue);
    EXPECT_EQ(c.liabilityCap->value, 1);
    EXPECT_EQ(c.liabilityCap->minAmount, 50000);
    EXPECT_EQ(c.capAmount(), 50000); // max(1 x 20000, 50000)
    EXPECT_EQ(fixedValue(c.faultProbability), 0.8);
    EXPECT_EQ(fixedValue(c.capFailsProbability), 0.1);
    EXPECT_EQ(fixedValue(c.contributoryNegligenceShare), 0);
    EXPECT_EQ(fixedValue(c.contractorHourlyRate), 100);
    EXPECT_EQ(as<Pert>(c.reworkHours).max, 80);

    ASSERT_EQ(s.insurance.size(), 1u);
    const Policy& p = s.insurance[0];
    EXPECT_EQ(p.id, "it-liability");
    EXPECT_EQ(p.name, "IT liability (IT-Haftpflicht)");
    EXPECT_EQ(p.holder, Party::Contractor);
    for (Category cat : kAllCategories) {
        bool expected = cat != Category::Rework && cat != Category::Other;
        EXPECT_EQ(p.covers[index(cat)], expected) << categoryName(cat);
    }
    EXPECT_EQ(p.perClaimLimit, 1000000);
    EXPECT_EQ(p.aggregateSpec, Policy::AggregateSpec::Amount);
    EXPECT_EQ(p.annualAggregate(), 2000000);
    EXPECT_FALSE(p.deductible.isPercent);
    EXPECT_EQ(p.deductible.amount, 500);
    EXPECT_TRUE(p.sublimits.empty());
    EXPECT_TRUE(p.serialLossClause);
    EXPECT_EQ(p.annualPremium, 445);

    ASSERT_EQ(s.lossLines.size(), 1u);
    const LossLine& l = s.lossLines[0];
    EXPECT_EQ(l.name, "Reputational churn");
    EXPECT_EQ(l.category, Category::Other);
    EXPECT_EQ(l.bearer, Party::Operator);
    EXPECT_EQ(as<Poisson>(l.frequency).lambda, 0.02);
    EXPECT_EQ(as<Lognormal>(l.severity).form, Lognormal::Form::Log);
    EXPECT_EQ(as<Lognormal>(l.severity).meanlog, 10);
    EXPECT_EQ(as<Lognormal>(l.severity).sdlog, 1.2);
}

TEST(ScenarioJson, TopLevelDefaults) {
    const Scenario s = readScenario(kMinimal);
    EXPECT_EQ(s.name, "minimal");
    EXPECT_EQ(s.currency, "EUR");
    EXPECT_EQ(s.notes, "");
    EXPECT_EQ(s.simulation.iterations, 100000u);
    EXPECT_EQ(s.simulation.seed, 1u);
    EXPECT_EQ(s.simulation.horizon, Horizon::SingleChange);
    EXPECT_TRUE(s.simulation.thresholds.empty());
    EXPECT_TRUE(s.environment.assetGroups.empty());
    EXPECT_TRUE(s.failureModes.empty());
    EXPECT_TRUE(s.insurance.empty());
    EXPECT_TRUE(s.lossLines.empty());

    // support, end_users, operator: every field 0, caps null.
    const Support& sup = s.environment.support;
    for (const Distribution* d :
         {&sup.contactRate, &sup.handlingMinutes, &sup.costPerMinute, &sup.technicianHourlyRate,
          &sup.onsiteVisitCost, &sup.incidentOverhead}) {
        EXPECT_EQ(fixedValue(*d), 0);
    }
    const EndUsers& eu = s.environment.endUsers;
    for (const Distribution* d :
         {&eu.claimRate, &eu.downtimeCostPerHourBusiness, &eu.downtimeCostPerHourConsumer,
          &eu.dataLossAward, &eu.defenceCost, &eu.slaCreditPerUser, &eu.slaCreditPerUserHour}) {
        EXPECT_EQ(fixedValue(*d), 0);
    }
    EXPECT_FALSE(eu.slaCreditCap.has_value());
    EXPECT_FALSE(eu.claimCapPerUser.has_value());
    EXPECT_FALSE(eu.claimCapPerIncident.has_value());
    EXPECT_EQ(fixedValue(s.environment.operatorSettings.downtimeCostPerHour), 0);

    // change: name "", rollout {"waves": [1.0], "detection_probability": 0}, changes_per_year 1.
    EXPECT_EQ(s.change.name, "");
    EXPECT_TRUE(s.change.targets.empty());
    EXPECT_EQ(s.change.rollout.waves, std::vector<double>{1.0});
    EXPECT_EQ(fixedValue(s.change.rollout.detectionProbability), 0);
    EXPECT_EQ(fixedValue(s.change.changesPerYear), 1);

    // contract: {"contractor": false}; the rest at their defaults.
    EXPECT_FALSE(s.contract.contractor);
    EXPECT_EQ(s.contract.contractValue, 0);
    EXPECT_FALSE(s.contract.liabilityCap.has_value());
    EXPECT_EQ(fixedValue(s.contract.faultProbability), 1);
    EXPECT_EQ(fixedValue(s.contract.capFailsProbability), 0);
    EXPECT_EQ(fixedValue(s.contract.contributoryNegligenceShare), 0);
    EXPECT_EQ(fixedValue(s.contract.contractorHourlyRate), 0);
    EXPECT_EQ(fixedValue(s.contract.reworkHours), 0);
}

TEST(ScenarioJson, SectionDefaults) {
    const Scenario s = readWith(R"(
        "environment": {"asset_groups": [{"id": "pcs", "count": 40}]},
        "change": {"targets": ["pcs"]},
        "failure_modes": [{"id": "boot-loop", "probability": 0.1, "affected_share": 1}],
        "contract": {"contractor": true, "liability_cap": {"amount": 1000}},
        "insurance": [{"id": "cyber", "holder": "operator", "covers": []},
                      {"id": "pl", "holder": "contractor", "covers": ["defence"],
                       "per_claim_limit": 250000, "deductible": {"percent": 10}},
                      {"id": "open", "holder": "operator", "covers": [],
                       "per_claim_limit": 1000, "annual_aggregate": null}])");
    const AssetGroup& g = s.environment.assetGroups.at(0);
    EXPECT_EQ(g.name, ""); // empty = id
    EXPECT_EQ(g.kind, "other");
    EXPECT_EQ(g.count, 40);
    EXPECT_EQ(fixedValue(g.usersPerAsset), 1);
    for (const Distribution* d :
         {&g.businessUserShare, &g.remoteRestoreShare, &g.remoteRestoreCost, &g.remoteOutageHours,
          &g.manualFixHours, &g.outageHours, &g.onsiteShare, &g.dataAtRiskShare, &g.backupShare,
          &g.replacementCost}) {
        EXPECT_EQ(fixedValue(*d), 0);
    }

    const FailureMode& f = s.failureModes.at(0);
    EXPECT_EQ(f.name, "");
    EXPECT_FALSE(f.wipesData);
    EXPECT_FALSE(f.bricks);
    EXPECT_TRUE(f.requiresReconfiguration);

    ASSERT_TRUE(s.contract.liabilityCap.has_value());
    EXPECT_EQ(s.contract.liabilityCap->kind, LiabilityCap::Kind::Amount);
    EXPECT_EQ(s.contract.liabilityCap->value, 1000);
    EXPECT_FALSE(s.contract.liabilityCap->minAmount.has_value());
    EXPECT_EQ(fixedValue(s.contract.faultProbability), 1);

    const Policy& p = s.insurance.at(0);
    EXPECT_EQ(p.name, "");
    EXPECT_FALSE(p.perClaimLimit.has_value()); // unlimited
    EXPECT_EQ(p.aggregateSpec, Policy::AggregateSpec::Default);
    EXPECT_FALSE(p.annualAggregate().has_value()); // 2 x unlimited
    EXPECT_FALSE(p.deductible.isPercent);
    EXPECT_EQ(p.deductible.amount, 0);
    EXPECT_EQ(p.coinsurance, 1);
    EXPECT_EQ(p.annualDeductible, 0);
    EXPECT_TRUE(p.sublimits.empty());
    EXPECT_TRUE(p.serialLossClause);
    EXPECT_TRUE(p.defenceOutsideLimit);
    EXPECT_FALSE(p.annualPremium.has_value());
    for (bool covered : p.covers) {
        EXPECT_FALSE(covered);
    }

    const Policy& pl = s.insurance.at(1);
    EXPECT_EQ(pl.holder, Party::Contractor);
    EXPECT_TRUE(pl.covers[index(Category::Defence)]);
    EXPECT_EQ(pl.aggregateSpec, Policy::AggregateSpec::Default);
    EXPECT_EQ(pl.annualAggregate(), 500000); // 2 x 250,000
    EXPECT_TRUE(pl.deductible.isPercent);
    EXPECT_EQ(pl.deductible.percent, 10);
    EXPECT_FALSE(pl.deductible.min.has_value());
    EXPECT_FALSE(pl.deductible.max.has_value());
    EXPECT_EQ(pl.deductible.forClaim(3000), 300); // 10 % of 3,000

    const Policy& open = s.insurance.at(2);
    EXPECT_EQ(open.aggregateSpec, Policy::AggregateSpec::Unlimited);
    EXPECT_FALSE(open.annualAggregate().has_value());
}

TEST(ScenarioJson, DistributionDefaultsAndForms) {
    const Scenario s = readWith(R"("loss_lines": [
        {"name": "a", "category": "other", "bearer": "operator", "frequency": 1,
         "severity": {"dist": "pert", "min": 1, "mode": 2, "max": 6}},
        {"name": "b", "category": "other", "bearer": "operator", "frequency": 1,
         "severity": {"dist": "normal", "mean": 10, "sd": 1, "min": 0}},
        {"name": "c", "category": "other", "bearer": "operator", "frequency": 1,
         "severity": {"dist": "lognormal", "mean": 100, "sd": 50}},
        {"name": "d", "category": "other", "bearer": "operator", "frequency": 1,
         "severity": {"dist": "fixed", "value": 7}}])");
    EXPECT_EQ(as<Pert>(s.lossLines[0].severity).lambda, 4);
    const auto& n = as<Normal>(s.lossLines[1].severity);
    EXPECT_EQ(n.min, 0);
    EXPECT_EQ(n.max, std::numeric_limits<double>::infinity());
    const auto& l = as<Lognormal>(s.lossLines[2].severity);
    EXPECT_EQ(l.form, Lognormal::Form::Moments);
    // sdlog^2 = ln(1 + (50/100)^2) = ln 1.25; meanlog = ln 100 - ln(1.25)/2.
    EXPECT_NEAR(l.sdlog, std::sqrt(std::log(1.25)), 1e-12);
    EXPECT_NEAR(l.meanlog, std::log(100.0) - std::log(1.25) / 2, 1e-12);
    EXPECT_EQ(fixedValue(s.lossLines[3].severity), 7);
}

// Every kind read from JSON and written back: the same JSON (parameters in full).
TEST(ScenarioJson, EveryDistributionKindWritesBackAsRead) {
    const std::vector<std::string> kinds = {
        R"(2.5)",
        R"({"dist": "uniform", "min": 1, "max": 3})",
        R"({"dist": "triangular", "min": 1, "mode": 2, "max": 4})",
        R"({"dist": "pert", "min": 1, "mode": 2, "max": 4, "lambda": 6})",
        R"({"dist": "normal", "mean": 5, "sd": 1.5})",
        R"({"dist": "normal", "mean": 5, "sd": 1.5, "min": 0, "max": 20})",
        R"({"dist": "lognormal", "meanlog": 1, "sdlog": 0.5})",
        R"({"dist": "lognormal", "mean": 10, "sd": 4})",
        R"({"dist": "lognormal", "p05": 2, "p95": 72})",
        R"({"dist": "gamma", "shape": 2, "scale": 3})",
        R"({"dist": "beta", "alpha": 2, "beta": 30})",
        R"({"dist": "pareto", "scale": 1000, "shape": 2.5})",
        R"({"dist": "lomax", "shape": 3, "scale": 500})",
        R"({"dist": "poisson", "lambda": 0.02})",
        R"({"dist": "binomial", "n": 10, "p": 0.3})",
        R"({"dist": "negbinomial", "size": 2, "prob": 0.4})",
        R"({"dist": "bernoulli", "p": 0.25})",
        R"({"dist": "discrete", "values": [0, 1, 5], "weights": [0.5, 0.3, 0.2]})",
    };
    for (const auto& text : kinds) {
        SCOPED_TRACE(text);
        Problems problems;
        const auto d = jsonio::readDistribution(problems, nlohmann::json::parse(text), "/x");
        ASSERT_TRUE(d.has_value());
        EXPECT_TRUE(problems.empty());
        EXPECT_TRUE(checkParameters(*d).empty());
        EXPECT_EQ(distributionToJson(*d), nlohmann::json::parse(text));
    }
    // {"dist": "fixed"} is written in its short form, a plain number.
    EXPECT_EQ(distributionToJson(Fixed{7}), nlohmann::json(7));
}

TEST(ScenarioJson, WriterUsesFormatOrderNullsAndOmissions) {
    Scenario s = readScenarioFile(kExample);
    s.insurance.push_back(s.insurance[0]);
    s.insurance[1].id = "second";
    s.insurance[1].aggregateSpec = Policy::AggregateSpec::Default;
    s.insurance.push_back(s.insurance[0]);
    s.insurance[2].id = "third";
    s.insurance[2].aggregateSpec = Policy::AggregateSpec::Unlimited;
    s.insurance[2].perClaimLimit.reset();
    const auto doc = nlohmann::ordered_json::parse(writeScenario(s));

    std::vector<std::string> keys;
    for (const auto& item : doc.items()) {
        keys.push_back(item.key());
    }
    EXPECT_EQ(keys,
              (std::vector<std::string>{"format", "version", "name", "currency", "notes",
                                        "simulation", "environment", "change", "failure_modes",
                                        "contract", "insurance", "loss_lines"}));
    std::vector<std::string> groupKeys;
    for (const auto& item : doc["environment"]["asset_groups"][0].items()) {
        groupKeys.push_back(item.key());
    }
    EXPECT_EQ(groupKeys,
              (std::vector<std::string>{"id", "name", "kind", "count", "users_per_asset",
                                        "business_user_share", "remote_restore_share",
                                        "remote_restore_cost", "remote_outage_hours",
                                        "manual_fix_hours", "outage_hours", "onsite_share",
                                        "data_at_risk_share", "backup_share", "replacement_cost"}));
    EXPECT_EQ(doc["environment"]["asset_groups"][0]["count"], 2000);
    EXPECT_TRUE(doc["environment"]["end_users"]["sla_credit_cap"].is_null());
    EXPECT_EQ(doc["environment"]["asset_groups"][0]["outage_hours"],
              nlohmann::json::parse(R"({"dist": "lognormal", "p05": 2, "p95": 72})"));
    EXPECT_EQ(doc["insurance"][0]["annual_aggregate"], 2000000);
    EXPECT_FALSE(doc["insurance"][1].contains("annual_aggregate")); // default: omitted
    EXPECT_TRUE(doc["insurance"][2]["annual_aggregate"].is_null()); // unlimited
    EXPECT_TRUE(doc["insurance"][2]["per_claim_limit"].is_null());
    EXPECT_EQ(doc["insurance"][0]["covers"].size(), 10u);
    EXPECT_EQ(nlohmann::json(doc["contract"]["liability_cap"]),
              nlohmann::json::parse(R"({"multiple_of_contract_value": 1, "min_amount": 50000})"));
    // Reading the written text gives the defaults back as they were.
    const Scenario again = readScenario(writeScenario(s));
    EXPECT_EQ(again.insurance[1].aggregateSpec, Policy::AggregateSpec::Default);
    EXPECT_EQ(again.insurance[1].annualAggregate(), 2000000); // 2 x 1,000,000
    EXPECT_EQ(again.insurance[2].aggregateSpec, Policy::AggregateSpec::Unlimited);
}

TEST(ScenarioJson, EveryProblemIsReportedInDocumentOrder) {
    // Reader problems (types, unknown keys) and validator problems (ranges) interleave by place.
    const std::string text = R"({
  "format": "changerisk-scenario", "version": 1, "name": 7,
  "environment": {"asset_groups": [{"id": "pcs", "cuont": 3, "count": -2}]},
  "change": {"targets": ["pcs"], "rollout": {"waves": [0.5, 0.4]}},
  "failure_modes": [{"id": "f", "probability": 1.7, "affected_share": {"dist": "beta"}}],
  "insurance": [{"id": "p", "holder": "operator", "covers": ["support", "rework"],
                 "coinsurance": 2, "zzz": 1}],
  "loss_lines": [{"name": "l", "category": "other", "bearer": "operator",
                  "frequency": 0.5, "severity": 1}]
})";
    Problems problems;
    try {
        readScenario(text);
    } catch (const InputError& e) {
        problems = e.problems();
    }
    const std::vector<Problem> expected = {
        {"/name", "must be a string, got number"},
        {"/environment/asset_groups/0/cuont", "unknown key; did you mean \"count\"?"},
        {"/environment/asset_groups/0/count", "must be >= 0, got -2"},
        {"/change/rollout/waves", "the wave fractions must sum to 1, got 0.9"},
        {"/failure_modes/0/probability", "must be a probability within [0, 1], got 1.7"},
        {"/failure_modes/0/affected_share/alpha", "required"},
        {"/failure_modes/0/affected_share/beta", "required"},
        {"/insurance/0/covers/1", "liability insurance never covers rework"},
        {"/insurance/0/coinsurance", "must be within (0, 1], got 2"},
        {"/insurance/0/zzz", "unknown key"},
        {"/loss_lines/0/frequency", "must be a whole number, got 0.5"},
    };
    EXPECT_EQ(problems, expected);
}

TEST(ScenarioJson, PointersEscapeSlashAndTilde) {
    // RFC 6901: "/" in a key is written "~1", "~" is written "~0".
    Problems problems;
    try {
        readScenario(R"({"format": "changerisk-scenario", "version": 1, "name": "x",
                         "a/b": 1, "environment": {"c~d": 2}})");
    } catch (const InputError& e) {
        problems = e.problems();
    }
    EXPECT_EQ(problems, (Problems{{"/a~1b", "unknown key"}, {"/environment/c~0d", "unknown key"}}));
}

Problem syntaxProblem(const std::string& text) {
    try {
        readScenario(text);
    } catch (const InputError& e) {
        EXPECT_EQ(e.problems().size(), 1u);
        return e.problems().front();
    }
    ADD_FAILURE() << "no error for " << text;
    return {};
}

TEST(ScenarioJson, SyntaxErrorColumnsCountCharactersAndLinesCountNewlines) {
    // {"name": "äöü", x}: the x is the 17th character (the 20th byte: each umlaut is 2 bytes).
    EXPECT_EQ(syntaxProblem("{\"name\": \"\xc3\xa4\xc3\xb6\xc3\xbc\", x}").where,
              "line 1, column 17");
    // CRLF line ends: the '}' after the trailing comma starts line 3.
    EXPECT_EQ(syntaxProblem("{\r\n\"a\": 1,\r\n}").where, "line 3, column 1");
    // A truncated 3-byte UTF-8 sequence (E2 82, then a quote) is reported at its lead byte.
    const Problem utf8 = syntaxProblem("{\"name\": \"caf\xe2\x82\"}");
    EXPECT_EQ(utf8.where, "line 1, column 14");
    EXPECT_NE(utf8.message.find("ill-formed UTF-8"), std::string::npos) << utf8.message;
    // An error on the first character of a later line.
    EXPECT_EQ(syntaxProblem("{\n\n\n]").where, "line 4, column 1");
}

std::vector<std::string> documentsToRoundTrip() {
    std::vector<std::string> paths = {kExample};
    for (const auto& entry : std::filesystem::directory_iterator(CHANGERISK_TEMPLATES_DIR)) {
        if (entry.path().extension() == ".json") {
            paths.push_back(entry.path().string());
        }
    }
    return paths;
}

TEST(ScenarioJson, ShippedTemplatesAndExampleRoundTrip) {
    for (const auto& path : documentsToRoundTrip()) {
        SCOPED_TRACE(path);
        Scenario first;
        ASSERT_NO_THROW(first = readScenarioFile(path));
        const nlohmann::json written = scenarioToJson(first);
        const Scenario second = scenarioFromJson(written);
        EXPECT_EQ(scenarioToJson(second), written);
        // The text form (ordered keys) reads back to the same data too.
        EXPECT_EQ(scenarioToJson(readScenario(writeScenario(first))), written);
    }
}

} // namespace
} // namespace cr
