// The Simulation settings editor: iterations, seed and horizon.
#pragma once

#include "document/scenario_document.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cr::ui {

class SimulationPage : public QWidget {
    Q_OBJECT
public:
    explicit SimulationPage(ScenarioDocument* document, QWidget* parent = nullptr);

private:
    void refresh();
    void commitSeed();

    ScenarioDocument* m_document;
    QSpinBox* m_iterations;
    QLineEdit* m_seed;
    QComboBox* m_horizon;
    bool m_refreshing = false;
};

} // namespace cr::ui
