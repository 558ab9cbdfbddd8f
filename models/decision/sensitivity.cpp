// The tornado and the rank-correlation importance of a scenario's uncertain inputs.
#include "decision/sensitivity.h"

#include "decision/uncertain_inputs.h"

#include <algorithm>
#include <numeric>

namespace cr {

namespace {

double meanOf(const RunResult& run, FixedSeries series) {
    const auto& values = run.series.at(run.sameAs.at(SeriesLayout::fixed(series))).nonzero;
    double sum = 0;
    for (double v : values) {
        sum += v;
    }
    return run.iterations > 0 ? sum / static_cast<double>(run.iterations) : 0.0;
}

// Ranks 1..n, ties get the average of their ranks.
std::vector<double> ranks(const std::vector<double>& x) {
    std::vector<std::size_t> order(x.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    std::vector<double> r(x.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && x[order[j + 1]] == x[order[i]]) {
            ++j;
        }
        const double average = (static_cast<double>(i + j) / 2.0) + 1.0;
        for (std::size_t k = i; k <= j; ++k) {
            r[order[k]] = average;
        }
        i = j + 1;
    }
    return r;
}

} // namespace

std::optional<double> spearmanCorrelation(const std::vector<double>& x,
                                          const std::vector<double>& y) {
    if (x.size() != y.size() || x.size() < 3) {
        return std::nullopt;
    }
    const std::vector<double> rx = ranks(x), ry = ranks(y);
    const double n = static_cast<double>(x.size());
    const double meanRank = (n + 1) / 2;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < rx.size(); ++i) {
        sxy += (rx[i] - meanRank) * (ry[i] - meanRank);
        sxx += (rx[i] - meanRank) * (rx[i] - meanRank);
        syy += (ry[i] - meanRank) * (ry[i] - meanRank);
    }
    if (sxx <= 0 || syy <= 0) {
        return std::nullopt;
    }
    return sxy / std::sqrt(sxx * syy);
}

SensitivityResult runSensitivity(const Scenario& scenario, const RunOptions& options) {
    SensitivityResult result;
    result.iterations = options.iterations;
    result.seed = options.seed;
    Scenario base = scenario;
    const std::vector<UncertainInput> inputs = uncertainInputs(base);
    {
        RunOptions o = options;
        for (const UncertainInput& input : inputs) {
            o.recordDraws.push_back(input.value);
        }
        o.keepSamples = true;
        const RunResult run = runSimulation(base, o);
        result.expectedTotalLoss = meanOf(run, FixedSeries::TotalLoss);
        result.expectedUninsured = meanOf(run, FixedSeries::Uninsured);
        for (std::size_t k = 0; k < inputs.size(); ++k) {
            InputImportance importance{inputs[k].pointer, std::nullopt, 0};
            std::vector<double> draws, losses;
            const std::vector<double>& recorded = run.draws.at(k);
            for (std::size_t i = 0; i < recorded.size(); ++i) {
                if (!std::isnan(recorded[i])) {
                    draws.push_back(recorded[i]);
                    losses.push_back(run.samples.at(i).totalLoss);
                }
            }
            importance.iterationsDrawn = draws.size();
            importance.spearman = spearmanCorrelation(draws, losses);
            result.importance.push_back(std::move(importance));
        }
    }
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        TornadoBar bar;
        bar.input = inputs[k].pointer;
        bar.description = describe(*inputs[k].value);
        bar.low = quantile(*inputs[k].value, kTornadoLow);
        bar.high = quantile(*inputs[k].value, kTornadoHigh);
        for (const bool high : {false, true}) {
            // The input keeps drawing and only its value is replaced, so every other draw is
            // the baseline's: the swing is the input's effect alone, not sampling noise.
            RunOptions fixed = options;
            fixed.fixDraws = {{inputs[k].value, high ? bar.high : bar.low}};
            const RunResult run = runSimulation(base, fixed);
            (high ? bar.totalLossAtHigh : bar.totalLossAtLow) = meanOf(run, FixedSeries::TotalLoss);
            (high ? bar.uninsuredAtHigh : bar.uninsuredAtLow) = meanOf(run, FixedSeries::Uninsured);
        }
        result.tornado.push_back(std::move(bar));
    }
    std::stable_sort(result.tornado.begin(), result.tornado.end(),
                     [](const TornadoBar& a, const TornadoBar& b) {
                         return a.totalLossSwing() > b.totalLossSwing();
                     });
    std::stable_sort(result.importance.begin(), result.importance.end(),
                     [](const InputImportance& a, const InputImportance& b) {
                         const double x = a.spearman ? std::abs(*a.spearman) : -1;
                         const double y = b.spearman ? std::abs(*b.spearman) : -1;
                         return x > y;
                     });
    return result;
}

} // namespace cr
