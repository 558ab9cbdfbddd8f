// The one generic undo command: set a value somewhere in the scenario (like Tiled's changevalue).
//
// A command knows how to reach its field (an accessor on the Scenario) and which field it is
// (a ScenarioChange: part, row, column). Consecutive edits of the same field merge into one undo
// step, so typing 2, 25, 250 in a cell undoes in one go; a merged command whose value returned
// to where it started marks itself obsolete and QUndoStack drops it, so the document is clean
// again. Commands hold values, never pointers into the scenario: an accessor is re-run on each
// redo/undo, so a vector that reallocated in between does not leave a dangling reference.
#pragma once

#include "document/scenario_document.h"
#include "document/value_equality.h"

#include <QUndoCommand>

#include <functional>
#include <utility>

namespace cr::ui {

inline constexpr int kSetValueCommandId = 1;

template <typename T>
class SetValueCommand : public QUndoCommand {
public:
    using Accessor = std::function<T&(Scenario&)>;

    SetValueCommand(ScenarioDocument* document, ScenarioChange field, Accessor access, T newValue,
                    const QString& text)
        : QUndoCommand(text), m_document(document), m_field(field), m_access(std::move(access)),
          m_old(m_access(document->mutableScenario())), m_new(std::move(newValue)) {}

    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }
    int id() const override { return kSetValueCommandId; }

    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = dynamic_cast<const SetValueCommand<T>*>(other);
        if (next == nullptr || next->m_document != m_document || !sameField(next->m_field)) {
            return false;
        }
        m_new = next->m_new;
        setObsolete(valuesEqual(m_old, m_new));
        return true;
    }

private:
    bool sameField(const ScenarioChange& f) const {
        return f.part == m_field.part && f.row == m_field.row && f.column == m_field.column;
    }
    void apply(const T& value) {
        m_access(m_document->mutableScenario()) = value;
        m_document->notifyChanged(m_field);
    }

    ScenarioDocument* m_document;
    ScenarioChange m_field;
    Accessor m_access;
    T m_old;
    T m_new;
};

} // namespace cr::ui
