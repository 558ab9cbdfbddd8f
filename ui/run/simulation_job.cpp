// SimulationJob: the QtConcurrent task, progress hand-over and the end of a run.
#include "run/simulation_job.h"

#include "engine/engine.h"
#include "format/result_json.h"
#include "format/scenario_json.h"
#include "format/sha256.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cr::ui {

SimulationJob::SimulationJob(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<const cr::ui::RunOutcome>>();
    connect(&m_watcher, &QFutureWatcher<TaskResult>::finished, this,
            &SimulationJob::onTaskFinished);
}

SimulationJob::~SimulationJob() {
    if (m_running) {
        m_stop.request_stop();
        m_watcher.waitForFinished();
    }
}

bool SimulationJob::start(const Scenario& scenario, unsigned threads) {
    if (m_running) {
        return false;
    }
    m_running = true;
    m_stop = std::stop_source();
    m_progress = std::make_shared<ProgressState>();
    m_total = scenario.simulation.iterations;
    m_clock.start();
    emit started(m_total);

    const std::stop_token stop = m_stop.get_token();
    const auto progress = m_progress;
    // The destructor waits for the task, so `job` outlives it; a progress call still queued
    // when the job is deleted is dropped with the job's posted events.
    SimulationJob* job = this;
    m_watcher.setFuture(QtConcurrent::run([scenario, threads, stop, progress, job]() {
        TaskResult result;
        try {
            RunOptions options;
            options.iterations = scenario.simulation.iterations;
            options.seed = scenario.simulation.seed;
            options.threads = threads;
            options.stop = stop;
            options.progress = [progress, job](std::uint64_t done, std::uint64_t) {
                progress->done.store(done, std::memory_order_relaxed);
                if (!progress->posted.exchange(true)) {
                    QMetaObject::invokeMethod(
                        job, [job] { job->deliverProgress(); }, Qt::QueuedConnection);
                }
            };
            RunResult run = runSimulation(scenario, options);
            auto outcome = std::make_shared<RunOutcome>();
            outcome->scenario = scenario;
            // A GUI run has no file bytes: the hash is of the scenario text as it would be saved.
            outcome->document =
                resultDocument(scenario, sha256Hex(writeScenario(scenario)), run, threads);
            if (stop.stop_requested()) {
                result.cancelled = true;
            } else {
                result.outcome = std::move(outcome);
            }
        } catch (const Cancelled&) {
            result.cancelled = true;
        } catch (const std::exception& e) {
            result.error = QString::fromStdString(e.what());
        }
        return result;
    }));
    return true;
}

void SimulationJob::cancel() {
    if (m_running) {
        m_stop.request_stop();
    }
}

void SimulationJob::deliverProgress() {
    if (!m_running || !m_progress) {
        return;
    }
    m_progress->posted.store(false);
    const quint64 done = m_progress->done.load(std::memory_order_relaxed);
    const double seconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    const double eta = rate > 0 ? static_cast<double>(m_total - done) / rate : -1.0;
    emit progressed(done, m_total, rate, eta);
}

void SimulationJob::onTaskFinished() {
    const TaskResult result = m_watcher.result();
    m_running = false;
    if (result.outcome) {
        m_lastOutcome = result.outcome;
        emit finished(result.outcome);
    } else if (result.cancelled) {
        emit cancelled();
    } else {
        emit failed(result.error);
    }
}

} // namespace cr::ui
