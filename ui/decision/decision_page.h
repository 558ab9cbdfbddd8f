// What the three decision pages share: the run row (Run, progress, Cancel), the scenario the
// results belong to, and the "out of date" notice once the scenario has changed since.
//
// A page puts its inputs above the run row (inputs()) and its results below (results());
// launch() validates the
// scenario, snapshots it and runs the work on a DecisionJob with the scenario's iterations and
// seed and the program's thread setting, like a normal run. The results stay on the page
// until a new analysis finishes; a cancelled or failed one leaves them as they were.
#pragma once

#include "decision/decision_job.h"
#include "scenario/scenario.h"

#include <QWidget>

#include <functional>
#include <string>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace cr::ui {

class ScenarioDocument;

class DecisionPage : public QWidget {
    Q_OBJECT
public:
    DecisionPage(ScenarioDocument* document, const QString& intro, QWidget* parent = nullptr);

    DecisionJob* job() const { return m_job; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* outOfDateLabel() const { return m_outOfDate; }

    bool hasResult() const { return m_hasResult; }
    // The shown results were computed for `scenario` exactly as it is (its JSON text).
    bool resultIsFor(const Scenario& scenario) const;
    bool isOutOfDate() const;
    // The scenario the shown results were computed for.
    const Scenario& resultScenario() const { return m_resultScenario; }

    // Checks the page's inputs and starts the analysis; false (with the reason shown on the
    // page) when an input is refused, the scenario does not validate or a run is going.
    virtual bool startAnalysis() = 0;

signals:
    void analysisFinished();
    // Finished, cancelled or failed.
    void analysisEnded();

protected:
    ScenarioDocument* document() const { return m_document; }
    const Scenario& scenario() const;
    // Where a page adds its inputs (above the run row) and its results (below it).
    QVBoxLayout* inputs() const { return m_inputs; }
    QVBoxLayout* results() const { return m_results; }
    // Validates the scenario and starts `work` (which makes `runs` engine runs); `done` runs
    // on the GUI thread when the work has finished, to show its results.
    bool launch(DecisionJob::Work work, int runs, std::function<void()> done);
    void setStatus(const QString& text, bool problem = false);

private:
    void updateOutOfDate();

    ScenarioDocument* m_document;
    DecisionJob* m_job;
    QPushButton* m_run;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QLabel* m_status;
    QLabel* m_outOfDate;
    QVBoxLayout* m_inputs;
    QVBoxLayout* m_results;
    std::function<void()> m_done;
    Scenario m_pendingScenario, m_resultScenario;
    std::string m_pendingText, m_resultText;
    bool m_hasResult = false;
};

} // namespace cr::ui
