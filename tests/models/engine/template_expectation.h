// Hand-calculation helpers for template_expectation_test.cpp: exact means and the engine's mean.
//
// Each helper that reads a template field first checks that the field still holds the
// distribution the hand calculation was written for (a template edit must fail here, naming
// the field, rather than silently change the expected value), then returns that distribution's
// exact mean from its textbook formula, independent of cr::mean().
#pragma once

#include "distributions/distribution.h"
#include "engine/engine.h"
#include "format/scenario_json.h"

#include <boost/math/distributions/normal.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <variant>

namespace crtest {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

inline cr::Scenario loadTemplate(const std::string& file) {
    return cr::readScenarioFile(std::string(CHANGERISK_TEMPLATES_DIR) + "/" + file);
}

// PERT min / mode / max with lambda 4: mean (min + 4 mode + max) / 6.
inline double pert(const cr::Distribution& d, double min, double mode, double max,
                   const char* field) {
    const auto* p = std::get_if<cr::Pert>(&d);
    if (p == nullptr || p->min != min || p->mode != mode || p->max != max || p->lambda != 4) {
        ADD_FAILURE() << field << ": the template no longer holds PERT " << min << " / " << mode
                      << " / " << max << " (got " << cr::describe(d) << ")";
        return kNaN;
    }
    return (min + 4.0 * mode + max) / 6.0;
}

inline double fixed(const cr::Distribution& d, double value, const char* field) {
    const auto* f = std::get_if<cr::Fixed>(&d);
    if (f == nullptr || f->value != value) {
        ADD_FAILURE() << field << ": the template no longer holds the number " << value << " (got "
                      << cr::describe(d) << ")";
        return kNaN;
    }
    return value;
}

// Beta(alpha, beta): mean alpha / (alpha + beta).
inline double beta(const cr::Distribution& d, double alpha, double betaParam, const char* field) {
    const auto* b = std::get_if<cr::Beta>(&d);
    if (b == nullptr || b->alpha != alpha || b->beta != betaParam) {
        ADD_FAILURE() << field << ": the template no longer holds Beta(" << alpha << ", "
                      << betaParam << ") (got " << cr::describe(d) << ")";
        return kNaN;
    }
    return alpha / (alpha + betaParam);
}

inline double bernoulli(const cr::Distribution& d, double p, const char* field) {
    const auto* b = std::get_if<cr::Bernoulli>(&d);
    if (b == nullptr || b->p != p) {
        ADD_FAILURE() << field << ": the template no longer holds Bernoulli(" << p << ") (got "
                      << cr::describe(d) << ")";
        return kNaN;
    }
    return p;
}

// Lognormal given by its 5th and 95th percentiles: mu = (ln p05 + ln p95) / 2,
// sigma = (ln p95 - ln p05) / (2 z_0.95), mean = exp(mu + sigma^2 / 2).
inline double lognormalP(const cr::Distribution& d, double p05, double p95, const char* field) {
    const double z = boost::math::quantile(boost::math::normal_distribution<double>(), 0.95);
    const double mu = (std::log(p05) + std::log(p95)) / 2.0;
    const double sigma = (std::log(p95) - std::log(p05)) / (2.0 * z);
    const auto* l = std::get_if<cr::Lognormal>(&d);
    if (l == nullptr || std::abs(l->meanlog - mu) > 1e-12 || std::abs(l->sdlog - sigma) > 1e-12) {
        ADD_FAILURE() << field << ": the template no longer holds lognormal p05 " << p05 << ", p95 "
                      << p95 << " (got " << cr::describe(d) << ")";
        return kNaN;
    }
    return std::exp(mu + sigma * sigma / 2.0);
}

struct SimulatedMean {
    double mean = 0;
    double standardError = 0; // sd of the sample (n - 1) / sqrt(n)
    std::uint64_t incidentIterations = 0;
};

// Runs the engine and returns the mean and standard error of the total_loss series, from the
// sample itself (the zeros are implied by ZeroInflatedSample).
inline SimulatedMean simulateTotalLoss(const cr::Scenario& scenario, std::uint64_t iterations,
                                       std::uint64_t seed) {
    cr::RunOptions options;
    options.iterations = iterations;
    options.seed = seed;
    const cr::RunResult result = cr::runSimulation(scenario, options);
    const cr::ZeroInflatedSample& total =
        result.series.at(cr::SeriesLayout::fixed(cr::FixedSeries::TotalLoss));
    const double n = static_cast<double>(total.n);
    double sum = 0;
    for (double x : total.nonzero) {
        sum += x;
    }
    const double mean = sum / n;
    // Two-pass sum of squares; the implied zeros contribute (0 - mean)^2 each.
    double squares = (n - static_cast<double>(total.nonzero.size())) * mean * mean;
    for (double x : total.nonzero) {
        squares += (x - mean) * (x - mean);
    }
    const double sd = std::sqrt(squares / (n - 1.0));
    return {mean, sd / std::sqrt(n), result.incidentIterations};
}

// The agreement the tests demand: |simulated - hand| within 4.5 standard errors.
inline constexpr double kSigmas = 4.5;

inline void expectAgrees(const SimulatedMean& simulated, double hand, const char* what) {
    EXPECT_TRUE(std::isfinite(hand)) << what;
    EXPECT_GT(simulated.standardError, 0.0) << what;
    EXPECT_NEAR(simulated.mean, hand, kSigmas * simulated.standardError)
        << what << ": hand value " << hand << ", simulated " << simulated.mean << " +- "
        << simulated.standardError << " (z = " << (simulated.mean - hand) / simulated.standardError
        << ")";
    testing::Test::RecordProperty(std::string(what) + "_hand", std::to_string(hand));
    testing::Test::RecordProperty(std::string(what) + "_simulated", std::to_string(simulated.mean));
    testing::Test::RecordProperty(std::string(what) + "_stderr",
                                  std::to_string(simulated.standardError));
}

} // namespace crtest
