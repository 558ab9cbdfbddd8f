// CompareView: LEC overlay and the side-by-side table of key figures with differences.
#include "charts/compare_view.h"

#include "charts/chart_panel.h"
#include "charts/loss_exceedance_chart.h"
#include "charts/result_figures.h"
#include "document/ui_language.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cr::ui {

namespace {

struct Figure {
    QString name;
    QString caption;
    FigureKind kind;
    std::optional<double> value;
};

// Headline figures, then who pays (mean and 1-in-100) as figures of their own.
std::vector<Figure> figuresOf(const ComparedRun& run, Language language) {
    std::vector<Figure> figures;
    for (const KeyFigure& f : ResultFigures::keyFigures(run.scenario, run.document, language)) {
        figures.push_back({f.name, f.caption, f.kind, f.value});
    }
    for (const Payer& p : ResultFigures::whoPays(run.scenario, run.document)) {
        figures.push_back({QStringLiteral("who.%1.mean").arg(p.name),
                           CompareView::tr("%1, on average").arg(p.label), FigureKind::Money,
                           p.mean});
        figures.push_back({QStringLiteral("who.%1.1_in_100").arg(p.name),
                           CompareView::tr("%1, 1-in-100").arg(p.label), FigureKind::Money,
                           p.oneIn100});
    }
    return figures;
}

QString signedDifference(FigureKind kind, double difference, const std::string& currency,
                         Language language) {
    const QString sign = difference > 0 ? QStringLiteral("+") : QString();
    if (kind == FigureKind::Money) {
        return sign + QString::fromStdString(formatMoney(difference, currency, language));
    }
    // Probabilities differ in percentage points, not per cent.
    return CompareView::tr("%1 pp").arg(
        sign + QString::fromStdString(formatNumber(difference * 100, 2, language)));
}

} // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)),
      m_chart(new ChartPanel(QStringLiteral("compare-loss-exceedance"))),
      m_table(new QTableWidget(0, 4)), m_copyButton(new QToolButton) {
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Pick two runs to compare"));

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c) {
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_copyButton->setText(tr("Copy table"));
    m_copyButton->setToolTip(tr("Copy the table as tab-separated text (for a spreadsheet)"));
    m_copyButton->setAutoRaise(true);
    connect(m_copyButton, &QToolButton::clicked, this, &CompareView::copyToClipboard);

    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_copyButton, 0, Qt::AlignRight);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_chart);
    splitter->addWidget(tableBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
}

void CompareView::setRuns(const ComparedRun& a, const ComparedRun& b) {
    const Language language = uiLanguage();
    m_heading->setText(tr("%1 compared with %2").arg(b.label, a.label));
    m_chart->setChart(createLossExceedanceComparison(a.label, a.scenario, a.document, b.label,
                                                     b.scenario, b.document, language));

    const auto figuresA = figuresOf(a, language);
    const auto figuresB = figuresOf(b, language);
    // Rows: a's figures in order, then those only b has (another scenario's policies).
    std::vector<Figure> rows = figuresA;
    for (const Figure& f : figuresB) {
        if (std::none_of(rows.begin(), rows.end(),
                         [&](const Figure& r) { return r.name == f.name; })) {
            rows.push_back({f.name, f.caption, f.kind, std::nullopt});
        }
    }
    const auto valueIn = [](const std::vector<Figure>& figures,
                            const QString& name) -> std::optional<double> {
        for (const Figure& f : figures) {
            if (f.name == name) {
                return f.value;
            }
        }
        return std::nullopt;
    };

    m_table->clear();
    m_table->setHorizontalHeaderLabels({tr("Figure"), a.label, b.label, tr("Difference (b − a)")});
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_names.clear();
    m_differences.clear();
    for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
        const Figure& f = rows[static_cast<std::size_t>(row)];
        const auto valueA = valueIn(figuresA, f.name);
        const auto valueB = valueIn(figuresB, f.name);
        std::optional<double> difference;
        if (valueA && valueB) {
            difference = *valueB - *valueA;
        }
        m_names << f.name;
        m_differences << difference;
        m_table->setItem(row, 0, new QTableWidgetItem(f.caption));
        const QString texts[] = {
            ResultFigures::format(f.kind, valueA, a.scenario.currency, language),
            ResultFigures::format(f.kind, valueB, b.scenario.currency, language),
            difference ? signedDifference(f.kind, *difference, b.scenario.currency, language)
                       : QStringLiteral("—")};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c + 1, item);
        }
    }
}

int CompareView::rowOf(const QString& name) const {
    return static_cast<int>(m_names.indexOf(name));
}

std::optional<double> CompareView::difference(const QString& name) const {
    const int row = rowOf(name);
    return row < 0 ? std::nullopt : m_differences[row];
}

QString CompareView::toTabSeparated() const {
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        const QTableWidgetItem* item = m_table->horizontalHeaderItem(c);
        header << (item ? item->text() : QString());
    }
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QTableWidgetItem* item = m_table->item(row, c);
            cells << (item ? item->text() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void CompareView::copyToClipboard() const {
    if (QClipboard* clipboard = QApplication::clipboard()) {
        clipboard->setText(toTabSeparated());
    }
}

} // namespace cr::ui
