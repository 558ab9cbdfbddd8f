// Compare two runs (two versions of one scenario, or two scenarios): their loss exceedance
// curves overlaid and a table of key figures side by side with the difference b − a. This is
// how a user sees what a staged rollout, a backup or a higher sum insured buys.
#pragma once

#include "scenario/scenario.h"

#include <QString>
#include <QWidget>

#include <nlohmann/json.hpp>

#include <optional>

class QLabel;
class QTableWidget;
class QToolButton;

namespace cr::ui {

class ChartPanel;

struct ComparedRun {
    QString label;
    cr::Scenario scenario;
    nlohmann::ordered_json document; // FORMAT.md result document
};

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);

    void setRuns(const ComparedRun& a, const ComparedRun& b);

    QTableWidget* table() const { return m_table; }
    ChartPanel* chart() const { return m_chart; }
    // The row of the figure named `name` (KeyFigure names; "who.<payer>.mean",
    // "who.<payer>.1_in_100"); -1 when absent.
    int rowOf(const QString& name) const;
    // b − a of that figure; nullopt when either run lacks it.
    std::optional<double> difference(const QString& name) const;
    // The table as tab-separated text with a header row.
    QString toTabSeparated() const;

public slots:
    void copyToClipboard() const;

private:
    QLabel* m_heading;
    ChartPanel* m_chart;
    QTableWidget* m_table;
    QToolButton* m_copyButton;
    QStringList m_names; // figure name of each table row
    QList<std::optional<double>> m_differences;
};

} // namespace cr::ui
