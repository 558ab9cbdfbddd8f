// The "Cover options" page: one policy's sums insured (and deductibles, premiums) on one
// simulated sample; a table with the recommended option highlighted and its sentence above
// it, and a chart of the expected uninsured amount against the sum insured.
#pragma once

#include "decision/cover_options.h"
#include "decision/cover_options_input.h"
#include "decision/decision_page.h"

#include <map>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cr::ui {

class ChartPanel;

class CoverOptionsPage : public DecisionPage {
    Q_OBJECT
public:
    explicit CoverOptionsPage(ScenarioDocument* document, QWidget* parent = nullptr);

    bool startAnalysis() override;

    // The last finished sweep (for the scenario resultScenario()); nullopt before the first.
    const std::optional<SweepResult>& sweep() const { return m_sweep; }
    QComboBox* policyBox() const { return m_policy; }
    // The field named by a k…Field constant and the label showing its problem.
    QLineEdit* field(const QString& name) const;
    QLabel* problemLabel(const QString& name) const;
    QTableWidget* table() const { return m_table; }
    QLabel* recommendationLabel() const { return m_recommendation; }
    ChartPanel* chart() const { return m_chart; }
    // The table row shown as recommended; -1 when none.
    int highlightedRow() const;

private:
    void refreshPolicies();
    void showProblems(const std::vector<FieldProblem>& problems);
    void showSweep();

    QComboBox* m_policy;
    std::map<QString, QLineEdit*> m_fields;
    std::map<QString, QLabel*> m_problems;
    QLabel* m_recommendation;
    QTableWidget* m_table;
    ChartPanel* m_chart;
    std::optional<SweepResult> m_sweep;
};

} // namespace cr::ui
