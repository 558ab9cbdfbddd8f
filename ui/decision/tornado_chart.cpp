// Tornado chart: each bar two rectangles (QAreaSeries) from the base to the P10 and P90 values.
#include "decision/tornado_chart.h"

#include "charts/chart_axes.h"
#include "decision/input_names.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>

#include <algorithm>
#include <array>
#include <cmath>

namespace cr::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cr::ui::TornadoChart)
};

constexpr double kHalfHeight = 0.35;

double swing(const TornadoBar& bar, TornadoMeasure measure) {
    return measure == TornadoMeasure::TotalLoss ? bar.totalLossSwing() : bar.uninsuredSwing();
}

QAreaSeries* rectangle(double from, double to, double y, const QColor& colour) {
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    upper->append(std::min(from, to), y + kHalfHeight);
    upper->append(std::max(from, to), y + kHalfHeight);
    lower->append(std::min(from, to), y - kHalfHeight);
    lower->append(std::max(from, to), y - kHalfHeight);
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setColor(colour);
    area->setBorderColor(colour.darker(130));
    return area;
}

} // namespace

double atLow(const TornadoBar& bar, TornadoMeasure measure) {
    return measure == TornadoMeasure::TotalLoss ? bar.totalLossAtLow : bar.uninsuredAtLow;
}

double atHigh(const TornadoBar& bar, TornadoMeasure measure) {
    return measure == TornadoMeasure::TotalLoss ? bar.totalLossAtHigh : bar.uninsuredAtHigh;
}

double baseValue(const SensitivityResult& result, TornadoMeasure measure) {
    return measure == TornadoMeasure::TotalLoss ? result.expectedTotalLoss
                                                : result.expectedUninsured;
}

std::vector<TornadoBar> tornadoOrder(const SensitivityResult& result, TornadoMeasure measure) {
    std::vector<TornadoBar> bars = result.tornado;
    std::stable_sort(bars.begin(), bars.end(), [measure](const TornadoBar& a, const TornadoBar& b) {
        return swing(a, measure) > swing(b, measure);
    });
    return bars;
}

QChart* createTornadoChart(const Scenario& scenario, const SensitivityResult& result,
                           TornadoMeasure measure, Language language, int maxBars) {
    auto* chart = new QChart;
    chart->setTitle(measure == TornadoMeasure::TotalLoss
                        ? Text::tr("Expected total loss with each input at its 10th and 90th "
                                   "percentile")
                        : Text::tr("Expected uninsured amount with each input at its 10th and "
                                   "90th percentile"));
    std::vector<TornadoBar> bars = tornadoOrder(result, measure);
    if (bars.size() > static_cast<std::size_t>(maxBars)) {
        bars.resize(static_cast<std::size_t>(maxBars));
    }
    const double base = baseValue(result, measure);
    if (bars.empty()) {
        return chart;
    }
    double low = base, high = base;
    for (const TornadoBar& bar : bars) {
        low = std::min({low, atLow(bar, measure), atHigh(bar, measure)});
        high = std::max({high, atLow(bar, measure), atHigh(bar, measure)});
    }
    auto* xAxis = roundStepAxis(low, high, [&](double x) {
        return QString::fromStdString(formatMoney(x, scenario.currency, language));
    });
    xAxis->setTitleText(measure == TornadoMeasure::TotalLoss ? Text::tr("Expected total loss")
                                                             : Text::tr("Expected uninsured"));
    auto* yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = static_cast<int>(bars.size());
    yAxis->setRange(-0.6, n - 0.4);
    yAxis->setStartValue(-0.6);
    yAxis->setGridLineVisible(false);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const QColor p10Colour(0x1f, 0x5f, 0xa8), p90Colour(0xe6, 0x7e, 0x22);
    // Category labels must be unique and appended bottom-up (rising values).
    QStringList used;
    for (int k = n - 1; k >= 0; --k) {
        QString label = inputName(scenario, bars[static_cast<std::size_t>(k)].input);
        while (used.contains(label)) {
            label += QLatin1Char(' ');
        }
        used << label;
        yAxis->append(label, n - 1 - k);
    }
    for (int k = 0; k < n; ++k) {
        const TornadoBar& bar = bars[static_cast<std::size_t>(k)];
        const double y = n - 1 - k; // the largest swing on top
        // The longer part first, so a shorter one on the same side stays visible on top.
        const double lowValue = atLow(bar, measure), highValue = atHigh(bar, measure);
        auto* p10 = rectangle(base, lowValue, y, p10Colour);
        p10->setObjectName(QStringLiteral("bar.%1.p10").arg(k));
        p10->setName(Text::tr("Input at P10"));
        auto* p90 = rectangle(base, highValue, y, p90Colour);
        p90->setObjectName(QStringLiteral("bar.%1.p90").arg(k));
        p90->setName(Text::tr("Input at P90"));
        const QString pointer = QString::fromStdString(bar.input);
        p10->setProperty("input", pointer);
        p90->setProperty("input", pointer);
        const bool lowFirst = std::abs(lowValue - base) >= std::abs(highValue - base);
        for (QAreaSeries* area : lowFirst ? std::array{p10, p90} : std::array{p90, p10}) {
            chart->addSeries(area);
            area->attachAxis(xAxis);
            area->attachAxis(yAxis);
        }
    }
    auto* baseLine = new QLineSeries;
    baseLine->setObjectName(QStringLiteral("base"));
    baseLine->setName(
        Text::tr("The scenario as it is: %1")
            .arg(QString::fromStdString(formatMoney(base, scenario.currency, language))));
    baseLine->append(base, -0.6);
    baseLine->append(base, n - 0.4);
    baseLine->setPen(QPen(Qt::black, 1.5, Qt::DashLine));
    chart->addSeries(baseLine);
    baseLine->attachAxis(xAxis);
    baseLine->attachAxis(yAxis);
    // One legend entry per colour.
    bool seenP10 = false, seenP90 = false;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        const QString name = marker->series()->objectName();
        bool& seen = name.endsWith(QStringLiteral(".p10")) ? seenP10 : seenP90;
        if (name != QStringLiteral("base")) {
            marker->setVisible(!seen);
            seen = true;
        }
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace cr::ui
