// The report's charts, drawn as vector paths with QPainter (they stay sharp in the PDF at any
// zoom): the loss exceedance curve with the cover lines, cost by category (insured vs
// retained), and who pays the expected loss.
#pragma once

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace cr::report {

using Label = std::function<QString(double)>;

struct Curve {
    std::vector<std::pair<double, double>> points; // (amount, P(X > amount)), amount > 0
    QString name;
    QColor colour;
};

struct Marker {
    double amount;
    QString name;
    QColor colour;
};

// Log-log axes over the curves' range; `emptyText` in the middle when no curve has a point.
void drawLossExceedance(QPainter& p, const QRectF& box, const std::vector<Curve>& curves,
                        const std::vector<Marker>& markers, const Label& money,
                        const Label& percent, const QString& xTitle, const QString& yTitle,
                        const QString& emptyText);

struct CategoryBar {
    QString name;
    double insured = 0, retained = 0;
};

// Horizontal bars, insured part then retained part, one row per category.
void drawCategoryBars(QPainter& p, const QRectF& box, const std::vector<CategoryBar>& bars,
                      const Label& money, const QString& insuredName, const QString& retainedName,
                      const QString& emptyText);

struct Share {
    QString name;
    double amount = 0;
    QColor colour;
};

// One bar split into the parties' shares, with a legend of amounts and percentages.
void drawWhoPays(QPainter& p, const QRectF& box, const std::vector<Share>& shares,
                 const Label& money, const Label& percent, const QString& emptyText);

// Parts the charts share.
struct LegendItem {
    QString name;
    QColor colour;
    bool line = false; // a line sample (curve, marker) instead of a filled swatch
    bool dashed = false;
};
// Flows the items left to right, wrapping; returns the height used (draws when `paint`).
double drawLegend(QPainter& p, const QRectF& area, const std::vector<LegendItem>& items,
                  bool paint);
// A framed box with `text` in the middle: a chart with nothing to show.
void emptyNote(QPainter& p, const QRectF& box, const QString& text);

namespace chart {
inline const QColor kAxis(0x44, 0x4c, 0x55);
inline const QColor kGrid(0xdd, 0xe2, 0xe8);
inline const QColor kMuted(0x55, 0x5f, 0x6a);
} // namespace chart

// Chart colours, shared by the charts and their legends.
namespace colours {
inline const QColor kTotal{0x1f, 0x5f, 0x9e};
inline const QColor kUninsured{0xd9, 0x5f, 0x0e};
inline const QColor kInsured{0x3a, 0x8f, 0xd1};
inline const QColor kRetained{0xf0, 0x9a, 0x3e};
inline const QColor kContractor{0x8c, 0x56, 0x9b};
inline const QColor kDeductible{0x6b, 0x77, 0x83};
inline const QColor kLimit{0xc0, 0x20, 0x30};
inline const QColor kAggregate{0x7a, 0x3d, 0xb8};
inline const QColor kLower{0x2e, 0x8b, 0x57};  // a safeguard that lowers the loss
inline const QColor kHigher{0xc0, 0x20, 0x30}; // one that raises it
inline const QColor kAtLow{0x3a, 0x8f, 0xd1};  // tornado: the input at its 10th percentile
inline const QColor kAtHigh{0xe0, 0x7b, 0x24}; // ... at its 90th
} // namespace colours

} // namespace cr::report
