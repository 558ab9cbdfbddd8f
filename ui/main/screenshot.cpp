// takeScreenshot: drives a real MainWindow through open, run and page choice, then grabs it.
#include "main/screenshot.h"

#include "decision/decision_page.h"
#include "main/first_start.h"
#include "main/main_window.h"
#include "main/template_locator.h"
#include "run/simulation_job.h"

#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace cr::ui {

namespace {

void complain(const QString& text) {
    std::fprintf(stderr, "changerisk: %s\n", text.toLocal8Bit().constData());
}

} // namespace

int takeScreenshot(const ScreenshotRequest& request) {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!request.workspacePath.isEmpty()) {
        const QString problem = prepareWorkspace(request.workspacePath, templatesDir());
        if (!problem.isEmpty() || !window.openWorkspace(request.workspacePath)) {
            complain(problem.isEmpty() ? window.lastError() : problem);
            return 2;
        }
    }
    bool opened = true;
    if (!request.templateName.isEmpty()) {
        opened = window.openTemplate(request.templateName);
    } else if (!request.scenarioPath.isEmpty()) {
        opened = window.openFile(request.scenarioPath);
    }
    if (!opened) {
        complain(window.lastError());
        return 2;
    }
    if (request.run) {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(window.job(), &SimulationJob::finished, &loop, [&] {
            ok = true;
            loop.quit();
        });
        QObject::connect(window.job(), &SimulationJob::failed, &loop, &QEventLoop::quit);
        QObject::connect(window.job(), &SimulationJob::cancelled, &loop, &QEventLoop::quit);
        if (!window.startRun()) {
            complain(window.lastError());
            return 2;
        }
        loop.exec();
        if (!ok) {
            complain(window.lastError().isEmpty() ? QStringLiteral("the run did not finish")
                                                  : window.lastError());
            return 1;
        }
    }
    const QString page = request.page.toLower();
    if (!window.showPage(page.isEmpty() ? QStringLiteral("environment") : page)) {
        complain(QStringLiteral("--page: must be one of ") +
                 window.pageIds().join(QStringLiteral(", ")) + QStringLiteral(", got ") +
                 request.page);
        return 2;
    }
    // A decision page (cover options, safeguards, sensitivity) runs its own analysis too.
    if (auto* decision = qobject_cast<DecisionPage*>(window.page(page)); decision && request.run) {
        QEventLoop loop;
        QObject::connect(decision, &DecisionPage::analysisEnded, &loop, &QEventLoop::quit);
        if (decision->startAnalysis()) {
            loop.exec();
        }
        if (!decision->hasResult()) {
            complain(QStringLiteral("the analysis on the page did not finish"));
            return 1;
        }
    }
    // Let layouts and the chart settle before grabbing.
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    if (!window.grab().save(request.outputPath, "PNG")) {
        complain(QStringLiteral("cannot write ") + request.outputPath);
        return 1;
    }
    return 0;
}

} // namespace cr::ui
