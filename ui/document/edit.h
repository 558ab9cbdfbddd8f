// Generic edit entry points for editors with many fields: set any field an accessor reaches, or
// insert/remove an entry of a list. Named functions in commands.h wrap these for the common
// fields; editors with dozens of distribution fields may call setValue directly.
#pragma once

#include "document/list_edit_command.h"
#include "document/set_value_command.h"

#include <utility>

namespace cr::ui::edit {

// Pushes one SetValueCommand (merging with the previous edit of the same field); no undo step
// for an edit that changes nothing.
template <typename T>
void setValue(ScenarioDocument& document, ScenarioChange field,
              typename SetValueCommand<T>::Accessor access, T value, const QString& text) {
    if (valuesEqual(access(document.mutableScenario()), value)) {
        return;
    }
    document.undoStack()->push(
        new SetValueCommand<T>(&document, field, std::move(access), std::move(value), text));
}

// Inserts `value` at `index` (0..size) of the list `access` reaches.
template <typename T>
void insertEntry(ScenarioDocument& document, ScenarioPart part,
                 typename ListEditCommand<T>::Accessor access, int index, T value,
                 const QString& text) {
    document.undoStack()->push(
        new ListEditCommand<T>(&document, part, std::move(access), index, std::move(value), text));
}

// Removes the entry at `index` of the list `access` reaches.
template <typename T>
void removeEntry(ScenarioDocument& document, ScenarioPart part,
                 typename ListEditCommand<T>::Accessor access, int index, const QString& text) {
    document.undoStack()->push(
        new ListEditCommand<T>(&document, part, std::move(access), index, text));
}

} // namespace cr::ui::edit
