// The charts of the decision sections (issue 7), drawn as vector paths like the others:
// cover options against the sum insured, the safeguards' changes, and the tornado.
#pragma once

#include "report/report_charts.h"

#include <optional>
#include <utility>
#include <vector>

namespace cr::report {

// A line through (sum insured, value) points.
struct OptionLine {
    std::vector<std::pair<double, double>> points;
    QString name;
    QColor colour;
    bool dashed = false;
};

struct CoverOptionsChart {
    std::vector<OptionLine> amounts;       // money, on the left axis
    std::vector<OptionLine> probabilities; // on the right axis
    double target = 0;                     // drawn as a dotted line on the right axis
    QString targetName;
    std::optional<std::pair<double, double>> recommended; // (sum insured, amount), ringed
    QString recommendedName;
    QString xTitle, leftTitle, rightTitle;
};

// Logarithmic sum-insured axis labelled at the options' own limits; amounts from 0 on the left,
// probabilities from 0 on the right.
void drawCoverOptions(QPainter& p, const QRectF& box, const CoverOptionsChart& chart,
                      const Label& money, const Label& percent, const QString& emptyText);

struct ChangeBar {
    QString name;
    double change = 0;
};

// Horizontal bars left (lower) or right (higher) of a zero line, one row per entry, the
// amount at the bar's end.
void drawChangeBars(QPainter& p, const QRectF& box, const std::vector<ChangeBar>& bars,
                    const Label& signedMoney, const QString& emptyText);

struct TornadoRow {
    QString name;    // the input in words
    QString pointer; // its JSON pointer, printed small under the name
    double atLow = 0, atHigh = 0;
};

// One bar per row from the value at P10 to the value at P90, split at `base` into the part
// towards the P10 value and the part towards the P90 value; rows in the given order.
void drawTornado(QPainter& p, const QRectF& box, const std::vector<TornadoRow>& rows, double base,
                 const Label& money, const QString& lowName, const QString& highName,
                 const QString& baseName, const QString& emptyText);

} // namespace cr::report
