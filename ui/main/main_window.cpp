// MainWindow: wiring of document, pages, job and menus; file open/save and the close prompt.
#include "main/main_window.h"

#include "charts/results_page.h"
#include "document/scenario_document.h"
#include "editors/editor_pages.h"
#include "main/template_locator.h"
#include "main/template_texts.h"
#include "run/run_progress.h"
#include "run/simulation_job.h"

#include "changerisk/version.h"
#include "format/scenario_json.h"
#include "scenario/validate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>

namespace cr::ui {

namespace {

// Every problem of an InputError, one per line, each with its JSON pointer.
QString problemsText(const InputError& error) {
    QStringList lines;
    for (const Problem& p : error.problems()) {
        lines << (p.where.empty() ? QString::fromStdString(p.message)
                                  : QString::fromStdString(p.where + ": " + p.message));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new ScenarioDocument(this)), m_job(new SimulationJob(this)),
      m_tabs(new QTabWidget(this)), m_results(new ResultsPage(this)),
      m_progress(new RunProgress(m_job, this)) {
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
    createActions();

    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_job, &SimulationJob::finished, this, &MainWindow::onRunFinished);
    connect(m_job, &SimulationJob::cancelled, this,
            [this] { statusBar()->showMessage(tr("Run cancelled; nothing changed."), 5000); });
    connect(m_job, &SimulationJob::failed, this,
            [this](const QString& message) { showError(tr("The run failed"), message); });
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
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* fromTemplate = file->addMenu(tr("&New from template"));
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
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAsDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* simulation = menuBar()->addMenu(tr("&Simulation"));
    m_runAction =
        simulation->addAction(tr("&Run"), QKeySequence(Qt::Key_F5), this, [this] { startRun(); });
    m_cancelAction = simulation->addAction(tr("&Cancel run"), QKeySequence(Qt::Key_Escape), m_job,
                                           &SimulationJob::cancel);
    m_cancelAction->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ChangeRisk"), this, [this] {
        QMessageBox::about(this, tr("About ChangeRisk"),
                           tr("ChangeRisk %1\nWhat a failed IT change can cost, and what "
                              "insurance pays.")
                               .arg(QString::fromLatin1(kProgramVersion)));
    });
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
    setWindowTitle(tr("%1[*] — ChangeRisk").arg(m_document->displayName()));
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
        m_document->saveAs(path);
    } catch (const std::exception& e) {
        showError(tr("Cannot save"), QString::fromStdString(e.what()));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::save() {
    return m_document->filePath().isEmpty() ? saveAsDialog() : saveTo(m_document->filePath());
}

bool MainWindow::saveAsDialog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save scenario as"), m_document->filePath(), tr("Scenario JSON (*.json)"));
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
    statusBar()->clearMessage();
    return m_job->start(m_document->scenario());
}

void MainWindow::onRunFinished(const std::shared_ptr<const RunOutcome>& outcome) {
    m_results->showOutcome(outcome);
    showPage(QStringLiteral("results"));
    statusBar()->showMessage(tr("Run finished"), 5000);
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
    if (maybeSave()) {
        openFile(path);
    }
}

} // namespace cr::ui
