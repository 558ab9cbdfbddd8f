// Safeguard variants: each changes only its field by the stated magnitude, every variant is a
// valid scenario, and scaled probabilities have exactly the scaled mean.
#include "decision/safeguards.h"
#include "format/scenario_json.h"
#include "models/engine/scenario_builders.h"

#include <gtest/gtest.h>

namespace cr::test {
namespace {

Scenario routerTemplate() {
    return readScenarioFile(std::string(CHANGERISK_TEMPLATES_DIR) + "/isp-router-reset.json");
}

const SafeguardVariant* find(const std::vector<SafeguardVariant>& variants, const std::string& id) {
    for (const SafeguardVariant& v : variants) {
        if (v.id == id) {
            return &v;
        }
    }
    return nullptr;
}

TEST(Safeguards, EachVariantChangesItsSafeguard) {
    const Scenario base = routerTemplate();
    const SafeguardMagnitudes m;
    const auto variants = safeguardVariants(base, m);
    ASSERT_FALSE(variants.empty());
    for (const SafeguardVariant& v : variants) {
        SCOPED_TRACE(v.id);
        EXPECT_TRUE(validateScenario(v.variant.scenario).empty())
            << describeProblems(validateScenario(v.variant.scenario));
        EXPECT_EQ(v.variant.label, v.label);
    }
    if (const SafeguardVariant* v = find(variants, "canary")) {
        const auto& waves = v->variant.scenario.change.rollout.waves;
        ASSERT_EQ(waves.size(), base.change.rollout.waves.size() + 1);
        EXPECT_EQ(waves[0], m.canaryShare);
        EXPECT_NEAR(waves[1], base.change.rollout.waves[0] - m.canaryShare, 1e-15);
    }
    const SafeguardVariant* fourEyes = find(variants, "four-eyes");
    ASSERT_NE(fourEyes, nullptr);
    for (std::size_t i = 0; i < base.failureModes.size(); ++i) {
        EXPECT_NEAR(mean(fourEyes->variant.scenario.failureModes[i].probability),
                    0.5 * mean(base.failureModes[i].probability),
                    1e-12 * mean(base.failureModes[i].probability));
    }
    if (base.contract.contractor) {
        const SafeguardVariant* cap = find(variants, "liability-cap");
        if (cap != nullptr) {
            EXPECT_EQ(*cap->variant.scenario.contract.capAmount(),
                      std::max(base.contract.contractValue, 50000.0));
        }
    }
    if (const SafeguardVariant* v = find(variants, "backups")) {
        for (const AssetGroup& g : v->variant.scenario.environment.assetGroups) {
            EXPECT_GE(mean(g.backupShare), m.backupShare);
        }
    }
}

// Detection stops the waves after a failed one: with a single wave there is nothing to stop,
// so the variant would only repeat the scenario's figures.
TEST(Safeguards, DetectionOnlyForARolloutOfSeveralWaves) {
    Scenario single = routerTemplate();
    single.change.rollout.waves = {1.0};
    single.change.rollout.detectionProbability = Fixed{0.5};
    EXPECT_EQ(find(safeguardVariants(single), "detection"), nullptr);
    Scenario staged = single;
    staged.change.rollout.waves = {0.2, 0.8};
    const auto variants = safeguardVariants(staged);
    const SafeguardVariant* detection = find(variants, "detection");
    ASSERT_NE(detection, nullptr);
    EXPECT_EQ(mean(detection->variant.scenario.change.rollout.detectionProbability), 0.95);
}

TEST(Safeguards, NothingToActOnGivesNoVariants) {
    Scenario s;
    s.name = "loss lines only";
    s.lossLines.push_back(lossLine("l", Party::Operator, Fixed{1}, Fixed{100}));
    EXPECT_TRUE(safeguardVariants(s).empty());
}

TEST(Safeguards, ScaledProbabilityHasTheScaledMean) {
    const std::vector<Distribution> distributions = {
        Fixed{0.2},
        Uniform{0.1, 0.3},
        Triangular{0, 0.1, 0.4},
        Pert{0.01, 0.05, 0.2, 4},
        Normal{0.3, 0.05},
        Lognormal{-4, 0.5},
        Gamma{2, 0.01},
        Beta{1, 199},
        Beta{2, 30},
        Bernoulli{0.3},
        Binomial{1, 0.3},
        Discrete{{0.1, 0.2, 0.5}, {1, 2, 1}},
    };
    for (const Distribution& d : distributions) {
        SCOPED_TRACE(describe(d));
        const Distribution scaled = scaleProbability(d, 0.4);
        ASSERT_TRUE(checkParameters(scaled).empty());
        EXPECT_NEAR(mean(scaled), 0.4 * mean(d), 1e-12);
    }
}

TEST(Safeguards, FourEyesHalvesTheIncidentProbability) {
    // One failure mode with a fixed probability and an incident of fixed cost.
    Scenario s = tenAssetIncident();
    s.failureModes[0].probability = Fixed{0.4};
    const auto variants = safeguardVariants(s);
    const SafeguardVariant* v = find(variants, "four-eyes");
    ASSERT_NE(v, nullptr);
    RunOptions o;
    o.iterations = 40000;
    o.seed = 5 + seedOffset();
    const auto figures = compareScenarios({{"base", s}, v->variant}, o);
    ASSERT_EQ(figures.size(), 2U);
    EXPECT_NEAR(figures[0].pAnyIncident, 0.4, kSigmas * std::sqrt(0.24 / 40000));
    EXPECT_NEAR(figures[1].pAnyIncident, 0.2, kSigmas * std::sqrt(0.16 / 40000));
    // Every incident costs L = 1,500 (scenario_builders.h), so E[total] = 1,500 P(incident).
    EXPECT_NEAR(figures[0].expectedTotalLoss, 1500 * figures[0].pAnyIncident, 1e-9);
    EXPECT_NEAR(figures[1].expectedTotalLoss, 1500 * figures[1].pAnyIncident, 1e-9);
}

} // namespace
} // namespace cr::test
