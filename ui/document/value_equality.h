// Equality of scenario values for undo merging; distributions compare by their JSON form.
#pragma once

#include "distributions/distribution.h"
#include "format/scenario_json.h"

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

} // namespace cr::ui
