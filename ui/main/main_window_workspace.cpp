// MainWindow and the workspace: opening versions and runs, saving versions, importing files,
// new assessments from the gallery, recent assessments and the settings dialog.
#include "main/main_window.h"

#include "charts/results_page.h"
#include "document/scenario_document.h"
#include "main/problems_text.h"
#include "main/settings.h"
#include "main/settings_dialog.h"
#include "main/template_locator.h"
#include "workspace/assessment_target_dialog.h"
#include "workspace/compare_runs.h"
#include "workspace/recent_assessments.h"
#include "workspace/template_gallery.h"
#include "workspace/workspace_navigator.h"
#include "workspace/workspace_session.h"

#include "format/scenario_json.h"
#include "store/workspace_error.h"

#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

namespace cr::ui {

bool MainWindow::openWorkspace(const QString& path) {
    const bool ok = m_session->open(path);
    m_navigatorDock->setVisible(ok);
    updateActions();
    if (!ok) {
        showError(tr("Cannot open the workspace"),
                  tr("The workspace could not be opened; the file was left as it is.\n%1")
                      .arg(m_session->lastError()));
    }
    return ok;
}

void MainWindow::bindTo(LoadedVersion loaded) {
    m_bound = std::move(loaded.bound);
    m_document->load(std::move(loaded.scenario), QString());
    m_results->clear();
    rememberAssessment(m_session->path(), m_bound->assessment.id);
    m_navigator->reveal(NodeKind::Version, m_bound->version.id);
    updateTitle();
}

bool MainWindow::openVersion(qint64 assessmentId, int number) {
    LoadedVersion loaded;
    const bool ok = m_session->attempt(
        [&](Workspace& ws) {
            int wanted = number;
            if (wanted == 0) {
                const auto latest = latestVersion(ws, assessmentId);
                if (!latest) {
                    throw WorkspaceError(WorkspaceErrorKind::NotFound, ws.path(), "",
                                         "the assessment has no scenario version yet");
                }
                wanted = latest->number;
            }
            loaded = loadVersion(ws, assessmentId, wanted);
        },
        false);
    if (!ok) {
        showError(tr("Cannot open the version"), m_session->lastError());
        return false;
    }
    bindTo(std::move(loaded));
    m_lastError.clear();
    return true;
}

bool MainWindow::openRun(qint64 runId) {
    RunOutcome outcome;
    Assessment assessment;
    Client client;
    const bool ok = m_session->attempt(
        [&](Workspace& ws) {
            outcome = loadRun(ws, runId);
            assessment =
                assessmentById(ws, versionById(ws, runById(ws, runId).versionId).assessmentId);
            client = clientById(ws, assessment.clientId);
        },
        false);
    if (!ok) {
        showError(tr("Cannot open the run"), m_session->lastError());
        return false;
    }
    setResultsSource(QString::fromStdString(assessment.title), QString::fromStdString(client.name));
    m_results->showOutcome(std::make_shared<const RunOutcome>(std::move(outcome)));
    showPage(QStringLiteral("results"));
    return true;
}

CompareRunsWindow* MainWindow::compareRuns(qint64 runA, qint64 runB) {
    ComparedRun a;
    ComparedRun b;
    if (!m_session->attempt(
            [&](Workspace& ws) {
                a = comparedRun(ws, runA);
                b = comparedRun(ws, runB);
            },
            false)) {
        showError(tr("Cannot compare the runs"), m_session->lastError());
        return nullptr;
    }
    // A window of its own: the user can keep it open beside the editor.
    auto* window = new CompareRunsWindow(a, b, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    m_lastError.clear();
    return window;
}

void MainWindow::compareRunsDialog(qint64 runA, qint64 runB) {
    if (runB != 0) {
        compareRuns(runA, runB);
        return;
    }
    QList<StoredRunChoice> runs;
    m_session->attempt([&](Workspace& ws) { runs = storedRunChoices(ws); }, false);
    if (runs.size() < 2) {
        showError(tr("Compare runs"),
                  tr("Comparing needs two stored runs; the workspace has %1. Run a scenario "
                     "(F5) to keep a run with its version.")
                      .arg(runs.size()));
        return;
    }
    CompareRunsDialog dialog(runs, runA, this);
    if (dialog.exec() == QDialog::Accepted) {
        const auto [a, b] = dialog.chosen();
        compareRuns(a, b);
    }
}

bool MainWindow::save() {
    if (!m_session->isOpen()) {
        return m_document->filePath().isEmpty() ? saveAsDialog() : saveTo(m_document->filePath());
    }
    return m_bound ? saveVersion() : saveToChosenAssessment();
}

bool MainWindow::saveVersion() {
    if (!m_bound || !m_session->isOpen()) {
        return false;
    }
    if (!m_document->isModified() && describesVersion(m_document->scenario(), m_bound->version)) {
        statusBar()->showMessage(
            tr("Nothing to save: version %1 is unchanged").arg(m_bound->version.number), 5000);
        return true;
    }
    const std::string text = writeScenario(m_document->scenario());
    BoundVersion saved;
    const qint64 assessmentId = m_bound->assessment.id;
    if (!m_session->attempt([&](Workspace& ws) { saved = addVersionText(ws, assessmentId, text); },
                            true)) {
        showError(tr("Cannot save"), m_session->lastError());
        return false;
    }
    m_bound = saved;
    m_document->undoStack()->setClean();
    m_navigator->reveal(NodeKind::Version, saved.version.id);
    rememberAssessment(m_session->path(), assessmentId);
    updateTitle();
    statusBar()->showMessage(tr("Saved as version %1").arg(saved.version.number), 5000);
    return true;
}

bool MainWindow::saveVariantAsVersion(const Scenario& variant, const QString& label) {
    if (!m_bound || !m_session->isOpen()) {
        showError(tr("Save as version"),
                  tr("\"%1\" can be kept as a scenario version only in an assessment: open one "
                     "from the workspace (or save this scenario into one) first.")
                      .arg(label));
        return false;
    }
    BoundVersion saved;
    const qint64 assessmentId = m_bound->assessment.id;
    const std::string text = writeScenario(variant);
    if (!m_session->attempt([&](Workspace& ws) { saved = addVersionText(ws, assessmentId, text); },
                            true)) {
        showError(tr("Cannot save"), m_session->lastError());
        return false;
    }
    m_navigator->reveal(NodeKind::Version, saved.version.id);
    m_lastError.clear();
    statusBar()->showMessage(tr("\"%1\" saved as version %2").arg(label).arg(saved.version.number),
                             5000);
    return true;
}

bool MainWindow::saveToChosenAssessment() {
    AssessmentTargetDialog dialog(tr("Save to the workspace"), 0, QString(), clientNames(),
                                  QString(), QString::fromStdString(m_document->scenario().name),
                                  this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    return storeScenarioText(writeScenario(m_document->scenario()), dialog.target());
}

bool MainWindow::storeScenarioText(const std::string& text, const AssessmentTarget& target) {
    LoadedVersion loaded;
    const bool ok = m_session->attempt(
        [&](Workspace& ws) {
            loaded.scenario = readScenario(text);
            loaded.bound = target.assessmentId
                               ? addVersionText(ws, *target.assessmentId, text)
                               : createAssessmentWithText(ws, target.client.toStdString(),
                                                          target.title.toStdString(), text);
        },
        true);
    if (!ok) {
        showError(tr("Cannot keep the scenario in the workspace"), m_session->lastError());
        return false;
    }
    bindTo(std::move(loaded));
    statusBar()->showMessage(tr("Kept as version %1 of \"%2\"")
                                 .arg(m_bound->version.number)
                                 .arg(QString::fromStdString(m_bound->assessment.title)),
                             5000);
    return true;
}

bool MainWindow::importFile(const QString& path, const AssessmentTarget& target) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot import %1").arg(QFileInfo(path).fileName()),
                  tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    // The file's bytes are kept as they are (an export gives them back unchanged).
    const QByteArray bytes = file.readAll();
    const std::string text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    AssessmentTarget where = target;
    try {
        const Scenario scenario = readScenario(text);
        if (!where.assessmentId && where.title.isEmpty()) {
            where.title = QString::fromStdString(scenario.name);
        }
    } catch (const InputError& e) {
        showError(tr("Cannot import %1").arg(QFileInfo(path).fileName()),
                  tr("%1 is not a valid scenario:\n%2").arg(path, problemsText(e)));
        return false;
    }
    return storeScenarioText(text, where);
}

void MainWindow::importDialog(const QString& dropped) {
    const QString path = dropped.isEmpty()
                             ? QFileDialog::getOpenFileName(this, tr("Import scenario"), QString(),
                                                            tr("Scenario JSON (*.json)"))
                             : dropped;
    if (path.isEmpty() || !maybeSave()) {
        return;
    }
    QString name;
    try {
        name = QString::fromStdString(readScenarioFile(path.toStdString()).name);
    } catch (const InputError& e) {
        showError(tr("Cannot import %1").arg(QFileInfo(path).fileName()),
                  tr("%1 is not a valid scenario:\n%2").arg(path, problemsText(e)));
        return;
    } catch (const std::exception& e) {
        showError(tr("Cannot import %1").arg(QFileInfo(path).fileName()),
                  QString::fromStdString(e.what()));
        return;
    }
    AssessmentTargetDialog dialog(
        tr("Import %1").arg(QFileInfo(path).fileName()), m_bound ? m_bound->assessment.id : 0,
        m_bound ? QString::fromStdString(m_bound->assessment.title) : QString(), clientNames(),
        m_bound ? QString::fromStdString(m_bound->client.name) : QString(), name, this);
    if (dialog.exec() == QDialog::Accepted) {
        importFile(path, dialog.target());
    }
}

bool MainWindow::createAssessment(const NewAssessmentChoice& choice) {
    const AppSettings settings = AppSettings::load();
    Scenario scenario;
    try {
        if (!choice.templateName.isEmpty()) {
            scenario = readScenarioFile(templatePath(choice.templateName).toStdString());
        } else {
            scenario.currency = settings.currency.toStdString(); // template amounts stay in EUR
        }
    } catch (const std::exception& e) {
        showError(tr("Cannot read the template %1").arg(choice.templateName),
                  QString::fromStdString(e.what()));
        return false;
    }
    scenario.name = choice.title.toStdString();
    if (settings.iterations) {
        scenario.simulation.iterations = *settings.iterations;
    }
    AssessmentTarget target;
    target.client = choice.client;
    target.title = choice.title;
    return storeScenarioText(writeScenario(scenario), target);
}

void MainWindow::newAssessmentDialog() {
    if (!maybeSave()) {
        return;
    }
    TemplateGallery gallery(
        clientNames(), m_bound ? QString::fromStdString(m_bound->client.name) : QString(), this);
    if (gallery.exec() == QDialog::Accepted) {
        createAssessment(gallery.choice());
    }
}

void MainWindow::settingsDialog() {
    const AppSettings before = AppSettings::load();
    SettingsDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const AppSettings after = dialog.settings();
    after.save();
    if (after.language != before.language) {
        statusBar()->showMessage(
            tr("The new language takes effect when ChangeRisk is started again."), 10000);
    }
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QString path = m_session->path();
    for (const qint64 id : recentAssessments(path)) {
        QString label;
        const bool found = m_session->attempt(
            [&](Workspace& ws) {
                const Assessment assessment = assessmentById(ws, id);
                label = tr("%1 · %2").arg(
                    QString::fromStdString(assessment.title),
                    QString::fromStdString(clientById(ws, assessment.clientId).name));
            },
            false);
        if (!found) {
            forgetAssessment(path, id); // deleted since
            continue;
        }
        m_recentMenu->addAction(label, this, [this, id] {
            if (maybeSave()) {
                openVersion(id, 0);
            }
        });
    }
    if (m_recentMenu->isEmpty()) {
        m_recentMenu->addAction(tr("No recent assessments"))->setEnabled(false);
    }
}

void MainWindow::refreshBound() {
    updateActions();
    if (!m_bound) {
        return;
    }
    if (!m_session->isOpen()) {
        m_bound.reset();
        updateTitle();
        return;
    }
    const qint64 id = m_bound->assessment.id;
    BoundVersion fresh = *m_bound;
    const bool exists = m_session->attempt(
        [&](Workspace& ws) {
            fresh.assessment = assessmentById(ws, id);
            fresh.client = clientById(ws, fresh.assessment.clientId);
        },
        false);
    if (exists) {
        m_bound = fresh; // a rename shows in the title
    } else {
        // Deleted: the editor keeps the scenario, which now belongs to no assessment.
        m_bound.reset();
        statusBar()->showMessage(
            tr("The assessment was deleted; Save keeps the scenario as a new one."), 8000);
    }
    updateTitle();
}

QStringList MainWindow::clientNames() {
    QStringList names;
    m_session->attempt(
        [&](Workspace& ws) {
            for (const Client& client : listClients(ws)) {
                names << QString::fromStdString(client.name);
            }
        },
        false);
    return names;
}

} // namespace cr::ui
