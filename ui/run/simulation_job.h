// Runs the engine off the GUI thread and reports back through queued signals.
//
// Threading: start() copies the scenario into a QtConcurrent task, which calls
// cr::runSimulation (the engine brings its own worker threads) and then cr::resultDocument, so
// the GUI thread only ever receives finished values. Progress is passed through an atomic
// counter and at most one queued call in flight, so a fast engine cannot flood the event queue.
// cancel() requests the stop token; the task ends at the engine's next chunk and the job emits
// cancelled(). Destroying a running job cancels it and waits for the task to end.
#pragma once

#include "scenario/scenario.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <nlohmann/json.hpp>

#include <atomic>
#include <memory>
#include <stop_token>

namespace cr::ui {

// A finished run: the scenario exactly as run and its result document (FORMAT.md).
struct RunOutcome {
    Scenario scenario;
    nlohmann::ordered_json document;
};

class SimulationJob : public QObject {
    Q_OBJECT
public:
    explicit SimulationJob(QObject* parent = nullptr);
    ~SimulationJob() override;

    bool isRunning() const { return m_running; }
    // Starts a run of `scenario` (which must validate) with its own iterations and seed;
    // `threads` = 0 uses every core. Returns false when a run is already going.
    bool start(const Scenario& scenario, unsigned threads = 0);
    // Asks a running job to stop; cancelled() follows.
    void cancel();
    std::shared_ptr<const RunOutcome> lastOutcome() const { return m_lastOutcome; }

signals:
    void started(quint64 totalIterations);
    // Iterations done, the rate so far and the estimated seconds left (negative = unknown).
    void progressed(quint64 done, quint64 total, double iterationsPerSecond, double etaSeconds);
    void finished(std::shared_ptr<const cr::ui::RunOutcome> outcome);
    void cancelled();
    void failed(const QString& message);

private:
    struct TaskResult {
        std::shared_ptr<const RunOutcome> outcome;
        bool cancelled = false;
        QString error;
    };
    struct ProgressState {
        std::atomic<quint64> done{0};
        std::atomic<bool> posted{false};
    };

    void deliverProgress();
    void onTaskFinished();

    QFutureWatcher<TaskResult> m_watcher;
    std::stop_source m_stop;
    std::shared_ptr<ProgressState> m_progress;
    QElapsedTimer m_clock;
    quint64 m_total = 0;
    bool m_running = false;
    std::shared_ptr<const RunOutcome> m_lastOutcome;
};

} // namespace cr::ui

Q_DECLARE_METATYPE(std::shared_ptr<const cr::ui::RunOutcome>)
