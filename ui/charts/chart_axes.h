// Axes the result charts share: powers of ten for log scales and round steps for linear ones,
// both labelled with the number formatting of the model (money "€10,000", "1 %").
//
// Qt Charts 6.4 cannot format a QValueAxis's or QLogValueAxis's labels as money, so every
// axis is a QCategoryAxis whose labels sit on the tick values; log axes plot log10 of the value.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QAbstractAxis;
class QAbstractBarSeries;
class QCategoryAxis;
class QChart;

namespace cr::ui {

using AxisLabel = std::function<QString(double)>;

// A log axis in log10 units from 10^from to 10^to, a label on every power of ten.
QCategoryAxis* powersOfTenAxis(int from, int to, const AxisLabel& label);

// A linear axis over [min, max] widened to round steps (1, 2, 2.5 or 5 × 10^k), about `ticks`
// intervals, a label on every step.
QCategoryAxis* roundStepAxis(double min, double max, const AxisLabel& label, int ticks = 5);

// The layout of the horizontal bar charts: `categories` on the left, `valueAxis` titled
// `valueTitle` at the bottom, both attached to `series` (already in `chart`); legend below.
void attachHorizontalBarAxes(QChart* chart, QAbstractBarSeries* series,
                             const QStringList& categories, QAbstractAxis* valueAxis,
                             const QString& valueTitle);

// The round step roundStepAxis uses for `span` split into about `ticks` intervals.
double roundStep(double span, int ticks);

} // namespace cr::ui
