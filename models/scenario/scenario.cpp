// Small derived quantities of the scenario value types.
#include "scenario/scenario.h"

#include <algorithm>

namespace cr {

std::optional<Money> Contract::capAmount() const {
    if (!liabilityCap) {
        return std::nullopt;
    }
    Money cap = liabilityCap->kind == LiabilityCap::Kind::Amount
                    ? liabilityCap->value
                    : liabilityCap->value * contractValue;
    if (liabilityCap->minAmount) {
        cap = std::max(cap, *liabilityCap->minAmount);
    }
    return cap;
}

Money Deductible::forClaim(Money covered) const {
    if (!isPercent) {
        return amount;
    }
    Money d = percent / 100.0 * covered;
    if (min) {
        d = std::max(d, *min);
    }
    if (max) {
        d = std::min(d, *max);
    }
    return d;
}

std::optional<Money> Policy::annualAggregate() const {
    switch (aggregateSpec) {
    case AggregateSpec::Unlimited:
        return std::nullopt;
    case AggregateSpec::Amount:
        return annualAggregateAmount;
    case AggregateSpec::Default:
        break;
    }
    if (!perClaimLimit) {
        return std::nullopt;
    }
    return 2.0 * *perClaimLimit;
}

const AssetGroup* Scenario::findAssetGroup(const std::string& id) const {
    auto it = std::find_if(environment.assetGroups.begin(), environment.assetGroups.end(),
                           [&](const AssetGroup& g) { return g.id == id; });
    return it == environment.assetGroups.end() ? nullptr : &*it;
}

} // namespace cr
