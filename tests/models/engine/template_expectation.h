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
#include "scenario/category.h"

#include <boost/math/distributions/normal.hpp>
#include <gtest/gtest.h>

#include <array>
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

// E[cost] by category, as the hand calculation finds it.
struct HandCost {
    std::array<double, cr::kCategoryCount> byCategory{};
    double& operator[](cr::Category c) { return byCategory[cr::index(c)]; }
    double operator[](cr::Category c) const { return byCategory[cr::index(c)]; }
    double total() const {
        double sum = 0;
        for (double v : byCategory) {
            sum += v;
        }
        return sum;
    }
    HandCost scaled(double factor) const {
        HandCost out = *this;
        for (double& v : out.byCategory) {
            v *= factor;
        }
        return out;
    }
};

struct SimulatedMean {
    double mean = 0;
    double standardError = 0; // sd of the sample (n - 1) / sqrt(n)
};

// Mean and standard error of one series, from the sample itself (the zeros are implied).
inline SimulatedMean meanOf(const cr::ZeroInflatedSample& sample) {
    const double n = static_cast<double>(sample.n);
    double sum = 0;
    for (double x : sample.nonzero) {
        sum += x;
    }
    const double mean = sum / n;
    // Two-pass sum of squares; the implied zeros contribute (0 - mean)^2 each.
    double squares = (n - static_cast<double>(sample.nonzero.size())) * mean * mean;
    for (double x : sample.nonzero) {
        squares += (x - mean) * (x - mean);
    }
    return {mean, std::sqrt(squares / (n - 1.0)) / std::sqrt(n)};
}

inline cr::RunResult simulate(const cr::Scenario& scenario, std::uint64_t iterations,
                              std::uint64_t seed) {
    cr::RunOptions options;
    options.iterations = iterations;
    options.seed = seed;
    return cr::runSimulation(scenario, options);
}

// The agreement the tests demand: |simulated - hand| within 4.5 standard errors.
inline constexpr double kSigmas = 4.5;

inline void expectAgrees(const SimulatedMean& simulated, double hand, const std::string& what) {
    EXPECT_TRUE(std::isfinite(hand)) << what;
    EXPECT_GT(simulated.standardError, 0.0) << what;
    EXPECT_NEAR(simulated.mean, hand, kSigmas * simulated.standardError)
        << what << ": hand value " << hand << ", simulated " << simulated.mean << " +- "
        << simulated.standardError << " (z = " << (simulated.mean - hand) / simulated.standardError
        << ")";
    testing::Test::RecordProperty(what + "_hand", std::to_string(hand));
    testing::Test::RecordProperty(what + "_simulated", std::to_string(simulated.mean));
    testing::Test::RecordProperty(what + "_stderr", std::to_string(simulated.standardError));
}

// The mean total loss of a run against the hand value.
inline void expectTotal(const cr::RunResult& run, double hand, const std::string& what) {
    expectAgrees(meanOf(run.series.at(cr::SeriesLayout::fixed(cr::FixedSeries::TotalLoss))), hand,
                 what);
}

// The total and every category of a run against the hand values: a category the hand
// calculation finds zero must be exactly zero in every iteration.
inline void expectTotalAndCategories(const cr::RunResult& run, const HandCost& hand,
                                     const std::string& what) {
    expectTotal(run, hand.total(), what);
    for (cr::Category c : cr::kAllCategories) {
        const cr::ZeroInflatedSample& sample =
            run.series.at(cr::SeriesLayout::category(cr::index(c)));
        const std::string name = what + "." + std::string(cr::categoryName(c));
        if (hand.byCategory[cr::index(c)] == 0) {
            EXPECT_TRUE(sample.nonzero.empty()) << name << " should never be charged";
        } else {
            expectAgrees(meanOf(sample), hand.byCategory[cr::index(c)], name);
        }
    }
}

} // namespace crtest
