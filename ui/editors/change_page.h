// The Change and rollout editor: the change's name, the asset groups it targets, the waves of
// the rollout (WavesEditor, with the exposure hint), the detection probability between waves and
// the number of changes per year (used by the annual horizon).
#pragma once

#include "editors/form_binder.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace cr::ui {

class DistributionField;
class WavesEditor;

class ChangePage : public QWidget {
    Q_OBJECT
public:
    // ScenarioChange::column of the change's fields (WavesEditor::kWavesField is 2).
    enum Field { NameField = 0, TargetsField = 1, DetectionField = 3, ChangesPerYearField = 4 };

    explicit ChangePage(ScenarioDocument* document, QWidget* parent = nullptr);

    WavesEditor* wavesEditor() const { return m_waves; }

private:
    void refresh();
    void rebuildTargets();
    void commitTargets(QListWidgetItem* item);

    ScenarioDocument* m_document;
    FormBinder m_binder;
    QLineEdit* m_name;
    QLabel* m_nameProblem;
    QListWidget* m_targets;
    QLabel* m_targetsProblem;
    WavesEditor* m_waves;
    DistributionField* m_detection;
    DistributionField* m_changesPerYear;
};

} // namespace cr::ui
