// Loss exceedance curve of the total loss: P(total loss > amount) on log-log axes, with a
// vertical line at each policy's deductible, per-claim limit and annual aggregate.
//
// Qt Charts 6.4 cannot format a QLogValueAxis's labels as money, so both axes plot log10 of
// the value on a QCategoryAxis whose labels sit on the powers of ten ("€10,000", "1 %").
#pragma once

#include "format/number_format.h"
#include "scenario/scenario.h"

#include <QChartView>
#include <QPointF>

#include <nlohmann/json.hpp>

#include <vector>

namespace cr::ui {

class LossExceedanceChart : public QChartView {
    Q_OBJECT
public:
    explicit LossExceedanceChart(QWidget* parent = nullptr);

    // Shows the total-loss LEC of `document` (FORMAT.md "lec") with `scenario`'s policy terms.
    void setResult(const Scenario& scenario, const nlohmann::ordered_json& document,
                   Language language);
    void clear();

    // The plotted curve as (amount, probability) pairs, back-transformed from the axes.
    std::vector<QPointF> curve() const;
    // The marker lines' legend names, in drawing order.
    QStringList markerNames() const;

private:
    QChart* m_chart;
};

} // namespace cr::ui
