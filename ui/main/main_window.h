// The main window: editor pages and results in tabs, File/Edit/Simulation menus, drag and drop,
// the run (F5, Esc) and the unsaved-changes prompt.
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QTabWidget;

namespace cr::ui {

class ResultsPage;
class RunProgress;
class ScenarioDocument;
class SimulationJob;
struct RunOutcome;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument* document() const { return m_document; }
    SimulationJob* job() const { return m_job; }
    // The editor page with `id` (see editors/editor_pages.h); nullptr when there is none.
    QWidget* page(const QString& id) const;
    ResultsPage* resultsPage() const { return m_results; }
    // Shows the tab with `id` ("environment", ..., "results"); false for an unknown id.
    bool showPage(const QString& id);
    QStringList pageIds() const;

    // Opens a scenario JSON file or a template by name. On failure the document is unchanged,
    // a message box (non-blocking) explains it, and lastError() holds the text.
    bool openFile(const QString& path);
    bool openTemplate(const QString& name);
    // Writes the scenario to `path` atomically; false (and lastError()) on failure.
    bool saveTo(const QString& path);
    // Starts a run (F5); false when one is going or the scenario does not validate.
    bool startRun();
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void updateTitle();
    void showError(const QString& title, const QString& text);
    void onRunFinished(const std::shared_ptr<const RunOutcome>& outcome);
    bool save();
    bool saveAsDialog();
    void openDialog();
    // Asks about unsaved changes; true when it is fine to discard the document.
    bool maybeSave();

    ScenarioDocument* m_document;
    SimulationJob* m_job;
    QTabWidget* m_tabs;
    ResultsPage* m_results;
    RunProgress* m_progress;
    QAction* m_runAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QString m_lastError;
};

} // namespace cr::ui
