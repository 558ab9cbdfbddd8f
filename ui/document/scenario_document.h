// One open scenario: its value, its file, and the undo stack every edit goes through.
//
// Ownership and flow (ARCHITECTURE.md): widgets never write the scenario. They call a function
// in document/commands.h, which pushes a command onto undoStack(); the command changes the
// scenario through mutableScenario() and calls notifyChanged(), which emits changed() so that
// item models and pages refresh. The modified flag is the undo stack's clean state.
#pragma once

#include "document/scenario_change.h"
#include "scenario/scenario.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace cr::ui {

class ScenarioDocument : public QObject {
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject* parent = nullptr);

    const Scenario& scenario() const { return m_scenario; }
    // The file the scenario was read from or saved to; empty for a template not yet saved.
    const QString& filePath() const { return m_filePath; }
    // What the title shows: the file name, or the scenario's name for an unsaved template.
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }
    QUndoStack* undoStack() { return &m_undoStack; }

    // Replaces the whole scenario (open, new from template): clears the undo history.
    void load(Scenario scenario, const QString& filePath);
    // Writes the scenario as JSON to `path` atomically; marks the document clean.
    // Throws std::runtime_error with the path and reason on failure.
    void saveAs(const QString& path);

    // For undo commands only: the scenario to change, and the notification afterwards.
    Scenario& mutableScenario() { return m_scenario; }
    void notifyChanged(const ScenarioChange& change) { emit changed(change); }

signals:
    void changed(const cr::ui::ScenarioChange& change);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    Scenario m_scenario;
    QString m_filePath;
    QUndoStack m_undoStack;
};

} // namespace cr::ui
