// Cover options: payments against the limited expected value, monotonicity on one sample, and
// the option with the policy's own terms against the plain run.
#include "decision/cover_options.h"
#include "decision/sweep_json.h"
#include "format/result_json.h"
#include "format/scenario_json.h"
#include "models/engine/scenario_builders.h"

#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace cr::test {
namespace {

constexpr double kMeanlog = 10, kSdlog = 1;

// One lognormal loss per iteration, one operator policy without an aggregate.
Scenario oneLossPerIteration() {
    Scenario s;
    s.name = "one loss";
    s.lossLines.push_back(
        lossLine("loss", Party::Operator, Fixed{1}, Lognormal{kMeanlog, kSdlog}, Category::Other));
    Policy p = policy("cover", Party::Operator, {Category::Other});
    p.perClaimLimit = 50000;
    p.aggregateSpec = Policy::AggregateSpec::Unlimited;
    s.insurance.push_back(p);
    return s;
}

// Y = min(max(X - d, 0), L): E[Y] = integral_0^L S(d + y) dy and E[Y^2] = integral_0^L
// 2y S(d + y) dy, S the lognormal survival function from Boost.Math.
struct LimitedMoments {
    double mean, meanSquare;
};
LimitedMoments limitedMoments(double d, double limit) {
    const boost::math::lognormal_distribution<double> x(kMeanlog, kSdlog);
    const auto survival = [&](double y) { return cdf(complement(x, d + y)); };
    using Quadrature = boost::math::quadrature::gauss_kronrod<double, 61>;
    const double mean = Quadrature::integrate(survival, 0.0, limit, 15, 1e-12);
    const double square =
        Quadrature::integrate([&](double y) { return 2 * y * survival(y); }, 0.0, limit, 15, 1e-12);
    return {mean, square};
}

RunOptions options(std::uint64_t iterations, std::uint64_t seed = 7, unsigned threads = 2) {
    RunOptions o;
    o.iterations = iterations;
    o.seed = seed + seedOffset();
    o.threads = threads;
    return o;
}

TEST(CoverOptions, ExpectedPaymentIsTheLimitedExpectedValue) {
    const Scenario s = oneLossPerIteration();
    ASSERT_TRUE(validateScenario(s).empty());
    SweepRequest request;
    request.limits = {10000, 30000, 100000, 400000};
    request.deductibles = {0, 2500};
    const std::uint64_t n = 200000;
    const SweepResult sweep = runSweep(s, request, options(n));
    ASSERT_EQ(sweep.options.size(), 8U);
    const boost::math::lognormal_distribution<double> x(kMeanlog, kSdlog);
    for (const CoverOption& o : sweep.options) {
        const double limit = *o.terms.perClaimLimit;
        const double d = o.terms.deductible.amount;
        const LimitedMoments m = limitedMoments(d, limit);
        const double se = std::sqrt((m.meanSquare - m.mean * m.mean) / static_cast<double>(n));
        EXPECT_NEAR(o.expectedPaid, m.mean, kSigmas * se) << "limit " << limit << " d " << d;
        // The holder keeps X - Y: its mean is E[X] - E[Y]; P(capped) = P(X - d > L).
        const double pCapped = cdf(complement(x, d + limit));
        EXPECT_NEAR(o.pClaimCapped, pCapped,
                    kSigmas * std::sqrt(pCapped * (1 - pCapped) / static_cast<double>(n)));
        EXPECT_EQ(o.pAggregateExhausted, 0.0);
        EXPECT_FALSE(o.annualPremium.has_value());
        EXPECT_FALSE(o.expectedUninsuredPlusPremium.has_value());
    }
    // The holder's uninsured amount and the payment add up to the loss on the same sample.
    const double meanLoss = sweep.options[0].expectedPaid + sweep.options[0].expectedUninsured;
    for (const CoverOption& o : sweep.options) {
        EXPECT_NEAR(o.expectedPaid + o.expectedUninsured, meanLoss, 1e-9 * meanLoss);
    }
}

TEST(CoverOptions, HigherLimitsNeverPayLessOnTheSameSample) {
    Scenario s = oneLossPerIteration();
    s.simulation.horizon = Horizon::Annual;
    s.lossLines[0].frequency = Poisson{3};
    s.lossLines[0].severity = Lognormal{9, 1.5};
    s.insurance[0].aggregateSpec = Policy::AggregateSpec::Default; // 2 x limit
    ASSERT_TRUE(validateScenario(s).empty());
    SweepRequest request;
    request.limits = {5000, 10000, 20000, 50000, 100000, 250000, 1000000};
    request.deductibles = {1000};
    const SweepResult sweep = runSweep(s, request, options(50000));
    for (std::size_t i = 1; i < sweep.options.size(); ++i) {
        const CoverOption& lower = sweep.options[i - 1];
        const CoverOption& higher = sweep.options[i];
        EXPECT_EQ(*higher.terms.annualAggregate(), 2 * *higher.terms.perClaimLimit);
        EXPECT_GE(higher.expectedPaid, lower.expectedPaid) << i;
        EXPECT_LE(higher.expectedUninsured, lower.expectedUninsured) << i;
        EXPECT_LE(higher.uninsured1in100, lower.uninsured1in100) << i;
        EXPECT_LE(higher.pClaimCapped, lower.pClaimCapped) << i;
        EXPECT_LE(higher.pAggregateExhausted, lower.pAggregateExhausted) << i;
    }
    EXPECT_GT(sweep.options.front().pAggregateExhausted, 0.0);
    EXPECT_GT(sweep.options.back().expectedPaid, sweep.options.front().expectedPaid);
}

TEST(CoverOptions, OwnTermsReproduceThePlainRunExactly) {
    for (const char* name : {"isp-router-reset.json", "webshop-deployment.json",
                             "sme-database-migration.json", "endpoint-agent-update.json"}) {
        const Scenario s = readScenarioFile(std::string(CHANGERISK_TEMPLATES_DIR) + "/" + name);
        for (std::size_t p = 0; p < s.insurance.size(); ++p) {
            const Policy& policy = s.insurance[p];
            if (!policy.perClaimLimit) {
                continue;
            }
            SCOPED_TRACE(std::string(name) + " policy " + policy.id);
            RunResult plain = runSimulation(s, options(30000, 3));
            const auto doc = resultDocument(s, "", plain, 2);
            SweepRequest request;
            request.policy = p;
            request.limits = {*policy.perClaimLimit / 2, *policy.perClaimLimit};
            const SweepResult sweep = runSweep(s, request, options(30000, 3, 1));
            const CoverOption& own = sweep.options.at(1);
            const std::string holderNet =
                policy.holder == Party::Operator ? "operator_net" : "contractor_net";
            const auto& series = doc["series"];
            EXPECT_EQ(own.expectedPaid,
                      series["policy." + policy.id + ".paid"]["mean"].get<double>());
            EXPECT_EQ(own.expectedUninsured, series[holderNet]["mean"].get<double>());
            EXPECT_EQ(own.uninsured1in100, series[holderNet]["var_0.99"].get<double>());
            EXPECT_EQ(own.pClaimCapped, doc["policies"][policy.id]["p_claim_capped"].get<double>());
            EXPECT_EQ(own.pAggregateExhausted,
                      doc["policies"][policy.id]["p_aggregate_exhausted"].get<double>());
            EXPECT_EQ(own.terms.annualAggregate(), policy.annualAggregate());
        }
    }
}

TEST(CoverOptions, TheHoldersLaterPoliciesApplyAfterEachOption) {
    // A primary policy (swept) and an excess policy of the same holder on what is left, plus a
    // contractor loss line the operator's figures must not see.
    Scenario s = oneLossPerIteration();
    s.simulation.horizon = Horizon::Annual;
    s.lossLines[0].frequency = Poisson{2};
    s.insurance[0].aggregateSpec = Policy::AggregateSpec::Default;
    Policy excess = policy("excess", Party::Operator, {Category::Other});
    excess.perClaimLimit = 100000;
    s.insurance.push_back(excess);
    s.contract.contractor = true;
    s.lossLines.push_back(lossLine("own", Party::Contractor, Poisson{1}, Fixed{300}));
    ASSERT_TRUE(validateScenario(s).empty()) << describeProblems(validateScenario(s));
    RunResult plain = runSimulation(s, options(20000, 9));
    const auto doc = resultDocument(s, "", plain, 2);
    SweepRequest request;
    request.limits = {20000, 50000};
    const SweepResult sweep = runSweep(s, request, options(20000, 9));
    const CoverOption& own = sweep.options.at(1);
    EXPECT_EQ(own.expectedPaid, doc["series"]["policy.cover.paid"]["mean"].get<double>());
    EXPECT_EQ(own.expectedUninsured, doc["series"]["operator_net"]["mean"].get<double>());
    EXPECT_EQ(own.uninsured1in100, doc["series"]["operator_net"]["var_0.99"].get<double>());
    // A lower primary limit leaves more to the excess policy: the holder's uninsured amount
    // rises by less than the primary payment falls.
    const CoverOption& lower = sweep.options.at(0);
    EXPECT_LT(lower.expectedPaid, own.expectedPaid);
    EXPECT_LT(lower.expectedUninsured - own.expectedUninsured,
              own.expectedPaid - lower.expectedPaid);
}

TEST(CoverOptions, SameResultForAnyNumberOfThreads) {
    Scenario s = oneLossPerIteration();
    SweepRequest request;
    request.limits = {20000, 60000};
    request.premiums = {100, 250};
    const SweepResult one = runSweep(s, request, options(20000, 5, 1));
    const SweepResult two = runSweep(s, request, options(20000, 5, 2));
    EXPECT_EQ(sweepDocument(s, "", one), sweepDocument(s, "", two));
    ASSERT_TRUE(one.options[1].expectedUninsuredPlusPremium.has_value());
    EXPECT_EQ(*one.options[1].expectedUninsuredPlusPremium, one.options[1].expectedUninsured + 250);
}

TEST(CoverOptions, TheSweepNeedsNoSeriesValues) {
    // runSweep simulates without series values (RunOptions::keepSeries false): its options are
    // the options evaluated on a full run's kept claims, bit for bit, with a later excess
    // policy of the same holder and several deductibles.
    Scenario s = oneLossPerIteration();
    s.simulation.horizon = Horizon::Annual;
    s.lossLines[0].frequency = Poisson{1.5};
    Policy excess = policy("excess", Party::Operator, {Category::Other});
    excess.perClaimLimit = 80000;
    s.insurance.push_back(excess);
    ASSERT_TRUE(validateScenario(s).empty()) << describeProblems(validateScenario(s));
    SweepRequest request;
    request.limits = {10000, 40000, 90000};
    request.deductibles = {0, 1500};
    RunOptions full = options(15000, 4);
    full.keepClaimsOf = request.policy;
    const RunResult run = runSimulation(s, full);
    ASSERT_FALSE(run.series.front().nonzero.empty());
    const SweepResult fromFullRun = evaluateCoverOptions(s, request, run, 2);
    const SweepResult swept = runSweep(s, request, options(15000, 4));
    EXPECT_EQ(sweepDocument(s, "", swept), sweepDocument(s, "", fromFullRun));
    EXPECT_GT(swept.options.back().expectedPaid, swept.options.front().expectedPaid);
}

TEST(CoverOptions, AggregateFollowsItsMultiple) {
    Policy p = policy("p", Party::Operator, {Category::Other});
    p.perClaimLimit = 100000;
    p.aggregateSpec = Policy::AggregateSpec::Amount;
    p.annualAggregateAmount = 300000; // 3 x the limit
    EXPECT_DOUBLE_EQ(*withTerms(p, 250000, std::nullopt).annualAggregate(), 750000);
    EXPECT_EQ(*withTerms(p, 100000, std::nullopt).annualAggregate(), 300000);
    p.aggregateSpec = Policy::AggregateSpec::Default;
    EXPECT_EQ(*withTerms(p, 250000, std::nullopt).annualAggregate(), 500000);
    p.aggregateSpec = Policy::AggregateSpec::Unlimited;
    EXPECT_FALSE(withTerms(p, 250000, 500.0).annualAggregate().has_value());
    EXPECT_EQ(withTerms(p, 250000, 500.0).deductible.forClaim(1e6), 500);
}

CoverOption optionWith(double limit, double pCapped) {
    CoverOption o;
    o.terms.perClaimLimit = limit;
    o.pClaimCapped = pCapped;
    return o;
}

TEST(CoverOptions, RecommendsTheSmallestLimitBelowTheTarget) {
    // Given out of order: 1M (0.2 %), 250k (3 %), 500k (0.9 %), 500k (0.5 %): 500k, first one.
    const std::vector<CoverOption> options = {optionWith(1e6, 0.002), optionWith(250000, 0.03),
                                              optionWith(500000, 0.009), optionWith(500000, 0.005)};
    EXPECT_EQ(recommendedOption(options, 0.01), 2U);
    EXPECT_EQ(recommendedOption(options, 0.006), 3U);
    EXPECT_EQ(recommendedOption(options, 0.002), std::nullopt); // strictly below
    SweepResult sweep;
    sweep.options = options;
    sweep.target = 0.01;
    sweep.recommended = 2;
    Scenario s;
    EXPECT_EQ(recommendationSentence(s, sweep, Language::English),
              "Recommended: a per-claim limit of €500,000 (aggregate €1,000,000). The "
              "probability that a claim exceeds the limit is 0.90 %, below the target of 1.00 %.");
    sweep.recommended.reset();
    EXPECT_EQ(recommendationSentence(s, sweep, Language::English),
              "No option keeps the probability that a claim exceeds the limit below 1.00 %; with "
              "the largest limit, €1,000,000, it is 0.20 %.");
}

} // namespace
} // namespace cr::test
