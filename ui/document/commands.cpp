// The edit facade: which field each edit reaches and what the undo menu calls it.
#include "document/commands.h"

#include "document/edit.h"

#include <QCoreApplication>

namespace cr::ui::commands {

namespace {

// Field ids for the simulation part (ScenarioChange::column).
enum SimulationField { kIterations, kSeed, kHorizon };

template <typename T>
void push(ScenarioDocument& document, ScenarioChange field,
          typename SetValueCommand<T>::Accessor access, T value, const QString& text) {
    edit::setValue<T>(document, field, std::move(access), std::move(value), text);
}

} // namespace

void setAssetGroupCount(ScenarioDocument& document, int row, std::int64_t count) {
    push<std::int64_t>(
        document, {ScenarioPart::AssetGroups, row, -1},
        [row](Scenario& s) -> std::int64_t& {
            return s.environment.assetGroups.at(static_cast<std::size_t>(row)).count;
        },
        count, QCoreApplication::translate("Commands", "Change asset count"));
}

void setAssetGroupDistribution(ScenarioDocument& document, int row,
                               Distribution AssetGroup::*member, int column, Distribution value,
                               const QString& label) {
    push<Distribution>(
        document, {ScenarioPart::AssetGroups, row, column},
        [row, member](Scenario& s) -> Distribution& {
            return s.environment.assetGroups.at(static_cast<std::size_t>(row)).*member;
        },
        std::move(value), QCoreApplication::translate("Commands", "Change %1").arg(label));
}

void setIterations(ScenarioDocument& document, std::uint64_t iterations) {
    push<std::uint64_t>(
        document, {ScenarioPart::Simulation, -1, kIterations},
        [](Scenario& s) -> std::uint64_t& { return s.simulation.iterations; }, iterations,
        QCoreApplication::translate("Commands", "Change iterations"));
}

void setSeed(ScenarioDocument& document, std::uint64_t seed) {
    push<std::uint64_t>(
        document, {ScenarioPart::Simulation, -1, kSeed},
        [](Scenario& s) -> std::uint64_t& { return s.simulation.seed; }, seed,
        QCoreApplication::translate("Commands", "Change seed"));
}

void setHorizon(ScenarioDocument& document, Horizon horizon) {
    push<Horizon>(
        document, {ScenarioPart::Simulation, -1, kHorizon},
        [](Scenario& s) -> Horizon& { return s.simulation.horizon; }, horizon,
        QCoreApplication::translate("Commands", "Change horizon"));
}

} // namespace cr::ui::commands
