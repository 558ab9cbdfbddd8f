// The Results page: what the run was, the key figures in words (with who pays what) on top and
// the charts below in tabs: loss exceedance, cost by category, who pays, loss given an
// incident, convergence. Each chart exports to PNG/SVG; the figures copy as text.
#pragma once

#include "run/simulation_job.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;

namespace cr::ui {

class ChartPanel;
class KeyFigures;
class LossExceedanceChart;

class ResultsPage : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPage(QWidget* parent = nullptr);

    void showOutcome(const std::shared_ptr<const RunOutcome>& outcome);
    // Back to "no results yet" (a new scenario was opened).
    void clear();
    // The run on show; nullptr when there is none.
    const std::shared_ptr<const RunOutcome>& outcome() const { return m_outcome; }

    KeyFigures* keyFigures() const { return m_figures; }
    LossExceedanceChart* chart() const { return m_chart; }
    ChartPanel* costByCategory() const { return m_categories; }
    ChartPanel* whoPays() const { return m_whoPays; }
    ChartPanel* lossHistogram() const { return m_histogram; }
    ChartPanel* convergence() const { return m_convergence; }
    QTabWidget* chartTabs() const { return m_tabs; }

signals:
    // A run is shown or the page was cleared (outcome() tells which).
    void outcomeChanged();

private:
    QLabel* m_heading;
    QLabel* m_runInfo;
    KeyFigures* m_figures;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs;
    LossExceedanceChart* m_chart;
    ChartPanel* m_categories;
    ChartPanel* m_whoPays;
    ChartPanel* m_histogram;
    ChartPanel* m_convergence;
    std::shared_ptr<const RunOutcome> m_outcome;
};

} // namespace cr::ui
