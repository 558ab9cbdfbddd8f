// The edit facade (as Subsurface's Command:: functions): widgets call these, never build
// commands themselves. Each pushes one SetValueCommand onto the document's undo stack.
#pragma once

#include "document/scenario_document.h"

#include <cstdint>

namespace cr::ui::commands {

// The asset group at `row` gets `count` assets.
void setAssetGroupCount(ScenarioDocument& document, int row, std::int64_t count);
// One of an asset group's uncertain inputs (`member`); `column` identifies the field for
// merging and for the change signal, `label` names it in the undo menu.
void setAssetGroupDistribution(ScenarioDocument& document, int row,
                               Distribution AssetGroup::*member, int column, Distribution value,
                               const QString& label);

void setIterations(ScenarioDocument& document, std::uint64_t iterations);
void setSeed(ScenarioDocument& document, std::uint64_t seed);
void setHorizon(ScenarioDocument& document, Horizon horizon);

} // namespace cr::ui::commands
