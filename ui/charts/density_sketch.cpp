// DensitySketch: sampling the density once per value and painting it scaled to the widget.
#include "charts/density_sketch.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace cr::ui {

namespace {

constexpr int kCurvePoints = 160;
constexpr int kMaxBars = 80;

} // namespace

DensitySketch::DensitySketch(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(48);
}

void DensitySketch::setDistribution(const std::optional<Distribution>& value) {
    m_value = value;
    computeShape();
    update();
}

void DensitySketch::computeShape() {
    m_shape.clear();
    if (!m_value) {
        return;
    }
    const Distribution& d = *m_value;
    // The central 99 %: a heavy tail (Pareto, lognormal) would otherwise flatten the picture.
    m_from = quantile(d, 0.005);
    m_to = quantile(d, 0.995);
    if (!(m_to > m_from)) {
        m_from -= 1;
        m_to += 1;
    }
    if (isDiscrete(d)) {
        std::vector<double> xs;
        if (const auto* list = std::get_if<Discrete>(&d)) {
            xs = list->values; // every value shows, however small its weight
            std::tie(m_from, m_to) = support(d);
        } else {
            const double first = std::ceil(m_from);
            const double step = std::max(1.0, std::ceil((m_to - first + 1) / kMaxBars));
            for (double k = first; k <= m_to; k += step) {
                xs.push_back(k);
            }
        }
        std::sort(xs.begin(), xs.end());
        xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
        for (double x : xs) {
            m_shape.emplace_back(x, density(d, x));
        }
        // Bars need a margin so that the outermost ones are not cut in half.
        const double margin = std::max((m_to - m_from) * 0.08, 0.5);
        m_from -= margin;
        m_to += margin;
    } else {
        for (int i = 0; i <= kCurvePoints; ++i) {
            const double x = m_from + (m_to - m_from) * i / kCurvePoints;
            m_shape.emplace_back(x, density(d, x));
        }
    }
    // Scale to the tallest finite height; a pole (beta with alpha < 1) is drawn at the top.
    double top = 0;
    for (const auto& point : m_shape) {
        if (std::isfinite(point.second)) {
            top = std::max(top, point.second);
        }
    }
    for (auto& point : m_shape) {
        point.second = top > 0 ? std::min(point.second / top, 1.0) : 0;
    }
}

void DensitySketch::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRect(frame);
    if (!m_value || m_shape.empty()) {
        return;
    }
    const QRectF area = frame.adjusted(4, 6, -4, -4);
    isDiscrete(*m_value) ? paintBars(painter, area) : paintCurve(painter, area);

    // The 5 %, 50 % and 95 % values the editor lists below the picture.
    const QColor accent = palette().color(QPalette::Highlight);
    for (const double p : {0.05, 0.5, 0.95}) {
        const double x = quantile(*m_value, p);
        const double px = area.left() + (x - m_from) / (m_to - m_from) * area.width();
        QPen pen(accent, 1, p == 0.5 ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(px, area.top()), QPointF(px, area.bottom()));
    }
}

void DensitySketch::paintCurve(QPainter& painter, const QRectF& area) const {
    QPainterPath path(QPointF(area.left(), area.bottom()));
    for (const auto& [x, h] : m_shape) {
        path.lineTo(area.left() + (x - m_from) / (m_to - m_from) * area.width(),
                    area.bottom() - h * area.height());
    }
    path.lineTo(area.right(), area.bottom());
    path.closeSubpath();
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(60);
    painter.setPen(QPen(palette().color(QPalette::Highlight).darker(120), 1.2));
    painter.setBrush(fill);
    painter.drawPath(path);
}

void DensitySketch::paintBars(QPainter& painter, const QRectF& area) const {
    const double slot = area.width() / std::max<std::size_t>(m_shape.size() * 2, 8);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(140);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    for (const auto& [x, h] : m_shape) {
        const double px = area.left() + (x - m_from) / (m_to - m_from) * area.width();
        painter.drawRect(
            QRectF(px - slot / 2, area.bottom() - h * area.height(), slot, h * area.height()));
    }
}

} // namespace cr::ui
