// SafeguardsPage: the variants run off the GUI thread, the table with changes, the bar chart
// and the "Save as version" buttons.
#include "decision/safeguards_page.h"

#include "charts/chart_panel.h"
#include "decision/safeguards_chart.h"
#include "decision/table_text.h"
#include "document/ui_language.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace cr::ui {

namespace {

enum Column {
    Safeguard,
    TotalLoss,
    TotalLossChange,
    Loss1in100,
    Loss1in100Change,
    Uninsured,
    UninsuredChange,
    Save,
    ColumnCount
};

} // namespace

QString SafeguardsPage::safeguardLabel(const std::string& id) {
    if (id == "canary") {
        return tr("Staged rollout (canary wave)");
    }
    if (id == "detection") {
        return tr("Higher detection probability");
    }
    if (id == "backups") {
        return tr("Backups");
    }
    if (id == "remote-restore") {
        return tr("Remote restore");
    }
    if (id == "four-eyes") {
        return tr("Four-eyes review (lower failure probability)");
    }
    if (id == "liability-cap") {
        return tr("Contract liability cap");
    }
    return QString::fromStdString(id);
}

SafeguardsPage::SafeguardsPage(ScenarioDocument* document, QWidget* parent)
    : DecisionPage(document,
                   tr("What does a safeguard buy? The scenario as it is and one variant per "
                      "safeguard run with the same seed and iterations (common random "
                      "numbers); each change is the variant's figure less the scenario's. The "
                      "magnitudes (a 5 % canary wave, detection 95 %, backups 90 %, remote "
                      "restore 80 %, half the failure probability, a cap of 1 × the contract "
                      "value) are explained in docs/decision.md."),
                   parent),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_chart(new ChartPanel(QStringLiteral("safeguards"), this)) {
    m_table->setObjectName(QStringLiteral("safeguardsTable"));
    m_table->setHorizontalHeaderLabels({tr("Safeguard"), tr("Expected\ntotal loss"), tr("Change"),
                                        tr("1-in-100\nloss"), tr("Change"),
                                        tr("Expected\nuninsured"), tr("Change"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Safeguard, QHeaderView::Stretch);
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(createCopyTableButton(m_table, tableBox), 0, Qt::AlignRight);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tableBox);
    splitter->addWidget(m_chart);
    splitter->setChildrenCollapsible(false);
    results()->addWidget(splitter, 1);
}

bool SafeguardsPage::startAnalysis() {
    const Scenario snapshot = scenario();
    auto variants = std::make_shared<std::vector<SafeguardVariant>>(safeguardVariants(snapshot));
    if (variants->empty()) {
        setStatus(tr("No safeguard changes this scenario: it has no failure modes or change "
                     "targets, and no contractor."),
                  true);
        return false;
    }
    std::vector<ComparedScenario> compared{{tr("As it is").toStdString(), snapshot}};
    for (const SafeguardVariant& v : *variants) {
        compared.push_back({safeguardLabel(v.id).toStdString(), v.variant.scenario});
    }
    auto figures = std::make_shared<std::vector<cr::KeyFigures>>();
    const int runs = static_cast<int>(compared.size());
    return launch(
        [figures, compared](const RunOptions& options) {
            *figures = compareScenarios(compared, options);
        },
        runs,
        [this, figures, variants] {
            m_figures = *figures;
            m_variants = *variants;
            showFigures();
        });
}

void SafeguardsPage::showFigures() {
    const std::string& currency = resultScenario().currency;
    const Language language = uiLanguage();
    const auto money = [&](double x) {
        return QString::fromStdString(formatMoney(x, currency, language));
    };
    const auto change = [&](double x) {
        return (x > 0 ? QStringLiteral("+") : QString()) + money(x);
    };
    const cr::KeyFigures& base = m_figures.front();
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_figures.size()));
    for (std::size_t i = 0; i < m_figures.size(); ++i) {
        const cr::KeyFigures& k = m_figures[i];
        const bool variant = i > 0;
        const QString texts[Save] = {
            QString::fromStdString(k.label),
            money(k.expectedTotalLoss),
            variant ? change(k.expectedTotalLoss - base.expectedTotalLoss) : QStringLiteral("—"),
            money(k.totalLoss1in100),
            variant ? change(k.totalLoss1in100 - base.totalLoss1in100) : QStringLiteral("—"),
            money(k.expectedUninsured),
            variant ? change(k.expectedUninsured - base.expectedUninsured) : QStringLiteral("—")};
        const int row = static_cast<int>(i);
        for (int c = 0; c < Save; ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (c != Safeguard) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(row, c, item);
        }
        if (variant) {
            const SafeguardVariant& v = m_variants[i - 1];
            auto* save = new QPushButton(tr("Save as version"));
            save->setObjectName(QStringLiteral("saveVersion.") + QString::fromStdString(v.id));
            save->setToolTip(tr("Keep this variant as the next scenario version of the open "
                                "assessment"));
            const Scenario variantScenario = v.variant.scenario;
            const QString label = QString::fromStdString(k.label);
            connect(save, &QPushButton::clicked, this, [this, variantScenario, label] {
                emit saveVariantRequested(variantScenario, label);
            });
            m_table->setCellWidget(row, Save, save);
        }
    }
    m_chart->setChart(createSafeguardsChart(m_figures, currency, language));
}

} // namespace cr::ui
