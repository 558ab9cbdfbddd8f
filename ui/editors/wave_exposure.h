// How many assets a staged rollout exposes, for the Change page's live hint.
//
// MODEL.md "Blast radius": wave j deploys round(n_g·W_j) − round(n_g·W_{j−1}) assets of every
// target group g (W_j = w_1 + … + w_j, round halves away from zero). So when the rollout halts
// after wave j, Σ_g round(n_g·W_j) assets have received the change. After every wave in which
// assets failed, one detection draw with probability p decides whether the rollout halts.
//   - Detection fails every time: every wave deploys, all M = Σ_g n_g assets are exposed.
//   - The failure is detected after the first wave: only round(n_g·w_1) per group are exposed.
//   - Expected exposure when every wave has failures (a wide failure): wave j deploys only if
//     the j−1 detections before it all failed, so E = Σ_j d_j·(1 − p)^(j−1), d_j the wave's
//     deployed count. A narrow failure that misses some waves exposes more (no draw then).
#pragma once

#include <cstdint>
#include <vector>

namespace cr::ui {

struct WaveExposure {
    std::int64_t total = 0;               // M: assets in the target groups
    std::vector<std::int64_t> deployed;   // d_j per wave, summed over the groups
    std::vector<std::int64_t> cumulative; // exposed if the rollout halts after wave j
    std::int64_t firstWave = 0;           // exposed if detected after the first wave
    double expected(double detectionProbability) const;
};

// `counts`: n_g of the target groups; `waves`: the fractions w_j. Like the engine, the last wave
// deploys the rest of every group, so rounding never loses or adds an asset.
WaveExposure waveExposure(const std::vector<std::int64_t>& counts,
                          const std::vector<double>& waves);

} // namespace cr::ui
