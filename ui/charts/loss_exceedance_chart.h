// Loss exceedance curves: P(loss > amount) on log-log axes for the total loss and the
// contractor's liability, with a labelled vertical line at each policy's deductible, per-claim
// limit and annual aggregate; hovering a curve shows the value.
//
// Both axes plot log10 of the value (chart_axes.h). Series names for tests and the report:
// "lec.total_loss", "lec.contractor_liability", in a comparison "lec.a" and "lec.b"; every
// marker line is "marker".
#pragma once

#include "charts/chart_panel.h"
#include "format/number_format.h"
#include "scenario/scenario.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

class QChart;

namespace cr::ui {

// A new chart (caller owns it) of `document`'s "lec" of total loss and, when the scenario has a
// contractor with a non-zero liability, contractor liability.
QChart* createLossExceedanceChart(const Scenario& scenario, const nlohmann::ordered_json& document,
                                  Language language);

// Two runs' total-loss curves overlaid ("lec.a", "lec.b"), with both scenarios' policy lines.
QChart* createLossExceedanceComparison(const QString& labelA, const Scenario& scenarioA,
                                       const nlohmann::ordered_json& documentA,
                                       const QString& labelB, const Scenario& scenarioB,
                                       const nlohmann::ordered_json& documentB, Language language);

// The plotted points of the series `objectName` as (amount, probability), back from log10.
std::vector<QPointF> lecCurve(const QChart* chart, const QString& objectName);
// The marker lines' legend names, in drawing order.
QStringList lecMarkerNames(const QChart* chart);

// The results page's LEC panel (with export); kept as a class so tests can read the curve.
class LossExceedanceChart : public ChartPanel {
    Q_OBJECT
public:
    explicit LossExceedanceChart(QWidget* parent = nullptr);

    void setResult(const Scenario& scenario, const nlohmann::ordered_json& document,
                   Language language);
    // The total-loss curve as (amount, probability) pairs.
    std::vector<QPointF> curve() const;
    QStringList markerNames() const;
};

} // namespace cr::ui
