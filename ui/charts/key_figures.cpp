// KeyFigures: lays out ResultFigures as a grid and a who-pays table; tab-separated copy.
#include "charts/key_figures.h"

#include "charts/result_figures.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cr::ui {

KeyFigures::KeyFigures(QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout), m_whoPays(new QTableWidget(0, 3, this)),
      m_copyButton(new QToolButton(this)) {
    m_grid->setColumnStretch(2, 1);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(4);

    m_whoPays->setObjectName(QStringLiteral("whoPaysTable"));
    m_whoPays->setHorizontalHeaderLabels(
        {tr("Who pays"), tr("On average"), tr("In a 1-in-100 outcome")});
    m_whoPays->verticalHeader()->hide();
    m_whoPays->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_whoPays->setSelectionMode(QAbstractItemView::NoSelection);
    m_whoPays->setFocusPolicy(Qt::NoFocus);
    m_whoPays->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_whoPays->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_whoPays->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_whoPays->setToolTip(tr("The averages add up to the expected total loss. Each 1-in-100 "
                             "amount is that party's own; they do not add up."));
    m_whoPays->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_whoPays->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_whoPays->setTextElideMode(Qt::ElideNone);
    m_whoPays->setWordWrap(true);
    m_whoPays->setMinimumWidth(fontMetrics().averageCharWidth() * 52);

    m_copyButton->setText(tr("Copy figures"));
    m_copyButton->setToolTip(
        tr("Copy the key figures and the who-pays table as tab-separated text (for a "
           "spreadsheet)"));
    m_copyButton->setObjectName(QStringLiteral("copyFigures"));
    m_copyButton->setAutoRaise(true);
    connect(m_copyButton, &QToolButton::clicked, this, &KeyFigures::copyToClipboard);

    auto* right = new QVBoxLayout;
    right->addWidget(m_whoPays);
    right->addWidget(m_copyButton, 0, Qt::AlignRight);
    right->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid, 3);
    layout->addLayout(right, 2);
    clear();
}

void KeyFigures::clear() {
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows = 0;
    m_values.clear();
    m_figureLines.clear();
    m_whoPaysLines.clear();
    m_whoPays->setRowCount(0);
    m_whoPays->hide();
    m_copyButton->hide();
}

void KeyFigures::addRow(const QString& name, const QString& caption, const QString& value,
                        const QString& explanation) {
    auto* captionLabel = new QLabel(caption, this);
    // Long captions (a policy's name and what is measured) wrap within about 30 characters,
    // so the explanation keeps room to be read.
    captionLabel->setWordWrap(true);
    captionLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    captionLabel->setMaximumWidth(fontMetrics().averageCharWidth() * 32);
    auto* valueLabel = new QLabel(value, this);
    valueLabel->setObjectName(QStringLiteral("figure.") + name);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = valueLabel->font();
    bold.setBold(true);
    valueLabel->setFont(bold);
    auto* explanationLabel = new QLabel(explanation, this);
    explanationLabel->setObjectName(QStringLiteral("explanation.") + name);
    explanationLabel->setWordWrap(true);
    explanationLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    explanationLabel->setStyleSheet(QStringLiteral("color: #555;"));
    m_grid->addWidget(captionLabel, m_rows, 0);
    m_grid->addWidget(valueLabel, m_rows, 1);
    m_grid->addWidget(explanationLabel, m_rows, 2);
    ++m_rows;
    m_values.insert(name, value);
    m_figureLines << QStringList{caption, value, explanation}.join(QLatin1Char('\t'));
}

void KeyFigures::setResult(const Scenario& scenario, const nlohmann::ordered_json& document,
                           Language language) {
    clear();
    const std::string& currency = scenario.currency;
    for (const KeyFigure& f : ResultFigures::keyFigures(scenario, document, language)) {
        addRow(f.name, f.caption, ResultFigures::format(f.kind, f.value, currency, language),
               f.explanation);
    }

    const auto payers = ResultFigures::whoPays(scenario, document);
    m_whoPays->setRowCount(static_cast<int>(payers.size()));
    m_whoPaysLines << QStringList{tr("Who pays"), tr("On average"), tr("In a 1-in-100 outcome")}
                          .join(QLatin1Char('\t'));
    for (int row = 0; row < static_cast<int>(payers.size()); ++row) {
        const Payer& p = payers[static_cast<std::size_t>(row)];
        const QString mean = ResultFigures::format(FigureKind::Money, p.mean, currency, language);
        const QString tail =
            ResultFigures::format(FigureKind::Money, p.oneIn100, currency, language);
        m_whoPays->setItem(row, 0, new QTableWidgetItem(p.label));
        for (const auto& [column, text] : {std::pair{1, mean}, std::pair{2, tail}}) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_whoPays->setItem(row, column, item);
        }
        m_values.insert(QStringLiteral("who.%1.mean").arg(p.name), mean);
        m_values.insert(QStringLiteral("who.%1.1_in_100").arg(p.name), tail);
        m_whoPaysLines << QStringList{p.label, mean, tail}.join(QLatin1Char('\t'));
    }
    // Show every row without a scroll bar: the table is as tall as its rows (long insurer
    // names wrap rather than being cut off).
    m_whoPays->resizeRowsToContents();
    int height = m_whoPays->horizontalHeader()->height() + 2 * m_whoPays->frameWidth();
    for (int row = 0; row < m_whoPays->rowCount(); ++row) {
        height += m_whoPays->rowHeight(row);
    }
    m_whoPays->setFixedHeight(height);
    m_whoPays->show();
    m_copyButton->show();
}

QString KeyFigures::valueText(const QString& name) const {
    return m_values.value(name);
}

QString KeyFigures::toTabSeparated() const {
    if (m_figureLines.isEmpty()) {
        return {};
    }
    QStringList lines;
    lines << QStringList{tr("Key figure"), tr("Value"), tr("Meaning")}.join(QLatin1Char('\t'));
    lines << m_figureLines;
    lines << QString();
    lines << m_whoPaysLines;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void KeyFigures::copyToClipboard() const {
    if (QClipboard* clipboard = QApplication::clipboard()) {
        clipboard->setText(toTabSeparated());
    }
}

} // namespace cr::ui
