// Good-path tests of the scenario reader and writer: FORMAT.md's example, every default of
// FORMAT.md's table, each distribution kind, and the write -> read round trip.
#include "format/scenario_json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
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
