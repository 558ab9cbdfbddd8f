// waveExposure: the deployment counts of MODEL.md's rollout rule.
#include "editors/wave_exposure.h"

#include <algorithm>
#include <cmath>

namespace cr::ui {

WaveExposure waveExposure(const std::vector<std::int64_t>& counts,
                          const std::vector<double>& waves) {
    WaveExposure e;
    e.deployed.assign(waves.size(), 0);
    for (auto n : counts) {
        e.total += n;
        double share = 0;
        std::int64_t before = 0;
        for (std::size_t j = 0; j < waves.size(); ++j) {
            share += waves[j];
            // std::llround rounds halves away from zero, as MODEL.md's round does; the last
            // wave deploys the rest, as the engine does (compiled_scenario.cpp).
            const std::int64_t after =
                j + 1 == waves.size()
                    ? n
                    : std::min<std::int64_t>(n, std::llround(static_cast<double>(n) * share));
            e.deployed[j] += std::max<std::int64_t>(0, after - before);
            before = std::max(before, after);
        }
    }
    std::int64_t sum = 0;
    for (auto d : e.deployed) {
        sum += d;
        e.cumulative.push_back(sum);
    }
    e.firstWave = e.cumulative.empty() ? 0 : e.cumulative.front();
    return e;
}

double WaveExposure::expected(double detectionProbability) const {
    double sum = 0;
    double reach = 1; // probability that the rollout reaches wave j
    for (auto d : deployed) {
        sum += reach * static_cast<double>(d);
        reach *= 1 - detectionProbability;
    }
    return sum;
}

} // namespace cr::ui
