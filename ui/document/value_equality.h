// Equality of scenario values for undo merging; distributions compare by their JSON form.
#pragma once

#include "distributions/distribution.h"
#include "format/scenario_json.h"
#include "scenario/scenario.h"

#include <optional>

namespace cr::ui {

template <typename T>
bool valuesEqual(const T& a, const T& b) {
    return a == b;
}

// The distribution structs define no operator==; their JSON form is what a user would see
// differ, and it keeps a Lognormal's stated form in the comparison.
inline bool valuesEqual(const Distribution& a, const Distribution& b) {
    return distributionToJson(a) == distributionToJson(b);
}

// The contract's liability cap (an optional struct without operator==).
inline bool valuesEqual(const LiabilityCap& a, const LiabilityCap& b) {
    return a.kind == b.kind && a.value == b.value && a.minAmount == b.minAmount;
}
inline bool valuesEqual(const std::optional<LiabilityCap>& a,
                        const std::optional<LiabilityCap>& b) {
    return a.has_value() == b.has_value() && (!a || valuesEqual(*a, *b));
}

} // namespace cr::ui
