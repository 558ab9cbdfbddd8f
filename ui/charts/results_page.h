// The Results page: what the run was, the key figures in words and the loss exceedance curve.
#pragma once

#include "run/simulation_job.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace cr::ui {

class KeyFigures;
class LossExceedanceChart;

class ResultsPage : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPage(QWidget* parent = nullptr);

    void showOutcome(const std::shared_ptr<const RunOutcome>& outcome);
    // Back to "no results yet" (a new scenario was opened).
    void clear();

    KeyFigures* keyFigures() const { return m_figures; }
    LossExceedanceChart* chart() const { return m_chart; }

private:
    QLabel* m_heading;
    QLabel* m_runInfo;
    KeyFigures* m_figures;
    LossExceedanceChart* m_chart;
};

} // namespace cr::ui
