// Named edits that add, remove, duplicate or rename list entries (asset groups, failure modes,
// loss lines). Each is one undo step; where an edit must keep references consistent (a removed
// or renamed asset group in change.targets) the step is a parent command with children.
#pragma once

#include "document/scenario_document.h"

#include <string>
#include <vector>

namespace cr::ui::commands {

// An id not yet in `taken`: `base` itself, else base-2, base-3, ...
std::string uniqueId(const std::string& base, const std::vector<std::string>& taken);

// Each returns the row of the new entry.
int addAssetGroup(ScenarioDocument& document);
int duplicateAssetGroup(ScenarioDocument& document, int row);
// Removes the group and every mention of its id in change.targets, in one undo step.
void removeAssetGroup(ScenarioDocument& document, int row);
// Sets the group's id and renames it in change.targets, in one undo step.
void renameAssetGroup(ScenarioDocument& document, int row, const std::string& id);

int addFailureMode(ScenarioDocument& document);
int duplicateFailureMode(ScenarioDocument& document, int row);
void removeFailureMode(ScenarioDocument& document, int row);

int addLossLine(ScenarioDocument& document);
int duplicateLossLine(ScenarioDocument& document, int row);
void removeLossLine(ScenarioDocument& document, int row);

} // namespace cr::ui::commands
