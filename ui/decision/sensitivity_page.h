// The "Sensitivity" page: which inputs move the result. A tornado chart (each uncertain input
// at its 10th and 90th percentile, all else as it is, same seed; sorted by swing) for the
// expected total loss or the expected uninsured amount, and a table of the inputs with their
// P10/P90 values, both swings and the Spearman rank correlation with the total loss.
#pragma once

#include "decision/decision_page.h"
#include "decision/sensitivity.h"
#include "decision/tornado_chart.h"

#include <optional>

class QComboBox;
class QTableWidget;

namespace cr::ui {

class ChartPanel;

class SensitivityPage : public DecisionPage {
    Q_OBJECT
public:
    explicit SensitivityPage(ScenarioDocument* document, QWidget* parent = nullptr);

    bool startAnalysis() override;

    const std::optional<SensitivityResult>& sensitivity() const { return m_result; }
    TornadoMeasure measure() const;
    QComboBox* measureBox() const { return m_measure; }
    QTableWidget* table() const { return m_table; }
    ChartPanel* chart() const { return m_chart; }

    // An input's value as the table shows it (more decimals for small values).
    static QString inputValueText(double value, Language language);

private:
    void showResult();

    QComboBox* m_measure;
    QTableWidget* m_table;
    ChartPanel* m_chart;
    std::optional<SensitivityResult> m_result;
};

} // namespace cr::ui
