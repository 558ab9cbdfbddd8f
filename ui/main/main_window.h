// The main window: the workspace navigator (dock), editor pages and results in tabs, the menus,
// drag and drop, the run (F5, Esc) and the unsaved-changes prompt. What the window does with
// the workspace (versions, runs, import, new assessments) is in main_window_workspace.cpp.
#pragma once

#include "workspace/assessment_store.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;

namespace cr::ui {

class CompareRunsWindow;
class ResultsPage;
class RunProgress;
class ScenarioDocument;
class SimulationJob;
class WorkspaceNavigator;
class WorkspaceSession;
struct AssessmentTarget;
struct NewAssessmentChoice;
struct ReportOptions;
struct RunOutcome;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument* document() const { return m_document; }
    SimulationJob* job() const { return m_job; }
    WorkspaceSession* workspace() const { return m_session; }
    WorkspaceNavigator* navigator() const { return m_navigator; }
    QDockWidget* navigatorDock() const { return m_navigatorDock; }
    // The editor page with `id` (see editors/editor_pages.h); nullptr when there is none.
    QWidget* page(const QString& id) const;
    ResultsPage* resultsPage() const { return m_results; }
    // Shows the tab with `id` ("environment", ..., "results"); false for an unknown id.
    bool showPage(const QString& id);
    QStringList pageIds() const;

    // Opens a scenario JSON file or a template by name, belonging to no assessment. On failure
    // the document is unchanged, a message box (non-blocking) explains it, and lastError()
    // holds the text.
    bool openFile(const QString& path);
    bool openTemplate(const QString& name);
    // Writes the scenario to `path` atomically; false (and lastError()) on failure. A document
    // of an assessment keeps its unsaved flag (the workspace holds its versions).
    bool saveTo(const QString& path);
    // Starts a run (F5); false when one is going or the scenario does not validate. With an
    // assessment, unsaved edits are saved as a new version first and the finished run is
    // stored with that version.
    bool startRun();
    QString lastError() const { return m_lastError; }

    // --- the workspace (main_window_workspace.cpp) ---
    // Opens the workspace file (the navigator lists it); false, a message and lastError()
    // naming the file when it cannot be opened (the file is left as it was).
    bool openWorkspace(const QString& path);
    // The assessment and version the document belongs to, if any.
    const std::optional<BoundVersion>& bound() const { return m_bound; }
    // Loads a version (0 = the latest) into the editor.
    bool openVersion(qint64 assessmentId, int number);
    // Shows a stored run on the Results page.
    bool openRun(qint64 runId);
    // Save (Ctrl+S): a new version of the document's assessment (or, without one, asks where
    // to keep it; without a workspace, saves the file).
    bool save();
    // Saves the document as the next version of its assessment; never overwrites a version.
    bool saveVersion();
    // Creates an assessment from the gallery's choice and opens its version 1.
    bool createAssessment(const NewAssessmentChoice& choice);
    // Reads a scenario file into the workspace as `target` says and opens the new version.
    bool importFile(const QString& path, const AssessmentTarget& target);
    // Keeps `variant` (a safeguard variant, named `label`) as the next version of the open
    // assessment; the editor stays on the version it shows. Without an open assessment: a
    // message says why, and false.
    bool saveVariantAsVersion(const Scenario& variant, const QString& label);

    // Simulation > Compare runs…: opens a window with the two stored runs side by side (b − a);
    // nullptr, a message and lastError() when a run cannot be read.
    CompareRunsWindow* compareRuns(qint64 runA, qint64 runB);

    // --- the report (main_window_report.cpp) ---
    // File > Export report (PDF)…, enabled while the Results page shows a run.
    QAction* exportReportAction() const { return m_exportReportAction; }
    // Writes the consultation report of the run on the Results page to `path` (completely or
    // not at all: an existing file stays as it was on failure) and remembers `options` for the
    // next export; false and lastError() when there is no run or the PDF cannot be written.
    bool exportReport(const QString& path, const ReportOptions& options);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createFileMenu();
    void updateTitle();
    void updateActions();
    void showError(const QString& title, const QString& text);
    void onRunFinished(const std::shared_ptr<const RunOutcome>& outcome);
    bool saveAsDialog();
    void openDialog();
    void importDialog(const QString& path);
    void newAssessmentDialog();
    void settingsDialog();
    void fillRecentMenu();
    // Asks for two runs (the first preselected; runB = 0 asks for it) and compares them.
    void compareRunsDialog(qint64 runA, qint64 runB);
    void exportReportDialog();
    // What the Results page shows came from: the assessment (title, client) or nothing.
    void setResultsSource(const QString& title, const QString& client);
    // Asks about unsaved changes; true when it is fine to discard the document.
    bool maybeSave();
    // After the workspace changed (rename, delete): refresh or drop the bound assessment.
    void refreshBound();
    // Asks where to keep the document in the workspace and keeps it there.
    bool saveToChosenAssessment();
    bool storeScenarioText(const std::string& text, const AssessmentTarget& target);
    void bindTo(LoadedVersion loaded);
    QStringList clientNames();

    ScenarioDocument* m_document;
    SimulationJob* m_job;
    WorkspaceSession* m_session;
    QTabWidget* m_tabs;
    ResultsPage* m_results;
    RunProgress* m_progress;
    WorkspaceNavigator* m_navigator;
    QDockWidget* m_navigatorDock;
    QMenu* m_recentMenu = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_newAssessmentAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_compareAction = nullptr;
    QString m_resultsTitle;  // the assessment of the run on the Results page; empty = none
    QString m_resultsClient; // its client
    QString m_lastError;
    std::optional<BoundVersion> m_bound;
    // The version the running job runs (the run is stored with it when it finishes).
    std::optional<ScenarioVersion> m_runVersion;
};

} // namespace cr::ui
