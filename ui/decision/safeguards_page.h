// The "Safeguards" page: the scenario as it is and one variant per safeguard (canary wave,
// detection, backups, remote restore, four-eyes review, liability cap) run on common random
// numbers; per safeguard the expected total loss, the 1-in-100 loss and the expected
// uninsured amount with their change in money, a bar chart of the change in expected total
// loss, and "Save as version" to keep a variant as a scenario version of the assessment.
#pragma once

#include "decision/comparison.h"
#include "decision/decision_page.h"
#include "decision/safeguards.h"

#include <vector>

class QTableWidget;

namespace cr::ui {

class ChartPanel;

class SafeguardsPage : public DecisionPage {
    Q_OBJECT
public:
    explicit SafeguardsPage(ScenarioDocument* document, QWidget* parent = nullptr);

    bool startAnalysis() override;

    // The last finished comparison: the scenario as it is first, then each variant (labels in
    // the UI language); empty before the first.
    const std::vector<cr::KeyFigures>& figures() const { return m_figures; }
    const std::vector<SafeguardVariant>& variants() const { return m_variants; }
    QTableWidget* table() const { return m_table; }
    ChartPanel* chart() const { return m_chart; }

    // The safeguard's name in the UI language ("canary" → "Staged rollout (canary wave)").
    static QString safeguardLabel(const std::string& id);

signals:
    // "Save as version" of a variant: the main window keeps it as the next version of the
    // open assessment (or says why it cannot).
    void saveVariantRequested(const cr::Scenario& variant, const QString& label);

private:
    void showFigures();

    QTableWidget* m_table;
    ChartPanel* m_chart;
    std::vector<SafeguardVariant> m_variants;
    std::vector<cr::KeyFigures> m_figures;
};

} // namespace cr::ui
