// Chart painting and file export (PNG through QImage, SVG through QSvgGenerator).
#include "charts/chart_export.h"

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cr::ui {

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

} // namespace

void paintChart(QChart* chart, QPainter* painter, const QRectF& target) {
    if (QGraphicsScene* scene = chart->scene()) {
        scene->render(painter, target, chart->sceneBoundingRect());
        return;
    }
    // A chart never shown: lay it out at the target size in a scene of its own, then take it
    // out again so the scene does not delete it.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setPos(0, 0);
    chart->resize(target.size());
    // The chart's layout and series geometry are computed from posted layout requests.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.render(painter, target, QRectF(QPointF(0, 0), target.size()));
    scene.removeItem(chart);
}

QImage chartImage(QChart* chart, const QSize& size, qreal scale) {
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

bool exportChartPng(QChart* chart, const QString& path, const QSize& size, qreal scale,
                    QString* error) {
    const QImage image = chartImage(chart, size, scale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error) {
            *error = ExportText::tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

bool exportChartSvg(QChart* chart, const QString& path, const QSize& size, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = ExportText::tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart->title().isEmpty() ? QFileInfo(path).baseName() : chart->title());
        generator.setDescription(ExportText::tr("Chart exported by ChangeRisk"));
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
        paintChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!file.commit()) {
        if (error) {
            *error = ExportText::tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace cr::ui
