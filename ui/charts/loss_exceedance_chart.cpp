// LossExceedanceChart: curve, policy markers and the log10 category axes.
#include "charts/loss_exceedance_chart.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cr::ui {

namespace {

const QString kCurveName = QStringLiteral("curve");

struct Marker {
    double amount;
    QString name;
    Qt::PenStyle style;
};

std::vector<Marker> policyMarkers(const Scenario& scenario, Language language) {
    std::vector<Marker> markers;
    const auto money = [&](double x) {
        return QString::fromStdString(formatMoney(x, scenario.currency, language));
    };
    for (const Policy& p : scenario.insurance) {
        const QString who = QString::fromStdString(p.id);
        if (!p.deductible.isPercent && p.deductible.amount > 0) {
            markers.push_back(
                {p.deductible.amount,
                 LossExceedanceChart::tr("%1 deductible %2").arg(who, money(p.deductible.amount)),
                 Qt::DotLine});
        }
        if (p.perClaimLimit) {
            markers.push_back(
                {*p.perClaimLimit,
                 LossExceedanceChart::tr("%1 per-claim limit %2").arg(who, money(*p.perClaimLimit)),
                 Qt::DashLine});
        }
        if (const auto aggregate = p.annualAggregate()) {
            markers.push_back(
                {*aggregate,
                 LossExceedanceChart::tr("%1 annual aggregate %2").arg(who, money(*aggregate)),
                 Qt::DashDotLine});
        }
    }
    return markers;
}

QCategoryAxis* powersOfTenAxis(int from, int to, const std::function<QString(double)>& label) {
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

} // namespace

LossExceedanceChart::LossExceedanceChart(QWidget* parent)
    : QChartView(parent), m_chart(new QChart) {
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setTitle(tr("How likely is a total loss above each amount?"));
}

void LossExceedanceChart::clear() {
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void LossExceedanceChart::setResult(const Scenario& scenario,
                                    const nlohmann::ordered_json& document, Language language) {
    clear();
    const auto& lec = document.at("series").at("total_loss").at("lec");
    auto* curve = new QLineSeries;
    curve->setName(tr("Total loss"));
    curve->setObjectName(kCurveName);
    double minAmount = INFINITY, maxAmount = 0, minP = 1, maxP = 0;
    for (const auto& point : lec) {
        const double amount = point.at(0).get<double>();
        const double p = point.at(1).get<double>();
        if (amount > 0 && p > 0) { // log axes: zero amounts and certain-zero tails do not plot
            curve->append(std::log10(amount), std::log10(p));
            minAmount = std::min(minAmount, amount);
            maxAmount = std::max(maxAmount, amount);
            minP = std::min(minP, p);
            maxP = std::max(maxP, p);
        }
    }
    const auto markers = policyMarkers(scenario, language);
    for (const Marker& m : markers) {
        minAmount = std::min(minAmount, m.amount);
        maxAmount = std::max(maxAmount, m.amount);
    }
    if (curve->count() == 0) {
        delete curve;
        m_chart->setTitle(tr("No simulated outcome had a loss: nothing to plot"));
        return;
    }
    m_chart->setTitle(tr("How likely is a total loss above each amount?"));
    const int x0 = static_cast<int>(std::floor(std::log10(minAmount)));
    const int x1 = std::max(x0 + 1, static_cast<int>(std::ceil(std::log10(maxAmount))));
    const int y0 = static_cast<int>(std::floor(std::log10(minP)));
    const int y1 = std::max(y0 + 1, static_cast<int>(std::ceil(std::log10(maxP))));

    auto* xAxis = powersOfTenAxis(x0, x1, [&](double x) {
        return QString::fromStdString(formatMoney(x, scenario.currency, language));
    });
    xAxis->setTitleText(tr("Total loss (log scale)"));
    auto* yAxis = powersOfTenAxis(
        y0, y1, [&](double p) { return QString::fromStdString(formatPercent(p, language)); });
    yAxis->setTitleText(tr("Probability of a higher loss (log scale)"));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);

    QPen curvePen(QColor(0x1f, 0x5f, 0xa8));
    curvePen.setWidthF(2.5);
    curve->setPen(curvePen);
    m_chart->addSeries(curve);
    curve->attachAxis(xAxis);
    curve->attachAxis(yAxis);
    connect(curve, &QLineSeries::hovered, this, [this, scenario, language](QPointF at, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(
            QCursor::pos(),
            tr("P(total loss > %1) = %2")
                .arg(QString::fromStdString(
                         formatMoney(std::pow(10.0, at.x()), scenario.currency, language)),
                     QString::fromStdString(formatPercent(std::pow(10.0, at.y()), language))),
            this);
    });

    const QColor markerColours[] = {QColor(0xc0, 0x39, 0x2b), QColor(0x27, 0xae, 0x60),
                                    QColor(0x8e, 0x44, 0xad)};
    for (std::size_t i = 0; i < markers.size(); ++i) {
        auto* line = new QLineSeries;
        line->setName(markers[i].name);
        line->append(std::log10(markers[i].amount), y0);
        line->append(std::log10(markers[i].amount), y1);
        QPen pen(markerColours[i % 3]);
        pen.setStyle(markers[i].style);
        pen.setWidthF(1.5);
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
}

std::vector<QPointF> LossExceedanceChart::curve() const {
    std::vector<QPointF> points;
    for (QAbstractSeries* s : m_chart->series()) {
        if (s->objectName() == kCurveName) {
            for (const QPointF& p : static_cast<QLineSeries*>(s)->points()) {
                points.emplace_back(std::pow(10.0, p.x()), std::pow(10.0, p.y()));
            }
        }
    }
    return points;
}

QStringList LossExceedanceChart::markerNames() const {
    QStringList names;
    for (QAbstractSeries* s : m_chart->series()) {
        if (s->objectName() != kCurveName) {
            names << s->name();
        }
    }
    return names;
}

} // namespace cr::ui
