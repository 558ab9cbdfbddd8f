// Runs a decision analysis (sweep, safeguard comparison, sensitivity) off the GUI thread.
//
// Like SimulationJob, the work runs in a QtConcurrent task with the engine's own hooks: the
// progress callback stores the count in an atomic and posts at most one queued call, and
// cancel() requests the stop token (the engine throws Cancelled at its next chunk). An
// analysis of several runs reports one bar: the engine's count restarts at each run, which
// moves the run index on. The work writes its result into state the caller owns (captured by
// the work function); finished() says it is complete. Destroying a running job cancels it and
// waits for the task.
#pragma once

#include "engine/engine.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <stop_token>

namespace cr::ui {

class DecisionJob : public QObject {
    Q_OBJECT
public:
    // Runs on a worker thread with `options` (iterations, seed, threads, progress, stop set).
    using Work = std::function<void(const RunOptions& options)>;

    explicit DecisionJob(QObject* parent = nullptr);
    ~DecisionJob() override;

    bool isRunning() const { return m_running; }
    // Starts `work`, which makes `runs` engine runs of `iterations` each; false when running.
    bool start(Work work, std::uint64_t iterations, std::uint64_t seed, unsigned threads, int runs);
    void cancel();

signals:
    void started();
    // Share of the whole analysis done (0..1), the run under way (1-based) and of how many.
    void progressed(double fraction, int run, int runs);
    void finished();
    void cancelled();
    void failed(const QString& message);

private:
    struct Progress {
        std::atomic<std::uint64_t> done{0}, last{0};
        std::atomic<int> run{0};
        std::atomic<bool> posted{false};
    };
    struct Outcome {
        bool cancelled = false;
        QString error;
    };

    void deliverProgress();
    void onTaskFinished();

    QFutureWatcher<Outcome> m_watcher;
    std::stop_source m_stop;
    std::shared_ptr<Progress> m_progress;
    std::uint64_t m_iterations = 0;
    int m_runs = 1;
    bool m_running = false;
};

} // namespace cr::ui
