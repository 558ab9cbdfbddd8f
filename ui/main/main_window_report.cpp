// MainWindow and the consultation report: File > Export report (PDF)… asks for the client, who
// prepared it and the language, then for the file, and writes the PDF through ui/report.
#include "main/main_window.h"

#include "charts/results_page.h"
#include "decision/decision_report.h"
#include "document/scenario_document.h"
#include "main/report_export.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace cr::ui {

void MainWindow::setResultsSource(const QString& title, const QString& client) {
    m_resultsTitle = title;
    m_resultsClient = client;
}

bool MainWindow::exportReport(const QString& path, const ReportOptions& options) {
    const std::shared_ptr<const RunOutcome> outcome = m_results->outcome();
    if (!outcome) {
        m_lastError = tr("There is no run to report on: run the simulation (F5) first.");
        return false;
    }
    // Decision analyses (issue 7): each decision page's last result, if it was computed for
    // the scenario of the reported run.
    const AddDecisions addDecisions = [this](report::ReportInput& input) {
        input.decisions = reportDecisions(
            page(QStringLiteral("cover-options")), page(QStringLiteral("safeguards")),
            page(QStringLiteral("sensitivity")), input.main.scenario, input.language);
    };
    options.save();
    try {
        const int pages = writeRunReport(*outcome, options, m_resultsTitle, path, addDecisions);
        statusBar()->showMessage(tr("Report written: %1 (%2 pages)").arg(path).arg(pages), 8000);
    } catch (const std::exception& e) {
        showError(tr("The report was not written"),
                  tr("%1\nNo file was changed.").arg(QString::fromUtf8(e.what())));
        return false;
    }
    m_lastError.clear();
    return true;
}

void MainWindow::exportReportDialog() {
    if (!m_results->outcome()) {
        return;
    }
    ReportOptions options = ReportOptions::load();
    if (options.client.isEmpty()) {
        options.client = m_resultsClient; // the assessment's client, until one was typed
    }
    ReportOptionsDialog dialog(options, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString folder = m_document->filePath().isEmpty()
                               ? QDir::homePath()
                               : QFileInfo(m_document->filePath()).absolutePath();
    const QString name = m_resultsTitle.isEmpty()
                             ? QString::fromStdString(m_results->outcome()->scenario.name)
                             : m_resultsTitle;
    QString fileName = name;
    fileName.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report (PDF)"),
        folder + QLatin1Char('/') + fileName + QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        exportReport(path, dialog.options());
    }
}

} // namespace cr::ui
