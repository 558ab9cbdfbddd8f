// Undo command that inserts or removes one entry of a list in the scenario (asset groups,
// failure modes, policies, loss lines, waves). Like SetValueCommand it holds values, never
// pointers into the scenario, and re-runs its accessor on every redo/undo.
#pragma once

#include "document/scenario_document.h"

#include <QUndoCommand>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace cr::ui {

template <typename T>
class ListEditCommand : public QUndoCommand {
public:
    using Accessor = std::function<std::vector<T>&(Scenario&)>;

    // Insert `value` at `index`.
    ListEditCommand(ScenarioDocument* document, ScenarioPart part, Accessor access, int index,
                    T value, const QString& text, QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_part(part),
          m_access(std::move(access)), m_index(index), m_value(std::move(value)), m_inserts(true) {}

    // Remove the entry at `index` (its value is kept for undo).
    ListEditCommand(ScenarioDocument* document, ScenarioPart part, Accessor access, int index,
                    const QString& text, QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_part(part),
          m_access(std::move(access)), m_index(index),
          m_value(m_access(document->mutableScenario()).at(static_cast<std::size_t>(index))),
          m_inserts(false) {}

    void redo() override {
        QUndoCommand::redo(); // children first (a composite edit)
        m_inserts ? insert() : remove();
    }
    void undo() override {
        m_inserts ? remove() : insert();
        QUndoCommand::undo();
    }

private:
    void insert() {
        auto& list = m_access(m_document->mutableScenario());
        list.insert(list.begin() + m_index, m_value);
        m_document->notifyChanged({m_part, -1, -1});
    }
    void remove() {
        auto& list = m_access(m_document->mutableScenario());
        list.erase(list.begin() + m_index);
        m_document->notifyChanged({m_part, -1, -1});
    }

    ScenarioDocument* m_document;
    ScenarioPart m_part;
    Accessor m_access;
    int m_index;
    T m_value;
    bool m_inserts;
};

} // namespace cr::ui
