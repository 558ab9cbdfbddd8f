// Flowing A4 layout for the report: cursor, page breaks, tables and the footer.
#include "report/page_writer.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

namespace cr::report {

namespace {

const QColor kRule(0x9a, 0xa5, 0xb1);
const QColor kShade(0xee, 0xf2, 0xf6);
const QColor kHeaderFill(0x1f, 0x3b, 0x57);
constexpr double kCellPadMm = 1.2;

// DejaVu from fonts-dejavu-core: the same glyphs on every machine, so a German report renders
// its umlauts and "€" whatever fonts the system has. Without the files Qt's default font is used.
QString familyFor(bool mono) {
    static const bool registered = [] {
        const char* dir = "/usr/share/fonts/truetype/dejavu/";
        for (const char* file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf",
                                 "DejaVuSans-Oblique.ttf"}) {
            QFontDatabase::addApplicationFont(QString::fromUtf8(dir) + QString::fromUtf8(file));
        }
        return true;
    }();
    (void)registered;
    return mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans");
}

} // namespace

QFont PageWriter::font(double pointSize, bool bold, bool mono) {
    QFont f(familyFor(mono));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // No ligatures: "fi" stays two letters, so text copied or searched in the PDF reads back
    // as written (pdftotext, a reader's search box).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

PageWriter::PageWriter(QPdfWriter& writer, QPainter& painter, QString footer, int totalPages)
    : m_writer(writer), m_painter(painter), m_footer(std::move(footer)), m_totalPages(totalPages) {
    const double width = mm(210), height = mm(297);
    m_content = QRectF(mm(20), mm(18), width - mm(40), height - mm(18) - mm(20));
    m_y = m_content.top();
    m_painter.setRenderHint(QPainter::Antialiasing);
}

void PageWriter::newPage() {
    drawFooter();
    m_writer.newPage();
    ++m_page;
    m_y = m_content.top();
}

void PageWriter::ensureSpace(double height) {
    if (m_y + height > m_content.bottom() && m_y > m_content.top()) {
        newPage();
    }
}

double PageWriter::textHeight(const QString& text, const QFont& f, double width) const {
    m_painter.setFont(f);
    return m_painter.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text).height();
}

void PageWriter::heading(const QString& text, int level) {
    const double size = level == 1 ? 15 : (level == 2 ? 11.5 : 10);
    const QFont f = font(size, true);
    const double h = textHeight(text, f, width());
    // A heading never ends a page alone: keep room for a few lines after it.
    ensureSpace(h + mm(level == 1 ? 30 : 20));
    if (m_y > m_content.top()) {
        m_y += mm(level == 1 ? 5 : 3);
    }
    m_painter.setFont(f);
    m_painter.setPen(level == 1 ? kHeaderFill : Qt::black);
    m_painter.drawText(QRectF(left(), m_y, width(), h), Qt::TextWordWrap, text);
    m_y += h;
    if (level == 1) {
        m_painter.setPen(QPen(kHeaderFill, mm(0.4)));
        m_painter.drawLine(QPointF(left(), m_y + mm(1)), QPointF(left() + width(), m_y + mm(1)));
        m_y += mm(2);
    }
    m_y += mm(2);
}

void PageWriter::paragraph(const QString& text, double pointSize, bool bold, const QColor& colour) {
    const QFont f = font(pointSize, bold);
    const double h = textHeight(text, f, width());
    ensureSpace(std::min(h, mm(15)));
    if (m_y + h > m_content.bottom()) {
        newPage();
    }
    m_painter.setFont(f);
    m_painter.setPen(colour);
    m_painter.drawText(QRectF(left(), m_y, width(), h), Qt::TextWordWrap, text);
    m_y += h + mm(2);
}

void PageWriter::bullets(const QStringList& items, double pointSize) {
    const QFont f = font(pointSize);
    const double indent = mm(5);
    for (const QString& item : items) {
        const double h = textHeight(item, f, width() - indent);
        ensureSpace(h);
        m_painter.setFont(f);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(left() + mm(1), m_y, indent, h), Qt::AlignLeft,
                           QStringLiteral("•"));
        m_painter.drawText(QRectF(left() + indent, m_y, width() - indent, h), Qt::TextWordWrap,
                           item);
        m_y += h + mm(1);
    }
    m_y += mm(1);
}

std::vector<double> PageWriter::columnWidths(const Table& t) const {
    const double sum = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
    std::vector<double> out;
    for (double w : t.widths) {
        out.push_back(width() * w / sum);
    }
    return out;
}

double PageWriter::rowHeight(const Table& t, const QStringList& cells, bool bold) const {
    const auto widths = columnWidths(t);
    const QFont f = font(t.fontPt, bold);
    double h = 0;
    for (int i = 0; i < cells.size() && i < static_cast<int>(widths.size()); ++i) {
        h = std::max(h, textHeight(cells[i], f, widths[i] - 2 * mm(kCellPadMm)));
    }
    return h + 2 * mm(kCellPadMm);
}

void PageWriter::tableRow(const Table& t, const QStringList& cells, bool header, bool bold,
                          bool shaded) {
    const auto widths = columnWidths(t);
    const double h = rowHeight(t, cells, bold || header);
    if (header) {
        m_painter.fillRect(QRectF(left(), m_y, width(), h), kHeaderFill);
    } else if (shaded) {
        m_painter.fillRect(QRectF(left(), m_y, width(), h), kShade);
    }
    m_painter.setFont(font(t.fontPt, bold || header));
    m_painter.setPen(header ? Qt::white : Qt::black);
    double x = left();
    for (int i = 0; i < cells.size() && i < static_cast<int>(widths.size()); ++i) {
        Qt::Alignment a = i < static_cast<int>(t.align.size())
                              ? t.align[i]
                              : (i == 0 ? Qt::AlignLeft : Qt::AlignRight);
        const QRectF cell(x + mm(kCellPadMm), m_y + mm(kCellPadMm), widths[i] - 2 * mm(kCellPadMm),
                          h - 2 * mm(kCellPadMm));
        m_painter.drawText(cell, static_cast<int>(a | Qt::AlignTop) | Qt::TextWordWrap, cells[i]);
        x += widths[i];
    }
    m_y += h;
    m_painter.setPen(QPen(kRule, mm(0.15)));
    m_painter.drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
}

void PageWriter::table(const Table& t) {
    const bool hasHeader = !t.header.isEmpty();
    const double headerHeight = hasHeader ? rowHeight(t, t.header, true) : 0;
    // Start the table on a new page when not even the header and one row fit.
    ensureSpace(headerHeight + (t.rows.empty() ? 0 : rowHeight(t, t.rows.front(), false)));
    if (hasHeader) {
        tableRow(t, t.header, true, true, false);
    }
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool bold = r < t.emphasised.size() && t.emphasised[r];
        const double h = rowHeight(t, t.rows[r], bold);
        if (m_y + h > m_content.bottom()) {
            newPage();
            if (hasHeader) {
                tableRow(t, t.header, true, true, false);
            }
        }
        tableRow(t, t.rows[r], false, bold, r % 2 == 1);
    }
    m_y += mm(4);
}

QRectF PageWriter::reserve(double heightMm) {
    ensureSpace(mm(heightMm));
    const QRectF box(left(), m_y, width(), mm(heightMm));
    m_y += mm(heightMm) + mm(3);
    return box;
}

void PageWriter::sectionPage(const QString& heading) {
    if (m_y > m_content.top()) {
        newPage();
    }
    QFont f = font(15, true);
    for (double size = 15; size >= 11; size -= 1) {
        f = font(size, true);
        if (QFontMetricsF(f, m_painter.device()).horizontalAdvance(heading) <= width()) {
            break;
        }
    }
    const QFontMetricsF metrics(f, m_painter.device());
    const QString text = metrics.elidedText(heading, Qt::ElideRight, width());
    m_painter.setFont(f);
    m_painter.setPen(kHeaderFill);
    m_painter.drawText(QRectF(left(), m_y, width(), mm(8)), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_painter.setPen(QPen(kHeaderFill, mm(0.4)));
    m_painter.drawLine(QPointF(left(), m_y + mm(9)), QPointF(left() + width(), m_y + mm(9)));
    m_y = mm(kSectionBodyMm);
}

void PageWriter::moveTo(double millimetres) {
    m_y = std::max(m_y, mm(millimetres));
}

void PageWriter::drawFooter() {
    const double y = m_content.bottom() + mm(8);
    m_painter.setPen(QPen(kRule, mm(0.15)));
    m_painter.drawLine(QPointF(left(), y - mm(1.5)), QPointF(left() + width(), y - mm(1.5)));
    m_painter.setFont(font(7.5));
    m_painter.setPen(QColor(0x55, 0x5f, 0x6a));
    m_painter.drawText(QRectF(left(), y, width() * 0.75, mm(5)), Qt::AlignLeft, m_footer);
    const QString number = m_totalPages > 0
                               ? QStringLiteral("%1 / %2").arg(m_page).arg(m_totalPages)
                               : QString::number(m_page);
    m_painter.drawText(QRectF(left(), y, width(), mm(5)), Qt::AlignRight, number);
}

void PageWriter::finish() {
    drawFooter();
}

} // namespace cr::report
