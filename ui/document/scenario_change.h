// What part of a scenario an edit touched: the typed payload of ScenarioDocument::changed.
#pragma once

#include <QMetaType>

namespace cr::ui {

// The parts the editors show; a view refreshes only when its part changed.
enum class ScenarioPart {
    Whole, // a new scenario was loaded: everything refreshes
    Simulation,
    AssetGroups,
    Support,
    EndUsers,
    Operator,
    Change,
    FailureModes,
    Contract,
    Insurance,
    LossLines,
};

struct ScenarioChange {
    ScenarioPart part = ScenarioPart::Whole;
    int row = -1;    // the list entry (asset group, policy, ...) or -1 for the whole part
    int column = -1; // the editor's column/field index or -1 when not meaningful
};

} // namespace cr::ui

Q_DECLARE_METATYPE(cr::ui::ScenarioChange)
