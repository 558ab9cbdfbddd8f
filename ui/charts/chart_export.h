// Painting a chart anywhere: into a QPainter (the PDF report), a PNG or an SVG file.
//
// Works for a chart shown in a QChartView (its scene is rendered as it is) and for a chart
// built by one of the create…Chart functions that was never shown (it is laid out at the
// requested size in a temporary scene, then handed back unchanged in ownership).
#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

class QChart;
class QPainter;

namespace cr::ui {

// Paints `chart` into `target` of `painter`. A chart outside any scene is laid out at the
// target's size first.
void paintChart(QChart* chart, QPainter* painter, const QRectF& target);

// `chart` as an image of `size` device-independent pixels rendered at `scale` (2 = sharp on
// paper and high-DPI screens); white background.
QImage chartImage(QChart* chart, const QSize& size, qreal scale = 1);

// Writes `chart` as a PNG of `size` × `scale` pixels / as an SVG of `size`; false with a
// message in `error` when the file cannot be written.
bool exportChartPng(QChart* chart, const QString& path, const QSize& size, qreal scale = 2,
                    QString* error = nullptr);
bool exportChartSvg(QChart* chart, const QString& path, const QSize& size,
                    QString* error = nullptr);

} // namespace cr::ui
