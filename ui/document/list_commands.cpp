// Add / duplicate / remove / rename of list entries, as single undo steps.
#include "document/list_commands.h"

#include "document/edit.h"

#include <QCoreApplication>

#include <algorithm>

namespace cr::ui::commands {

namespace {

std::vector<AssetGroup>& groups(Scenario& s) {
    return s.environment.assetGroups;
}
std::vector<FailureMode>& failureModes(Scenario& s) {
    return s.failureModes;
}
std::vector<LossLine>& lossLines(Scenario& s) {
    return s.lossLines;
}
std::vector<std::string>& targets(Scenario& s) {
    return s.change.targets;
}

template <typename Entry>
std::vector<std::string> idsOf(const std::vector<Entry>& entries) {
    std::vector<std::string> ids;
    for (const auto& e : entries) {
        ids.push_back(e.id);
    }
    return ids;
}

// A copy's name: "Routers (copy)"; an unnamed entry stays unnamed (its id differs anyway).
std::string copyName(const std::string& name) {
    return name.empty()
               ? name
               : name + " " + QCoreApplication::translate("Commands", "(copy)").toStdString();
}

template <typename Entry>
int insert(ScenarioDocument& document, ScenarioPart part, std::vector<Entry>& (*access)(Scenario&),
           int row, Entry entry, const QString& text) {
    edit::insertEntry<Entry>(document, part, access, row, std::move(entry), text);
    return row;
}

} // namespace

std::string uniqueId(const std::string& base, const std::vector<std::string>& taken) {
    auto free = [&](const std::string& id) {
        return std::find(taken.begin(), taken.end(), id) == taken.end();
    };
    if (free(base)) {
        return base;
    }
    for (int n = 2;; ++n) {
        const std::string id = base + "-" + std::to_string(n);
        if (free(id)) {
            return id;
        }
    }
}

int addAssetGroup(ScenarioDocument& document) {
    const auto& list = document.scenario().environment.assetGroups;
    AssetGroup group;
    group.id = uniqueId("assets", idsOf(list));
    group.name = QCoreApplication::translate("Commands", "New asset group").toStdString();
    return insert<AssetGroup>(document, ScenarioPart::AssetGroups, groups,
                              static_cast<int>(list.size()), std::move(group),
                              QCoreApplication::translate("Commands", "Add asset group"));
}

int duplicateAssetGroup(ScenarioDocument& document, int row) {
    const auto& list = document.scenario().environment.assetGroups;
    AssetGroup copy = list.at(static_cast<std::size_t>(row));
    copy.id = uniqueId(copy.id + "-copy", idsOf(list));
    copy.name = copyName(copy.name);
    return insert<AssetGroup>(document, ScenarioPart::AssetGroups, groups, row + 1, std::move(copy),
                              QCoreApplication::translate("Commands", "Duplicate asset group"));
}

void removeAssetGroup(ScenarioDocument& document, int row) {
    const QString text = QCoreApplication::translate("Commands", "Remove asset group");
    const std::string id = document.scenario().environment.assetGroups.at(row).id;
    auto* step = new QUndoCommand(text);
    new ListEditCommand<AssetGroup>(&document, ScenarioPart::AssetGroups, groups, row, text, step);
    // Last mention first, so that the earlier indices stay valid while the children run.
    const auto& mentions = document.scenario().change.targets;
    for (int i = static_cast<int>(mentions.size()) - 1; i >= 0; --i) {
        if (mentions[static_cast<std::size_t>(i)] == id) {
            new ListEditCommand<std::string>(&document, ScenarioPart::Change, targets, i, text,
                                             step);
        }
    }
    document.undoStack()->push(step);
}

void renameAssetGroup(ScenarioDocument& document, int row, const std::string& id) {
    const std::string old = document.scenario().environment.assetGroups.at(row).id;
    if (old == id) {
        return;
    }
    std::vector<std::string> renamed = document.scenario().change.targets;
    std::replace(renamed.begin(), renamed.end(), old, id);
    const QString text = QCoreApplication::translate("Commands", "Rename asset group");
    document.undoStack()->beginMacro(text);
    edit::setValue<std::string>(
        document, {ScenarioPart::AssetGroups, row, -1},
        [row](Scenario& s) -> std::string& { return s.environment.assetGroups.at(row).id; }, id,
        text);
    edit::setValue<std::vector<std::string>>(document, {ScenarioPart::Change, -1, -1}, targets,
                                             std::move(renamed), text);
    document.undoStack()->endMacro();
}

int addFailureMode(ScenarioDocument& document) {
    FailureMode mode;
    mode.id = uniqueId("failure", idsOf(document.scenario().failureModes));
    mode.name = QCoreApplication::translate("Commands", "New failure mode").toStdString();
    return insert<FailureMode>(document, ScenarioPart::FailureModes, failureModes,
                               static_cast<int>(document.scenario().failureModes.size()),
                               std::move(mode),
                               QCoreApplication::translate("Commands", "Add failure mode"));
}

int duplicateFailureMode(ScenarioDocument& document, int row) {
    const auto& list = document.scenario().failureModes;
    FailureMode copy = list.at(static_cast<std::size_t>(row));
    copy.id = uniqueId(copy.id + "-copy", idsOf(list));
    copy.name = copyName(copy.name);
    return insert<FailureMode>(document, ScenarioPart::FailureModes, failureModes, row + 1,
                               std::move(copy),
                               QCoreApplication::translate("Commands", "Duplicate failure mode"));
}

void removeFailureMode(ScenarioDocument& document, int row) {
    edit::removeEntry<FailureMode>(document, ScenarioPart::FailureModes, failureModes, row,
                                   QCoreApplication::translate("Commands", "Remove failure mode"));
}

int addLossLine(ScenarioDocument& document) {
    LossLine line;
    line.name = QCoreApplication::translate("Commands", "New loss line").toStdString();
    return insert<LossLine>(document, ScenarioPart::LossLines, lossLines,
                            static_cast<int>(document.scenario().lossLines.size()), std::move(line),
                            QCoreApplication::translate("Commands", "Add loss line"));
}

int duplicateLossLine(ScenarioDocument& document, int row) {
    LossLine copy = document.scenario().lossLines.at(static_cast<std::size_t>(row));
    copy.name = copyName(copy.name.empty()
                             ? QCoreApplication::translate("Commands", "Loss line").toStdString()
                             : copy.name);
    return insert<LossLine>(document, ScenarioPart::LossLines, lossLines, row + 1, std::move(copy),
                            QCoreApplication::translate("Commands", "Duplicate loss line"));
}

void removeLossLine(ScenarioDocument& document, int row) {
    edit::removeEntry<LossLine>(document, ScenarioPart::LossLines, lossLines, row,
                                QCoreApplication::translate("Commands", "Remove loss line"));
}

} // namespace cr::ui::commands
