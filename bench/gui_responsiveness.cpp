// Benchmark (not a test): how long the GUI thread is blocked during a run and how long it takes
// from Run to charts on screen, for 1,000,000 iterations of every template, through the real
// main window (SimulationJob off the GUI thread, then the results page with all its charts).
//
//   build/bench/gui_responsiveness [--iterations N] [--repeats R] [TEMPLATE...]
//
// An event-loop probe (a 1 ms QTimer) records the longest gap between its ticks from Run until
// the results page has been painted; "to charts" is the wall time from Run to the end of that
// paint. Prints the median over R runs (default 3) per template as a Markdown table.
#include "charts/results_page.h"
#include "document/commands.h"
#include "document/scenario_document.h"
#include "main/main_window.h"
#include "run/simulation_job.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

struct Measurement {
    double longestGapMs = 0;
    double toChartsMs = 0;
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Measurement measure(const QString& templateName, std::uint64_t iterations) {
    cr::ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openTemplate(templateName)) {
        std::fprintf(stderr, "error: cannot open template %s\n", qPrintable(templateName));
        std::exit(1);
    }
    cr::ui::commands::setIterations(*window.document(), iterations);
    QCoreApplication::processEvents(); // settle the freshly shown window before timing

    Measurement m;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        m.longestGapMs = std::max(m.longestGapMs, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });

    QEventLoop loop;
    QElapsedTimer clock;
    // Connected after the window's own slot, so the results page is filled when this runs.
    QObject::connect(window.job(), &cr::ui::SimulationJob::finished, &loop, [&] {
        window.repaint(); // the charts are on screen when this returns
        m.toChartsMs = clock.nsecsElapsed() / 1e6;
        loop.quit();
    });
    QObject::connect(window.job(), &cr::ui::SimulationJob::failed, &loop, [&](const QString& e) {
        std::fprintf(stderr, "error: run failed: %s\n", qPrintable(e));
        std::exit(1);
    });
    sinceTick.start();
    probe.start(1);
    clock.start();
    if (!window.startRun()) {
        std::fprintf(stderr, "error: the run did not start\n");
        std::exit(1);
    }
    loop.exec();
    // The gap that ends with the paint counts too.
    m.longestGapMs = std::max(m.longestGapMs, sinceTick.nsecsElapsed() / 1e6);
    probe.stop();
    return m;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    std::uint64_t iterations = 1'000'000;
    int repeats = 3;
    QStringList templates;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--iterations") && i + 1 < args.size()) {
            iterations = args[++i].toULongLong();
        } else if (args[i] == QStringLiteral("--repeats") && i + 1 < args.size()) {
            repeats = std::max(1, args[++i].toInt());
        } else {
            templates << args[i];
        }
    }
    if (templates.isEmpty()) {
        for (const QString& file :
             QDir(QStringLiteral(CHANGERISK_TEMPLATES_DIR))
                 .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            templates << file.chopped(5);
        }
    }
    std::printf("%llu iterations, median of %d runs, %d cores\n\n",
                static_cast<unsigned long long>(iterations), repeats, QThread::idealThreadCount());
    std::printf("| template | longest GUI block (ms) | Run to charts (s) |\n");
    std::printf("|---|---:|---:|\n");
    for (const QString& name : templates) {
        std::vector<double> gaps, times;
        for (int r = 0; r < repeats; ++r) {
            const Measurement m = measure(name, iterations);
            gaps.push_back(m.longestGapMs);
            times.push_back(m.toChartsMs);
            std::fprintf(stderr, "%s run %d: longest gap %.1f ms, to charts %.3f s\n",
                         qPrintable(name), r + 1, m.longestGapMs, m.toChartsMs / 1000);
        }
        std::printf("| %s | %.1f | %.2f |\n", qPrintable(name), median(gaps), median(times) / 1000);
        std::fflush(stdout);
    }
    return 0;
}
