// Edits that the model's validator must accept before they reach the undo stack: the page builds
// the scenario as it would be after the edit, and only a value that brings no new problem is
// pushed (edit::setValue). A refused value leaves the scenario unchanged and returns the reason,
// naming the field by its JSON pointer, for the page to show next to the field.
#pragma once

#include "document/edit.h"

#include <QString>

#include <functional>
#include <utility>

namespace cr::ui {

// The problems `after` has that `before` has not, one per line as "pointer: message"; empty
// when the edit brings none. Problems the scenario already had (a file edited by hand) do not
// block unrelated edits; a conflict with another field names the field the user must change.
QString newProblems(const Scenario& before, const Scenario& after);

// One field of the scenario as an editor sees it: what the undo stack merges on (`change`),
// how to reach it for writing (commands) and reading (refresh), and what the undo menu calls it.
template <typename T>
struct FieldRef {
    ScenarioChange change;
    typename SetValueCommand<T>::Accessor access;
    std::function<const T&(const Scenario&)> read;
    QString undoText;
};

// A FieldRef from one generic accessor, `[](auto& s) -> auto& { return s.contract.x; }`, that
// serves both the writing and the reading side.
template <typename T, typename Access>
FieldRef<T> makeField(ScenarioChange change, Access access, const QString& undoText) {
    return {change, [access](Scenario& s) -> T& { return access(s); },
            [access](const Scenario& s) -> const T& { return access(s); }, undoText};
}

// Pushes `value` into the field when the validator accepts it; otherwise returns the reason and
// pushes nothing. Consecutive accepted edits of one field merge into one undo step.
template <typename T>
QString commitValidated(ScenarioDocument& document, const FieldRef<T>& field, T value) {
    Scenario candidate = document.scenario();
    field.access(candidate) = value;
    QString problem = newProblems(document.scenario(), candidate);
    if (problem.isEmpty()) {
        edit::setValue<T>(document, field.change, field.access, std::move(value), field.undoText);
    }
    return problem;
}

} // namespace cr::ui
