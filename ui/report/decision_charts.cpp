// Vector charts of the decision sections: cover options, safeguard changes, tornado.
#include "report/decision_charts.h"

#include "report/page_writer.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cr::report {

namespace {

double mm(double x) {
    return PageWriter::mm(x);
}

// 1, 2, 2.5 or 5 times a power of ten, so that `range` takes about `ticks` steps.
double niceStep(double range, int ticks) {
    if (!(range > 0)) {
        return 1;
    }
    const double raw = range / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * power >= raw) {
            return m * power;
        }
    }
    return 10 * power;
}

void drawRotated(QPainter& p, const QPointF& centre, double length, const QString& text) {
    p.save();
    p.translate(centre);
    p.rotate(-90);
    p.drawText(QRectF(-length / 2, -mm(2), length, mm(4)), Qt::AlignCenter, text);
    p.restore();
}

} // namespace

void drawCoverOptions(QPainter& p, const QRectF& box, const CoverOptionsChart& chart,
                      const Label& money, const Label& percent, const QString& emptyText) {
    double xMin = INFINITY, xMax = 0, yMax = 0, pMax = chart.target;
    std::vector<double> limits;
    for (const OptionLine& line : chart.amounts) {
        for (const auto& [x, y] : line.points) {
            if (x > 0 && std::isfinite(y)) {
                xMin = std::min(xMin, x);
                xMax = std::max(xMax, x);
                yMax = std::max(yMax, y);
                limits.push_back(x);
            }
        }
    }
    for (const OptionLine& line : chart.probabilities) {
        for (const auto& point : line.points) {
            pMax = std::max(pMax, std::isfinite(point.second) ? point.second : 0.0);
        }
    }
    if (!(xMax > 0)) {
        emptyNote(p, box, emptyText);
        return;
    }
    std::vector<LegendItem> legend;
    for (const OptionLine& line : chart.amounts) {
        legend.push_back({line.name, line.colour, true, line.dashed});
    }
    for (const OptionLine& line : chart.probabilities) {
        legend.push_back({line.name, line.colour, true, true});
    }
    if (chart.target > 0) {
        legend.push_back({chart.targetName, chart::kMuted, true, true});
    }
    const QRectF legendArea(box.left() + mm(22), box.top(), box.width() - mm(38), mm(20));
    const double legendHeight = drawLegend(p, legendArea, legend, true);
    const QRectF plot(box.left() + mm(22), box.top() + legendHeight + mm(3), box.width() - mm(38),
                      box.height() - legendHeight - mm(3) - mm(12));

    // Sum insured: logarithmic, a little room either side of the outer options.
    double lx0 = std::log10(xMin), lx1 = std::log10(xMax);
    const double pad = lx1 > lx0 ? 0.06 * (lx1 - lx0) : 0.5;
    lx0 -= pad;
    lx1 += pad;
    const auto px = [&](double x) {
        return plot.left() + (std::log10(x) - lx0) / (lx1 - lx0) * plot.width();
    };
    const double yStep = niceStep(yMax > 0 ? yMax : 1, 4);
    const double yTop = yStep * std::max(1.0, std::ceil(yMax * 1.05 / yStep));
    const auto py = [&](double y) { return plot.bottom() - y / yTop * plot.height(); };
    const double pStep = niceStep(pMax > 0 ? pMax : 0.01, 4);
    const double pTop = pStep * std::max(1.0, std::ceil(pMax * 1.1 / pStep));
    const auto pp = [&](double prob) { return plot.bottom() - prob / pTop * plot.height(); };

    p.setFont(PageWriter::font(7));
    // Nothing uninsured in any option: one "0" at the bottom rather than a scale of zeros.
    for (double y = 0; y <= (yMax > 0 ? yTop : 0) * (1 + 1e-9); y += yStep) {
        p.setPen(QPen(chart::kGrid, mm(0.2)));
        p.drawLine(QPointF(plot.left(), py(y)), QPointF(plot.right(), py(y)));
        p.setPen(chart::kAxis);
        p.drawText(QRectF(plot.left() - mm(21), py(y) - mm(2), mm(19.5), mm(4)),
                   Qt::AlignRight | Qt::AlignVCenter, money(y));
    }
    for (double prob = 0; prob <= pTop * (1 + 1e-9); prob += pStep) {
        p.drawText(QRectF(plot.right() + mm(1.5), pp(prob) - mm(2), mm(14), mm(4)),
                   Qt::AlignLeft | Qt::AlignVCenter, percent(prob));
    }
    std::sort(limits.begin(), limits.end());
    limits.erase(std::unique(limits.begin(), limits.end()), limits.end());
    double lastRight = -INFINITY;
    const QFontMetricsF metrics(p.font(), p.device());
    for (double x : limits) {
        const QString label = money(x);
        const double w = metrics.horizontalAdvance(label);
        p.setPen(QPen(chart::kGrid, mm(0.2)));
        p.drawLine(QPointF(px(x), plot.top()), QPointF(px(x), plot.bottom()));
        if (px(x) - w / 2 > lastRight + mm(1.5)) {
            p.setPen(chart::kAxis);
            p.drawText(QRectF(px(x) - w / 2 - mm(1), plot.bottom() + mm(1), w + mm(2), mm(4)),
                       Qt::AlignHCenter, label);
            lastRight = px(x) + w / 2;
        }
    }
    p.setPen(QPen(chart::kAxis, mm(0.3)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    p.setFont(PageWriter::font(7.5));
    p.drawText(QRectF(plot.left(), plot.bottom() + mm(6), plot.width(), mm(5)), Qt::AlignHCenter,
               chart.xTitle);
    drawRotated(p, QPointF(box.left() + mm(2), plot.center().y()), plot.height(), chart.leftTitle);
    drawRotated(p, QPointF(box.right() - mm(1.5), plot.center().y()), plot.height(),
                chart.rightTitle);

    p.save();
    p.setClipRect(plot.adjusted(-mm(3), -mm(3), mm(3), mm(3)));
    if (chart.target > 0) {
        QPen pen(chart::kMuted, mm(0.3));
        pen.setStyle(Qt::DotLine);
        p.setPen(pen);
        p.drawLine(QPointF(plot.left(), pp(chart.target)), QPointF(plot.right(), pp(chart.target)));
    }
    const auto drawLine = [&](const OptionLine& line, const auto& toY, bool dashed) {
        QPainterPath path;
        for (std::size_t i = 0; i < line.points.size(); ++i) {
            const QPointF point(px(line.points[i].first), toY(line.points[i].second));
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        QPen pen(line.colour, mm(0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        if (dashed) {
            pen.setStyle(Qt::DashLine);
        }
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(line.colour);
        p.setPen(Qt::NoPen);
        for (const auto& [x, y] : line.points) {
            p.drawEllipse(QPointF(px(x), toY(y)), mm(0.9), mm(0.9));
        }
    };
    for (const OptionLine& line : chart.probabilities) {
        drawLine(line, pp, true);
    }
    for (const OptionLine& line : chart.amounts) {
        drawLine(line, py, line.dashed);
    }
    if (chart.recommended) {
        const QPointF at(px(chart.recommended->first), py(chart.recommended->second));
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::black, mm(0.35)));
        p.drawEllipse(at, mm(2.2), mm(2.2));
        p.setFont(PageWriter::font(7, true));
        p.drawText(QRectF(at.x() - mm(20), at.y() - mm(7.5), mm(40), mm(4)), Qt::AlignHCenter,
                   chart.recommendedName);
    }
    p.restore();
}

void drawChangeBars(QPainter& p, const QRectF& box, const std::vector<ChangeBar>& bars,
                    const Label& signedMoney, const QString& emptyText) {
    if (bars.empty()) {
        emptyNote(p, box, emptyText);
        return;
    }
    double lowest = 0, highest = 0;
    for (const ChangeBar& b : bars) {
        lowest = std::min(lowest, b.change);
        highest = std::max(highest, b.change);
    }
    const double span = highest - lowest > 0 ? highest - lowest : 1;
    const double labelWidth = box.width() * 0.36, valueRoom = mm(24);
    const double areaLeft = box.left() + labelWidth + mm(2) + (lowest < 0 ? valueRoom : 0);
    const double areaRight = box.right() - (highest > 0 || lowest == 0 ? valueRoom : mm(2));
    const auto px = [&](double v) {
        return areaLeft + (v - lowest) / span * (areaRight - areaLeft);
    };
    const double row = std::min(mm(8), box.height() / static_cast<double>(bars.size()));
    p.setFont(PageWriter::font(7.5));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const ChangeBar& b = bars[i];
        const double y = box.top() + row * static_cast<double>(i);
        p.setPen(Qt::black);
        p.drawText(QRectF(box.left(), y, labelWidth, row),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, b.name);
        const double h = row * 0.6, yBar = y + (row - h) / 2;
        const double x0 = px(0), x1 = px(b.change);
        p.fillRect(QRectF(std::min(x0, x1), yBar, std::fabs(x1 - x0), h),
                   b.change <= 0 ? colours::kLower : colours::kHigher);
        p.setPen(chart::kAxis);
        if (b.change < 0) {
            p.drawText(QRectF(x1 - valueRoom - mm(1.5), y, valueRoom, row),
                       Qt::AlignRight | Qt::AlignVCenter, signedMoney(b.change));
        } else {
            p.drawText(QRectF(x1 + mm(1.5), y, valueRoom, row), Qt::AlignLeft | Qt::AlignVCenter,
                       signedMoney(b.change));
        }
    }
    p.setPen(QPen(chart::kAxis, mm(0.3)));
    p.drawLine(QPointF(px(0), box.top()), QPointF(px(0), box.top() + row * bars.size()));
}

void drawTornado(QPainter& p, const QRectF& box, const std::vector<TornadoRow>& rows, double base,
                 const Label& money, const QString& lowName, const QString& highName,
                 const QString& baseName, const QString& emptyText) {
    if (rows.empty()) {
        emptyNote(p, box, emptyText);
        return;
    }
    double lo = base, hi = base;
    for (const TornadoRow& r : rows) {
        lo = std::min({lo, r.atLow, r.atHigh});
        hi = std::max({hi, r.atLow, r.atHigh});
    }
    const double step = niceStep(hi - lo > 0 ? hi - lo : std::max(1.0, std::fabs(base)), 4);
    lo = step * std::floor(lo / step);
    hi = step * std::ceil(hi / step);
    if (hi <= lo) {
        hi = lo + step;
    }
    const std::vector<LegendItem> legend = {{lowName, colours::kAtLow},
                                            {highName, colours::kAtHigh},
                                            {baseName, Qt::black, true, true}};
    const double labelWidth = box.width() * 0.38;
    const QRectF legendArea(box.left() + labelWidth + mm(2), box.top(),
                            box.width() - labelWidth - mm(2), mm(10));
    const double legendHeight = drawLegend(p, legendArea, legend, true);
    const QRectF plot(box.left() + labelWidth + mm(2), box.top() + legendHeight + mm(2),
                      box.width() - labelWidth - mm(6),
                      box.height() - legendHeight - mm(2) - mm(7));
    const auto px = [&](double v) { return plot.left() + (v - lo) / (hi - lo) * plot.width(); };
    const double row = std::min(mm(10.5), plot.height() / static_cast<double>(rows.size()));

    p.setFont(PageWriter::font(7));
    for (double v = lo; v <= hi + step * 1e-9; v += step) {
        p.setPen(QPen(chart::kGrid, mm(0.2)));
        p.drawLine(QPointF(px(v), plot.top()), QPointF(px(v), plot.top() + row * rows.size()));
        p.setPen(chart::kAxis);
        p.drawText(QRectF(px(v) - mm(14), plot.top() + row * rows.size() + mm(1), mm(28), mm(4)),
                   Qt::AlignHCenter, money(v));
    }
    const QFont nameFont = PageWriter::font(7.5);
    const QFont pointerFont = PageWriter::font(6, false, true);
    const QFontMetricsF nameMetrics(nameFont, p.device()), pointerMetrics(pointerFont, p.device());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TornadoRow& r = rows[i];
        const double y = plot.top() + row * static_cast<double>(i);
        // The name on up to two lines above its pointer (one line, elided in the middle).
        const double pointerHeight = pointerMetrics.height();
        const QRectF nameBox(box.left(), y, labelWidth, row - pointerHeight - mm(0.3));
        const auto lines = [&](const QString& text) {
            return nameMetrics.boundingRect(QRectF(0, 0, labelWidth, 1e9), Qt::TextWordWrap, text)
                       .height() /
                   nameMetrics.lineSpacing();
        };
        QString kept = r.name, name = r.name;
        while (kept.size() > 4 && lines(name) > 2.2) {
            kept.chop(1);
            name = kept.trimmed() + QStringLiteral("…");
        }
        p.setFont(nameFont);
        p.setPen(Qt::black);
        p.drawText(nameBox, Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, name);
        p.setFont(pointerFont);
        p.setPen(chart::kMuted);
        p.drawText(QRectF(box.left(), nameBox.bottom() + mm(0.3), labelWidth, pointerHeight),
                   Qt::AlignRight | Qt::AlignTop,
                   pointerMetrics.elidedText(r.pointer, Qt::ElideMiddle, labelWidth));
        const double h = row * 0.58, yBar = y + (row - h) / 2;
        const auto bar = [&](double to, const QColor& colour) {
            p.fillRect(QRectF(std::min(px(base), px(to)), yBar, std::fabs(px(to) - px(base)), h),
                       colour);
        };
        // Both ends on one side of the base: the longer bar first, the shorter on top.
        if (std::fabs(r.atLow - base) >= std::fabs(r.atHigh - base)) {
            bar(r.atLow, colours::kAtLow);
            bar(r.atHigh, colours::kAtHigh);
        } else {
            bar(r.atHigh, colours::kAtHigh);
            bar(r.atLow, colours::kAtLow);
        }
    }
    QPen basePen(Qt::black, mm(0.35));
    basePen.setStyle(Qt::DashLine);
    p.setPen(basePen);
    p.drawLine(QPointF(px(base), plot.top() - mm(1)),
               QPointF(px(base), plot.top() + row * rows.size()));
    p.setPen(QPen(chart::kAxis, mm(0.3)));
    p.drawLine(QPointF(plot.left(), plot.top() + row * rows.size()),
               QPointF(plot.right(), plot.top() + row * rows.size()));
}

} // namespace cr::report
