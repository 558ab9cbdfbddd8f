// A small flowing layout on A4 pages: headings, paragraphs, bullet lists, tables with repeated
// headers, and reserved boxes for charts; a footer on every page.
//
// Coordinates are device units of a QPdfWriter at kDpi; callers think in millimetres (mm()).
// Fonts are DejaVu (fonts-dejavu-core), registered once and embedded by QPdfWriter as subsets.
#pragma once

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPdfWriter;

namespace cr::report {

inline constexpr int kDpi = 600;
inline constexpr double kSectionBodyMm = 30; // below a sectionPage heading

// A table: relative column widths, per-column alignment, an optional header row.
struct Table {
    std::vector<double> widths;
    std::vector<Qt::Alignment> align; // default: first column left, the others right
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> emphasised; // rows drawn bold (sums, the key row)
    double fontPt = 8.5;
};

class PageWriter {
public:
    // `footer` is drawn on each page left; "page n of N" right when `totalPages` > 0.
    PageWriter(QPdfWriter& writer, QPainter& painter, QString footer, int totalPages);

    static double mm(double millimetres) { return millimetres * kDpi / 25.4; }
    static QFont font(double pointSize, bool bold = false, bool mono = false);

    QPainter& painter() { return m_painter; }
    int page() const { return m_page; }
    double left() const { return m_content.left(); }
    double width() const { return m_content.width(); }
    double y() const { return m_y; }

    void newPage();
    // Starts a new page unless `height` (device units) still fits below the cursor.
    void ensureSpace(double height);
    void space(double millimetres) { m_y += mm(millimetres); }

    void heading(const QString& text, int level = 1);
    void paragraph(const QString& text, double pointSize = 10, bool bold = false,
                   const QColor& colour = Qt::black);
    void bullets(const QStringList& items, double pointSize = 9.5);
    void table(const Table& table);
    // A box of `height` millimetres across the text width at the cursor (new page when needed);
    // the cursor moves below it.
    QRectF reserve(double heightMm);
    // Starts a section on a fresh page with a level-1 heading kept to one line (smaller type,
    // then elided, when it is long), so that what follows can sit in fixed boxes
    // (chart_geometry.h); the cursor is then at kSectionBodyMm.
    void sectionPage(const QString& heading);
    // Moves the cursor down to `millimetres` from the top of the page (never up).
    void moveTo(double millimetres);
    // Finishes the last page (draws its footer).
    void finish();

private:
    double textHeight(const QString& text, const QFont& font, double width) const;
    void drawFooter();
    void tableRow(const Table& t, const QStringList& cells, bool header, bool bold, bool shaded);
    double rowHeight(const Table& t, const QStringList& cells, bool bold) const;
    std::vector<double> columnWidths(const Table& t) const;

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footer;
    int m_totalPages;
    QRectF m_content;
    double m_y = 0;
    int m_page = 1;
};

} // namespace cr::report
