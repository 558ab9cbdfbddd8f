// Deriving the safeguard variants of a scenario.
#include "decision/safeguards.h"

#include <algorithm>
#include <cmath>

namespace cr {

namespace {

ComparedScenario variantOf(const Scenario& scenario, const std::string& label) {
    ComparedScenario v{label, scenario};
    v.scenario.name = scenario.name + " — " + label;
    return v;
}

// Raises every asset group's share field to at least `value`; true when any changed.
bool raiseShares(Scenario& s, Distribution AssetGroup::*field, double value) {
    bool changed = false;
    for (AssetGroup& g : s.environment.assetGroups) {
        if (mean(g.*field) < value) {
            g.*field = Fixed{value};
            changed = true;
        }
    }
    return changed;
}

} // namespace

Distribution scaleProbability(const Distribution& d, double f) {
    struct Scale {
        double f;
        Distribution operator()(Fixed x) const { return Fixed{x.value * f}; }
        Distribution operator()(Uniform x) const { return Uniform{x.min * f, x.max * f}; }
        Distribution operator()(Triangular x) const {
            return Triangular{x.min * f, x.mode * f, x.max * f};
        }
        Distribution operator()(Pert x) const {
            return Pert{x.min * f, x.mode * f, x.max * f, x.lambda};
        }
        Distribution operator()(Normal x) const {
            return Normal{x.mean * f, x.sd * f, x.min * f, x.max * f};
        }
        Distribution operator()(Lognormal x) const {
            x.meanlog += std::log(f);
            x.given1 *= f;
            x.given2 *= f;
            return x;
        }
        Distribution operator()(Gamma x) const { return Gamma{x.shape, x.scale * f}; }
        Distribution operator()(Beta x) const {
            // Same alpha, mean f * alpha / (alpha + beta).
            return Beta{x.alpha, (x.alpha + x.beta) / f - x.alpha};
        }
        Distribution operator()(Pareto x) const { return Pareto{x.scale * f, x.shape}; }
        Distribution operator()(Lomax x) const { return Lomax{x.shape, x.scale * f}; }
        Distribution operator()(Bernoulli x) const { return Discrete{{0, f}, {1 - x.p, x.p}}; }
        Distribution operator()(Binomial x) const {
            // A probability can only be a binomial with n <= 1.
            return x.n < 1 ? Distribution{Fixed{0}} : Discrete{{0, f}, {1 - x.p, x.p}};
        }
        Distribution operator()(Discrete x) const {
            for (double& v : x.values) {
                v *= f;
            }
            return x;
        }
        Distribution operator()(Poisson x) const { return x; } // not a probability
        Distribution operator()(NegBinomial x) const { return x; }
    };
    return std::visit(Scale{f}, d);
}

std::vector<SafeguardVariant> safeguardVariants(const Scenario& scenario,
                                                const SafeguardMagnitudes& m) {
    std::vector<SafeguardVariant> out;
    const bool hasChange = !scenario.failureModes.empty() && !scenario.change.targets.empty();
    const Rollout& rollout = scenario.change.rollout;
    if (hasChange && !rollout.waves.empty() && rollout.waves.front() > m.canaryShare) {
        SafeguardVariant v{"canary", "Staged rollout (canary wave)", variantOf(scenario, "")};
        // A canary wave split off the first wave: the later waves keep their sizes.
        std::vector<double>& waves = v.variant.scenario.change.rollout.waves;
        waves.front() -= m.canaryShare;
        waves.insert(waves.begin(), m.canaryShare);
        out.push_back(std::move(v));
    }
    // Detection acts between waves: a single-wave rollout has nothing for it to act on.
    if (hasChange && rollout.waves.size() > 1 &&
        mean(rollout.detectionProbability) < m.detectionProbability) {
        SafeguardVariant v{"detection", "Higher detection probability", variantOf(scenario, "")};
        v.variant.scenario.change.rollout.detectionProbability = Fixed{m.detectionProbability};
        out.push_back(std::move(v));
    }
    {
        SafeguardVariant v{"backups", "Backups", variantOf(scenario, "")};
        if (hasChange && raiseShares(v.variant.scenario, &AssetGroup::backupShare, m.backupShare)) {
            out.push_back(std::move(v));
        }
    }
    {
        SafeguardVariant v{"remote-restore", "Remote restore", variantOf(scenario, "")};
        if (hasChange && raiseShares(v.variant.scenario, &AssetGroup::remoteRestoreShare,
                                     m.remoteRestoreShare)) {
            out.push_back(std::move(v));
        }
    }
    if (!scenario.failureModes.empty()) {
        SafeguardVariant v{"four-eyes", "Four-eyes review (lower failure probability)",
                           variantOf(scenario, "")};
        for (FailureMode& f : v.variant.scenario.failureModes) {
            f.probability = scaleProbability(f.probability, m.failureProbabilityFactor);
        }
        out.push_back(std::move(v));
    }
    if (scenario.contract.contractor) {
        const Money cap = std::max(m.liabilityCapMultiple * scenario.contract.contractValue,
                                   m.liabilityCapMinimum);
        const auto current = scenario.contract.capAmount();
        if (!current || *current > cap) {
            SafeguardVariant v{"liability-cap", "Contract liability cap", variantOf(scenario, "")};
            LiabilityCap c;
            c.kind = LiabilityCap::Kind::MultipleOfContractValue;
            c.value = m.liabilityCapMultiple;
            c.minAmount = m.liabilityCapMinimum;
            v.variant.scenario.contract.liabilityCap = c;
            out.push_back(std::move(v));
        }
    }
    for (SafeguardVariant& v : out) {
        v.variant.label = v.label;
        v.variant.scenario.name = scenario.name + " — " + v.label;
    }
    return out;
}

} // namespace cr
