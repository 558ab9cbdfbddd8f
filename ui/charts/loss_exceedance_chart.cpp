// Loss exceedance charts: curves from the document's "lec", policy markers, log10 axes.
#include "charts/loss_exceedance_chart.h"

#include "charts/chart_axes.h"
#include "charts/result_figures.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cr::ui {

namespace {

using ojson = nlohmann::ordered_json;
const QString kMarker = QStringLiteral("marker");

struct Marker {
    double amount;
    QString name;
    Qt::PenStyle style;
};

struct Curve {
    QString name;
    QString objectName;
    const ojson* lec; // [[amount, p], ...]
    QColor colour;
    Qt::PenStyle style;
    std::string currency;
};

void addPolicyMarkers(std::vector<Marker>& markers, const Scenario& scenario, Language language) {
    const auto money = [&](double x) {
        return QString::fromStdString(formatMoney(x, scenario.currency, language));
    };
    const auto add = [&](double amount, const QString& name, Qt::PenStyle style) {
        // The same line from both runs of a comparison is drawn once.
        const bool seen = std::any_of(markers.begin(), markers.end(),
                                      [&](const Marker& m) { return m.name == name; });
        if (!seen) {
            markers.push_back({amount, name, style});
        }
    };
    for (const Policy& p : scenario.insurance) {
        const QString who = QString::fromStdString(p.id);
        if (!p.deductible.isPercent && p.deductible.amount > 0) {
            add(p.deductible.amount,
                LossExceedanceChart::tr("%1 deductible %2").arg(who, money(p.deductible.amount)),
                Qt::DotLine);
        }
        if (p.perClaimLimit) {
            add(*p.perClaimLimit,
                LossExceedanceChart::tr("%1 per-claim limit %2").arg(who, money(*p.perClaimLimit)),
                Qt::DashLine);
        }
        if (const auto aggregate = p.annualAggregate()) {
            add(*aggregate,
                LossExceedanceChart::tr("%1 annual aggregate %2").arg(who, money(*aggregate)),
                Qt::DashDotLine);
        }
    }
}

const ojson* lecOf(const ojson& document, const char* series) {
    const auto& all = document.at("series");
    if (!all.contains(series) || !all.at(series).contains("lec")) {
        return nullptr;
    }
    return &all.at(series).at("lec");
}

QChart* buildChart(const std::vector<Curve>& curves, const std::vector<Marker>& markers,
                   const QString& xTitle, const std::string& currency, Language language) {
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    std::vector<QLineSeries*> lines;
    double minAmount = INFINITY, maxAmount = 0, minP = 1, maxP = 0;
    for (const Curve& c : curves) {
        auto* line = new QLineSeries;
        line->setName(c.name);
        line->setObjectName(c.objectName);
        for (const auto& point : *c.lec) {
            const double amount = point.at(0).get<double>();
            const double p = point.at(1).get<double>();
            if (amount > 0 && p > 0) { // log axes: zero amounts and certain-zero tails do not plot
                line->append(std::log10(amount), std::log10(p));
                minAmount = std::min(minAmount, amount);
                maxAmount = std::max(maxAmount, amount);
                minP = std::min(minP, p);
                maxP = std::max(maxP, p);
            }
        }
        QPen pen(c.colour);
        pen.setWidthF(2.5);
        pen.setStyle(c.style);
        line->setPen(pen);
        lines.push_back(line);
    }
    const bool empty = std::all_of(lines.begin(), lines.end(),
                                   [](const QLineSeries* l) { return l->count() == 0; });
    if (empty) {
        qDeleteAll(lines);
        chart->setTitle(
            LossExceedanceChart::tr("No simulated outcome had a loss: nothing to plot"));
        return chart;
    }
    chart->setTitle(LossExceedanceChart::tr("How likely is a loss above each amount?"));
    for (const Marker& m : markers) {
        minAmount = std::min(minAmount, m.amount);
        maxAmount = std::max(maxAmount, m.amount);
    }
    const int x0 = static_cast<int>(std::floor(std::log10(minAmount)));
    const int x1 = std::max(x0 + 1, static_cast<int>(std::ceil(std::log10(maxAmount))));
    const int y0 = static_cast<int>(std::floor(std::log10(minP)));
    const int y1 = std::max(y0 + 1, static_cast<int>(std::ceil(std::log10(maxP))));
    auto* xAxis = powersOfTenAxis(x0, x1, [&](double x) {
        return QString::fromStdString(formatMoney(x, currency, language));
    });
    xAxis->setTitleText(xTitle);
    auto* yAxis = powersOfTenAxis(
        y0, y1, [&](double p) { return QString::fromStdString(formatPercent(p, language)); });
    yAxis->setTitleText(LossExceedanceChart::tr("Chance of a higher loss (log)"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    for (std::size_t i = 0; i < lines.size(); ++i) {
        QLineSeries* line = lines[i];
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        const QString name = curves[i].name;
        QObject::connect(
            line, &QLineSeries::hovered, chart, [name, currency, language](QPointF at, bool on) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   LossExceedanceChart::tr("%1: P(loss > %2) = %3")
                                       .arg(name,
                                            QString::fromStdString(formatMoney(
                                                std::pow(10.0, at.x()), currency, language)),
                                            QString::fromStdString(
                                                formatPercent(std::pow(10.0, at.y()), language))));
            });
    }
    const QColor markerColours[] = {QColor(0xc0, 0x39, 0x2b), QColor(0x27, 0xae, 0x60),
                                    QColor(0x8e, 0x44, 0xad)};
    for (std::size_t i = 0; i < markers.size(); ++i) {
        auto* line = new QLineSeries;
        line->setName(markers[i].name);
        line->setObjectName(kMarker);
        line->append(std::log10(markers[i].amount), y0);
        line->append(std::log10(markers[i].amount), y1);
        QPen pen(markerColours[i % 3]);
        pen.setStyle(markers[i].style);
        pen.setWidthF(1.5);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    return chart;
}

} // namespace

QChart* createLossExceedanceChart(const Scenario& scenario, const ojson& document,
                                  Language language) {
    std::vector<Curve> curves;
    if (const ojson* total = lecOf(document, "total_loss")) {
        curves.push_back({LossExceedanceChart::tr("Total loss"), QStringLiteral("lec.total_loss"),
                          total, QColor(0x1f, 0x5f, 0xa8), Qt::SolidLine, scenario.currency});
    }
    const auto liabilityNonZero =
        numberAt(document, {"series", "contractor_liability", "p_nonzero"});
    if (scenario.contract.contractor && liabilityNonZero && *liabilityNonZero > 0) {
        if (const ojson* liability = lecOf(document, "contractor_liability")) {
            curves.push_back({LossExceedanceChart::tr("Contractor liability"),
                              QStringLiteral("lec.contractor_liability"), liability,
                              QColor(0xe6, 0x7e, 0x22), Qt::SolidLine, scenario.currency});
        }
    }
    std::vector<Marker> markers;
    addPolicyMarkers(markers, scenario, language);
    return buildChart(curves, markers, LossExceedanceChart::tr("Loss (log scale)"),
                      scenario.currency, language);
}

QChart* createLossExceedanceComparison(const QString& labelA, const Scenario& scenarioA,
                                       const ojson& documentA, const QString& labelB,
                                       const Scenario& scenarioB, const ojson& documentB,
                                       Language language) {
    std::vector<Curve> curves;
    if (const ojson* a = lecOf(documentA, "total_loss")) {
        curves.push_back({labelA, QStringLiteral("lec.a"), a, QColor(0x1f, 0x5f, 0xa8),
                          Qt::SolidLine, scenarioA.currency});
    }
    if (const ojson* b = lecOf(documentB, "total_loss")) {
        curves.push_back({labelB, QStringLiteral("lec.b"), b, QColor(0xd3, 0x54, 0x00),
                          Qt::SolidLine, scenarioB.currency});
    }
    std::vector<Marker> markers;
    addPolicyMarkers(markers, scenarioA, language);
    addPolicyMarkers(markers, scenarioB, language);
    return buildChart(curves, markers, LossExceedanceChart::tr("Total loss (log scale)"),
                      scenarioA.currency, language);
}

std::vector<QPointF> lecCurve(const QChart* chart, const QString& objectName) {
    std::vector<QPointF> points;
    for (QAbstractSeries* s : chart->series()) {
        if (s->objectName() == objectName) {
            for (const QPointF& p : static_cast<QLineSeries*>(s)->points()) {
                points.emplace_back(std::pow(10.0, p.x()), std::pow(10.0, p.y()));
            }
        }
    }
    return points;
}

QStringList lecMarkerNames(const QChart* chart) {
    QStringList names;
    for (QAbstractSeries* s : chart->series()) {
        if (s->objectName() == kMarker) {
            names << s->name();
        }
    }
    return names;
}

LossExceedanceChart::LossExceedanceChart(QWidget* parent)
    : ChartPanel(QStringLiteral("loss-exceedance"), parent) {}

void LossExceedanceChart::setResult(const Scenario& scenario, const ojson& document,
                                    Language language) {
    setChart(createLossExceedanceChart(scenario, document, language));
}

std::vector<QPointF> LossExceedanceChart::curve() const {
    return chart() ? lecCurve(chart(), QStringLiteral("lec.total_loss")) : std::vector<QPointF>{};
}

QStringList LossExceedanceChart::markerNames() const {
    return chart() ? lecMarkerNames(chart()) : QStringList{};
}

} // namespace cr::ui
