// Vector charts of the report, painted straight into the PDF.
#include "report/report_charts.h"

#include "report/page_writer.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cr::report {

namespace {

double mm(double x) {
    return PageWriter::mm(x);
}

} // namespace

void emptyNote(QPainter& p, const QRectF& box, const QString& text) {
    p.setPen(QPen(chart::kGrid, mm(0.3)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    p.setPen(chart::kMuted);
    p.setFont(PageWriter::font(9));
    p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
}

double drawLegend(QPainter& p, const QRectF& area, const std::vector<LegendItem>& items,
                  bool paint) {
    p.setFont(PageWriter::font(7.5));
    const QFontMetricsF metrics(p.font(), p.device());
    const double lineHeight = mm(4.2), sample = mm(6), gap = mm(4);
    double x = area.left(), y = area.top();
    for (const LegendItem& item : items) {
        const double w = sample + mm(1.5) + metrics.horizontalAdvance(item.name);
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += lineHeight;
        }
        if (paint) {
            const double mid = y + lineHeight / 2;
            if (item.line) {
                QPen pen(item.colour, mm(item.dashed ? 0.35 : 0.6));
                if (item.dashed) {
                    pen.setStyle(Qt::DashLine);
                }
                p.setPen(pen);
                p.drawLine(QPointF(x, mid), QPointF(x + sample, mid));
            } else {
                p.fillRect(QRectF(x, mid - mm(1.4), sample, mm(2.8)), item.colour);
            }
            p.setPen(Qt::black);
            p.drawText(QRectF(x + sample + mm(1.5), y, w, lineHeight), Qt::AlignVCenter, item.name);
        }
        x += w + gap;
    }
    return y + lineHeight - area.top();
}

void drawLossExceedance(QPainter& p, const QRectF& box, const std::vector<Curve>& curves,
                        const std::vector<Marker>& markers, const Label& money,
                        const Label& percent, const QString& xTitle, const QString& yTitle,
                        const QString& emptyText) {
    double xMin = INFINITY, xMax = 0, yMin = 1;
    for (const Curve& c : curves) {
        for (const auto& [x, prob] : c.points) {
            if (x > 0 && prob > 0) {
                xMin = std::min(xMin, x);
                xMax = std::max(xMax, x);
                yMin = std::min(yMin, prob);
            }
        }
    }
    if (!(xMax > 0)) {
        emptyNote(p, box, emptyText);
        return;
    }
    for (const Marker& m : markers) {
        if (m.amount > 0) {
            xMin = std::min(xMin, m.amount);
            xMax = std::max(xMax, m.amount);
        }
    }
    const double lx0 = std::floor(std::log10(xMin));
    double lx1 = std::ceil(std::log10(xMax));
    if (lx1 <= lx0) {
        lx1 = lx0 + 1;
    }
    const double ly0 = std::max(-7.0, std::floor(std::log10(yMin)));
    const double ly1 = 0;

    std::vector<LegendItem> legend;
    for (const Curve& c : curves) {
        legend.push_back({c.name, c.colour, true, false});
    }
    for (const Marker& m : markers) {
        legend.push_back({m.name, m.colour, true, true});
    }
    const QRectF legendArea(box.left() + mm(20), box.top(), box.width() - mm(20), mm(20));
    const double legendHeight = drawLegend(p, legendArea, legend, false);
    drawLegend(p, legendArea, legend, true);

    const QRectF plot(box.left() + mm(20), box.top() + legendHeight + mm(3), box.width() - mm(24),
                      box.height() - legendHeight - mm(3) - mm(13));
    const auto px = [&](double x) {
        return plot.left() + (std::log10(x) - lx0) / (lx1 - lx0) * plot.width();
    };
    const auto py = [&](double prob) {
        return plot.bottom() - (std::log10(prob) - ly0) / (ly1 - ly0) * plot.height();
    };

    // Grid and labels on the powers of ten; every other label when the range is wide.
    p.setFont(PageWriter::font(7));
    const int xStep = (lx1 - lx0) > 6 ? 2 : 1;
    for (int k = static_cast<int>(lx0); k <= static_cast<int>(lx1); ++k) {
        const double x = px(std::pow(10.0, k));
        p.setPen(QPen(chart::kGrid, mm(0.2)));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if ((k - static_cast<int>(lx0)) % xStep == 0) {
            p.setPen(chart::kAxis);
            p.drawText(QRectF(x - mm(15), plot.bottom() + mm(1), mm(30), mm(4)), Qt::AlignHCenter,
                       money(std::pow(10.0, k)));
        }
    }
    const int yStep = (ly1 - ly0) > 6 ? 2 : 1;
    for (int k = static_cast<int>(ly0); k <= 0; ++k) {
        const double y = py(std::pow(10.0, k));
        p.setPen(QPen(chart::kGrid, mm(0.2)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        if ((0 - k) % yStep == 0) {
            p.setPen(chart::kAxis);
            p.drawText(QRectF(plot.left() - mm(19), y - mm(2), mm(17.5), mm(4)),
                       Qt::AlignRight | Qt::AlignVCenter, percent(std::pow(10.0, k)));
        }
    }
    p.setPen(QPen(chart::kAxis, mm(0.3)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    p.setFont(PageWriter::font(7.5));
    p.drawText(QRectF(plot.left(), plot.bottom() + mm(6), plot.width(), mm(5)), Qt::AlignHCenter,
               xTitle);
    p.save();
    p.translate(box.left() + mm(1), plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), mm(4)), Qt::AlignHCenter, yTitle);
    p.restore();

    p.save();
    p.setClipRect(plot);
    for (const Marker& m : markers) {
        if (m.amount > 0) {
            QPen pen(m.colour, mm(0.35));
            pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.drawLine(QPointF(px(m.amount), plot.top()), QPointF(px(m.amount), plot.bottom()));
        }
    }
    for (const Curve& c : curves) {
        QPainterPath path;
        bool started = false;
        for (const auto& [x, prob] : c.points) {
            if (!(x > 0) || !(prob > 0)) {
                continue;
            }
            const QPointF point(px(x), py(prob));
            if (started) {
                path.lineTo(point);
            } else {
                path.moveTo(point);
                started = true;
            }
        }
        p.setPen(QPen(c.colour, mm(0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
    }
    p.restore();
}

void drawCategoryBars(QPainter& p, const QRectF& box, const std::vector<CategoryBar>& bars,
                      const Label& money, const QString& insuredName, const QString& retainedName,
                      const QString& emptyText) {
    double largest = 0;
    for (const CategoryBar& b : bars) {
        largest = std::max(largest, b.insured + b.retained);
    }
    if (bars.empty() || !(largest > 0)) {
        emptyNote(p, box, emptyText);
        return;
    }
    const std::vector<LegendItem> legend = {{insuredName, colours::kInsured},
                                            {retainedName, colours::kRetained}};
    const QRectF legendArea(box.left(), box.top(), box.width(), mm(10));
    const double legendHeight = drawLegend(p, legendArea, legend, true);

    const double labelWidth = box.width() * 0.36, valueWidth = mm(24);
    const double barLeft = box.left() + labelWidth + mm(2);
    const double barWidth = box.right() - valueWidth - barLeft;
    const double top = box.top() + legendHeight + mm(2);
    const double row = std::min(mm(6.5), (box.bottom() - top) / static_cast<double>(bars.size()));
    p.setFont(PageWriter::font(7.5));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const CategoryBar& b = bars[i];
        const double y = top + row * static_cast<double>(i);
        p.setPen(Qt::black);
        p.drawText(QRectF(box.left(), y, labelWidth, row), Qt::AlignRight | Qt::AlignVCenter,
                   b.name);
        const double h = row * 0.62, yBar = y + (row - h) / 2;
        const double wInsured = barWidth * b.insured / largest;
        const double wRetained = barWidth * b.retained / largest;
        p.fillRect(QRectF(barLeft, yBar, wInsured, h), colours::kInsured);
        p.fillRect(QRectF(barLeft + wInsured, yBar, wRetained, h), colours::kRetained);
        p.setPen(chart::kAxis);
        p.drawText(QRectF(barLeft + wInsured + wRetained + mm(1.5), y, valueWidth + mm(10), row),
                   Qt::AlignLeft | Qt::AlignVCenter, money(b.insured + b.retained));
    }
    p.setPen(QPen(chart::kAxis, mm(0.3)));
    p.drawLine(QPointF(barLeft, top), QPointF(barLeft, top + row * bars.size()));
}

void drawWhoPays(QPainter& p, const QRectF& box, const std::vector<Share>& shares,
                 const Label& money, const Label& percent, const QString& emptyText) {
    double total = 0;
    for (const Share& s : shares) {
        total += std::max(0.0, s.amount);
    }
    if (!(total > 0)) {
        emptyNote(p, box, emptyText);
        return;
    }
    const QRectF bar(box.left(), box.top(), box.width(), mm(10));
    double x = bar.left();
    for (const Share& s : shares) {
        const double w = bar.width() * std::max(0.0, s.amount) / total;
        p.fillRect(QRectF(x, bar.top(), w, bar.height()), s.colour);
        x += w;
    }
    p.setPen(QPen(chart::kAxis, mm(0.3)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);
    std::vector<LegendItem> legend;
    for (const Share& s : shares) {
        legend.push_back({s.name + QStringLiteral(": ") + money(s.amount) + QStringLiteral(" (") +
                              percent(std::max(0.0, s.amount) / total) + QStringLiteral(")"),
                          s.colour});
    }
    drawLegend(p, QRectF(box.left(), bar.bottom() + mm(3), box.width(), box.height() - mm(13)),
               legend, true);
}

} // namespace cr::report
