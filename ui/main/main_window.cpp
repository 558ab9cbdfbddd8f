// MainWindow: wiring of document, pages, navigator, job and menus; file open/export, the run
// and the close prompt.
#include "main/main_window.h"

#include "charts/results_page.h"
#include "decision/safeguards_page.h"
#include "document/scenario_document.h"
#include "editors/editor_pages.h"
#include "main/problems_text.h"
#include "main/settings.h"
#include "main/template_locator.h"
#include "main/template_texts.h"
#include "run/run_progress.h"
#include "run/simulation_job.h"
#include "workspace/workspace_navigator.h"
#include "workspace/workspace_session.h"

#include "changerisk/version.h"
#include "format/atomic_file.h"
#include "format/scenario_json.h"
#include "scenario/validate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>

namespace cr::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new ScenarioDocument(this)), m_job(new SimulationJob(this)),
      m_session(new WorkspaceSession(this)), m_tabs(new QTabWidget(this)),
      m_results(new ResultsPage(this)), m_progress(new RunProgress(m_job, this)),
      m_navigator(new WorkspaceNavigator(m_session, this)),
      m_navigatorDock(new QDockWidget(tr("Workspace"), this)) {
    m_tabs->setDocumentMode(true);
    for (const EditorPageEntry& entry : createEditorPages(m_document, this)) {
        entry.widget->setObjectName(QStringLiteral("page.") + entry.id);
        m_tabs->addTab(entry.widget, entry.title);
    }
    m_results->setObjectName(QStringLiteral("page.results"));
    m_tabs->addTab(m_results, tr("&Results"));
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_progress);
    setAcceptDrops(true);

    m_navigatorDock->setObjectName(QStringLiteral("workspaceDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    resizeDocks({m_navigatorDock}, {280}, Qt::Horizontal);
    m_navigatorDock->hide(); // shown once a workspace is open
    createActions();

    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &WorkspaceSession::changed, this, &MainWindow::refreshBound);
    connect(m_navigator, &WorkspaceNavigator::versionOpenRequested, this,
            [this](qint64 assessmentId, int number) {
                if (maybeSave()) {
                    openVersion(assessmentId, number);
                }
            });
    connect(m_navigator, &WorkspaceNavigator::runOpenRequested, this, &MainWindow::openRun);
    connect(m_navigator, &WorkspaceNavigator::compareRequested, this,
            &MainWindow::compareRunsDialog);
    connect(m_navigator, &WorkspaceNavigator::failed, this, &MainWindow::showError);
    connect(m_job, &SimulationJob::finished, this, &MainWindow::onRunFinished);
    if (auto* safeguards = qobject_cast<SafeguardsPage*>(page(QStringLiteral("safeguards")))) {
        connect(safeguards, &SafeguardsPage::saveVariantRequested, this,
                &MainWindow::saveVariantAsVersion);
    }
    connect(m_job, &SimulationJob::cancelled, this, [this] {
        m_runVersion.reset();
        statusBar()->showMessage(tr("Run cancelled; nothing changed."), 5000);
    });
    connect(m_job, &SimulationJob::failed, this, [this](const QString& message) {
        m_runVersion.reset();
        showError(tr("The run failed"), message);
    });
    connect(m_job, &SimulationJob::started, this, [this] {
        m_runAction->setEnabled(false);
        m_cancelAction->setEnabled(true);
    });
    const auto runEnded = [this] {
        m_runAction->setEnabled(true);
        m_cancelAction->setEnabled(false);
    };
    connect(m_job, &SimulationJob::finished, this, runEnded);
    connect(m_job, &SimulationJob::cancelled, this, runEnded);
    connect(m_job, &SimulationJob::failed, this, runEnded);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    createFileMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                        this, &MainWindow::settingsDialog);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* showNavigator = m_navigatorDock->toggleViewAction();
    showNavigator->setText(tr("&Workspace navigator"));
    showNavigator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(showNavigator);
    view->addAction(tr("&Find in workspace"), QKeySequence::Find, this, [this] {
        m_navigatorDock->show();
        m_navigator->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_navigator->searchBox()->selectAll();
    });

    QMenu* simulation = menuBar()->addMenu(tr("&Simulation"));
    m_runAction =
        simulation->addAction(tr("&Run"), QKeySequence(Qt::Key_F5), this, [this] { startRun(); });
    m_cancelAction = simulation->addAction(tr("&Cancel run"), QKeySequence(Qt::Key_Escape), m_job,
                                           &SimulationJob::cancel);
    m_cancelAction->setEnabled(false);
    simulation->addSeparator();
    m_compareAction = simulation->addAction(tr("Com&pare runs…"), this, [this] {
        const auto& shown = m_navigator->selectedRunIds();
        compareRunsDialog(shown.isEmpty() ? 0 : shown.front(), 0);
    });
    m_compareAction->setObjectName(QStringLiteral("action.compareRuns"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ChangeRisk"), this, [this] {
        QMessageBox::about(this, tr("About ChangeRisk"),
                           tr("ChangeRisk %1\nWhat a failed IT change can cost, and what "
                              "insurance pays.")
                               .arg(QString::fromLatin1(kProgramVersion)));
    });
}

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_newAssessmentAction = file->addAction(tr("&New assessment…"), QKeySequence::New, this,
                                            &MainWindow::newAssessmentDialog);
    QMenu* fromTemplate = file->addMenu(tr("New from &template (not kept)"));
    for (const QString& name : templateNames()) {
        const TemplateText text = templateText(name);
        QAction* action = fromTemplate->addAction(text.title, this, [this, name] {
            if (maybeSave()) {
                openTemplate(name);
            }
        });
        action->setStatusTip(text.description);
    }
    fromTemplate->setEnabled(!fromTemplate->isEmpty());
    file->addAction(tr("&Open file…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_importAction = file->addAction(tr("&Import file…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                     [this] { importDialog(QString()); });
    m_recentMenu = file->addMenu(tr("&Recent assessments"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("&Export to file…"), QKeySequence::SaveAs, this, &MainWindow::saveAsDialog);
    file->addSeparator();
    // The report of the run on the Results page (a finished run or a stored one opened).
    m_exportReportAction =
        file->addAction(tr("Export &report (PDF)…"), QKeySequence(Qt::CTRL | Qt::Key_P), this,
                        &MainWindow::exportReportDialog);
    m_exportReportAction->setObjectName(QStringLiteral("action.exportReport"));
    m_exportReportAction->setEnabled(false);
    connect(m_results, &ResultsPage::outcomeChanged, m_exportReportAction,
            [this] { m_exportReportAction->setEnabled(m_results->outcome() != nullptr); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::updateActions() {
    const bool open = m_session->isOpen();
    m_newAssessmentAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_recentMenu->setEnabled(open);
    m_compareAction->setEnabled(open);
}

QWidget* MainWindow::page(const QString& id) const {
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == QStringLiteral("page.") + id) {
            return m_tabs->widget(i);
        }
    }
    return nullptr;
}

QStringList MainWindow::pageIds() const {
    QStringList ids;
    for (int i = 0; i < m_tabs->count(); ++i) {
        ids << m_tabs->widget(i)->objectName().mid(5);
    }
    return ids;
}

bool MainWindow::showPage(const QString& id) {
    QWidget* widget = page(id);
    if (widget == nullptr) {
        return false;
    }
    m_tabs->setCurrentWidget(widget);
    return true;
}

void MainWindow::updateTitle() {
    if (m_bound) {
        setWindowTitle(tr("%1 · %2 · version %3[*] — ChangeRisk")
                           .arg(QString::fromStdString(m_bound->assessment.title),
                                QString::fromStdString(m_bound->client.name))
                           .arg(m_bound->version.number));
    } else {
        setWindowTitle(tr("%1[*] — ChangeRisk").arg(m_document->displayName()));
    }
    setWindowModified(m_document->isModified());
}

void MainWindow::showError(const QString& title, const QString& text) {
    m_lastError = text;
    // Non-blocking: a modal exec() would stall tests and the screenshot mode.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->open();
}

bool MainWindow::openFile(const QString& path) {
    try {
        Scenario scenario = readScenarioFile(path.toStdString());
        m_bound.reset();
        m_document->load(std::move(scenario), QFileInfo(path).absoluteFilePath());
    } catch (const InputError& e) {
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                  tr("%1 is not a valid scenario:\n%2").arg(path, problemsText(e)));
        return false;
    } catch (const std::exception& e) {
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                  QString::fromStdString(e.what()));
        return false;
    }
    m_results->clear();
    m_lastError.clear();
    updateTitle();
    return true;
}

bool MainWindow::openTemplate(const QString& name) {
    const QString path = templatePath(name);
    if (path.isEmpty()) {
        showError(tr("No such template"),
                  tr("There is no template called \"%1\". Templates: %2")
                      .arg(name, templateNames().join(QStringLiteral(", "))));
        return false;
    }
    if (!openFile(path)) {
        return false;
    }
    // A template is a starting point: saving it must not overwrite the shipped file.
    m_document->load(m_document->scenario(), QString());
    return true;
}

bool MainWindow::saveTo(const QString& path) {
    try {
        if (m_bound) {
            // The workspace holds this document's versions: a copy in a file changes no flag.
            AtomicFile file(path.toStdString());
            file.write(writeScenario(m_document->scenario()));
            file.commit();
        } else {
            m_document->saveAs(path);
        }
    } catch (const std::exception& e) {
        showError(tr("Cannot save"), QString::fromStdString(e.what()));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::saveAsDialog() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export scenario to a file"), m_document->filePath(),
                                     tr("Scenario JSON (*.json)"));
    return !path.isEmpty() && saveTo(path);
}

void MainWindow::openDialog() {
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), QString(),
                                                      tr("Scenario JSON (*.json)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

bool MainWindow::maybeSave() {
    if (!m_document->isModified()) {
        return true;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

bool MainWindow::startRun() {
    if (m_job->isRunning()) {
        return false;
    }
    const Problems problems = validateScenario(m_document->scenario());
    if (!problems.empty()) {
        showError(tr("The scenario cannot run yet"), problemsText(InputError(problems)));
        return false;
    }
    m_runVersion.reset();
    if (m_bound && m_session->isOpen()) {
        // The run is kept with the version it ran: unsaved edits become a version first.
        if ((m_document->isModified() ||
             !describesVersion(m_document->scenario(), m_bound->version)) &&
            !saveVersion()) {
            return false;
        }
        m_runVersion = m_bound->version;
    }
    statusBar()->clearMessage();
    const unsigned threads = static_cast<unsigned>(AppSettings::load().threads);
    if (!m_job->start(m_document->scenario(), threads)) {
        m_runVersion.reset();
        return false;
    }
    return true;
}

void MainWindow::onRunFinished(const std::shared_ptr<const RunOutcome>& outcome) {
    if (m_runVersion && m_bound) {
        setResultsSource(QString::fromStdString(m_bound->assessment.title),
                         QString::fromStdString(m_bound->client.name));
    } else {
        setResultsSource(QString(), QString());
    }
    m_results->showOutcome(outcome);
    showPage(QStringLiteral("results"));
    if (!m_runVersion) {
        statusBar()->showMessage(tr("Run finished"), 5000);
        return;
    }
    const ScenarioVersion version = *m_runVersion;
    m_runVersion.reset();
    RunRecord record;
    if (!m_session->attempt([&](Workspace& ws) { record = storeRun(ws, version, *outcome); },
                            true)) {
        showError(tr("The run was not kept"), m_session->lastError());
        return;
    }
    m_navigator->reveal(NodeKind::Run, record.id);
    statusBar()->showMessage(tr("Run finished and kept with version %1").arg(version.number), 5000);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (maybeSave()) {
        m_job->cancel();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile() &&
        urls.front().toLocalFile().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = event->mimeData()->urls().front().toLocalFile();
    event->acceptProposedAction();
    // Into the workspace when one is open (the user says where); otherwise just opened.
    if (m_session->isOpen()) {
        importDialog(path);
    } else if (maybeSave()) {
        openFile(path);
    }
}

} // namespace cr::ui
