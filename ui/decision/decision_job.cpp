// DecisionJob: the QtConcurrent task, progress over several runs and the end of an analysis.
#include "decision/decision_job.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cr::ui {

DecisionJob::DecisionJob(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DecisionJob::onTaskFinished);
}

DecisionJob::~DecisionJob() {
    if (m_running) {
        m_stop.request_stop();
        m_watcher.waitForFinished();
    }
}

bool DecisionJob::start(Work work, std::uint64_t iterations, std::uint64_t seed, unsigned threads,
                        int runs) {
    if (m_running) {
        return false;
    }
    m_running = true;
    m_stop = std::stop_source();
    m_progress = std::make_shared<Progress>();
    m_iterations = iterations;
    m_runs = std::max(1, runs);
    emit started();

    RunOptions options;
    options.iterations = iterations;
    options.seed = seed;
    options.threads = threads;
    options.stop = m_stop.get_token();
    const auto progress = m_progress;
    // The destructor waits for the task, so `job` outlives every progress call it posts.
    DecisionJob* job = this;
    options.progress = [progress, job](std::uint64_t done, std::uint64_t) {
        // The engine's count starts again with each run of the analysis.
        if (done < progress->last.load(std::memory_order_relaxed)) {
            progress->run.fetch_add(1, std::memory_order_relaxed);
        }
        progress->last.store(done, std::memory_order_relaxed);
        progress->done.store(done, std::memory_order_relaxed);
        if (!progress->posted.exchange(true)) {
            QMetaObject::invokeMethod(
                job, [job] { job->deliverProgress(); }, Qt::QueuedConnection);
        }
    };
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), options]() {
        Outcome outcome;
        try {
            work(options);
            outcome.cancelled = options.stop.stop_requested();
        } catch (const Cancelled&) {
            outcome.cancelled = true;
        } catch (const std::exception& e) {
            outcome.error = QString::fromStdString(e.what());
        }
        return outcome;
    }));
    return true;
}

void DecisionJob::cancel() {
    if (m_running) {
        m_stop.request_stop();
    }
}

void DecisionJob::deliverProgress() {
    if (!m_running || !m_progress) {
        return;
    }
    m_progress->posted.store(false);
    const int run = std::min(m_progress->run.load(std::memory_order_relaxed), m_runs - 1);
    const double within =
        m_iterations > 0 ? static_cast<double>(m_progress->done.load(std::memory_order_relaxed)) /
                               static_cast<double>(m_iterations)
                         : 0.0;
    const double fraction = (run + std::min(1.0, within)) / m_runs;
    emit progressed(fraction, run + 1, m_runs);
}

void DecisionJob::onTaskFinished() {
    const Outcome outcome = m_watcher.result();
    m_running = false;
    if (outcome.cancelled) {
        emit cancelled();
    } else if (!outcome.error.isEmpty()) {
        emit failed(outcome.error);
    } else {
        emit finished();
    }
}

} // namespace cr::ui
