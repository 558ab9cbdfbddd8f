// File > Export report (PDF)…: who the report is for, who prepared it and its language, kept
// in QSettings between exports, the dialog that asks for them, and writing the report of a run
// (the PDF itself comes from ui/report).
#pragma once

#include "run/simulation_job.h"

#include "format/number_format.h"

#include <QDialog>
#include <QString>

#include <functional>

class QComboBox;
class QLineEdit;

namespace cr::report {
struct ReportInput;
}

namespace cr::ui {

inline constexpr const char* kReportClientKey = "report/client";
inline constexpr const char* kReportPreparedByKey = "report/prepared_by";
inline constexpr const char* kReportLanguageKey = "report/language"; // "en" | "de"

struct ReportOptions {
    QString client;
    QString preparedBy;
    Language language = Language::English;

    // The last export's options; the language defaults to the UI's until one was chosen.
    static ReportOptions load();
    void save() const;
};

// Fills input.decisions (issue 7's sections) before the report is rendered.
using AddDecisions = std::function<void(report::ReportInput&)>;

// Writes the report of `outcome` to `path` (completely or not at all; ui/report's writeReport):
// the cover names `title` (or the scenario when it is empty), the client and who prepared it,
// dated today, in options.language. `addDecisions` (may be empty) adds the decision analyses.
// Returns the number of pages; throws std::runtime_error naming the path and the reason.
int writeRunReport(const RunOutcome& outcome, const ReportOptions& options, const QString& title,
                   const QString& path, const AddDecisions& addDecisions);

class ReportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportOptionsDialog(const ReportOptions& options, QWidget* parent = nullptr);

    ReportOptions options() const;

private:
    QLineEdit* m_client;
    QLineEdit* m_preparedBy;
    QComboBox* m_language;
};

} // namespace cr::ui
