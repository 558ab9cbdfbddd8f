// A small painted picture of a distribution: its density (or bars of probability mass for
// counts and discrete values) over its central 99 %, with the 5 %, 50 % and 95 % values marked.
// QPainter rather than Qt Charts: it is one of many small widgets on a page and must be cheap.
#pragma once

#include "distributions/distribution.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace cr::ui {

class DensitySketch : public QWidget {
    Q_OBJECT
public:
    explicit DensitySketch(QWidget* parent = nullptr);

    // The distribution to draw (valid parameters), or nullopt to show an empty frame.
    void setDistribution(const std::optional<Distribution>& value);
    bool hasDistribution() const { return m_value.has_value(); }
    // The drawn x range (central 99 % or the support, whichever is narrower).
    std::pair<double, double> range() const { return {m_from, m_to}; }

    QSize sizeHint() const override { return {260, 72}; }
    QSize minimumSizeHint() const override { return {120, 48}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // Sample points (x, height) computed once per distribution, heights scaled to [0, 1].
    void computeShape();
    void paintCurve(class QPainter& painter, const QRectF& area) const;
    void paintBars(QPainter& painter, const QRectF& area) const;

    std::optional<Distribution> m_value;
    double m_from = 0, m_to = 1;
    std::vector<std::pair<double, double>> m_shape;
};

} // namespace cr::ui
