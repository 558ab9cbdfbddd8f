// Axis construction: tick placement and labels on QCategoryAxis.
#include "charts/chart_axes.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QStringList>

#include <cmath>

namespace cr::ui {

QCategoryAxis* powersOfTenAxis(int from, int to, const AxisLabel& label) {
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(from);
    for (int k = from; k <= to; ++k) {
        axis->append(label(std::pow(10.0, k)), k);
    }
    axis->setRange(from, to);
    axis->setGridLineVisible(true);
    return axis;
}

double roundStep(double span, int ticks) {
    if (!(span > 0) || !std::isfinite(span)) {
        return 1;
    }
    const double raw = span / std::max(1, ticks);
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * decade >= raw) {
            return m * decade;
        }
    }
    return 10 * decade;
}

QCategoryAxis* roundStepAxis(double min, double max, const AxisLabel& label, int ticks) {
    if (!(max > min)) {
        max = min + (min == 0 ? 1 : std::abs(min));
    }
    const double step = roundStep(max - min, ticks);
    const double first = std::floor(min / step) * step;
    const double last = std::ceil(max / step) * step;
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(first);
    // Category labels must be unique: a repeated text (rounding) is skipped.
    QString previous;
    const int steps = static_cast<int>(std::lround((last - first) / step));
    for (int k = 0; k <= steps; ++k) {
        const double value = first + k * step;
        QString text = label(std::abs(value) < step * 1e-9 ? 0.0 : value);
        if (text != previous) {
            axis->append(text, value);
            previous = text;
        }
    }
    axis->setRange(first, last);
    axis->setGridLineVisible(true);
    return axis;
}

void attachHorizontalBarAxes(QChart* chart, QAbstractBarSeries* series,
                             const QStringList& categories, QAbstractAxis* valueAxis,
                             const QString& valueTitle) {
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    valueAxis->setTitleText(valueTitle);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace cr::ui
